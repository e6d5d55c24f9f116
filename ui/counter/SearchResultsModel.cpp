#include "ui/counter/SearchResultsModel.h"

namespace ow::ui {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultsModel::setHits(const QList<storage::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size()) {
        return {};
    }
    const storage::SearchHit &hit = m_hits.at(index.row());
    if (role == CaseIdRole) {
        return hit.kind == storage::SearchKind::Case ? hit.refId : QString();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return hit.kind == storage::SearchKind::Case ? tr("Case") : tr("Registered enterprise");
    case NameColumn:
        return hit.name;
    case CodeColumn:
        return hit.kind == storage::SearchKind::Case ? hit.receipt : hit.code;
    case PersonColumn:
        return hit.person;
    case MatchColumn:
        switch (hit.rank) {
        case storage::MatchRank::Exact:
            return tr("exact");
        case storage::MatchRank::Prefix:
            return tr("starts with");
        case storage::MatchRank::Contains:
            return tr("contains");
        }
        return {};
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code / receipt no.");
    case PersonColumn:
        return tr("Legal representative");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

} // namespace ow::ui
