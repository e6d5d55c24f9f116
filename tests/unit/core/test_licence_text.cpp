// The licence's texts from a case (core::LicenceText): financial capitals, the capital line, the
// type's titles, the authority's name and the term.
#include "core/LicenceText.h"
#include "core/StatutoryClock.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestLicenceText : public QObject
{
    Q_OBJECT

private slots:
    void upperNumber_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"零"_s;
        QTest::newRow("5") << qint64(5) << u"伍"_s;
        QTest::newRow("10") << qint64(10) << u"壹拾"_s;
        QTest::newRow("15") << qint64(15) << u"壹拾伍"_s;
        QTest::newRow("105") << qint64(105) << u"壹佰零伍"_s;
        QTest::newRow("1005") << qint64(1005) << u"壹仟零伍"_s;
        QTest::newRow("1050") << qint64(1050) << u"壹仟零伍拾"_s;
        QTest::newRow("10000") << qint64(10000) << u"壹万"_s;
        QTest::newRow("10500") << qint64(10500) << u"壹万零伍佰"_s;
        QTest::newRow("100000") << qint64(100000) << u"壹拾万"_s;
        QTest::newRow("1002003") << qint64(1002003) << u"壹佰万贰仟零叁"_s;
        QTest::newRow("100000000") << qint64(100000000) << u"壹亿"_s;
        QTest::newRow("100000005") << qint64(100000005) << u"壹亿零伍"_s;
        QTest::newRow("100010000") << qint64(100010000) << u"壹亿零壹万"_s;
        QTest::newRow("120000000") << qint64(120000000) << u"壹亿贰仟万"_s;
        QTest::newRow("123456789") << qint64(123456789) << u"壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖"_s;
        QTest::newRow("negative") << qint64(-1) << QString();
        QTest::newRow("too large") << qint64(10000000000000000LL) << QString();
    }

    void upperNumber()
    {
        QFETCH(qint64, n);
        QFETCH(QString, text);
        QCOMPARE(LicenceText::upperNumber(n), text);
    }

    void capital_data()
    {
        QTest::addColumn<qint64>("yuan");
        QTest::addColumn<QString>("text");
        QTest::newRow("5 million") << qint64(5000000) << u"伍佰万元整"_s;
        QTest::newRow("1 million") << qint64(1000000) << u"壹佰万元整"_s;
        QTest::newRow("not whole 10k") << qint64(12345) << u"壹万贰仟叁佰肆拾伍元整"_s;
        QTest::newRow("none") << qint64(0) << QString();
    }

    void capital()
    {
        QFETCH(qint64, yuan);
        QFETCH(QString, text);
        QCOMPARE(LicenceText::capital(yuan), text);
    }

    void textsOfALicensedCase()
    {
        CaseRecord record;
        record.form.entityTypeId = u"llc_natural_multi"_s;
        record.form.capital = 1000000;
        record.form.authorityDivision = u"140105"_s;
        record.form.termYears = 30;
        record.licensedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::LocalTime).toUTC();
        const LicenceText::Texts texts = LicenceText::of(record);
        QCOMPARE(texts.typeName, u"有限责任公司(自然人投资或控股)"_s);
        QCOMPARE(texts.representativeLabel, u"法定代表人"_s);
        QCOMPARE(texts.capital, u"壹佰万元整"_s);
        QCOMPARE(texts.authorityName, u"太原市小店区市场监督管理局"_s);
        QCOMPARE(texts.establishedOn, QDate(2026, 12, 1));
        QCOMPARE(texts.termTo, QDate(2056, 11, 30));
        record.form.termYears = 0;
        QVERIFY(!LicenceText::of(record).termTo.isValid()); // 长期
    }
};

QTEST_GUILESS_MAIN(TestLicenceText)
#include "test_licence_text.moc"
