#include "StatutoryClock.h"

#include "CoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ow::core {
namespace {

Error invalid(const QString &origin, const QString &what)
{
    return Error{QStringLiteral("clock.invalid"),
                 StatutoryClock::tr("The time limits %1 cannot be used: %2").arg(origin, what),
                 {}};
}

std::optional<ClockKind> kindOf(const QString &key)
{
    if (key == u"correction_notice") {
        return ClockKind::CorrectionNotice;
    }
    if (key == u"decision") {
        return ClockKind::Decision;
    }
    if (key == u"publication") {
        return ClockKind::Publication;
    }
    return std::nullopt;
}

std::optional<StatutoryClock::Start> startOf(const QString &key)
{
    if (key == u"received") {
        return StatutoryClock::Start::Received;
    }
    if (key == u"accepted") {
        return StatutoryClock::Start::Accepted;
    }
    if (key == u"entered") {
        return StatutoryClock::Start::Entered;
    }
    return std::nullopt;
}

Result<StatutoryClock::Limit> limitFrom(const QJsonObject &json, const QString &origin)
{
    StatutoryClock::Limit limit;
    const std::optional<ClockKind> kind = kindOf(json.value(u"clock").toString());
    const std::optional<StatutoryClock::Start> start = startOf(json.value(u"from").toString());
    if (!kind || !start) {
        return invalid(origin, StatutoryClock::tr("\"%1\" needs a known clock and a known start (received, "
                                                  "accepted or entered).")
                                   .arg(json.value(u"clock").toString()));
    }
    limit.kind = *kind;
    limit.start = *start;
    limit.workingDays = json.value(u"workingDays").toInt();
    limit.extensionDays = json.value(u"extensionWorkingDays").toInt();
    limit.deemedAcceptedWhenLapsed = json.value(u"lapse").toString() == u"deemed_accepted";
    if (limit.workingDays < 1 || limit.workingDays > 250 || limit.extensionDays < 0 ||
        limit.extensionDays > 250) {
        return invalid(origin, StatutoryClock::tr("the clock \"%1\" needs 1 to 250 working days.")
                                   .arg(json.value(u"clock").toString()));
    }
    for (const QJsonValue &state : json.value(u"states").toArray()) {
        const std::optional<CaseState> s = CaseStates::fromKey(state.toString());
        if (!s) {
            return invalid(origin, StatutoryClock::tr("\"%1\" is not a case state.").arg(state.toString()));
        }
        limit.states.append(*s);
    }
    return limit;
}

// A simplified deregistration's decision: after its public notice, whose days are the exchange's
// once it began it.
QString decisionAfterNotice(const ClockReading &reading, const QString &due, bool withNotice)
{
    const QString decision =
        StatutoryClock::tr("Approve or reject within %n working day(s) after the notice: by %1.", "",
                           reading.limitDays)
            .arg(due);
    if (!withNotice)
        return decision;
    const QString until = QLocale().toString(reading.noticeUntil, QLocale::LongFormat);
    const QString notice =
        reading.noticeExpected
            ? StatutoryClock::tr("The 20-day public notice begins when the exchange receives the acceptance "
                                 "and would run until %1.")
                  .arg(until)
            : StatutoryClock::tr("The 20-day public notice runs until %1.").arg(until);
    return notice + u' ' + decision;
}

} // namespace

const StatutoryClock &StatutoryClock::builtIn()
{
    static const StatutoryClock clocks = [] {
        Result<StatutoryClock> loaded = fromJson(detail::readDataResource(QStringLiteral("time_limits.json")),
                                                 QStringLiteral("time_limits.json"));
        Q_ASSERT_X(loaded.ok(), "StatutoryClock", "the built-in time limits must load");
        return loaded ? std::move(loaded).value() : StatutoryClock();
    }();
    return clocks;
}

Result<StatutoryClock> StatutoryClock::fromJson(const QByteArray &json, const QString &origin)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return invalid(origin, tr("it is not a JSON object."));
    }
    StatutoryClock clocks;
    for (const QJsonValue &entry : document.object().value(u"limits").toArray()) {
        Result<Limit> limit = limitFrom(entry.toObject(), origin);
        if (!limit) {
            return limit.error();
        }
        for (const CaseState state : limit.value().states) {
            if (clocks.limitFor(state)) {
                return invalid(origin,
                               tr("two clocks run in the state \"%1\".").arg(CaseStates::toKey(state)));
            }
        }
        clocks.m_limits.append(std::move(limit).value());
    }
    return clocks;
}

StatutoryClock StatutoryClock::withDecisionDays(int workingDays) const
{
    StatutoryClock clocks = *this;
    if (workingDays < 1 || workingDays > 60) {
        return clocks;
    }
    for (Limit &limit : clocks.m_limits) {
        if (limit.kind == ClockKind::Decision) {
            limit.workingDays = workingDays;
        }
    }
    return clocks;
}

const StatutoryClock::Limit *StatutoryClock::limitFor(CaseState state) const
{
    for (const Limit &limit : m_limits) {
        if (limit.states.contains(state)) {
            return &limit;
        }
    }
    return nullptr;
}

std::optional<ClockReading> StatutoryClock::read(const ClockInput &input, const QDate &today,
                                                 const WorkingCalendar &calendar) const
{
    const Limit *limit = limitFor(input.state);
    if (!limit) {
        return std::nullopt;
    }
    const QDateTime start = limit->start == Start::Received   ? input.received
                            : limit->start == Start::Accepted ? input.accepted
                                                              : input.enteredState;
    if (!start.isValid() || !today.isValid()) {
        return std::nullopt;
    }
    ClockReading reading;
    reading.kind = limit->kind;
    reading.started = officeDate(start);
    reading.limitDays = limit->workingDays + std::clamp(input.extendedDays, 0, limit->extensionDays);
    reading.due = calendar.addWorkingDays(reading.started, reading.limitDays);
    if (limit->kind == ClockKind::Decision && Deregistration::hasNotice(input.kind, input.simplified)) {
        // 简易注销: no decision before the notice is over; its working days count from its last day.
        reading.noticeExpected = !input.noticeUntil.isValid();
        reading.noticeUntil = reading.noticeExpected
                                  ? DeregistrationNotice::untilOf(DeregistrationNotice::dayOf(start))
                                  : input.noticeUntil;
        reading.noticeRunning = today <= reading.noticeUntil;
        reading.due = calendar.addWorkingDays(reading.noticeUntil, reading.limitDays);
    }
    reading.overdue = today > reading.due;
    if (reading.overdue) {
        reading.overdueDays = calendar.workingDaysBetween(reading.due, today);
        reading.deemedAccepted = limit->deemedAcceptedWhenLapsed;
    } else {
        reading.daysLeft = calendar.workingDaysBetween(today, reading.due);
    }
    return reading;
}

ClockInput StatutoryClock::inputOf(const CaseRecord &record,
                                   const std::optional<DeregistrationNotice> &notice)
{
    const QDateTime entered = record.state == CaseState::Licensed && record.licensedAt.isValid()
                                  ? record.licensedAt
                                  : record.updatedAt;
    ClockInput input;
    input.state = record.state;
    input.received = record.createdAt;
    input.accepted = record.acceptedAt;
    input.enteredState = entered;
    input.extendedDays = record.decisionExtension;
    input.kind = record.kind;
    input.simplified = record.simplified;
    // The exchange's notice of this very case; a closed one no longer says when a decision is due.
    if (notice && notice->caseId == record.id && !notice->isClosed())
        input.noticeUntil = notice->until;
    return input;
}

int StatutoryClock::decisionDays() const
{
    for (const Limit &limit : m_limits) {
        if (limit.kind == ClockKind::Decision)
            return limit.workingDays;
    }
    return 0;
}

QDate StatutoryClock::officeDate(const QDateTime &at)
{
    return at.toLocalTime().date();
}

QString StatutoryClock::label(ClockKind kind)
{
    switch (kind) {
    case ClockKind::CorrectionNotice:
        return tr("Accept or ask for corrections");
    case ClockKind::Decision:
        return tr("Decision");
    case ClockKind::Publication:
        return tr("Publication");
    }
    return {};
}

QString StatutoryClock::shortText(const ClockReading &reading)
{
    if (reading.deemedAccepted) {
        return tr("overdue: counts as accepted");
    }
    if (reading.overdue) {
        return reading.overdueDays > 0 ? tr("%n working day(s) overdue", "", reading.overdueDays)
                                       : tr("overdue");
    }
    if (reading.noticeRunning) {
        return tr("notice until %1").arg(QLocale().toString(reading.noticeUntil, QLocale::ShortFormat));
    }
    if (reading.daysLeft == 0) {
        return tr("due today");
    }
    return tr("%n working day(s) left", "", reading.daysLeft);
}

QString StatutoryClock::longText(const ClockReading &reading, bool withNotice)
{
    const QLocale locale;
    const QString due = locale.toString(reading.due, QLocale::LongFormat);
    const QString started = locale.toString(reading.started, QLocale::ShortFormat);
    QString what;
    switch (reading.kind) {
    case ClockKind::CorrectionNotice:
        what = tr("Accept the online application or send one notice listing every correction within %n "
                  "working day(s) of its arrival (%1): by %2.",
                  "", reading.limitDays)
                   .arg(started, due);
        break;
    case ClockKind::Decision:
        what = reading.noticeUntil.isValid()
                   ? decisionAfterNotice(reading, due, withNotice)
                   : tr("Approve or reject within %n working day(s) of acceptance (%1): by %2.", "",
                        reading.limitDays)
                         .arg(started, due);
        break;
    case ClockKind::Publication:
        what = tr("Publish within %n working day(s) of licensing (%1): by %2.", "", reading.limitDays)
                   .arg(started, due);
        break;
    }
    if (reading.deemedAccepted) {
        what += u' ' + tr("The time has passed: the application now counts as accepted.");
    }
    return what;
}

} // namespace ow::core
