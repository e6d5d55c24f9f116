// Issue 12: the rules of companies, row by row: a limited company's subscription within five
// years, a joint-stock company's 1 to 200 promoters, at least half domiciled in China, paid in full
// before establishment, and the legal representative a director or the manager as the articles
// choose. Each row asserts every issue the validator reports, by field path and code.
#include "RuleForms.h"
#include "core/CompanyRules.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"

#include <QTest>

using namespace ow::core;
using namespace ow::test::rules;
using namespace Qt::StringLiterals;

namespace {

OneForm limitedCompany()
{
    OneForm f = validForm(u"llc_natural_multi"_s, u"太原市鑫源商贸有限公司"_s, 2);
    f.personnel = {{personName(1), residentId(1), u"执行董事"_s}, {personName(2), residentId(2), u"监事"_s}};
    return f;
}

OneForm jointStockCompany()
{
    OneForm f = validForm(u"joint_stock"_s, u"太原市鑫源商贸股份有限公司"_s, 2);
    for (Investor &promoter : f.investors)
        promoter.deadline = ApplicationDay;
    f.personnel = {{personName(1), residentId(1), u"董事长"_s},
                   {personName(2), residentId(2), u"董事"_s},
                   {personName(3), residentId(3), u"总经理"_s}};
    return f;
}

// `count` promoters, each paid in full on the application day.
void promoters(OneForm &f, int count)
{
    setInvestors(f, count);
    for (Investor &promoter : f.investors)
        promoter.deadline = ApplicationDay;
}

// A promoter domiciled abroad, with the document a foreigner or a resident of Taiwan shows.
void abroad(Investor &promoter, IdType type, const QString &number)
{
    promoter.domiciledInChina = false;
    promoter.idType = type;
    promoter.idNumber = number;
}

FieldIssues validate(const OneForm &form)
{
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    return type ? OneFormValidator::validate(form, *type, ApplicationDay) : OneFormValidator::validate(form);
}

} // namespace

class TestCompanyRules : public QObject
{
    Q_OBJECT

private slots:
    void limitedCompanyRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;

        QTest::newRow("valid, no deadline entered") << Mutation([](OneForm &) {}) << none;
        QTest::newRow("deadline in three years")
            << Mutation([](OneForm &f) { f.investors[0].deadline = QDate(2029, 6, 30); }) << none;
        QTest::newRow("deadline exactly five years on")
            << Mutation([](OneForm &f) { f.investors[1].deadline = QDate(2031, 12, 2); }) << none;
        QTest::newRow("deadline five years and a day on")
            << Mutation([](OneForm &f) { f.investors[1].deadline = QDate(2031, 12, 3); })
            << QStringList{u"investors[1].deadline contribution.deadline_late"_s};
        QTest::newRow("thirty-year deadline of the old law")
            << Mutation([](OneForm &f) {
                   f.investors[0].deadline = QDate(2046, 12, 31);
                   f.investors[1].deadline = QDate(2056, 12, 31);
               })
            << QStringList{u"investors[0].deadline contribution.deadline_late"_s,
                           u"investors[1].deadline contribution.deadline_late"_s};
        QTest::newRow("sole natural-person company, deadline late") << Mutation([](OneForm &f) {
            f.entityTypeId = u"llc_natural_sole"_s;
            setInvestors(f, 1);
            f.investors[0].deadline = QDate(2032, 1, 1);
        }) << QStringList{u"investors[0].deadline contribution.deadline_late"_s};
        QTest::newRow("articles choose a director, the executive director")
            << Mutation([](OneForm &f) { f.legalRepOffice = LegalRepOffice::Director; }) << none;
        QTest::newRow("articles choose a director, the representative is the supervisor")
            << Mutation([](OneForm &f) {
                   f.legalRepOffice = LegalRepOffice::Director;
                   f.personnel[0].position = u"监事"_s;
                   f.personnel[1].position = u"执行董事"_s;
               })
            << QStringList{u"legalRep.office legalRep.not_director"_s};
        QTest::newRow("articles choose a director, the board secretary is none") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Director;
            f.personnel[0].position = u"董事会秘书"_s;
        }) << QStringList{u"legalRep.office legalRep.not_director"_s};
        QTest::newRow("articles choose the manager, the general manager") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Manager;
            f.personnel.append({personName(1), residentId(1), u"总经理"_s});
        }) << none;
        QTest::newRow("articles choose the manager, a deputy general manager") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Manager;
            f.personnel[0].position = u"副总经理"_s;
        }) << QStringList{u"legalRep.office legalRep.not_manager"_s};
        QTest::newRow("articles choose the manager, the manager is someone else") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Manager;
            f.personnel[1].position = u"经理"_s;
        }) << QStringList{u"legalRep.office legalRep.not_manager"_s};
        QTest::newRow("articles choose a director, no key personnel entered") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Director;
            f.personnel.clear();
        }) << QStringList{u"legalRep.office legalRep.not_director"_s};
        QTest::newRow("director matched by ID number, not by name") << Mutation([](OneForm &f) {
            f.legalRepOffice = LegalRepOffice::Director;
            f.personnel[0].idNumber = residentId(9);
        }) << QStringList{u"legalRep.office legalRep.not_director"_s};
    }

    void limitedCompanyRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = limitedCompany();
        mutate(form);
        QCOMPARE(issueKeys(validate(form)), expected);
    }

    void jointStockRules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;

        QTest::newRow("two promoters paid on the application day") << Mutation([](OneForm &) {}) << none;
        QTest::newRow("one promoter") << Mutation([](OneForm &f) { promoters(f, 1); }) << none;
        QTest::newRow("200 promoters") << Mutation([](OneForm &f) { promoters(f, 200); }) << none;
        QTest::newRow("201 promoters") << Mutation([](OneForm &f) { promoters(f, 201); })
                                       << QStringList{u"investors investors.too_many"_s};
        QTest::newRow("no promoter") << Mutation([](OneForm &f) {
            f.investors.clear();
            f.capital = 10000;
        }) << QStringList{u"investors investors.too_few"_s};
        QTest::newRow("paid before the application day")
            << Mutation([](OneForm &f) { f.investors[0].deadline = QDate(2026, 11, 20); }) << none;
        QTest::newRow("paid the day after the application")
            << Mutation([](OneForm &f) { f.investors[1].deadline = QDate(2026, 12, 3); })
            << QStringList{u"investors[1].deadline contribution.not_paid_in_full"_s};
        QTest::newRow("subscribed over five years like a limited company")
            << Mutation([](OneForm &f) { f.investors[0].deadline = QDate(2031, 12, 1); })
            << QStringList{u"investors[0].deadline contribution.not_paid_in_full"_s};
        QTest::newRow("no payment date")
            << Mutation([](OneForm &f) { f.investors[0].deadline = QDate(); })
            << QStringList{u"investors[0].deadline contribution.deadline_missing"_s};
        QTest::newRow("half of two promoters abroad (passport)")
            << Mutation([](OneForm &f) { abroad(f.investors[1], IdType::Passport, u"E12345678"_s); }) << none;
        QTest::newRow("two of four abroad (Taiwan permit, permanent residence ID)")
            << Mutation([](OneForm &f) {
                   promoters(f, 4);
                   abroad(f.investors[2], IdType::TaiwanPermit, u"03201234"_s);
                   abroad(f.investors[3], IdType::ForeignPermanentResident, u"USA110090031250"_s);
               })
            << none;
        QTest::newRow("two of three abroad") << Mutation([](OneForm &f) {
            promoters(f, 3);
            abroad(f.investors[1], IdType::Passport, u"E12345678"_s);
            abroad(f.investors[2], IdType::HkMacaoPermit, u"H12345678"_s);
        }) << QStringList{u"investors promoters.domiciled_abroad"_s};
        QTest::newRow("the only promoter abroad") << Mutation([](OneForm &f) {
            promoters(f, 1);
            abroad(f.investors[0], IdType::Passport, u"G98765432"_s);
        }) << QStringList{u"investors promoters.domiciled_abroad"_s};
        QTest::newRow("a Chinese citizen domiciled abroad counts as abroad") << Mutation([](OneForm &f) {
            promoters(f, 3);
            f.investors[0].domiciledInChina = false;
            f.investors[1].domiciledInChina = false;
        }) << QStringList{u"investors promoters.domiciled_abroad"_s};
        QTest::newRow("legal representative the chairman, a director")
            << Mutation([](OneForm &f) { f.legalRepOffice = LegalRepOffice::Director; }) << none;
        QTest::newRow("legal representative as the manager, but the chairman")
            << Mutation([](OneForm &f) { f.legalRepOffice = LegalRepOffice::Manager; })
            << QStringList{u"legalRep.office legalRep.not_manager"_s};
    }

    void jointStockRules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        OneForm form = jointStockCompany();
        mutate(form);
        QCOMPARE(issueKeys(validate(form)), expected);
    }

    // The deadline the form shows next to the investors: the type's latest.
    void latestDeadline_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("limited company") << u"llc_natural_multi"_s << QDate(2031, 12, 2);
        QTest::newRow("legal-person sole") << u"llc_legal_sole"_s << QDate(2031, 12, 2);
        QTest::newRow("joint stock") << u"joint_stock"_s << ApplicationDay;
        QTest::newRow("partnership: none") << u"general_partnership"_s << QDate();
        QTest::newRow("co-operative: none") << u"cooperative"_s << QDate();
    }

    void latestDeadline()
    {
        QFETCH(QString, type);
        QFETCH(QDate, latest);
        const EntityType *t = EntityTypeCatalog::instance().find(type);
        QVERIFY(t);
        QCOMPARE(CompanyRules::latestDeadline(*t, ApplicationDay), latest);
    }

    // A 29 February application: five years on is 28 February.
    void leapDay()
    {
        OneForm form = limitedCompany();
        const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
        form.investors[0].deadline = QDate(2033, 2, 28);
        QCOMPARE(issueKeys(OneFormValidator::validate(form, *type, QDate(2028, 2, 29))), QStringList());
        form.investors[0].deadline = QDate(2033, 3, 1);
        QCOMPARE(issueKeys(OneFormValidator::validate(form, *type, QDate(2028, 2, 29))),
                 QStringList{u"investors[0].deadline contribution.deadline_late"_s});
    }
};

QTEST_GUILESS_MAIN(TestCompanyRules)
#include "test_company_rules.moc"
