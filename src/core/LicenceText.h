#pragma once

#include "CaseRecord.h"

#include <QDate>
#include <QString>

namespace ow::core {

// The texts a business licence prints for a case (DOMAIN §6), made in one place: the sheet the
// counter prints (licence::LicenceFields) and the essentials the exchange signs
// (security::LicenceEssentials) both take them from here, so the two never differ.
class LicenceText
{
public:
    // A whole number in the financial capitals (大写): 105 → 壹佰零伍, 100000 → 壹拾万.
    // Empty for a negative number or one of 10^16 or more.
    static QString upperNumber(qint64 n);
    // The registered capital as licences print it: whole 万元 as "伍佰万元整", else "…元整";
    // empty for none (the line is left out).
    static QString capital(Yuan yuan);

    struct Texts
    {
        QString typeName;            // 有限责任公司(自然人投资或控股)
        QString representativeLabel; // 法定代表人, 执行事务合伙人, 经营者, 负责人 …
        QString capital;             // as capital() makes it
        QString authorityName;       // 太原市小店区市场监督管理局
        QDate establishedOn;         // the office's date of the licence
        QDate termTo;                // invalid: 长期
    };
    // The texts of a licensed case (its licence date; today's office date when it has none yet).
    static Texts of(const CaseRecord &record);
};

} // namespace ow::core
