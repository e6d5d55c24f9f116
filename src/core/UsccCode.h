#pragma once

#include "RuleResult.h"

#include <QCoreApplication>
#include <QString>

namespace ow::core {

// Unified social credit code (GB 32100-2015), DOMAIN §5.
class UsccCode
{
    Q_DECLARE_TR_FUNCTIONS(UsccCode)
public:
    static constexpr int Length = 18;
    static const QString &alphabet(); // "0123456789ABCDEFGHJKLMNPQRTUWXY"

    // Valid, or the precise reason: length, character set, department and category, a division of
    // digits in a province that exists (not the current division list: a code keeps the division it
    // was issued under), organisation-code check (position 17), final check (position 18).
    static RuleResult validate(const QString &code);

    // Check character for the first 17 characters, or a null QChar if they are not valid.
    static QChar checkCharacter(QStringView first17);
    // GB 11714 check for an 8-character organisation-code body, or a null QChar.
    static QChar organisationCheck(QStringView body8);

    // Builds a full code: department (e.g. '9'), category ('1'), 6-digit division,
    // 8-character organisation body. Computes position 17 and 18. Empty on invalid parts.
    static QString compose(QChar department, QChar category, const QString &division, const QString &body8);

    // The organisation body the registry gives its `serial`-th code: "MA" (market registration's
    // bodies since the reform) and the serial in six characters of alphabet() (base 31), so
    // distinct serials give distinct bodies. Empty for 0 or a serial from SerialLimit on.
    static constexpr quint64 SerialLimit = 887503681; // 31^6
    static QString serialBody(quint64 serial);
};

} // namespace ow::core
