#include "core/Divisions.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestDivisions : public QObject
{
    Q_OBJECT

private slots:
    void exists_data();
    void exists();
    void names_data();
    void names();
    void provinces();
    void children();
    void namesLongestFirst();
    void lookupsAreFast();
};

void TestDivisions::exists_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("exists");
    QTest::newRow("county 小店区") << u"140105"_s << true;
    QTest::newRow("city 太原市 padded") << u"140100"_s << true;
    QTest::newRow("province 山西省 padded") << u"140000"_s << true;
    QTest::newRow("Beijing district") << u"110101"_s << true;
    QTest::newRow("Hangzhou (DOMAIN example)") << u"330100"_s << true;
    QTest::newRow("unknown county") << u"140199"_s << false;
    QTest::newRow("unknown city") << u"149900"_s << false;
    QTest::newRow("unknown province") << u"990000"_s << false;
    QTest::newRow("4 digits") << u"1401"_s << false;
    QTest::newRow("2 digits") << u"14"_s << false;
    QTest::newRow("letters") << u"14A105"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("000000") << u"000000"_s << false;
}

void TestDivisions::exists()
{
    QFETCH(QString, code);
    QFETCH(bool, exists);
    QCOMPARE(Divisions::instance().exists(code), exists);
}

void TestDivisions::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fullName");
    QTest::newRow("county") << u"140105"_s << u"小店区"_s << u"山西省太原市小店区"_s;
    QTest::newRow("city padded") << u"140100"_s << u"太原市"_s << u"山西省太原市"_s;
    QTest::newRow("city 4 digits") << u"1401"_s << u"太原市"_s << u"山西省太原市"_s;
    QTest::newRow("province padded") << u"140000"_s << u"山西省"_s << u"山西省"_s;
    QTest::newRow("municipality skips 市辖区") << u"110101"_s << u"东城区"_s << u"北京市东城区"_s;
    QTest::newRow("unknown") << u"140199"_s << QString() << QString();
    QTest::newRow("garbage") << u"abc"_s << QString() << QString();
}

void TestDivisions::names()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, fullName);
    QCOMPARE(Divisions::instance().name(code), name);
    QCOMPARE(Divisions::instance().fullName(code), fullName);
}

void TestDivisions::provinces()
{
    const QList<Division> provinces = Divisions::instance().provinces();
    QCOMPARE(provinces.size(), 31);
    QCOMPARE(provinces.first().code, u"11"_s);
    QCOMPARE(provinces.first().name, u"北京市"_s);
    QVERIFY(provinces.first().parentCode.isEmpty());
    QVERIFY(std::is_sorted(provinces.begin(), provinces.end(),
                           [](const Division &a, const Division &b) { return a.code < b.code; }));
}

void TestDivisions::children()
{
    const QList<Division> cities = Divisions::instance().children(u"14"_s);
    QCOMPARE(cities.size(), 11);
    QCOMPARE(cities.first().code, u"1401"_s);
    QCOMPARE(cities.first().parentCode, u"14"_s);
    QCOMPARE(Divisions::instance().children(u"140000"_s).size(), 11);

    const QList<Division> counties = Divisions::instance().children(u"1401"_s);
    QVERIFY(std::any_of(counties.begin(), counties.end(), [](const Division &d) {
        return d.code == u"140105"_s && d.name == u"小店区"_s && d.parentCode == u"1401"_s;
    }));
    QVERIFY(Divisions::instance().children(u"140105"_s).isEmpty());
    QVERIFY(Divisions::instance().children(u"99"_s).isEmpty());
}

void TestDivisions::namesLongestFirst()
{
    const QStringList &names = Divisions::instance().namesLongestFirst();
    for (const QString &name : {u"山西省"_s, u"山西"_s, u"太原市"_s, u"太原"_s, u"小店区"_s, u"内蒙古"_s,
                                u"广西"_s, u"新疆"_s, u"北京"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    // Grouping rows are not names anyone writes; counties keep their full names only.
    for (const QString &name : {u"市辖区"_s, u"县"_s, u"省直辖县级行政区划"_s, u"小店"_s})
        QVERIFY2(!names.contains(name), qPrintable(name));
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY(names.at(i - 1).size() >= names.at(i).size());
    QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());
}

void TestDivisions::lookupsAreFast()
{
    Divisions::instance(); // load once
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < 100000; ++i)
        found += Divisions::instance().exists(u"140105"_s) ? 1 : 0;
    QCOMPARE(found, 100000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestDivisions)
#include "test_divisions.moc"
