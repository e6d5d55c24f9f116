#include "IsoTime.h"

namespace ow::core::isotime {
namespace {

constexpr qint64 MsPerDay = 86'400'000;

// Days since 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

void put(char16_t *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

// The number of `digits` decimal digits at `at`, or -1.
int digitsAt(QStringView text, qsizetype at, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString toText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - (MsPerDay - 1)) / MsPerDay;
    const qint64 ofDay = ms - days * MsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999) // Qt writes these its own way
        return time.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, int(ofDay / 3'600'000), 2);
    *out++ = u':';
    put(out, int(ofDay / 60'000 % 60), 2);
    *out++ = u':';
    put(out, int(ofDay / 1000 % 60), 2);
    *out++ = u'.';
    put(out, int(ofDay % 1000), 3);
    *out = u'Z';
    return text;
}

QDateTime fromText(QStringView text)
{
    // The form toText writes: yyyy-MM-ddTHH:mm:ss.zzzZ.
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':' &&
        text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        const int ms = digitsAt(text, 20, 3);
        if (year >= 1 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 &&
            second >= 0 && second < 60 && ms >= 0 && QDate::isValid(year, month, day)) {
            return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
        }
    }
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

} // namespace ow::core::isotime
