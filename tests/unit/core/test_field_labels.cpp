// Where a field is, as messages name it (issue 9): section and row, the type's own titles.
#include "core/EntityType.h"
#include "core/FieldLabels.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestFieldLabels : public QObject
{
    Q_OBJECT
private slots:
    void of_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("typeId");
        QTest::addColumn<QString>("label");
        QTest::newRow("liaison name") << u"liaison.name"_s << QString() << u"Liaison person · Name"_s;
        QTest::newRow("second investor's ID")
            << u"investors[1].idNumber"_s << QString() << u"Investor 2 · ID number"_s;
        QTest::newRow("first investor's amount")
            << u"investors[0].amount"_s << QString() << u"Investor 1 · Subscribed amount"_s;
        QTest::newRow("the investors as a whole") << u"investors"_s << QString() << u"Investors"_s;
        QTest::newRow("third key person's position")
            << u"personnel[2].position"_s << QString() << u"Key person 3 · Position"_s;
        QTest::newRow("financial officer's phone")
            << u"financialOfficer.phone"_s << QString() << u"Financial officer · Phone"_s;
        QTest::newRow("representative without a type")
            << u"legalRep.idNumber"_s << QString() << u"Legal representative · ID number"_s;
        QTest::newRow("representative of a branch")
            << u"legalRep.name"_s << u"branch"_s << u"负责人 · Name"_s;
        QTest::newRow("enterprise name") << u"entity.name"_s << QString() << u"Enterprise name"_s;
        QTest::newRow("domicile") << u"entity.domicile"_s << QString() << u"Domicile"_s;
        QTest::newRow("capital of a partnership")
            << u"entity.capital"_s << u"sole_proprietorship"_s << u"出资额"_s;
        QTest::newRow("capital without a type")
            << u"entity.capital"_s << QString() << u"Registered capital"_s;
        QTest::newRow("a material's scan")
            << u"materials[3].attachments[0]"_s << QString() << u"Material 4 · Scans"_s;
        QTest::newRow("unknown section") << u"payload.case.id"_s << QString() << u"payload.case.id"_s;
        QTest::newRow("unknown member") << u"liaison.shoeSize"_s << QString() << u"Liaison person"_s;
    }

    void of()
    {
        QFETCH(QString, path);
        QFETCH(QString, typeId);
        QFETCH(QString, label);
        const EntityType *type = typeId.isEmpty() ? nullptr : EntityTypeCatalog::instance().find(typeId);
        QVERIFY(typeId.isEmpty() || type);
        QCOMPARE(FieldLabels::of(path, type), label);
    }

    void locatedNamesTheFieldBeforeTheMessage()
    {
        const FieldIssue issue{u"liaison.name"_s, u"Enter the name."_s};
        QCOMPARE(FieldLabels::located(issue), u"Liaison person · Name: Enter the name."_s);
    }
};

QTEST_GUILESS_MAIN(TestFieldLabels)
#include "test_field_labels.moc"
