#include "core/EntityType.h"
#include "core/OneFormValidator.h"

#include <QTest>

#include <functional>

using namespace ow::core;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(OneForm &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

// A complete, valid establishment of 太原市鑫源商贸有限公司 by two natural persons.
OneForm validForm()
{
    OneForm f;
    f.entityTypeId = u"llc_natural_multi"_s;
    f.proposedName = u"太原市鑫源商贸有限公司"_s;
    f.domicile = u"山西省太原市小店区坞城路92号"_s;
    f.domicileDivision = u"140105"_s;
    f.authorityDivision = u"140105"_s;
    f.capital = 1000000; // 100 万元
    f.businessScope = u"日用百货销售；五金产品零售；食品经营"_s;
    f.phone = u"0351-7654321"_s;
    f.postalCode = u"030006"_s;
    f.legalRep = {u"张三"_s, IdType::ResidentId, u"140105199001011238"_s, u"13912345678"_s, u"执行董事"_s};
    Investor first;
    first.name = u"张三"_s;
    first.idNumber = u"140105199001011238"_s;
    first.subscribed = 600000;
    Investor second;
    second.name = u"李四"_s;
    second.idNumber = u"140105198512310024"_s;
    second.subscribed = 400000;
    f.investors = {first, second};
    f.liaison = {u"王五"_s, IdType::ResidentId, QString(), u"13812345678"_s, u"联络员"_s};
    f.financialOfficer = {u"赵六"_s, IdType::ResidentId, QString(), u"13712345678"_s, u"财务负责人"_s};
    return f;
}

Investor legalInvestor(Yuan amount)
{
    Investor i;
    i.kind = InvestorKind::Legal;
    i.name = u"山西晋华网络科技有限公司"_s;
    i.idNumber = u"91140105MA0K2P3Q6E"_s;
    i.subscribed = amount;
    return i;
}

QString describe(const FieldIssues &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines.append(i.field + u": "_s + i.message);
    return lines.join(u'\n');
}

} // namespace

class TestOneFormValidator : public QObject
{
    Q_OBJECT

private slots:
    void validFormHasNoIssues();
    void issues_data();
    void issues();
    void everyBrokenFieldIsReportedAtOnce();
    void blankInvestorRowsAreNotCounted();
    void checklistFor();
};

void TestOneFormValidator::validFormHasNoIssues()
{
    const FieldIssues issues = OneFormValidator::validate(validForm());
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestOneFormValidator::issues_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field"); // the only field with an issue; empty: no issue at all
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("unknown entity type")
        << Mutation([](OneForm &f) { f.entityTypeId = u"llc"_s; }) << u"entity.type"_s << u"\"llc\""_s;
    QTest::newRow("no entity type") << Mutation([](OneForm &f) { f.entityTypeId.clear(); })
                                    << u"entity.type"_s << u"Choose the entity type"_s;
    QTest::newRow("name with Latin letters")
        << Mutation([](OneForm &f) { f.proposedName = u"太原市ABC商贸有限公司"_s; }) << u"entity.name"_s
        << u"position 4"_s;
    QTest::newRow("name of a joint-stock company")
        << Mutation([](OneForm &f) { f.proposedName = u"太原市鑫源商贸股份有限公司"_s; }) << u"entity.name"_s
        << u"股份有限公司"_s;
    QTest::newRow("no domicile") << Mutation([](OneForm &f) { f.domicile.clear(); }) << u"entity.domicile"_s
                                 << u"address"_s;
    QTest::newRow("domicile division is a city")
        << Mutation([](OneForm &f) { f.domicileDivision = u"140100"_s; }) << u"entity.domicileDivision"_s
        << u"county"_s;
    QTest::newRow("domicile division unknown")
        << Mutation([](OneForm &f) { f.domicileDivision = u"140199"_s; }) << u"entity.domicileDivision"_s
        << u"140199"_s;
    QTest::newRow("domicile division missing") << Mutation([](OneForm &f) { f.domicileDivision.clear(); })
                                               << u"entity.domicileDivision"_s << u"Choose"_s;
    QTest::newRow("no capital") << Mutation([](OneForm &f) { f.capital = 0; }) << u"entity.capital"_s
                                << u"注册资本"_s;
    QTest::newRow("no scope") << Mutation([](OneForm &f) { f.businessScope.clear(); }) << u"entity.scope"_s
                              << u"business scope"_s;
    QTest::newRow("bad phone") << Mutation([](OneForm &f) { f.phone = u"12345"_s; }) << u"entity.phone"_s
                               << u"11 digits"_s;
    QTest::newRow("bad postal code") << Mutation([](OneForm &f) { f.postalCode = u"0300"_s; })
                                     << u"entity.postalCode"_s << u"6 digits"_s;
    QTest::newRow("representative name one character")
        << Mutation([](OneForm &f) { f.legalRep.name = u"张"_s; }) << u"legalRep.name"_s << u"at least 2"_s;
    QTest::newRow("representative ID check")
        << Mutation([](OneForm &f) { f.legalRep.idNumber = u"140105199001011237"_s; })
        << u"legalRep.idNumber"_s << u"does not check out"_s;
    QTest::newRow("representative passport") << Mutation([](OneForm &f) {
        f.legalRep.idType = IdType::Passport;
        f.legalRep.idNumber = u"E12345678"_s;
    }) << QString() << QString();
    QTest::newRow("representative passport too short") << Mutation([](OneForm &f) {
        f.legalRep.idType = IdType::Passport;
        f.legalRep.idNumber = u"E12"_s;
    }) << u"legalRep.idNumber"_s << u"5 to 20"_s;
    QTest::newRow("representative phone")
        << Mutation([](OneForm &f) { f.legalRep.phone.clear(); }) << u"legalRep.phone"_s << u"phone number"_s;
    QTest::newRow("one investor for a multi-investor LLC") << Mutation([](OneForm &f) {
        f.investors.removeLast();
        f.capital = 600000;
    }) << u"investors"_s << u"at least 2"_s;
    QTest::newRow("investor amount zero") << Mutation([](OneForm &f) {
        f.investors[1].subscribed = 0;
        f.capital = 600000;
    }) << u"investors[1].amount"_s << u"greater than zero"_s;
    QTest::newRow("investor ID") << Mutation([](OneForm &f) { f.investors[0].idNumber = u"1401051990"_s; })
                                 << u"investors[0].idNumber"_s << u"has 10"_s;
    QTest::newRow("investor name") << Mutation([](OneForm &f) { f.investors[1].name = u"李4"_s; })
                                   << u"investors[1].name"_s << u"'4'"_s;
    QTest::newRow("legal investor with its credit code")
        << Mutation([](OneForm &f) { f.investors[1] = legalInvestor(400000); }) << QString() << QString();
    QTest::newRow("legal investor with a bad credit code") << Mutation([](OneForm &f) {
        f.investors[1] = legalInvestor(400000);
        f.investors[1].idNumber = u"91140105MA0K2P3Q6F"_s;
    }) << u"investors[1].idNumber"_s << u"does not check out"_s;
    QTest::newRow("legal investor without a name") << Mutation([](OneForm &f) {
        f.investors[1] = legalInvestor(400000);
        f.investors[1].name.clear();
    }) << u"investors[1].name"_s << u"name"_s;
    QTest::newRow("amounts do not add up")
        << Mutation([](OneForm &f) { f.capital = 1200000; }) << u"investors"_s << u"add up to 100 "_s;
    QTest::newRow("capital named in the mismatch")
        << Mutation([](OneForm &f) { f.capital = 1000001; }) << u"investors"_s << u"100.0001"_s;
    QTest::newRow("legal investor in a natural-person LLC") << Mutation([](OneForm &f) {
        f.entityTypeId = u"llc_natural_sole"_s;
        f.investors = {legalInvestor(1000000)};
    }) << u"investors"_s << u"natural person"_s;
    QTest::newRow("natural investor in a legal-person LLC") << Mutation([](OneForm &f) {
        f.entityTypeId = u"llc_legal_sole"_s;
        f.investors.removeLast();
        f.investors[0].subscribed = 1000000;
    }) << u"investors"_s << u"legal person"_s;
    QTest::newRow("two investors in a sole LLC")
        << Mutation([](OneForm &f) { f.entityTypeId = u"llc_natural_sole"_s; }) << u"investors"_s
        << u"at most 1"_s;
    QTest::newRow("liaison phone") << Mutation([](OneForm &f) { f.liaison.phone.clear(); })
                                   << u"liaison.phone"_s << u"phone"_s;
    QTest::newRow("liaison name") << Mutation([](OneForm &f) { f.liaison.name = u"王"_s; })
                                  << u"liaison.name"_s << u"at least 2"_s;
    QTest::newRow("financial officer name") << Mutation([](OneForm &f) { f.financialOfficer.name.clear(); })
                                            << u"financialOfficer.name"_s << u"Enter"_s;
    QTest::newRow("financial officer phone")
        << Mutation([](OneForm &f) { f.financialOfficer.phone = u"123"_s; }) << u"financialOfficer.phone"_s
        << u"digits"_s;
    QTest::newRow("key person with a good ID") << Mutation([](OneForm &f) {
        f.personnel = {{u"钱七"_s, u"11010519491231002X"_s, u"监事"_s}};
    }) << QString() << QString();
    QTest::newRow("key person without a name") << Mutation([](OneForm &f) {
        f.personnel = {{QString(), u"11010519491231002X"_s, u"监事"_s}};
    }) << u"personnel[0].name"_s << u"Enter"_s;
    QTest::newRow("key person ID check") << Mutation([](OneForm &f) {
        f.personnel = {{u"钱七"_s, u"11010519491231002X"_s, u"监事"_s},
                       {u"孙八"_s, u"110105194912310021"_s, u"经理"_s}};
    }) << u"personnel[1].idNumber"_s << u"does not check out"_s;
    QTest::newRow("key person without a position") << Mutation([](OneForm &f) {
        f.personnel = {{u"钱七"_s, u"11010519491231002X"_s, QString()}};
    }) << u"personnel[0].position"_s << u"Enter the position"_s;
    QTest::newRow("branch: no capital, investors or name parts of its own") << Mutation([](OneForm &f) {
        f.entityTypeId = u"branch"_s;
        f.proposedName = u"太原市鑫源商贸有限公司小店分公司"_s;
        f.capital = 0;
        f.investors.clear();
        f.parentCode = u"91330100716105852F"_s; // its company's code (name rules 2020, art. 13)
    }) << QString() << QString();
    QTest::newRow("branch without its company's code") << Mutation([](OneForm &f) {
        f.entityTypeId = u"branch"_s;
        f.proposedName = u"太原市鑫源商贸有限公司小店分公司"_s;
        f.capital = 0;
        f.investors.clear();
    }) << u"entity.parentCode"_s << u"company this branch belongs to"_s;
    // Issue 8: a pasted text over the one table of limits, in the clerk's language, at its own path.
    QTest::newRow("pasted position over the limits")
        << Mutation([](OneForm &f) { f.legalRep.position = QString(101, u'董'); }) << u"legalRep.position"_s
        << u"at most 100"_s;
    QTest::newRow("pasted contribution form over the limits")
        << Mutation([](OneForm &f) { f.investors[1].contributionForm = QString(51, u'货'); })
        << u"investors[1].contributionForm"_s << u"at most 50"_s;
    QTest::newRow("domicile over its rule and the limits: one message")
        << Mutation([](OneForm &f) { f.domicile = u"山西省太原市"_s + QString(600, u'路'); })
        << u"entity.domicile"_s << u"at most 200"_s;
    QTest::newRow("individual business: no liaison needed") << Mutation([](OneForm &f) {
        f.entityTypeId = u"individual_business"_s;
        f.proposedName.clear();
        f.investors.clear();
        f.liaison = {};
        f.financialOfficer = {};
        f.capital = 50000;
    }) << QString() << QString();
}

void TestOneFormValidator::issues()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    QFETCH(QString, messageMentions);

    OneForm form = validForm();
    mutate(form);
    const FieldIssues issues = OneFormValidator::validate(form);
    if (field.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        return;
    }
    QVERIFY2(!issues.isEmpty(), "expected an issue");
    for (const FieldIssue &issue : issues)
        QVERIFY2(issue.field == field, qPrintable(describe(issues)));
    QVERIFY2(std::any_of(issues.begin(), issues.end(),
                         [&](const FieldIssue &i) { return i.message.contains(messageMentions); }),
             qPrintable(describe(issues) + u" lacks "_s + messageMentions));
}

// A row added but not typed into is no investor: "at least 2; 1 entered" while the only row was
// empty misled the clerk.
void TestOneFormValidator::blankInvestorRowsAreNotCounted()
{
    OneForm form = validForm();
    form.investors = {Investor{}};
    const FieldIssues issues = OneFormValidator::validate(form);
    const auto count = std::find_if(issues.cbegin(), issues.cend(),
                                    [](const FieldIssue &i) { return i.field == u"investors"_s; });
    QVERIFY2(count != issues.cend(), qPrintable(describe(issues)));
    QVERIFY2(count->message.contains(u"0 entered"_s), qPrintable(count->message));
    // The blank row is still checked, so the clerk sees what it lacks.
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                        [](const FieldIssue &i) { return i.field == u"investors[0].name"_s; }));

    form.investors.append(validForm().investors.first());
    const FieldIssues oneTyped = OneFormValidator::validate(form);
    QVERIFY(std::any_of(oneTyped.cbegin(), oneTyped.cend(), [](const FieldIssue &i) {
        return i.field == u"investors"_s && i.message.contains(u"1 entered"_s);
    }));
}

// 一次性告知: one pass lists every problem, not just the first.
void TestOneFormValidator::everyBrokenFieldIsReportedAtOnce()
{
    OneForm form = validForm();
    form.proposedName.clear();
    form.phone.clear();
    form.postalCode.clear();
    form.legalRep.idNumber.clear();
    form.investors[0].subscribed = 0;
    form.liaison.name.clear();
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    QVERIFY(type);
    QStringList fields;
    for (const FieldIssue &i : OneFormValidator::validate(form, *type))
        fields.append(i.field);
    for (const QString &f : {u"entity.name"_s, u"entity.phone"_s, u"entity.postalCode"_s,
                             u"legalRep.idNumber"_s, u"investors[0].amount"_s, u"liaison.name"_s})
        QVERIFY2(fields.contains(f), qPrintable(fields.join(u", ") + u" lacks "_s + f));
}

void TestOneFormValidator::checklistFor()
{
    for (const EntityType &type : EntityTypeCatalog::instance().types()) {
        const QList<MaterialItem> items = OneFormValidator::checklistFor(type);
        QCOMPARE(items.size(), type.materials.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).id, type.materials.at(i).id);
            QCOMPARE(items.at(i).title, type.materials.at(i).title);
            QCOMPARE(items.at(i).required, type.materials.at(i).required);
            QCOMPARE(items.at(i).status, MaterialStatus::Missing);
            QVERIFY(items.at(i).attachments.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestOneFormValidator)
#include "test_one_form_validator.moc"
