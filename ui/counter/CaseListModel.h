#pragma once

#include "storage/CaseStore.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>

namespace ow::ui {

// The case list: loads pages lazily from the store as the view scrolls (fetchMore),
// sorts and filters in SQL, so a large cache opens at once. Each case shows its statutory clock
// (core::StatutoryClock, against the office's working-day calendar). The review queue is the
// other mode: every case waiting for an answer (online applications, accepted, under review),
// sorted by the time left, the overdue first.
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
        ClockColumn,
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
    // The review queue (true) or the list filtered by state (false).
    void setQueue(bool queue);
    bool isQueue() const { return m_queue; }
    // The states the review queue holds.
    static QList<core::CaseState> queueStates();
    // The clocks, the calendar they count in (kept by the caller) and the office's today (injected
    // for tests); the built-in ones and the system date until set.
    void setClocks(const core::WorkingCalendar *calendar, const core::StatutoryClock &clocks,
                   std::function<QDate()> today);
    // Names shown for account ids (who holds a review lock); the id itself until set.
    void setNames(std::function<QString(const QString &)> nameOf);
    // Whether a case has a clean credit record (every party checked, none on a list): the green
    // channel (优先办理) of the review queue, right after the overdue cases. None until set.
    void setGreenChannel(std::function<bool(const QString &caseId)> clean);
    bool isGreenChannel(int row) const { return m_queue && m_green.value(row, false); }
    // The review queue's size and how many of it are overdue (as of the last reload).
    int overdueCount() const { return m_overdue; }
    void reload();
    int totalCount() const { return m_total; }
    QString caseIdAt(int row) const;
    int rowOf(const QString &caseId) const;

signals:
    // After every reload: the rows shown and, of them, those whose clock is overdue.
    void counted(int total, int overdue);

private:
    QList<std::optional<core::ClockReading>> readClocks(const QList<storage::CaseSummary> &rows) const;
    QVariant clockData(int row, int role) const;
    QString stateText(const storage::CaseSummary &c, bool full) const;
    void loadQueue();

    storage::CaseStore &m_store;
    storage::CaseQuery m_query;
    QList<storage::CaseSummary> m_rows;
    QList<std::optional<core::ClockReading>> m_clocks;
    int m_total = 0;
    int m_overdue = 0;
    bool m_queue = false;
    const core::WorkingCalendar *m_calendar = &core::WorkingCalendar::builtIn();
    core::StatutoryClock m_clockRules = core::StatutoryClock::builtIn();
    std::function<QDate()> m_today = [] {
        return QDate::currentDate();
    };
    std::function<QString(const QString &)> m_nameOf;
    std::function<bool(const QString &)> m_clean;
    QList<bool> m_green; // per row of the queue
};

} // namespace ow::ui
