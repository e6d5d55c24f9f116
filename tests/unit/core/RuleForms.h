// Forms for the data-driven tests of the rules of each entity type (issue 12): a valid form of
// each type to mutate, and the issues reduced to "field code" for comparison.
#pragma once

#include "core/OneForm.h"
#include "core/RuleResult.h"
#include "core/SampleApplications.h"

#include <QDate>
#include <QStringList>

#include <functional>

namespace ow::test::rules {

using Mutation = std::function<void(core::OneForm &)>;

// The day the applications are made: deadlines count from it.
inline const QDate ApplicationDay(2026, 12, 2);

// A valid resident ID of someone born in 1980 + n % 30 in `division`.
inline QString residentId(int n, const QString &division = QStringLiteral("140105"))
{
    return core::samples::residentId(division, QDate(1970 + n % 30, 1 + n % 12, 1 + n % 28), n % 999 + 1);
}

inline const QString &surnames()
{
    static const QString s = QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗");
    return s;
}

// A different two-character name for each n up to 400.
inline QString personName(int n)
{
    static const QString given = QStringLiteral("建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟");
    return QString(surnames().at(n % 20)) + given.at((n / 20) % 20);
}

inline core::Investor naturalInvestor(int n, core::Yuan amount,
                                      const QString &division = QStringLiteral("140105"))
{
    core::Investor i;
    i.name = personName(n);
    i.idNumber = residentId(n, division);
    i.subscribed = amount;
    return i;
}

inline core::Investor legalInvestor(core::Yuan amount)
{
    core::Investor i;
    i.kind = core::InvestorKind::Legal;
    i.name = QStringLiteral("山西晋华网络科技有限公司");
    i.idNumber = QStringLiteral("91140105MA0K2P3Q6E");
    i.subscribed = amount;
    return i;
}

// `count` natural investors of 10,000 yuan each and the capital they add up to.
inline void setInvestors(core::OneForm &f, int count)
{
    f.investors.clear();
    for (int n = 0; n < count; ++n)
        f.investors.append(naturalInvestor(n + 1, 10000));
    f.capital = core::Yuan(count) * 10000;
}

// A valid form of `type` named `name` in `division`, with `investors` natural investors.
inline core::OneForm validForm(const QString &type, const QString &name, int investors,
                               const QString &division = QStringLiteral("140105"))
{
    core::OneForm f;
    f.entityTypeId = type;
    f.proposedName = name;
    f.domicile = QStringLiteral("山西省太原市小店区坞城路92号");
    f.domicileDivision = division;
    f.authorityDivision = division;
    f.businessScope = QStringLiteral("日用百货销售；五金产品零售；办公用品销售");
    f.phone = QStringLiteral("0351-7654321");
    f.postalCode = QStringLiteral("030006");
    setInvestors(f, investors);
    f.legalRep = {personName(1), core::IdType::ResidentId, residentId(1), QStringLiteral("13912345678"),
                  QStringLiteral("执行董事")};
    f.liaison = {
        QStringLiteral("王五"), core::IdType::ResidentId, QString(), QStringLiteral("13812345678"), {}};
    f.financialOfficer = {
        QStringLiteral("赵六"), core::IdType::ResidentId, QString(), QStringLiteral("13712345678"), {}};
    return f;
}

// Every issue as "field code" ("investors[1].deadline contribution.deadline_late"); an issue of a
// rule without a code shows its message instead, so an unexpected one is told in the comparison.
inline QStringList issueKeys(const core::FieldIssues &issues)
{
    QStringList keys;
    for (const core::FieldIssue &issue : issues)
        keys.append(issue.field + QLatin1Char(' ') + (issue.code.isEmpty() ? issue.message : issue.code));
    return keys;
}

} // namespace ow::test::rules

Q_DECLARE_METATYPE(ow::test::rules::Mutation)
