#pragma once

#include "RuleResult.h"

#include <QCoreApplication>
#include <QString>

namespace ow::core {

class EntityType;

// An enterprise name split into 行政区划 + 字号 + 行业 + 组织形式 (DOMAIN §4).
struct NameParts
{
    QString division;  // 太原市, 山西 …, may be empty for some forms
    QString tradeName; // 字号, 2–6 characters
    QString industry;  // 商贸, 科技 …
    QString form;      // 有限公司, 合伙企业 …
};

class EnterpriseName
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseName)
public:
    // Splits using the division table, the industry list and the organisational forms.
    static NameParts parse(const QString &name);
    // Valid for the entity type, or the reason (missing parts, wrong organisational form for
    // the type, forbidden characters, trade name length).
    static RuleResult validate(const QString &name, const EntityType &type);
};

} // namespace ow::core
