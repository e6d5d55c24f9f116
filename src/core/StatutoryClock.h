#pragma once

// The statutory clocks of a case (时限), as data (resources/data/time_limits.json): which clock runs
// in which states, from when, and for how many working days (core::WorkingCalendar). Counter,
// review queue and exchange read a case's clock here.

#include "CaseRecord.h"
#include "CaseState.h"
#include "Deregistration.h"
#include "Result.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ow::core {

enum class ClockKind
{
    CorrectionNotice, // answer an online application (accept, or one correction notice) after it arrives
    Decision,         // approve or reject after acceptance
    Publication,      // publish after licensing
};

// What a clock needs of a case; CaseSummary and CaseRecord both give it.
struct ClockInput
{
    CaseState state = CaseState::Draft;
    QDateTime received;     // when the case arrived (created)
    QDateTime accepted;     // when it was accepted
    QDateTime enteredState; // when it entered its present state (licensed: when the licence was issued)
    int extendedDays = 0;   // working days a supervisor added to the decision's limit
    // A simplified deregistration (简易注销): its decision waits for the 20-day public notice
    // (core::DeregistrationNotice) and its working days count from the notice's last day.
    CaseKind kind = CaseKind::Establishment;
    bool simplified = false;
    QDate noticeUntil; // that notice's last day as the exchange began it; invalid: not begun (or not synced)
};

struct ClockReading
{
    ClockKind kind = ClockKind::Decision;
    QDate started;               // the office's date the clock started on
    QDate due;                   // its last day
    int limitDays = 0;           // working days allowed, extension included
    int daysLeft = 0;            // working days after today up to `due`: 0 = due today
    bool overdue = false;        // today is after `due`
    int overdueDays = 0;         // working days since `due` (0 on the weekend right after it)
    bool deemedAccepted = false; // an overdue correction notice: the application counts as accepted
    // A decision that waits for a public notice: the notice's last day, from which its working days
    // count (invalid for any other clock); whether the notice is still only expected (not begun at
    // the exchange, or not synced yet: its days taken from acceptance), and whether it runs today.
    QDate noticeUntil;
    bool noticeExpected = false;
    bool noticeRunning = false;
};

class StatutoryClock
{
    Q_DECLARE_TR_FUNCTIONS(StatutoryClock)
public:
    enum class Start
    {
        Received,
        Accepted,
        Entered
    };
    struct Limit
    {
        ClockKind kind = ClockKind::Decision;
        QList<CaseState> states;
        Start start = Start::Accepted;
        int workingDays = 0;
        int extensionDays = 0;
        bool deemedAcceptedWhenLapsed = false;
    };

    static const StatutoryClock &builtIn();
    static Result<StatutoryClock> fromJson(const QByteArray &json, const QString &origin);

    // The same clocks with the decision's limit set to the office's (its setting; ignored unless 1–60).
    StatutoryClock withDecisionDays(int workingDays) const;

    const QList<Limit> &limits() const { return m_limits; }
    const Limit *limitFor(CaseState state) const;
    // The clock running for the case on `today` (the office's date), or nothing (no clock in its
    // state, or the time it started from is unknown).
    std::optional<ClockReading> read(const ClockInput &input, const QDate &today,
                                     const WorkingCalendar &calendar) const;

    // What the clock needs of a whole case and, for a simplified deregistration, of its public notice
    // (none: not begun, or not synced yet).
    static ClockInput inputOf(const CaseRecord &record, const std::optional<DeregistrationNotice> &notice);
    // The working days the decision is given (the office's setting where it has one).
    int decisionDays() const;
    // The office's date of a moment (local time, as receipt numbers count days).
    static QDate officeDate(const QDateTime &at);
    // The clock's name: "Decision", "Correction notice", "Publication".
    static QString label(ClockKind kind);
    // A short reading for a list: "2 working days left", "due today", "1 working day overdue",
    // "notice until 2026-12-21".
    static QString shortText(const ClockReading &reading);
    // The whole of it for a tooltip or the case's header: what must happen, by when, and from when.
    // Without `withNotice`, a decision after a public notice leaves the notice's own sentence out
    // (the case's header shows the notice on a line of its own).
    static QString longText(const ClockReading &reading, bool withNotice = true);

private:
    QList<Limit> m_limits;
};

} // namespace ow::core
