#include "ui/counter/CaseListModel.h"

#include "core/EntityType.h"
#include "ui/review/ClockStyle.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <numeric>

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
    if (index.column() == ClockColumn) {
        return clockData(index.row(), role);
    }
    if (index.column() == StateColumn && role == Qt::ForegroundRole && isGreenChannel(index.row())) {
        return QColor(0x1b, 0x5e, 0x20);
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
        return isGreenChannel(index.row())
                   ? tr("%1 · green channel").arg(stateText(c, role == Qt::ToolTipRole)) +
                         (role == Qt::ToolTipRole ? tr("\nEvery person named is clean on the credit lists: "
                                                       "priority handling (优先办理).")
                                                  : QString())
                   : stateText(c, role == Qt::ToolTipRole);
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
    case ClockColumn:
        return tr("Time limit");
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
    m_clocks.append(readClocks(more));
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
    case ClockColumn:
        m_query.sort = storage::CaseSortColumn::AcceptedAt;
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

void CaseListModel::setQueue(bool queue)
{
    m_queue = queue;
    reload();
}

QList<core::CaseState> CaseListModel::queueStates()
{
    return {core::CaseState::Submitted, core::CaseState::Accepted, core::CaseState::UnderReview};
}

void CaseListModel::setClocks(const core::WorkingCalendar *calendar, const core::StatutoryClock &clocks,
                              std::function<QDate()> today)
{
    m_calendar = calendar ? calendar : &core::WorkingCalendar::builtIn();
    m_clockRules = clocks;
    m_today = std::move(today);
    reload();
}

void CaseListModel::setNames(std::function<QString(const QString &)> nameOf)
{
    m_nameOf = std::move(nameOf);
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
    }
}

void CaseListModel::setGreenChannel(std::function<bool(const QString &)> clean)
{
    m_clean = std::move(clean);
    if (m_queue) {
        reload();
    }
}

void CaseListModel::reload()
{
    beginResetModel();
    if (m_queue) {
        loadQueue();
    } else {
        m_total = m_store.count(m_query.state);
        storage::CaseQuery first = m_query;
        first.offset = 0;
        m_rows = m_store.list(first);
        m_clocks = readClocks(m_rows);
    }
    m_overdue =
        int(std::count_if(m_clocks.cbegin(), m_clocks.cend(),
                          [](const std::optional<core::ClockReading> &c) { return c && c->overdue; }));
    endResetModel();
    emit counted(m_total, m_overdue);
}

// The whole queue at once (an office's waiting cases are hundreds, not millions), sorted by the
// clock: what SQL cannot do, as working days come from the calendar.
void CaseListModel::loadQueue()
{
    const QList<storage::CaseSummary> rows = m_store.inStates(queueStates());
    const QList<std::optional<core::ClockReading>> clocks = readClocks(rows);
    QList<bool> green;
    for (const storage::CaseSummary &c : rows) {
        green.append(m_clean && m_clean(c.id));
    }
    const auto overdue = [&](qsizetype i) {
        return clocks.at(i) && clocks.at(i)->overdue;
    };
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (clocks.at(a).has_value() != clocks.at(b).has_value()) {
            return clocks.at(a).has_value(); // cases without a clock last
        }
        if (overdue(a) != overdue(b)) {
            return overdue(a); // the law's time limit first
        }
        if (green.at(a) != green.at(b)) {
            return bool(green.at(a)); // then the green channel (优先办理)
        }
        if (clocks.at(a) && clocks.at(b) && clocks.at(a)->due != clocks.at(b)->due) {
            return clocks.at(a)->due < clocks.at(b)->due; // the earliest due (the longest overdue) first
        }
        return rows.at(a).receiptNumber < rows.at(b).receiptNumber;
    });
    m_rows.clear();
    m_clocks.clear();
    m_green.clear();
    for (const qsizetype i : order) {
        m_rows.append(rows.at(i));
        m_clocks.append(clocks.at(i));
        m_green.append(green.at(i));
    }
    m_total = int(m_rows.size());
}

QList<std::optional<core::ClockReading>>
CaseListModel::readClocks(const QList<storage::CaseSummary> &rows) const
{
    const QDate today = m_today();
    QList<std::optional<core::ClockReading>> clocks;
    clocks.reserve(rows.size());
    for (const storage::CaseSummary &c : rows) {
        clocks.append(m_clockRules.read(c.clockInput(), today, *m_calendar));
    }
    return clocks;
}

QVariant CaseListModel::clockData(int row, int role) const
{
    const std::optional<core::ClockReading> &clock = m_clocks.value(row);
    if (!clock) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return core::StatutoryClock::shortText(*clock);
    case Qt::ToolTipRole: {
        QString tip = core::StatutoryClock::longText(*clock);
        const QString caveat = m_calendar->caveat(clock->started.year(), clock->due.year());
        return caveat.isEmpty() ? tip : tip + u'\n' + caveat;
    }
    case Qt::ForegroundRole:
        return clockForeground(*clock);
    case Qt::FontRole:
        return clockFont(*clock);
    default:
        return {};
    }
}

// The state, and who holds the case for review (in the tooltip: until when, while the lock lasts).
QString CaseListModel::stateText(const storage::CaseSummary &c, bool full) const
{
    const QString state = core::CaseStates::label(c.state);
    if (c.state != core::CaseState::UnderReview || c.reviewer.isEmpty()) {
        return state;
    }
    const QString name = m_nameOf ? m_nameOf(c.reviewer) : c.reviewer;
    if (full && c.reviewLockUntil.isValid() && c.reviewLockUntil > QDateTime::currentDateTimeUtc()) {
        return tr("%1 · %2 until %3")
            .arg(state, name,
                 QLocale().toString(c.reviewLockUntil.toLocalTime().time(), QLocale::ShortFormat));
    }
    return tr("%1 · %2").arg(state, name);
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
