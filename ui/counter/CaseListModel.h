#pragma once

#include "storage/CaseStore.h"

#include <QAbstractTableModel>

#include <optional>

namespace ow::ui {

// The case list: loads pages lazily from the store as the view scrolls (fetchMore),
// sorts and filters in SQL, so a large cache opens at once.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        // The state right after the name: it is what a supervisor scans the list for, and it must
        // show without scrolling in the list's usual width.
        ReceiptColumn,
        NameColumn,
        StateColumn,
        LegalRepColumn,
        TypeColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseListModel(storage::CaseStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setStateFilter(std::optional<core::CaseState> state);
    void reload();
    int totalCount() const { return m_total; }
    QString caseIdAt(int row) const;
    int rowOf(const QString &caseId) const;

private:
    storage::CaseStore &m_store;
    storage::CaseQuery m_query;
    QList<storage::CaseSummary> m_rows;
    int m_total = 0;
};

} // namespace ow::ui
