// Issue 12: the partners of partnerships and the members of farmers' co-operatives, row by row.
// A general partnership has general partners only; a limited partnership 2 to 50 partners, at
// least one general and one limited; a co-operative at least 5 members, farmers at least 80 %,
// enterprises, institutions and social organisations at most 1 of up to 20 members and 5 % beyond.
// Each row asserts every issue the validator reports, by field path and code.
#include "RuleForms.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/PartnershipRules.h"

#include <QTest>

using namespace ow::core;
using namespace ow::test::rules;
using namespace Qt::StringLiterals;

namespace {

OneForm partnership(const QString &type, const QString &form)
{
    OneForm f = validForm(type, u"太原市鑫源投资管理合伙企业（"_s + form + u"）"_s, 2);
    f.legalRep.position = u"执行事务合伙人"_s;
    return f;
}

// `general` general partners, then `limited` limited ones.
void partners(OneForm &f, int general, int limited)
{
    setInvestors(f, general + limited);
    for (int i = 0; i < f.investors.size(); ++i)
        f.investors[i].partner = i < general ? PartnerKind::General : PartnerKind::Limited;
}

OneForm cooperative()
{
    OneForm f = validForm(u"cooperative"_s, u"清徐县鑫源种植专业合作社"_s, 5, u"140121"_s);
    f.domicile = u"山西省太原市清徐县清源镇东湖村"_s;
    f.postalCode = u"030400"_s;
    f.legalRep.position = u"理事长"_s;
    for (Investor &member : f.investors)
        member.farmer = true;
    return f;
}

// `count` members: `corporate` enterprises last, `others` natural persons who are not farmers
// before them, farmers first.
void members(OneForm &f, int count, int others, int corporate)
{
    setInvestors(f, count - corporate);
    for (int i = 0; i < f.investors.size(); ++i)
        f.investors[i].farmer = i < count - corporate - others;
    for (int i = 0; i < corporate; ++i)
        f.investors.append(legalInvestor(10000));
    f.capital = Yuan(count) * 10000;
}

FieldIssues validate(const OneForm &form)
{
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    return type ? OneFormValidator::validate(form, *type, ApplicationDay) : OneFormValidator::validate(form);
}

} // namespace

class TestPartnershipRules : public QObject
{
    Q_OBJECT

private slots:
    void generalPartnership_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("two partners, kind not entered") << Mutation([](OneForm &) {}) << none;
        QTest::newRow("two general partners") << Mutation([](OneForm &f) { partners(f, 2, 0); }) << none;
        QTest::newRow("a legal-person general partner") << Mutation([](OneForm &f) {
            f.investors[1] = legalInvestor(10000);
            f.investors[1].partner = PartnerKind::General;
        }) << none;
        QTest::newRow("a limited partner")
            << Mutation([](OneForm &f) { partners(f, 2, 1); })
            << QStringList{u"investors[2].partner partners.limited_in_general"_s};
        QTest::newRow("one partner") << Mutation([](OneForm &f) { setInvestors(f, 1); })
                                     << QStringList{u"investors investors.too_few"_s};
        QTest::newRow("sixty partners: no upper bound")
            << Mutation([](OneForm &f) { setInvestors(f, 60); }) << none;
        QTest::newRow("a director's office chosen")
            << Mutation([](OneForm &f) { f.legalRepOffice = LegalRepOffice::Director; })
            << QStringList{u"legalRep.office legalRep.office_not_applicable"_s};
    }

    void generalPartnership()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = partnership(u"general_partnership"_s, u"普通合伙"_s);
        mutate(form);
        QCOMPARE(issueKeys(validate(form)), expected);
    }

    void limitedPartnership_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("one general, one limited") << Mutation([](OneForm &f) { partners(f, 1, 1); }) << none;
        QTest::newRow("one general, 49 limited") << Mutation([](OneForm &f) { partners(f, 1, 49); }) << none;
        QTest::newRow("one general, 50 limited") << Mutation([](OneForm &f) { partners(f, 1, 50); })
                                                 << QStringList{u"investors investors.too_many"_s};
        QTest::newRow("a legal-person limited partner") << Mutation([](OneForm &f) {
            partners(f, 1, 1);
            f.investors[1] = legalInvestor(10000);
            f.investors[1].partner = PartnerKind::Limited;
        }) << none;
        QTest::newRow("only the general partner")
            << Mutation([](OneForm &f) { partners(f, 1, 0); })
            << QStringList{u"investors investors.too_few"_s, u"investors partners.no_limited"_s};
        QTest::newRow("two general partners") << Mutation([](OneForm &f) { partners(f, 2, 0); })
                                              << QStringList{u"investors partners.no_limited"_s};
        QTest::newRow("three limited partners") << Mutation([](OneForm &f) { partners(f, 0, 3); })
                                                << QStringList{u"investors partners.no_general"_s};
        QTest::newRow("kinds not entered")
            << Mutation([](OneForm &) {})
            << QStringList{u"investors[0].partner partners.kind_missing"_s,
                           u"investors[1].partner partners.kind_missing"_s,
                           u"investors partners.no_general"_s, u"investors partners.no_limited"_s};
        QTest::newRow("one kind not entered") << Mutation([](OneForm &f) {
            partners(f, 1, 2);
            f.investors[2].partner = PartnerKind::Unspecified;
        }) << QStringList{u"investors[2].partner partners.kind_missing"_s};
    }

    void limitedPartnership()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = partnership(u"limited_partnership"_s, u"有限合伙"_s);
        mutate(form);
        QCOMPARE(issueKeys(validate(form)), expected);
    }

    // A row added but not typed into is no partner: the rule does not ask for its kind (the
    // validator reports its empty fields).
    void blankRowIsNoPartner()
    {
        OneForm form = partnership(u"limited_partnership"_s, u"有限合伙"_s);
        partners(form, 1, 1);
        form.investors.append(Investor{});
        FieldIssues issues;
        PartnershipRules::check(issues, form, *EntityTypeCatalog::instance().find(form.entityTypeId));
        QCOMPARE(issueKeys(issues), QStringList());
    }

    void cooperativeMembers_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("five farmers") << Mutation([](OneForm &) {}) << none;
        QTest::newRow("four farmers and a villager who is none (80 %)")
            << Mutation([](OneForm &f) { members(f, 5, 1, 0); }) << none;
        QTest::newRow("three farmers of five (60 %)")
            << Mutation([](OneForm &f) { members(f, 5, 2, 0); })
            << QStringList{u"investors cooperative.too_few_farmers"_s};
        QTest::newRow("four farmers") << Mutation([](OneForm &f) { members(f, 4, 0, 0); })
                                      << QStringList{u"investors investors.too_few"_s};
        QTest::newRow("four farmers and an enterprise (80 %, 1 of 5)")
            << Mutation([](OneForm &f) { members(f, 5, 0, 1); }) << none;
        QTest::newRow("20 members, one enterprise")
            << Mutation([](OneForm &f) { members(f, 20, 3, 1); }) << none;
        QTest::newRow("20 members, two enterprises")
            << Mutation([](OneForm &f) { members(f, 20, 0, 2); })
            << QStringList{u"investors cooperative.too_many_corporate"_s};
        QTest::newRow("21 members, one enterprise")
            << Mutation([](OneForm &f) { members(f, 21, 0, 1); }) << none;
        QTest::newRow("21 members, two enterprises (9.5 %)")
            << Mutation([](OneForm &f) { members(f, 21, 0, 2); })
            << QStringList{u"investors cooperative.too_many_corporate"_s};
        QTest::newRow("40 members, two enterprises (5 %)")
            << Mutation([](OneForm &f) { members(f, 40, 6, 2); }) << none;
        QTest::newRow("40 members, three enterprises")
            << Mutation([](OneForm &f) { members(f, 40, 0, 3); })
            << QStringList{u"investors cooperative.too_many_corporate"_s};
        QTest::newRow("40 members, 30 farmers and two enterprises")
            << Mutation([](OneForm &f) { members(f, 40, 8, 2); })
            << QStringList{u"investors cooperative.too_few_farmers"_s};
        QTest::newRow("a farmer flag on an enterprise does not count") << Mutation([](OneForm &f) {
            members(f, 5, 1, 1);
            f.investors[4].farmer = true;
        }) << QStringList{u"investors cooperative.too_few_farmers"_s};
    }

    void cooperativeMembers()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = cooperative();
        mutate(form);
        QCOMPARE(issueKeys(validate(form)), expected);
    }
};

QTEST_GUILESS_MAIN(TestPartnershipRules)
#include "test_partnership_rules.moc"
