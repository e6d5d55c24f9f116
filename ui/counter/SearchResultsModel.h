#pragma once

#include "storage/SearchIndex.h"

#include <QAbstractTableModel>

namespace ow::ui {

// Hits of the search box: local cases and registered enterprises, ranked exact, prefix, contains.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        NameColumn,
        CodeColumn,
        PersonColumn,
        MatchColumn,
        ColumnCount
    };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<storage::SearchHit> &hits);
    const QList<storage::SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::SearchHit> m_hits;
};

} // namespace ow::ui
