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
    // `today` bounds the birth date (not in the future); defaults to the current date.
    static RuleResult validate(const QString &number, const QDate &today = QDate::currentDate());
    static QChar checkCharacter(QStringView first17);
    static QDate birthDate(const QString &number); // null if not parseable
    static bool isMale(const QString &number);
};

} // namespace ow::core
