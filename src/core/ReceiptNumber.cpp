#include "ReceiptNumber.h"

#include "WorkstationCode.h"

#include <QStringView>

#include <algorithm>

namespace ow::core {

namespace {

// `text` is `count` ASCII digits.
bool digits(QStringView text, qsizetype count)
{
    return text.size() == count &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

// authority (6 digits) - yyyyMMdd - workstation (WorkstationCode) - sequence (4 digits), read by hand:
// the exchange reads one per acceptance while it holds the writers' lock.
std::optional<ReceiptNumber> ReceiptNumber::parse(const QString &text)
{
    const QList<QStringView> parts = QStringView(text).split(u'-');
    if (parts.size() != 4 || !digits(parts.at(0), 6) || !digits(parts.at(1), 8) ||
        !WorkstationCode::isValid(parts.at(2).toString()) || !digits(parts.at(3), 4)) {
        return std::nullopt;
    }
    const QStringView day = parts.at(1);
    ReceiptNumber number;
    number.authority = parts.at(0).toString();
    number.day = QDate(day.first(4).toInt(), day.sliced(4, 2).toInt(), day.sliced(6, 2).toInt());
    number.workstation = parts.at(2).toString();
    number.sequence = parts.at(3).toInt();
    if (!number.day.isValid() || number.sequence < 1 || number.sequence > MaxSequence) {
        return std::nullopt;
    }
    return number;
}

QString ReceiptNumber::prefix() const
{
    return authority + QLatin1Char('-') + day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
           workstation + QLatin1Char('-');
}

QString ReceiptNumber::toString() const
{
    return prefix() + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace ow::core
