// One rule for workstation codes, shared by the counter's settings, its receipt numbers and the
// exchange's enrolment.
#include "core/WorkstationCode.h"

#include <QTest>

using namespace ow::core;

class TestWorkstationCode : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("W01") << QStringLiteral("W01") << true;
        QTest::newRow("two characters") << QStringLiteral("A1") << true;
        QTest::newRow("eight characters") << QStringLiteral("XD0104AB") << true;
        QTest::newRow("digits only") << QStringLiteral("07") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one character") << QStringLiteral("W") << false;
        QTest::newRow("nine characters") << QStringLiteral("XD0104ABC") << false;
        QTest::newRow("lower case") << QStringLiteral("w01") << false;
        QTest::newRow("hyphen (splits a receipt number)") << QStringLiteral("W-01") << false;
        QTest::newRow("space") << QStringLiteral("W 01") << false;
        QTest::newRow("full-width digits") << QStringLiteral("W０１") << false;
        QTest::newRow("trailing newline") << QStringLiteral("W01\n") << false;
    }

    void codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(WorkstationCode::isValid(code), valid);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationCode)
#include "test_workstation_code.moc"
