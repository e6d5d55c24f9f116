#pragma once

#include "RuleResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow::core {

// Resident identity card number (GB 11643-1999), DOMAIN §5.
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)
public:
    // `today` bounds the birth date (not in the future); defaults to the current date in China.
    static RuleResult validate(const QString &number, const QDate &today = chinaToday());
    // The date in China (UTC+8, no daylight saving) from the UTC clock: the registry's date on
    // any machine's zone setting, and cheap (no time-zone lookup per call).
    static QDate chinaToday();
    static QChar checkCharacter(QStringView first17);
    static QDate birthDate(const QString &number); // null if not parseable
    static bool isMale(const QString &number);
};

} // namespace ow::core
