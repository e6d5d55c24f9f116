#include "ui/counter/CaseListModel.h"

#include "core/EntityType.h"

#include <QLocale>

namespace ow::ui {

CaseListModel::CaseListModel(storage::CaseStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    m_query.limit = PageSize;
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const storage::CaseSummary &c = m_rows.at(index.row());
    if (role == CaseIdRole) {
        return c.id;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ReceiptColumn:
        return c.receiptNumber.isEmpty() ? tr("(not accepted)") : c.receiptNumber;
    case NameColumn:
        return c.name.isEmpty() ? tr("(no name yet)") : c.name;
    case TypeColumn: {
        const core::EntityType *type = core::EntityTypeCatalog::instance().find(c.entityTypeId);
        return type ? type->name : c.entityTypeId;
    }
    case LegalRepColumn:
        return c.legalRep;
    case StateColumn:
        return core::CaseStates::label(c.state);
    case UpdatedColumn:
        return QLocale().toString(c.updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ReceiptColumn:
        return tr("Receipt no.");
    case NameColumn:
        return tr("Enterprise name");
    case TypeColumn:
        return tr("Entity type");
    case LegalRepColumn:
        return tr("Legal representative");
    case StateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid()) {
        return;
    }
    storage::CaseQuery page = m_query;
    page.offset = int(m_rows.size());
    const QList<storage::CaseSummary> more = m_store.list(page);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case NameColumn:
        m_query.sort = storage::CaseSortColumn::Name;
        break;
    case StateColumn:
        m_query.sort = storage::CaseSortColumn::State;
        break;
    case ReceiptColumn:
        m_query.sort = storage::CaseSortColumn::ReceiptNumber;
        break;
    default:
        m_query.sort = storage::CaseSortColumn::UpdatedAt;
        break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void CaseListModel::setStateFilter(std::optional<core::CaseState> state)
{
    m_query.state = state;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_total = m_store.count(m_query.state);
    storage::CaseQuery first = m_query;
    first.offset = 0;
    m_rows = m_store.list(first);
    endResetModel();
}

QString CaseListModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId) {
            return i;
        }
    }
    return -1;
}

} // namespace ow::ui
