#include "ReceiptNumber.h"

#include "WorkstationCode.h"

#include <QRegularExpression>

namespace ow::core {

std::optional<ReceiptNumber> ReceiptNumber::parse(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("(\\d{6})-(\\d{8})-(%1)-(\\d{4})").arg(WorkstationCode::pattern())));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    ReceiptNumber number;
    number.authority = match.captured(1);
    number.day = QDate::fromString(match.captured(2), QStringLiteral("yyyyMMdd"));
    number.workstation = match.captured(3);
    number.sequence = match.captured(4).toInt();
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
