#include "core/CoreSupport.h"
#include "core/FieldRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void phone_data();
    void phone();
    void personName_data();
    void personName();
    void postalCode_data();
    void postalCode();
    void domicile_data();
    void domicile();
    void parseWanYuan_data();
    void parseWanYuan();
    void formatWanYuan_data();
    void formatWanYuan();
    void wanYuanRoundTrip();
    void amountWanYuan_data();
    void amountWanYuan();
    void businessScope_data();
    void businessScope();
    void licensedScopeItems_data();
    void licensedScopeItems();
    void licensedScopeDetails();
    void theFirstCatalogueEntryDecides();

private:
    static void addRuleColumns();
    static void checkRule(const RuleResult &result);
};

void TestFieldRules::addRuleColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");
}

void TestFieldRules::checkRule(const RuleResult &result)
{
    QFETCH(bool, valid);
    QFETCH(QStringList, reasonMentions);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    QCOMPARE(result.reason.isEmpty(), valid);
    for (const QString &phrase : reasonMentions)
        QVERIFY2(result.reason.contains(phrase), qPrintable(result.reason + u" lacks "_s + phrase));
}

void TestFieldRules::phone_data()
{
    addRuleColumns();
    const QStringList none;
    QTest::newRow("mobile") << u"13912345678"_s << true << none;
    QTest::newRow("mobile 19x") << u"19912345678"_s << true << none;
    QTest::newRow("mobile with spaces") << u"139 1234 5678"_s << true << none;
    QTest::newRow("mobile full-width") << u"１３９１２３４５６７８"_s << true << none;
    QTest::newRow("landline with hyphen") << u"0351-7654321"_s << true << none;
    QTest::newRow("landline 8 digits, 3-digit area code") << u"010-12345678"_s << true << none;
    QTest::newRow("landline without hyphen") << u"03517654321"_s << true << none;
    QTest::newRow("landline with extension") << u"0351-7654321-801"_s << true << none;
    QTest::newRow("surrounding spaces") << u"  13912345678 "_s << true << none;

    QTest::newRow("empty") << QString() << false << QStringList{u"Enter a phone number"_s};
    QTest::newRow("mobile with hyphens") << u"139-1234-5678"_s << false << QStringList{u"without hyphens"_s};
    QTest::newRow("mobile 10 digits") << u"1391234567"_s << false << QStringList{u"11 digits"_s, u"has 10"_s};
    QTest::newRow("mobile 12 digits") << u"139123456789"_s << false << QStringList{u"has 12"_s};
    QTest::newRow("mobile starting 12") << u"12912345678"_s << false << QStringList{u"13 to 19"_s, u"12"_s};
    QTest::newRow("letters") << u"1391234567a"_s << false << QStringList{u"'a'"_s};
    QTest::newRow("plus sign") << u"+8613912345678"_s << false << QStringList{u"'+'"_s};
    QTest::newRow("no area code") << u"7654321"_s << false << QStringList{u"area code"_s};
    QTest::newRow("landline too short") << u"0351-765432"_s << false << QStringList{u"7 or 8 digits"_s};
    QTest::newRow("landline too long") << u"0351-765432109"_s << false << QStringList{u"7 or 8 digits"_s};
}

void TestFieldRules::phone()
{
    QFETCH(QString, input);
    checkRule(FieldRules::phone(input));
}

void TestFieldRules::personName_data()
{
    addRuleColumns();
    const QStringList none;
    QTest::newRow("Chinese") << u"张三"_s << true << none;
    QTest::newRow("compound surname") << u"欧阳建国"_s << true << none;
    QTest::newRow("minority name with middle dot") << u"买买提·艾力"_s << true << none;
    QTest::newRow("Latin") << u"John Smith"_s << true << none;
    QTest::newRow("extension B character") << u"王𠮷"_s << true << none;
    QTest::newRow("30 characters") << QString(30, u'李') << true << none;

    QTest::newRow("empty") << u"  "_s << false << QStringList{u"Enter"_s};
    QTest::newRow("one character") << u"张"_s << false << QStringList{u"at least 2"_s};
    QTest::newRow("31 characters") << QString(31, u'李') << false
                                   << QStringList{u"at most 30"_s, u"has 31"_s};
    QTest::newRow("digit") << u"张3"_s << false << QStringList{u"'3'"_s, u"position 2"_s};
    QTest::newRow("punctuation") << u"张三！"_s << false << QStringList{u"position 3"_s};
    QTest::newRow("leading dot") << u"·艾力"_s << false << QStringList{u"position 1"_s};
    QTest::newRow("double dot") << u"买买提··艾力"_s << false << QStringList{u"position 5"_s};
    QTest::newRow("trailing dot") << u"买买提·"_s << false << QStringList{u"position 4"_s};
}

void TestFieldRules::personName()
{
    QFETCH(QString, input);
    checkRule(FieldRules::personName(input));
}

void TestFieldRules::postalCode_data()
{
    addRuleColumns();
    QTest::newRow("Taiyuan") << u"030006"_s << true << QStringList();
    QTest::newRow("full-width") << u"０３０００６"_s << true << QStringList();
    QTest::newRow("empty") << QString() << false << QStringList{u"6-digit"_s};
    QTest::newRow("5 digits") << u"03000"_s << false << QStringList{u"has 5"_s};
    QTest::newRow("7 digits") << u"0300061"_s << false << QStringList{u"has 7"_s};
    QTest::newRow("letter") << u"03000A"_s << false << QStringList{u"'A'"_s};
}

void TestFieldRules::postalCode()
{
    QFETCH(QString, input);
    checkRule(FieldRules::postalCode(input));
}

void TestFieldRules::domicile_data()
{
    addRuleColumns();
    const QStringList none;
    QTest::newRow("full address") << u"山西省太原市小店区坞城路92号"_s << true << none;
    QTest::newRow("county and street") << u"小店区坞城路92号"_s << true << none;
    QTest::newRow("short city form") << u"太原坞城路92号"_s << true << none;
    QTest::newRow("empty") << QString() << false << QStringList{u"Enter"_s};
    QTest::newRow("too short") << u"小店区"_s << false << QStringList{u"too short"_s};
    QTest::newRow("no division") << u"坞城路92号院3单元"_s << false << QStringList{u"city or county"_s};
    QTest::newRow("too long") << u"太原市"_s + QString(200, u'路') << false << QStringList{u"at most 200"_s};
}

void TestFieldRules::domicile()
{
    QFETCH(QString, input);
    checkRule(FieldRules::domicile(input));
}

void TestFieldRules::parseWanYuan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<qint64>("yuan");
    QTest::newRow("whole") << u"100"_s << true << qint64(1000000);
    QTest::newRow("one decimal") << u"12.5"_s << true << qint64(125000);
    QTest::newRow("one yuan") << u"0.0001"_s << true << qint64(1);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("leading zeros") << u"007"_s << true << qint64(70000);
    QTest::newRow("spaces") << u" 50 "_s << true << qint64(500000);
    QTest::newRow("full-width") << u"１２．５"_s << true << qint64(125000);
    QTest::newRow("unit written") << u"100万元"_s << true << qint64(1000000);
    QTest::newRow("thousands separators") << u"1,000"_s << true << qint64(10000000);
    QTest::newRow("largest") << u"99999999999999.9999"_s << true << qint64(999999999999999999);

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("negative") << u"-5"_s << false << qint64(0);
    QTest::newRow("five decimals") << u"0.00001"_s << false << qint64(0);
    QTest::newRow("letters") << u"abc"_s << false << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("point only") << u"."_s << false << qint64(0);
    QTest::newRow("trailing point") << u"5."_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("overflow") << u"100000000000000"_s << false << qint64(0);
    QTest::newRow("huge") << u"99999999999999999999999"_s << false << qint64(0);
    QTest::newRow("misplaced separator") << u"10,00"_s << false << qint64(0);
}

void TestFieldRules::parseWanYuan()
{
    QFETCH(QString, text);
    QFETCH(bool, parses);
    QFETCH(qint64, yuan);
    const std::optional<Yuan> value = FieldRules::parseWanYuan(text);
    QCOMPARE(value.has_value(), parses);
    if (parses)
        QCOMPARE(*value, yuan);
}

void TestFieldRules::formatWanYuan_data()
{
    QTest::addColumn<qint64>("yuan");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("whole") << qint64(1000000) << u"100"_s;
    QTest::newRow("no trailing zeros") << qint64(125000) << u"12.5"_s;
    QTest::newRow("one yuan") << qint64(1) << u"0.0001"_s;
    QTest::newRow("mixed") << qint64(123456789) << u"12345.6789"_s;
    QTest::newRow("negative") << qint64(-125000) << u"-12.5"_s;
    QTest::newRow("smallest qint64") << std::numeric_limits<qint64>::min() << u"-922337203685477.5808"_s;
}

void TestFieldRules::formatWanYuan()
{
    QFETCH(qint64, yuan);
    QFETCH(QString, text);
    QCOMPARE(FieldRules::formatWanYuan(yuan), text);
}

void TestFieldRules::wanYuanRoundTrip()
{
    for (const Yuan yuan :
         {Yuan(0), Yuan(1), Yuan(9999), Yuan(10000), Yuan(10001), Yuan(35000000), Yuan(999999999999999999)}) {
        const std::optional<Yuan> back = FieldRules::parseWanYuan(FieldRules::formatWanYuan(yuan));
        QVERIFY(back.has_value());
        QCOMPARE(*back, yuan);
    }
}

void TestFieldRules::amountWanYuan_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowZero");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");
    QTest::newRow("whole") << u"100"_s << false << true << QStringList();
    QTest::newRow("zero allowed") << u"0"_s << true << true << QStringList();
    QTest::newRow("empty") << QString() << false << false << QStringList{u"Enter the amount"_s};
    QTest::newRow("zero") << u"0"_s << false << false << QStringList{u"greater than zero"_s};
    QTest::newRow("negative") << u"-5"_s << false << false << QStringList{u"negative"_s};
    QTest::newRow("five decimals") << u"1.23456"_s << false << false
                                   << QStringList{u"5 decimal places"_s, u"at most 4"_s};
    QTest::newRow("garbage") << u"abc"_s << false << false << QStringList{u"'abc'"_s, u"not an amount"_s};
    QTest::newRow("overflow") << u"100000000000000"_s << false << false << QStringList{u"too large"_s};
}

void TestFieldRules::amountWanYuan()
{
    QFETCH(QString, input);
    QFETCH(bool, allowZero);
    checkRule(FieldRules::amountWanYuan(input, allowZero));
}

void TestFieldRules::businessScope_data()
{
    addRuleColumns();
    const QStringList none;
    QTest::newRow("standard wording") << u"日用百货销售；五金产品零售；食品经营"_s << true << none;
    QTest::newRow("ASCII semicolons and final full stop") << u"日用百货销售;五金产品零售。"_s << true << none;
    QTest::newRow("trailing separator") << u"日用百货销售；"_s << true << none;
    QTest::newRow("exactly 100 characters") << QString(100, u'售') << true << none;
    QTest::newRow("empty") << u" "_s << false << QStringList{u"Enter the business scope"_s};
    QTest::newRow("double separator")
        << u"日用百货销售；；五金产品零售"_s << false << QStringList{u"Item 2"_s, u"empty"_s};
    QTest::newRow("item of one character")
        << u"日用百货销售；售"_s << false << QStringList{u"Item 2"_s, u"too short"_s};
    QTest::newRow("item of 101 characters") << u"日用百货销售；"_s + QString(101, u'售') << false
                                            << QStringList{u"Item 2"_s, u"101 characters"_s};
    QString tooLong;
    for (int i = 0; i < 600; ++i)
        tooLong += u"日用百货销售；"_s;
    QTest::newRow("over 4000 characters") << tooLong << false << QStringList{u"at most 4000"_s};
}

void TestFieldRules::businessScope()
{
    QFETCH(QString, input);
    checkRule(FieldRules::businessScope(input));
}

void TestFieldRules::licensedScopeItems_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("licensed");
    QTest::newRow("none") << u"日用百货销售；五金产品零售；信息咨询服务"_s << QStringList();
    QTest::newRow("food and alcohol")
        << u"日用百货销售；食品经营；酒类经营"_s << QStringList{u"食品经营"_s, u"酒类经营"_s};
    QTest::newRow("food sales wording") << u"食品销售；日用品销售"_s << QStringList{u"食品销售"_s};
    QTest::newRow("road freight with its exclusion")
        << u"道路货物运输（不含危险货物）"_s << QStringList{u"道路货物运输（不含危险货物）"_s};
    QTest::newRow("exclusion removes the licence")
        << u"化工产品销售（不含危险化学品）；五金产品零售"_s << QStringList();
    QTest::newRow("hazardous chemicals") << u"危险化学品经营"_s << QStringList{u"危险化学品经营"_s};
    QTest::newRow("pharmacy and tobacco") << u"药品零售；烟草制品零售；出版物零售"_s
                                          << QStringList{u"药品零售"_s, u"烟草制品零售"_s, u"出版物零售"_s};
    QTest::newRow("labour dispatch and ICP")
        << u"劳务派遣服务；互联网信息服务；第二类增值电信业务"_s
        << QStringList{u"劳务派遣服务"_s, u"互联网信息服务"_s, u"第二类增值电信业务"_s};
    QTest::newRow("construction and catering")
        << u"建设工程施工；餐饮服务"_s << QStringList{u"建设工程施工"_s, u"餐饮服务"_s};
    QTest::newRow("repeated item listed once") << u"食品经营；食品经营"_s << QStringList{u"食品经营"_s};
}

void TestFieldRules::licensedScopeItems()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, licensed);
    QCOMPARE(FieldRules::licensedScopeItems(scope), licensed);
}

void TestFieldRules::licensedScopeDetails()
{
    const QList<LicensedScopeItem> details = FieldRules::licensedScopeDetails(
        u"日用百货销售；食品销售；烟草制品零售；危险化学品经营（不含剧毒化学品）"_s);
    QCOMPARE(details.size(), 3);
    QCOMPARE(details.at(0).item, u"食品销售"_s);
    QCOMPARE(details.at(0).licence, u"食品经营"_s);
    QCOMPARE(details.at(0).department, u"市场监督管理部门"_s);
    QVERIFY(!details.at(0).prior);
    QCOMPARE(details.at(1).licence, u"烟草制品零售"_s);
    QCOMPARE(details.at(1).department, u"烟草专卖行政主管部门"_s);
    QVERIFY(details.at(1).prior);
    QCOMPARE(details.at(2).item, u"危险化学品经营（不含剧毒化学品）"_s);
    QCOMPARE(details.at(2).department, u"应急管理部门"_s);
}

// Every item made of two of the catalogue's keywords, in both orders, is licensed by the first
// catalogue entry (in the catalogue's order) with a keyword in it, whichever keyword comes first in
// the item: the rule read plainly off the catalogue, against FieldRules' index of keywords.
void TestFieldRules::theFirstCatalogueEntryDecides()
{
    const QJsonArray entries =
        QJsonDocument::fromJson(ow::core::detail::readDataResource(u"scope_catalogue.json"_s))
            .object()
            .value(u"licensed")
            .toArray();
    QVERIFY(entries.size() > 10);
    QList<std::pair<QString, QStringList>> catalogue; // name, keywords
    QStringList keywords;
    for (const QJsonValue &entry : entries) {
        QStringList own;
        for (const QJsonValue &k : entry.toObject().value(u"keywords").toArray())
            own << k.toString();
        if (own.isEmpty())
            own << entry.toObject().value(u"name").toString();
        catalogue.append({entry.toObject().value(u"name").toString(), own});
        keywords << own;
    }
    const auto expected = [&](const QString &item) {
        for (const auto &[name, own] : catalogue) {
            if (std::any_of(own.cbegin(), own.cend(), [&](const QString &k) { return item.contains(k); }))
                return name;
        }
        return QString();
    };
    int checked = 0;
    for (const QString &first : std::as_const(keywords)) {
        for (const QString &second : std::as_const(keywords)) {
            const QString item = u"零"_s + first + u"和"_s + second + u"等"_s;
            const QList<LicensedScopeItem> details = FieldRules::licensedScopeDetails(item);
            QCOMPARE(details.size(), 1);
            QCOMPARE(details.first().licence, expected(item));
            ++checked;
        }
    }
    QCOMPARE(checked, keywords.size() * keywords.size());
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "test_field_rules.moc"
