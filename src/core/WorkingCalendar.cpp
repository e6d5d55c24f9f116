#include "WorkingCalendar.h"

#include "CoreSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::core {
namespace {

// Long enough for any time limit of the registry; a bound, so that a broken file cannot loop.
constexpr int MaxDaysSpan = 3660;
constexpr qsizetype MaxHolidaySpan = 31;

Error invalid(const QString &origin, const QString &what)
{
    return Error{QStringLiteral("calendar.invalid"),
                 WorkingCalendar::tr("The working-day calendar %1 cannot be used: %2").arg(origin, what),
                 {}};
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

const WorkingCalendar &WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = [] {
        Result<WorkingCalendar> loaded = fromJson(detail::readDataResource(QStringLiteral("holidays.json")),
                                                  QStringLiteral("holidays.json"));
        Q_ASSERT_X(loaded.ok(), "WorkingCalendar", "the built-in calendar must load");
        return loaded ? std::move(loaded).value() : WorkingCalendar();
    }();
    return calendar;
}

Result<WorkingCalendar> WorkingCalendar::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return invalid(path, tr("the file cannot be read (%1).").arg(file.errorString()));
    }
    return fromJson(file.read(1 << 20), path);
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalid(origin, tr("it is not a JSON object (%1).").arg(parseError.errorString()));
    }
    WorkingCalendar calendar;
    const QJsonArray years = document.object().value(u"years").toArray();
    if (years.isEmpty()) {
        return invalid(origin, tr("it lists no years."));
    }
    for (const QJsonValue &entry : years) {
        const QJsonObject y = entry.toObject();
        Year year{y.value(u"year").toInt(), y.value(u"source").toString(), y.value(u"provisional").toBool()};
        if (year.year < 2000 || year.year > 2100 || calendar.m_years.contains(year.year)) {
            return invalid(
                origin,
                tr("\"%1\" is not a year, or is listed twice.").arg(y.value(u"year").toVariant().toString()));
        }
        for (const QJsonValue &h : y.value(u"holidays").toArray()) {
            const QJsonObject holiday = h.toObject();
            const QDate from = dateOf(holiday.value(u"from"));
            const QDate to = dateOf(holiday.value(u"to"));
            const QString name = holiday.value(u"name").toString();
            if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= MaxHolidaySpan ||
                from.year() != year.year) {
                return invalid(origin, tr("the holiday \"%1\" of %2 needs dates from and to (yyyy-MM-dd) "
                                          "in that year, to not before from.")
                                           .arg(name)
                                           .arg(year.year));
            }
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                calendar.m_holidays.insert(day);
                calendar.m_holidayNames.insert(day, name);
            }
        }
        for (const QJsonValue &w : y.value(u"workdays").toArray()) {
            const QDate day = dateOf(w);
            if (!day.isValid() || day.year() != year.year) {
                return invalid(origin,
                               tr("the working day \"%1\" of %2 is not a date (yyyy-MM-dd) of that year.")
                                   .arg(w.toString())
                                   .arg(year.year));
            }
            if (calendar.m_holidays.contains(day)) {
                return invalid(origin, tr("%1 is both a holiday and a working day.").arg(w.toString()));
            }
            calendar.m_workdays.insert(day);
        }
        calendar.m_years.insert(year.year, year);
    }
    return calendar;
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (m_workdays.contains(day)) {
        return true;
    }
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QString WorkingCalendar::holidayName(const QDate &day) const
{
    return m_holidayNames.value(day);
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int count) const
{
    QDate day = from;
    for (int span = 0; count > 0 && span < MaxDaysSpan; ++span) {
        day = day.addDays(1);
        if (isWorkingDay(day)) {
            --count;
        }
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    int count = 0;
    if (!from.isValid() || !to.isValid() || from.daysTo(to) > MaxDaysSpan) {
        return count;
    }
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day)) {
            ++count;
        }
    }
    return count;
}

QString WorkingCalendar::caveat(int from, int to) const
{
    QStringList notes;
    for (int y = from; y <= to && y - from < 10; ++y) {
        if (!covers(y)) {
            notes << tr("The working-day calendar has no holidays for %1: only weekends are counted.").arg(y);
        } else if (m_years.value(y).provisional) {
            notes << tr("The holidays of %1 are provisional (statutory days only, without swapped working "
                        "days); ask the office's IT staff for the year's calendar.")
                         .arg(y);
        }
    }
    return notes.join(u' ');
}

} // namespace ow::core
