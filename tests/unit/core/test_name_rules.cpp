// The 2020 name rules that need more than the name: the division against the domicile and the
// authority, city districts, the prohibited-word list, what a 字号 may not be, a branch's parent
// (docs/name-rules.md). Real-looking names, with near misses beside each rule.
#include "core/EnterpriseName.h"
#include "core/EntityType.h"
#include "core/OneForm.h"
#include "core/OneFormValidator.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestNameRules : public QObject
{
    Q_OBJECT

private slots:
    void withContext_data();
    void withContext();
    void segments_data();
    void segments();
    void prohibitedListIsData();
    void branchParent_data();
    void branchParent();
    void parentCodeOnTheForm_data();
    void parentCodeOnTheForm();
};

void TestNameRules::withContext_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("domicile");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");

    const QStringList none;
    const QString llc = u"llc_natural_multi"_s;
    const QString xiaodian = u"140105"_s; // 太原市小店区
    const QString county = u"140105"_s;
    const QString province = u"140000"_s;

    // Art. 7: the domicile's province, city or county, and a district with its city.
    QTest::newRow("city of the domicile")
        << u"太原市鑫源商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("city, short") << u"太原鑫源商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("province of the domicile")
        << u"山西鑫源商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("province, city and district")
        << u"山西省太原市小店区鑫源商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("district after its city")
        << u"太原市小店区鑫源商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("division in parentheses")
        << u"鑫源（太原）商贸有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("district alone") << u"小店区鑫源商贸有限公司"_s << llc << xiaodian << county << false
                                    << QStringList{u"'小店区'"_s, u"without its city"_s, u"'太原市小店区'"_s};
    QTest::newRow("province and district, no city")
        << u"山西小店区鑫源商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'小店区'"_s, u"without its city"_s};
    QTest::newRow("district short after the city")
        << u"太原小店鑫源商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'小店鑫源'"_s, u"'小店区'"_s, u"written short"_s};
    QTest::newRow("another district of the same city, short")
        << u"太原迎泽鑫源商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'迎泽区'"_s};
    QTest::newRow("municipality's district with its city")
        << u"北京市海淀区鑫源科技有限公司"_s << llc << u"110108"_s << u"110108"_s << true << none;
    QTest::newRow("municipality's district alone")
        << u"海淀区鑫源科技有限公司"_s << llc << u"110108"_s << u"110108"_s << false
        << QStringList{u"'北京市海淀区'"_s};
    QTest::newRow("a county needs no city")
        << u"清徐县鑫源种植专业合作社"_s << u"cooperative"_s << u"140121"_s << u"140121"_s << true << none;
    QTest::newRow("a county-level city needs no city")
        << u"古交市鑫源煤业有限公司"_s << llc << u"140181"_s << u"140181"_s << true << none;
    QTest::newRow("another city than the domicile's")
        << u"大同市鑫源商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'大同市'"_s, u"山西省太原市小店区"_s, u"province, city or county"_s};
    QTest::newRow("another province")
        << u"河北鑫源商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'河北'"_s};
    QTest::newRow("another district of the domicile's city")
        << u"太原市迎泽区鑫源商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'迎泽区'"_s};
    QTest::newRow("a branch's company may be elsewhere")
        << u"大同市鑫源商贸有限公司小店分公司"_s << u"branch"_s << xiaodian << county << true << none;

    // Art. 6: no division, or no industry, only where a province's or the State's registry registers it.
    QTest::newRow("no division at a county") << u"鑫源商贸有限公司"_s << llc << xiaodian << county << false
                                             << QStringList{u"administrative division"_s, u"province's"_s};
    QTest::newRow("no division at the province")
        << u"鑫源商贸有限公司"_s << llc << xiaodian << province << true << none;
    QTest::newRow("no division at the State")
        << u"鑫源商贸有限公司"_s << llc << xiaodian << u"100000"_s << true << none;
    QTest::newRow("no industry at a county")
        << u"太原市鑫源有限公司"_s << llc << xiaodian << county << false << QStringList{u"no industry"_s};
    QTest::newRow("no industry at the province")
        << u"山西鑫源有限公司"_s << llc << xiaodian << province << true << none;
    QTest::newRow("实业 is an industry word")
        << u"太原市鑫源实业有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("集团 is an industry word")
        << u"山西鑫源集团有限公司"_s << llc << xiaodian << county << true << none;

    // Art. 8: what a 字号 may not be.
    QTest::newRow("a city as the trade name")
        << u"太原市长治商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'长治'"_s, u"administrative division"_s};
    QTest::newRow("a province as the trade name")
        << u"太原市山西商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'山西'"_s};
    QTest::newRow("an industry word as the trade name")
        << u"太原市科技商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'科技'"_s, u"industry or organisational-form word"_s};
    QTest::newRow("a form word as the trade name")
        << u"太原市集团商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'集团'"_s};
    QTest::newRow("a division inside a longer trade name is fine")
        << u"太原市华信长治商贸有限公司"_s << llc << xiaodian << county << true << none;

    // Arts. 11 and 12: the prohibited words.
    QTest::newRow("headed by 中国") << u"中国鑫源商贸有限公司"_s << llc << xiaodian << province << false
                                    << QStringList{u"'中国'"_s, u"position 1"_s, u"art. 12"_s};
    QTest::newRow("中华 in the trade name") << u"太原市中华鑫源商贸有限公司"_s << llc << xiaodian << county
                                            << false << QStringList{u"'中华'"_s, u"position 4"_s};
    QTest::newRow("国家 in the trade name")
        << u"太原市国家鑫源商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'国家'"_s};
    QTest::newRow("全国 in the trade name")
        << u"太原市全国鑫源商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'全国'"_s};
    QTest::newRow("国际 in the trade name")
        << u"太原市鑫源国际商贸有限公司"_s << llc << xiaodian << county << false << QStringList{u"'国际'"_s};
    QTest::newRow("国际 qualifying the industry is fine")
        << u"太原市鑫源国际贸易有限公司"_s << llc << xiaodian << county << true << none;
    QTest::newRow("a foreign country")
        << u"太原市美国鑫源商贸有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'美国'"_s, u"foreign country"_s, u"art. 11(4)"_s};
    QTest::newRow("a foreign country in the industry")
        << u"太原市鑫源日本料理餐饮有限公司"_s << llc << xiaodian << county << false
        << QStringList{u"'日本'"_s};
    QTest::newRow("a State organ") << u"太原市鑫源人民政府服务有限公司"_s << llc << xiaodian << county
                                   << false << QStringList{u"'人民政府'"_s, u"art. 11(3)"_s};
    QTest::newRow("the armed police") << u"太原市武警鑫源商贸有限公司"_s << llc << xiaodian << county << false
                                      << QStringList{u"'武警'"_s, u"Armed Police"_s};
    QTest::newRow("the army") << u"太原市解放军鑫源商贸有限公司"_s << llc << xiaodian << county << false
                              << QStringList{u"'解放军'"_s};
    QTest::newRow("a party") << u"太原市共产党鑫源商贸有限公司"_s << llc << xiaodian << county << false
                             << QStringList{u"'共产党'"_s};
    QTest::newRow("near miss: 中源 is no 中国")
        << u"太原市中源华信商贸有限公司"_s << llc << xiaodian << county << true << none;
}

void TestNameRules::withContext()
{
    QFETCH(QString, name);
    QFETCH(QString, typeId);
    QFETCH(QString, domicile);
    QFETCH(QString, authority);
    QFETCH(bool, valid);
    QFETCH(QStringList, reasonMentions);

    const EntityType *type = EntityTypeCatalog::instance().find(typeId);
    QVERIFY2(type, qPrintable(typeId));
    const RuleResult result = EnterpriseName::validate(name, *type, NameContext{domicile, authority});
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    for (const QString &phrase : reasonMentions)
        QVERIFY2(result.reason.contains(phrase), qPrintable(result.reason + u" lacks "_s + phrase));
}

void TestNameRules::segments_data()
{
    QTest::addColumn<QString>("division");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("three levels") << u"山西省太原市小店区"_s
                                  << QStringList{u"山西省"_s, u"太原市"_s, u"小店区"_s};
    QTest::newRow("short forms") << u"山西太原"_s << QStringList{u"山西"_s, u"太原"_s};
    QTest::newRow("one") << u"太原市"_s << QStringList{u"太原市"_s};
    QTest::newRow("not a division") << u"鑫源"_s << QStringList{};
}

void TestNameRules::segments()
{
    QFETCH(QString, division);
    QTEST(EnterpriseName::divisionSegments(division), "segments");
}

void TestNameRules::prohibitedListIsData()
{
    const QList<ProhibitedWord> &words = EnterpriseName::prohibitedWords();
    QVERIFY(words.size() >= 40);
    for (const ProhibitedWord &word : words) {
        QVERIFY2(!word.reason.isEmpty() && !word.basis.isEmpty(), qPrintable(word.word));
    }
    // Longest first, so 中华人民共和国 is named rather than 中华.
    QVERIFY(words.first().word.size() >= words.last().word.size());

    QString error;
    const QList<ProhibitedWord> edited = EnterpriseName::prohibitedWordsFromJson(
        R"({"words": [{"word": "鑫源", "where": "anywhere", "basis": "province", "reason": "ours"},
                      {"word": "国际", "where": "leadOrTradeName", "basis": "art. 12", "reason": "x"},
                      {"word": "", "reason": "no word"}]})",
        &error);
    QCOMPARE(edited.size(), 2);
    QVERIFY(edited.at(0).anywhere);
    QVERIFY(!edited.at(1).anywhere);
    QVERIFY(error.contains(u"entry 3"_s));
    EnterpriseName::prohibitedWordsFromJson("not json", &error);
    QVERIFY(!error.isEmpty());
}

void TestNameRules::branchParent_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("valid");

    QTest::newRow("names its parent")
        << u"太原市鑫源商贸有限公司小店分公司"_s << u"太原市鑫源商贸有限公司"_s << true;
    QTest::newRow("parent unknown here") << u"太原市鑫源商贸有限公司小店分公司"_s << QString() << true;
    QTest::newRow("another company") << u"太原市鑫源商贸有限公司小店分公司"_s << u"太原市鑫源科技有限公司"_s
                                     << false;
    QTest::newRow("the parent's name shortened")
        << u"鑫源商贸有限公司小店分公司"_s << u"太原市鑫源商贸有限公司"_s << false;
}

void TestNameRules::branchParent()
{
    QFETCH(QString, branch);
    QFETCH(QString, parent);
    QFETCH(bool, valid);
    const RuleResult result = EnterpriseName::checkBranchParent(branch, parent);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    if (!valid)
        QVERIFY(result.reason.contains(parent));
}

void TestNameRules::parentCodeOnTheForm_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QString>("parentCode");
    QTest::addColumn<QString>("issue"); // a phrase of the entity.parentCode message, empty: none

    QTest::newRow("branch with its parent's code") << u"branch"_s << u"91330100716105852F"_s << QString();
    QTest::newRow("branch without one") << u"branch"_s << QString() << u"unified social credit code"_s;
    QTest::newRow("branch with a broken code") << u"branch"_s << u"911401051234"_s << u"18"_s;
    QTest::newRow("a company has none")
        << u"llc_natural_multi"_s << u"91330100716105852F"_s << u"Only a branch"_s;
    QTest::newRow("a company without one") << u"llc_natural_multi"_s << QString() << QString();
}

void TestNameRules::parentCodeOnTheForm()
{
    QFETCH(QString, typeId);
    QFETCH(QString, parentCode);
    QFETCH(QString, issue);
    OneForm form;
    form.entityTypeId = typeId;
    form.parentCode = parentCode;
    QString message;
    for (const FieldIssue &i : OneFormValidator::validate(form)) {
        if (i.field == u"entity.parentCode"_s)
            message = i.message;
    }
    if (issue.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(issue), qPrintable(message + u" lacks "_s + issue));
    // Round trip through the form's JSON.
    QCOMPARE(OneForm::fromJson(form.toJson()).parentCode, parentCode);
}

QTEST_GUILESS_MAIN(TestNameRules)
#include "test_name_rules.moc"
