#pragma once

#include "OneForm.h"
#include "ResidentId.h"
#include "RuleResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow::core {

// The identity documents of investors and personnel who are not PRC residents (issue 12), each
// with its own rule and code:
//   港澳居民来往内地通行证  H or M and 8 digits (since 2013), or and 10 digits (the older card)
//   台湾居民来往大陆通行证  8 digits
//   外国人永久居留身份证    3 letters and 12 digits (2017), or 18 characters starting with 9 with a
//                         date of birth at positions 7–14 and the resident-ID check character (2023)
//   港澳台居民居住证        a resident-ID number of 810000 (Hong Kong), 820000 (Macao) or 830000
//                         (Taiwan)
class ForeignIds
{
    Q_DECLARE_TR_FUNCTIONS(ForeignIds)
public:
    // The rule of `type` for one of the four documents above; passes any other type (the
    // validator checks resident IDs, passports and other documents itself).
    static RuleResult validate(IdType type, const QString &number,
                               const QDate &today = ResidentId::chinaToday());

    static RuleResult hkMacaoPermit(const QString &number);
    static RuleResult taiwanPermit(const QString &number);
    static RuleResult foreignPermanentResident(const QString &number, const QDate &today);
    static RuleResult residencePermit(const QString &number, const QDate &today);
};

} // namespace ow::core
