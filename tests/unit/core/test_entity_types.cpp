#include "core/EntityType.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

QByteArray readTestFile(const QString &name)
{
    QFile file(ow::test::testDataPath(u"core/entity_types/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestEntityTypes : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogueHasTheTenTypes();
    void typeDetails_data();
    void typeDetails();
    void materialsAreComplete();
    void embeddedFileParsesWithoutError();
    void validMinimalCatalogue();
    void brokenCatalogue_data();
    void brokenCatalogue();
    void findUnknown();
};

void TestEntityTypes::embeddedCatalogueHasTheTenTypes()
{
    QStringList ids;
    for (const EntityType &t : EntityTypeCatalog::instance().types())
        ids.append(t.id);
    const QStringList expected = {u"llc_natural_sole"_s,    u"llc_natural_multi"_s,
                                  u"llc_legal_sole"_s,      u"joint_stock"_s,
                                  u"sole_proprietorship"_s, u"general_partnership"_s,
                                  u"limited_partnership"_s, u"cooperative"_s,
                                  u"individual_business"_s, u"branch"_s};
    QCOMPARE(ids, expected);
}

void TestEntityTypes::typeDetails_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QChar>("category");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("capitalLabel");
    QTest::addColumn<int>("minInvestors");
    QTest::addColumn<int>("maxInvestors");
    QTest::addColumn<bool>("natural");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<bool>("nameMayBeEmpty");
    QTest::addColumn<QString>("aNameForm");

    QTest::newRow("llc_natural_sole")
        << u"llc_natural_sole"_s << u"有限责任公司(自然人独资)"_s << QChar(u'1') << u"法定代表人"_s
        << u"注册资本"_s << 1 << 1 << true << false << false << u"有限公司"_s;
    QTest::newRow("llc_natural_multi")
        << u"llc_natural_multi"_s << u"有限责任公司(自然人投资或控股)"_s << QChar(u'1') << u"法定代表人"_s
        << u"注册资本"_s << 2 << 50 << false << false << false << u"有限责任公司"_s;
    QTest::newRow("llc_legal_sole") << u"llc_legal_sole"_s << u"有限责任公司(法人独资)"_s << QChar(u'1')
                                    << u"法定代表人"_s << u"注册资本"_s << 1 << 1 << false << true << false
                                    << u"有限公司"_s;
    QTest::newRow("joint_stock") << u"joint_stock"_s << u"股份有限公司(非上市)"_s << QChar(u'1')
                                 << u"法定代表人"_s << u"注册资本"_s << 1 << 200 << false << false << false
                                 << u"股份有限公司"_s;
    QTest::newRow("sole_proprietorship")
        << u"sole_proprietorship"_s << u"个人独资企业"_s << QChar(u'1') << u"投资人"_s << u"出资额"_s << 1
        << 1 << true << false << false << u"经营部"_s;
    QTest::newRow("general_partnership")
        << u"general_partnership"_s << u"普通合伙企业"_s << QChar(u'1') << u"执行事务合伙人"_s << u"出资额"_s
        << 2 << 0 << false << false << false << u"（普通合伙）"_s;
    QTest::newRow("limited_partnership")
        << u"limited_partnership"_s << u"有限合伙企业"_s << QChar(u'1') << u"执行事务合伙人"_s << u"出资额"_s
        << 2 << 50 << false << false << false << u"（有限合伙）"_s;
    QTest::newRow("cooperative") << u"cooperative"_s << u"农民专业合作社"_s << QChar(u'3') << u"法定代表人"_s
                                 << u"成员出资总额"_s << 5 << 0 << false << false << false << u"专业合作社"_s;
    QTest::newRow("individual_business")
        << u"individual_business"_s << u"个体工商户"_s << QChar(u'2') << u"经营者"_s << u"资金数额"_s << 0
        << 0 << true << false << true << u"店"_s;
    QTest::newRow("branch") << u"branch"_s << u"分公司"_s << QChar(u'1') << u"负责人"_s << QString() << 0 << 0
                            << false << false << false << u"分公司"_s;
}

void TestEntityTypes::typeDetails()
{
    QFETCH(QString, id);
    const EntityType *t = EntityTypeCatalog::instance().find(id);
    QVERIFY(t);
    QTEST(t->name, "name");
    QTEST(t->codeCategory, "category");
    QTEST(t->representativeTitle, "title");
    QTEST(t->capitalLabel, "capitalLabel");
    QTEST(t->minInvestors, "minInvestors");
    QTEST(t->maxInvestors, "maxInvestors");
    QTEST(t->investorsMustBeNatural, "natural");
    QTEST(t->investorsMustBeLegal, "legal");
    QTEST(t->nameMayBeEmpty, "nameMayBeEmpty");
    QFETCH(QString, aNameForm);
    QVERIFY2(t->nameForms.contains(aNameForm), qPrintable(t->nameForms.join(u' ')));
    QVERIFY(t->has(FormSection::Entity));
    QVERIFY(t->has(FormSection::LegalRep));
    QVERIFY(t->has(FormSection::Materials));
    QCOMPARE(t->has(FormSection::Investors), t->minInvestors > 0);
}

void TestEntityTypes::materialsAreComplete()
{
    for (const EntityType &t : EntityTypeCatalog::instance().types()) {
        QVERIFY2(t.materials.size() >= 5, qPrintable(t.id));
        QCOMPARE(t.materials.first().id, u"application_form"_s);
        QVERIFY2(t.materials.first().title.contains(u"申请书"_s), qPrintable(t.id));
        QSet<QString> ids;
        int optional = 0;
        for (const MaterialSpec &m : t.materials) {
            QVERIFY2(!m.title.isEmpty(), qPrintable(t.id + u' ' + m.id));
            QVERIFY2(!ids.contains(m.id), qPrintable(t.id + u' ' + m.id));
            ids.insert(m.id);
            optional += m.required ? 0 : 1;
        }
        // Every type lists the prior-approval documents, needed only when the scope requires them.
        QVERIFY2(ids.contains(u"prior_approval"_s), qPrintable(t.id));
        QVERIFY(optional >= 1);
    }
    const EntityType *llc = EntityTypeCatalog::instance().find(u"llc_natural_multi"_s);
    QVERIFY(llc);
    QStringList titles;
    for (const MaterialSpec &m : llc->materials)
        titles.append(m.title);
    for (const QString &needed :
         {u"公司章程"_s, u"住所使用证明"_s, u"自主申报名称承诺书"_s, u"身份证件复印件"_s})
        QVERIFY2(titles.join(u'|').contains(needed), qPrintable(needed));
}

void TestEntityTypes::embeddedFileParsesWithoutError()
{
    QFile file(ow::test::sourcePath(u"resources/data/entity_types.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error = u"not cleared"_s;
    const EntityTypeCatalog catalog = EntityTypeCatalog::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.types().size(), 10);
}

void TestEntityTypes::validMinimalCatalogue()
{
    QString error;
    const EntityTypeCatalog catalog =
        EntityTypeCatalog::fromJson(readTestFile(u"valid_minimal.json"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalog.types().size(), 1);
    const EntityType *t = catalog.find(u"llc_test"_s);
    QVERIFY(t);
    QCOMPARE(t->sections,
             (QList<FormSection>{FormSection::Entity, FormSection::LegalRep, FormSection::Investors}));
    QCOMPARE(t->materials.size(), 1);
    QVERIFY(t->materials.first().required);
}

void TestEntityTypes::brokenCatalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("empty file") << u"empty.json"_s << u"not valid JSON"_s;
    QTest::newRow("truncated") << u"truncated.json"_s << u"not valid JSON"_s;
    QTest::newRow("not JSON") << u"not_json.json"_s << u"offset"_s;
    QTest::newRow("root is an array") << u"root_array.json"_s << u"JSON object"_s;
    QTest::newRow("no types") << u"no_types.json"_s << u"\"types\" array"_s;
    QTest::newRow("types empty") << u"types_empty.json"_s << u"no entity types"_s;
    QTest::newRow("type not an object") << u"type_not_object.json"_s << u"Entry 1"_s;
    QTest::newRow("missing id") << u"missing_id.json"_s << u"\"id\""_s;
    QTest::newRow("duplicate id") << u"duplicate_id.json"_s << u"twice"_s;
    QTest::newRow("missing name") << u"missing_name.json"_s << u"\"name\""_s;
    QTest::newRow("category 4") << u"bad_category.json"_s << u"codeCategory"_s;
    QTest::newRow("category as number") << u"category_number.json"_s << u"codeCategory"_s;
    QTest::newRow("unknown section") << u"unknown_section.json"_s << u"shareholders"_s;
    QTest::newRow("min above max") << u"min_above_max.json"_s << u"below min"_s;
    QTest::newRow("negative min") << u"negative_min.json"_s << u"whole numbers"_s;
    QTest::newRow("fractional max") << u"fractional_max.json"_s << u"whole numbers"_s;
    QTest::newRow("natural and legal") << u"both_natural_and_legal.json"_s << u"both natural and legal"_s;
    QTest::newRow("investors without section")
        << u"investors_without_section.json"_s << u"no investors section"_s;
    QTest::newRow("no name forms") << u"no_name_forms.json"_s << u"nameForms"_s;
    QTest::newRow("material without title") << u"material_without_title.json"_s << u"\"title\""_s;
    QTest::newRow("duplicate material") << u"duplicate_material.json"_s << u"application_form"_s;
    QTest::newRow("required not boolean") << u"required_not_bool.json"_s << u"true or false"_s;
    QTest::newRow("no materials") << u"no_materials.json"_s << u"materials"_s;
    // Issue 12: the rules of each type.
    QTest::newRow("farmers over 100 %") << u"farmer_percent_over_100.json"_s << u"investors rule"_s;
    QTest::newRow("fractional years") << u"subscription_years_fractional.json"_s << u"investors rule"_s;
    QTest::newRow("unknown partners") << u"partners_unknown.json"_s << u"general_and_limited"_s;
    QTest::newRow("paid in full not boolean") << u"paid_in_full_not_bool.json"_s << u"paidInFull"_s;
    QTest::newRow("officers without personnel")
        << u"officers_without_personnel.json"_s << u"no personnel section"_s;
}

void TestEntityTypes::brokenCatalogue()
{
    QFETCH(QString, file);
    QFETCH(QString, errorMentions);
    QString error;
    const EntityTypeCatalog catalog = EntityTypeCatalog::fromJson(readTestFile(file), &error);
    QVERIFY2(!error.isEmpty(), "a broken catalogue must report an error");
    QVERIFY2(error.contains(errorMentions), qPrintable(error + u" lacks "_s + errorMentions));
    QVERIFY(catalog.types().isEmpty());
    // Without an error pointer it must still not crash, and still yield nothing.
    QVERIFY(EntityTypeCatalog::fromJson(readTestFile(file)).types().isEmpty());
}

void TestEntityTypes::findUnknown()
{
    QVERIFY(!EntityTypeCatalog::instance().find(u"llc"_s));
    QVERIFY(!EntityTypeCatalog::instance().find(QString()));
}

QTEST_GUILESS_MAIN(TestEntityTypes)
#include "test_entity_types.moc"
