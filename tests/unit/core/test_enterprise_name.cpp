#include "core/EnterpriseName.h"
#include "core/EntityType.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestEnterpriseName : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void validate_data();
    void validate();
};

void TestEnterpriseName::parse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("division");
    QTest::addColumn<QString>("tradeName");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("form");

    QTest::newRow("DOMAIN example") << u"太原市鑫源商贸有限公司"_s << u"太原市"_s << u"鑫源"_s << u"商贸"_s
                                    << u"有限公司"_s;
    QTest::newRow("province short form")
        << u"山西晋华网络科技有限公司"_s << u"山西"_s << u"晋华"_s << u"网络科技"_s << u"有限公司"_s;
    QTest::newRow("longest industry wins") << u"太原市鑫源企业管理咨询有限公司"_s << u"太原市"_s << u"鑫源"_s
                                           << u"企业管理咨询"_s << u"有限公司"_s;
    QTest::newRow("industry words in a row")
        << u"太原市鑫源商贸发展有限公司"_s << u"太原市"_s << u"鑫源"_s << u"商贸发展"_s << u"有限公司"_s;
    QTest::newRow("city and county") << u"太原市小店区鑫源餐饮管理有限责任公司"_s << u"太原市小店区"_s
                                     << u"鑫源"_s << u"餐饮管理"_s << u"有限责任公司"_s;
    QTest::newRow("joint stock") << u"山西晋能煤业股份有限公司"_s << u"山西"_s << u"晋能"_s << u"煤业"_s
                                 << u"股份有限公司"_s;
    QTest::newRow("joint stock, short form")
        << u"山西晋能煤业股份公司"_s << u"山西"_s << u"晋能"_s << u"煤业"_s << u"股份公司"_s;
    QTest::newRow("long trade name") << u"太原市鑫源华泰昌隆盛商贸有限公司"_s << u"太原市"_s
                                     << u"鑫源华泰昌隆盛"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("division in parentheses")
        << u"鑫源（太原）商贸有限公司"_s << u"太原"_s << u"鑫源"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("ASCII parentheses")
        << u"鑫源(太原)商贸有限公司"_s << u"太原"_s << u"鑫源"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("general partnership") << u"太原市鑫源投资管理合伙企业（普通合伙）"_s << u"太原市"_s
                                         << u"鑫源"_s << u"投资管理"_s << u"合伙企业（普通合伙）"_s;
    QTest::newRow("limited partnership, centre") << u"山西鑫源股权投资中心（有限合伙）"_s << u"山西"_s
                                                 << u"鑫源股权"_s << u"投资"_s << u"中心（有限合伙）"_s;
    QTest::newRow("co-operative") << u"清徐县鑫源种植专业合作社"_s << u"清徐县"_s << u"鑫源"_s << u"种植"_s
                                  << u"专业合作社"_s;
    QTest::newRow("branch") << u"太原市鑫源商贸有限公司小店分公司"_s << u"太原市"_s << u"鑫源"_s << u"商贸"_s
                            << u"有限公司小店分公司"_s;
    QTest::newRow("individual business")
        << u"小店区老王餐饮店"_s << u"小店区"_s << u"老王"_s << u"餐饮"_s << u"店"_s;
    QTest::newRow("trade name that is also a division")
        << u"太原市长治商贸有限公司"_s << u"太原市"_s << u"长治"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("county with a department-store industry")
        << u"太原市迎泽区华联商厦有限公司"_s << u"太原市迎泽区"_s << u"华联"_s << u"商厦"_s << u"有限公司"_s;
    QTest::newRow("province and city short forms")
        << u"山西太原鑫源商贸有限公司"_s << u"山西太原"_s << u"鑫源"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("short division then its suffix is not a trade name")
        << u"太原市鑫商贸有限公司"_s << u"太原市"_s << u"鑫"_s << u"商贸"_s << u"有限公司"_s;
    QTest::newRow("no division") << u"鑫源商贸有限公司"_s << QString() << u"鑫源"_s << u"商贸"_s
                                 << u"有限公司"_s;
    QTest::newRow("no trade name") << u"太原市商贸有限公司"_s << u"太原市"_s << QString() << u"商贸"_s
                                   << u"有限公司"_s;
    QTest::newRow("no form") << u"太原市鑫源商贸"_s << u"太原市"_s << u"鑫源"_s << u"商贸"_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString();
}

void TestEnterpriseName::parse()
{
    QFETCH(QString, name);
    const NameParts parts = EnterpriseName::parse(name);
    QTEST(parts.division, "division");
    QTEST(parts.tradeName, "tradeName");
    QTEST(parts.industry, "industry");
    QTEST(parts.form, "form");
}

void TestEnterpriseName::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");

    const QStringList none;
    QTest::newRow("DOMAIN example") << u"太原市鑫源商贸有限公司"_s << u"llc_natural_multi"_s << true << none;
    QTest::newRow("LLC long form") << u"太原市鑫源商贸有限责任公司"_s << u"llc_natural_sole"_s << true
                                   << none;
    QTest::newRow("legal sole") << u"山西晋华网络科技有限公司"_s << u"llc_legal_sole"_s << true << none;
    QTest::newRow("six-character trade name")
        << u"太原市鑫源华泰昌隆商贸有限公司"_s << u"llc_natural_multi"_s << true << none;
    QTest::newRow("seven-character trade name (no upper limit, art. 8)")
        << u"太原市鑫源华泰昌隆盛商贸有限公司"_s << u"llc_natural_multi"_s << true << none;
    QTest::newRow("ten-character trade name")
        << u"太原市鑫源华泰昌隆盛世腾达商贸有限公司"_s << u"llc_natural_multi"_s << true << none;
    QTest::newRow("joint stock, short form 股份公司 (company law art. 8)")
        << u"山西晋能煤业股份公司"_s << u"joint_stock"_s << true << none;
    QTest::newRow("division in parentheses")
        << u"鑫源（太原）商贸有限公司"_s << u"llc_natural_multi"_s << true << none;
    QTest::newRow("joint stock") << u"山西晋能煤业股份有限公司"_s << u"joint_stock"_s << true << none;
    QTest::newRow("sole proprietorship")
        << u"太原市小店区鑫源五金经营部"_s << u"sole_proprietorship"_s << true << none;
    QTest::newRow("general partnership")
        << u"太原市鑫源投资管理合伙企业（普通合伙）"_s << u"general_partnership"_s << true << none;
    QTest::newRow("limited partnership")
        << u"太原市鑫源投资管理合伙企业（有限合伙）"_s << u"limited_partnership"_s << true << none;
    QTest::newRow("co-operative") << u"清徐县鑫源种植专业合作社"_s << u"cooperative"_s << true << none;
    QTest::newRow("individual business")
        << u"太原市小店区老王餐饮店"_s << u"individual_business"_s << true << none;
    QTest::newRow("individual business without a name")
        << QString() << u"individual_business"_s << true << none;
    QTest::newRow("branch") << u"太原市鑫源商贸有限公司小店分公司"_s << u"branch"_s << true << none;

    QTest::newRow("empty") << QString() << u"llc_natural_multi"_s << false << QStringList{u"Enter"_s};
    QTest::newRow("Latin letters") << u"太原市ABC商贸有限公司"_s << u"llc_natural_multi"_s << false
                                   << QStringList{u"'A'"_s, u"position 4"_s, u"Chinese"_s};
    QTest::newRow("digits") << u"太原市鑫源8商贸有限公司"_s << u"llc_natural_multi"_s << false
                            << QStringList{u"'8'"_s, u"position 6"_s};
    QTest::newRow("space") << u"太原市鑫源 商贸有限公司"_s << u"llc_natural_multi"_s << false
                           << QStringList{u"space"_s, u"position 6"_s};
    QTest::newRow("punctuation") << u"太原市鑫源·商贸有限公司"_s << u"llc_natural_multi"_s << false
                                 << QStringList{u"position 6"_s};
    QTest::newRow("unclosed parenthesis") << u"太原市鑫源商贸合伙企业（普通合伙"_s << u"general_partnership"_s
                                          << false << QStringList{u"not closed"_s};
    QTest::newRow("stray parentheses") << u"太原市鑫（源）商贸有限公司"_s << u"llc_natural_multi"_s << false
                                       << QStringList{u"Parentheses"_s};
    QTest::newRow("no division") << u"鑫源商贸有限公司"_s << u"llc_natural_multi"_s << false
                                 << QStringList{u"administrative division"_s};
    QTest::newRow("no trade name") << u"太原市商贸有限公司"_s << u"llc_natural_multi"_s << false
                                   << QStringList{u"no trade name"_s};
    QTest::newRow("one-character trade name") << u"太原市鑫商贸有限公司"_s << u"llc_natural_multi"_s << false
                                              << QStringList{u"'鑫'"_s, u"1 character"_s};
    QTest::newRow("no industry") << u"太原市鑫源有限公司"_s << u"llc_natural_multi"_s << false
                                 << QStringList{u"no industry"_s, u"'鑫源'"_s};
    QTest::newRow("unknown industry: the words run into the trade name")
        << u"太原市鑫源华泰昌隆五金交易有限公司"_s << u"llc_natural_multi"_s << false
        << QStringList{u"no industry"_s, u"'鑫源华泰昌隆五金交易'"_s};
    QTest::newRow("no form") << u"太原市鑫源商贸"_s << u"llc_natural_multi"_s << false
                             << QStringList{u"must end with"_s, u"有限公司"_s};
    QTest::newRow("joint stock form for an LLC") << u"太原市鑫源商贸股份有限公司"_s << u"llc_natural_multi"_s
                                                 << false << QStringList{u"股份有限公司"_s, u"cannot use"_s};
    QTest::newRow("LLC form for a joint-stock company")
        << u"太原市鑫源商贸有限公司"_s << u"joint_stock"_s << false
        << QStringList{u"有限公司"_s, u"股份有限公司"_s};
    QTest::newRow("company word in a sole proprietorship")
        << u"太原市鑫源商贸有限公司"_s << u"sole_proprietorship"_s << false
        << QStringList{u"个人独资企业"_s, u"'有限'"_s, u"position 8"_s};
    QTest::newRow("有限 in a sole proprietorship without 公司")
        << u"太原市鑫源有限商贸经营部"_s << u"sole_proprietorship"_s << false
        << QStringList{u"个人独资企业"_s, u"'有限'"_s};
    QTest::newRow("公司 in a sole proprietorship")
        << u"太原市鑫源商贸公司经营部"_s << u"sole_proprietorship"_s << false
        << QStringList{u"个人独资企业"_s, u"'公司'"_s};
    QTest::newRow("company word in a partnership") << u"太原市鑫源投资有限公司"_s << u"general_partnership"_s
                                                   << false << QStringList{u"not a company"_s};
    QTest::newRow("partnership without its suffix")
        << u"太原市鑫源投资管理合伙企业"_s << u"general_partnership"_s << false
        << QStringList{u"（普通合伙）"_s};
    QTest::newRow("limited suffix on a general partnership")
        << u"太原市鑫源投资管理合伙企业（有限合伙）"_s << u"general_partnership"_s << false
        << QStringList{u"（有限合伙）"_s, u"（普通合伙）"_s};
    QTest::newRow("co-operative with a company form")
        << u"清徐县鑫源种植有限公司"_s << u"cooperative"_s << false << QStringList{u"not a company"_s};
    QTest::newRow("co-operative with a shop form")
        << u"清徐县鑫源种植店"_s << u"cooperative"_s << false << QStringList{u"专业合作社"_s};
    QTest::newRow("branch without its company")
        << u"太原市鑫源商贸分公司"_s << u"branch"_s << false << QStringList{u"full name of its company"_s};
    QTest::newRow("company named as a branch")
        << u"太原市鑫源商贸有限公司"_s << u"branch"_s << false << QStringList{u"分公司"_s};
    QTest::newRow("branch form for an LLC") << u"太原市鑫源商贸有限公司小店分公司"_s << u"llc_natural_multi"_s
                                            << false << QStringList{u"cannot use"_s};
}

void TestEnterpriseName::validate()
{
    QFETCH(QString, name);
    QFETCH(QString, typeId);
    QFETCH(bool, valid);
    QFETCH(QStringList, reasonMentions);

    const EntityType *type = EntityTypeCatalog::instance().find(typeId);
    QVERIFY2(type, qPrintable(typeId));
    const RuleResult result = EnterpriseName::validate(name, *type);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    QCOMPARE(result.reason.isEmpty(), valid);
    for (const QString &phrase : reasonMentions)
        QVERIFY2(result.reason.contains(phrase), qPrintable(result.reason + u" lacks "_s + phrase));
}

QTEST_GUILESS_MAIN(TestEnterpriseName)
#include "test_enterprise_name.moc"
