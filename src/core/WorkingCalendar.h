#pragma once

// Working days (工作日) as the registry counts its time limits: Monday to Friday, except public
// holidays, plus the weekend days the State Council swaps into working days (调休上班). The days
// come from a calendar file (resources/data/holidays.json is built in; an office may use its own,
// a setting); a year the file does not cover counts weekends only and says so.

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace ow::core {

class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    struct Year
    {
        int year = 0;
        QString source;
        bool provisional = false; // statutory days only: the year's swapped working days are missing
    };

    // The built-in calendar (resources/data/holidays.json).
    static const WorkingCalendar &builtIn();
    // A calendar from the JSON of a calendar file; `origin` names it in the error ("calendar.invalid":
    // which entry is wrong and how).
    static Result<WorkingCalendar> fromJson(const QByteArray &json, const QString &origin);
    // A calendar file, or the error saying why it cannot be used.
    static Result<WorkingCalendar> fromFile(const QString &path);

    bool isWorkingDay(const QDate &day) const;
    // The holiday `day` falls in ("春节"), or "" for none.
    QString holidayName(const QDate &day) const;
    // The `count`th working day after `from` (`from` itself not counted; count >= 0, 0 gives `from`).
    QDate addWorkingDays(const QDate &from, int count) const;
    // The working days in (from, to]: 0 when to <= from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

    // Whether the file covers the year, and what it says of it.
    bool covers(int year) const { return m_years.contains(year); }
    Year year(int year) const { return m_years.value(year); }
    // What a clerk should know about counting days in the years from `from` to `to`: a year the
    // file does not cover, or one that is provisional; "" when nothing.
    QString caveat(int from, int to) const;

private:
    QHash<int, Year> m_years;
    QSet<QDate> m_holidays;
    QHash<QDate, QString> m_holidayNames;
    QSet<QDate> m_workdays;
};

} // namespace ow::core
