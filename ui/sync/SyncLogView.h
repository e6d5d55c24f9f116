#pragma once

#include "sync/SyncEngine.h"

#include <QAbstractTableModel>
#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace ow::ui {

// The sync log's rows, newest first, at most `capacity` of them (the oldest go first).
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        MessageColumn,
        CodeColumn,
        RequestIdColumn,
        ColumnCount
    };
    static constexpr int LevelRole = Qt::UserRole + 1; // int(SyncLogEntry::Level)

    explicit SyncLogModel(int capacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const sync::SyncLogEntry &entry);
    void clear();
    const sync::SyncLogEntry &entry(int row) const { return m_entries.at(row); }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    static QString levelLabel(sync::SyncLogEntry::Level level);
    // One line for the clipboard: time, level, message, code, request id.
    static QString toLine(const sync::SyncLogEntry &entry);

private:
    QList<sync::SyncLogEntry> m_entries; // newest first
    int m_capacity;
};

// A panel with the sync log: time, level, message (in the clerk's language), error code and the
// exchange's request id, newest first; "Errors only" filter; Ctrl+C or the context menu copies
// the request id of the selected row for the support desk.
//
// Wire: connect(engine, &sync::SyncEngine::logEntry, view, &SyncLogView::append).
class SyncLogView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 1000;

    explicit SyncLogView(QWidget *parent = nullptr);

    int entryCount() const;   // all kept entries
    int visibleCount() const; // after the filter
    bool errorsOnly() const;
    void setErrorsOnly(bool on);
    void setCapacity(int capacity); // default DefaultCapacity
    // The entry in the selected row, if any.
    std::optional<sync::SyncLogEntry> currentEntry() const;

public slots:
    void append(const ow::sync::SyncLogEntry &entry);
    void clear();
    // Copies the selected row's request id (or, when it has none, the whole line).
    void copyRequestId();
    void copyEntry();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void updateCount();

    SyncLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QCheckBox *m_errorsOnly;
    QLabel *m_count;
    QAction *m_copyRequestId;
    QAction *m_copyEntry;
};

} // namespace ow::ui
