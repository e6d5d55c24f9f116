#pragma once

#include "RuleResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::core {

class EntityType;

// An enterprise name split into 行政区划 + 字号 + 行业 + 组织形式 (DOMAIN §4).
struct NameParts
{
    QString division;  // 太原市, 山西 …, may be empty for some forms
    QString tradeName; // 字号, two or more characters (企业名称登记管理规定 2020, art. 8)
    QString industry;  // 商贸, 科技 …
    QString form;      // 有限公司, 合伙企业 …
};

// What the name rules need from the rest of the one form (see docs/name-rules.md).
struct NameContext
{
    // The domicile's county (6 digits): the name's division must be its province, city or county
    // (art. 7). Empty: not compared.
    QString domicileDivision;
    // The registering authority (6 digits). Only a province's or the State's (XX0000, 100000) registers
    // a name without a division or without an industry (art. 6). Empty: a county's.
    QString authorityDivision;
};

// One word of the prohibited-word list (resources/data/prohibited_words.json, arts. 11 and 12).
struct ProhibitedWord
{
    QString word;
    bool anywhere = true; // false: refused at the start of the name and in the 字号, accepted in the industry
    QString basis;        // the article: "art. 11(4)"
    QString reason;       // why, in English
};

class EnterpriseName
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseName)
public:
    // Splits using the division table, the industry list and the organisational forms.
    static NameParts parse(const QString &name);
    // Valid for the entity type (and, with a context, for the domicile and the authority), or the
    // first reason it is not, saying what is wrong and where.
    static RuleResult validate(const QString &name, const EntityType &type, const NameContext &context = {});
    // A branch's name starts with its parent company's full name (art. 13); `parentName` as registered.
    static RuleResult checkBranchParent(const QString &branchName, const QString &parentName);
    // The division part as the division names it is made of (山西省太原市小店区 → 山西省, 太原市,
    // 小店区); empty when it cannot be read so.
    static QStringList divisionSegments(const QString &division);
    // The prohibited words as loaded, longest first.
    static const QList<ProhibitedWord> &prohibitedWords();
    // Parses a prohibited-word list (used by prohibitedWords() and by tests with broken data).
    static QList<ProhibitedWord> prohibitedWordsFromJson(const QByteArray &json, QString *error = nullptr);
};

} // namespace ow::core
