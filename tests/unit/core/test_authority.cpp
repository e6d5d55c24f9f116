// The one rule for registration authorities: valid codes, the provincial scope, and who covers what
// (the exchange's sign-in, events and change feed all ask it).
#include "core/Authority.h"

#include <QTest>

using namespace ow::core;

class TestAuthority : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("provincial");
        QTest::newRow("county 小店区") << QStringLiteral("140105") << true << false;
        QTest::newRow("county 迎泽区") << QStringLiteral("140106") << true << false;
        QTest::newRow("city 太原市") << QStringLiteral("140100") << true << false;
        QTest::newRow("province 山西省") << QStringLiteral("140000") << true << true;
        QTest::newRow("province 北京市") << QStringLiteral("110000") << true << true;
        QTest::newRow("no such county") << QStringLiteral("140199") << false << false;
        QTest::newRow("no such province") << QStringLiteral("990000") << false << false;
        QTest::newRow("four digits") << QStringLiteral("1401") << false << false;
        QTest::newRow("seven digits") << QStringLiteral("1401050") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("letters") << QStringLiteral("14O105") << false << false;
        QTest::newRow("full-width digits") << QStringLiteral("１４０１０５") << false << false;
        QTest::newRow("trailing space") << QStringLiteral("140105 ") << false << false;
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(bool, provincial);
        QCOMPARE(Authority::isValid(code), valid);
        QCOMPARE(Authority::isProvincial(code), provincial);
        QCOMPARE(Authority::province(code).isEmpty(), !valid);
    }

    void covers_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("covered");
        QTest::newRow("own") << QStringLiteral("140105") << QStringLiteral("140105") << true;
        QTest::newRow("neighbour county") << QStringLiteral("140105") << QStringLiteral("140106") << false;
        QTest::newRow("county does not cover its city")
            << QStringLiteral("140105") << QStringLiteral("140100") << false;
        QTest::newRow("county does not cover its province")
            << QStringLiteral("140105") << QStringLiteral("140000") << false;
        QTest::newRow("city covers only itself")
            << QStringLiteral("140100") << QStringLiteral("140105") << false;
        QTest::newRow("province covers a county")
            << QStringLiteral("140000") << QStringLiteral("140106") << true;
        QTest::newRow("province covers a city")
            << QStringLiteral("140000") << QStringLiteral("140100") << true;
        QTest::newRow("province covers itself")
            << QStringLiteral("140000") << QStringLiteral("140000") << true;
        QTest::newRow("province not another's county")
            << QStringLiteral("140000") << QStringLiteral("110105") << false;
        QTest::newRow("invalid scope") << QStringLiteral("149999") << QStringLiteral("149999") << false;
        QTest::newRow("empty scope") << QString() << QStringLiteral("140105") << false;
        QTest::newRow("empty authority") << QStringLiteral("140000") << QString() << false;
        QTest::newRow("both empty") << QString() << QString() << false;
    }
    void covers()
    {
        QFETCH(QString, scope);
        QFETCH(QString, authority);
        QFETCH(bool, covered);
        QCOMPARE(Authority::covers(scope, authority), covered);
    }

    // Issue 9: a 迎泽区 company at the 小店区 office is outside its jurisdiction.
    void inJurisdiction_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("division");
        QTest::addColumn<bool>("inside");
        QTest::newRow("own county") << QStringLiteral("140105") << QStringLiteral("140105") << true;
        QTest::newRow("neighbour county") << QStringLiteral("140105") << QStringLiteral("140106") << false;
        QTest::newRow("city bureau, its district")
            << QStringLiteral("140100") << QStringLiteral("140106") << true;
        QTest::newRow("city bureau, another city's county")
            << QStringLiteral("140100") << QStringLiteral("140802") << false;
        QTest::newRow("province, its county") << QStringLiteral("140000") << QStringLiteral("140802") << true;
        QTest::newRow("province, another's county")
            << QStringLiteral("140000") << QStringLiteral("110105") << false;
        QTest::newRow("no such division") << QStringLiteral("140105") << QStringLiteral("140199") << false;
        QTest::newRow("invalid authority") << QStringLiteral("149999") << QStringLiteral("140105") << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void inJurisdiction()
    {
        QFETCH(QString, authority);
        QFETCH(QString, division);
        QFETCH(bool, inside);
        QCOMPARE(Authority::inJurisdiction(authority, division), inside);
    }
};

QTEST_GUILESS_MAIN(TestAuthority)
#include "test_authority.moc"
