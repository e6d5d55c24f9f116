#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

// The one text form of a point in time on the wire and in both stores: what
// QDateTime::toString(Qt::ISODateWithMs) writes for UTC ("2026-12-02T10:45:00.123Z"). Written and read
// here without Qt's general formatter and parser (a printf and a time-zone look-up per call, which
// were a tenth of storing a pushed case): byte for byte what Qt writes, and the same instant Qt reads
// (test_iso_time compares them); anything not in that exact form is left to Qt.
namespace ow::core::isotime {

// `time` in UTC as Qt::ISODateWithMs writes it; "" for an invalid time.
QString toText(const QDateTime &time);

// The time `text` names as QDateTime::fromString(text, Qt::ISODateWithMs) reads it, in UTC; an
// invalid QDateTime when it names none.
QDateTime fromText(QStringView text);

// The registry's day at `at`: the date in China (UTC+8, no daylight saving), whatever the machine's
// zone. Every day the registry counts (a notice's days, a decision's date, a list's dates) is this.
inline QDate chinaDate(const QDateTime &at)
{
    constexpr qint64 ChinaOffsetSeconds = 8 * 3600;
    return at.toUTC().addSecs(ChinaOffsetSeconds).date();
}

} // namespace ow::core::isotime
