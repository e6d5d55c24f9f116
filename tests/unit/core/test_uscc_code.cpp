#include "core/UsccCode.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

class TestUsccCode : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void organisationCheck_data();
    void organisationCheck();
    void checkCharacterRejectsBadInput();
    void compose_data();
    void compose();
    void composeRejectsInvalidParts_data();
    void composeRejectsInvalidParts();
    void everySingleSubstitutionIsDetected();
    void serialBodiesAreDistinctAndValid();
};

void TestUsccCode::validate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");

    const QStringList none;
    QTest::newRow("DOMAIN worked example") << u"91330100716105852F"_s << true << none;
    QTest::newRow("enterprise, Taiyuan Xiaodian") << u"91140105MA0K2P3Q6E"_s << true << none;
    QTest::newRow("individual business") << u"92140105L123456747"_s << true << none;
    QTest::newRow("co-operative") << u"93140121MA0L123495"_s << true << none;
    QTest::newRow("civil affairs, province-level division") << u"51110000500000015U"_s << true << none;
    QTest::newRow("establishment office") << u"11140000012345671Q"_s << true << none;
    QTest::newRow("department Y") << u"Y1140100A1B2C3D48G"_s << true << none;
    QTest::newRow("organisation check X") << u"9114010510000018XB"_s << true << none;
    QTest::newRow("organisation check 0 (r = 11)") << u"91140105100000040P"_s << true << none;

    QTest::newRow("empty") << QString() << false << QStringList{u"18 characters"_s};
    QTest::newRow("17 characters") << u"91330100716105852"_s << false
                                   << QStringList{u"18 characters"_s, u"has 17"_s};
    QTest::newRow("19 characters") << u"91330100716105852F0"_s << false << QStringList{u"has 19"_s};
    QTest::newRow("lower-case letter")
        << u"91330100716105852f"_s << false << QStringList{u"'f'"_s, u"position 18"_s, u"upper case"_s};
    QTest::newRow("letter I") << u"91330100I16105852F"_s << false
                              << QStringList{u"'I'"_s, u"position 9"_s, u"never appears"_s};
    QTest::newRow("letter O") << u"913301007O6105852F"_s << false << QStringList{u"'O'"_s, u"position 10"_s};
    QTest::newRow("letter S") << u"9133010071610585SF"_s << false << QStringList{u"'S'"_s, u"position 17"_s};
    QTest::newRow("punctuation") << u"9133*100716105852F"_s << false
                                 << QStringList{u"'*'"_s, u"position 5"_s};
    QTest::newRow("space") << u"91 330100716105852"_s << false << QStringList{u"space"_s, u"position 3"_s};
    QTest::newRow("full-width digit") << u"９1330100716105852F"_s << false << QStringList{u"position 1"_s};
    QTest::newRow("unknown department B")
        << u"B1330100716105852F"_s << false << QStringList{u"Position 1"_s, u"'B'"_s};
    QTest::newRow("unknown department 0") << u"01330100716105852F"_s << false << QStringList{u"Position 1"_s};
    QTest::newRow("category 4 under market registration")
        << u"94330100716105852F"_s << false << QStringList{u"Position 2"_s, u"'4'"_s, u"1, 2, 3"_s};
    QTest::newRow("category 2 under department Y")
        << u"Y2330100716105852F"_s << false << QStringList{u"Position 2"_s, u"'Y'"_s};
    QTest::newRow("unknown province")
        << u"91999999716105852F"_s << false << QStringList{u"Positions 3 and 4"_s, u"999999"_s};
    QTest::newRow("unknown province, checks right")
        << u"91990100716105852G"_s << false << QStringList{u"(99)"_s, u"990100"_s};
    // A code keeps the division it was issued under: one no longer in the list (renumbered,
    // merged) is valid when its checks are.
    QTest::newRow("division since renumbered") << u"91140199716105852K"_s << true << none;
    QTest::newRow("division since renumbered, final check wrong")
        << u"91140199716105852F"_s << false << QStringList{u"does not check out"_s};
    QTest::newRow("letter in division")
        << u"9133A100716105852F"_s << false << QStringList{u"Positions 3 to 8"_s, u"position 5"_s};
    QTest::newRow("organisation check wrong")
        << u"91330100716105853F"_s << false << QStringList{u"positions 9 to 17"_s, u"does not check out"_s};
    QTest::newRow("organisation body typo")
        << u"91330100716105862F"_s << false << QStringList{u"positions 9 to 17"_s};
    QTest::newRow("final check wrong")
        << u"91330100716105852E"_s << false
        << QStringList{u"does not check out"_s, u"Compare it with the licence"_s};
    // 1/9 is a valid department and category, so only the final check catches the swap.
    QTest::newRow("transposed department and category")
        << u"19330100716105852F"_s << false << QStringList{u"does not check out"_s};
}

void TestUsccCode::validate()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QStringList, reasonMentions);

    const RuleResult result = UsccCode::validate(code);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    QCOMPARE(result.reason.isEmpty(), valid);
    for (const QString &phrase : reasonMentions)
        QVERIFY2(result.reason.contains(phrase), qPrintable(result.reason + u" lacks "_s + phrase));
}

void TestUsccCode::organisationCheck_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QChar>("check");
    QTest::newRow("DOMAIN body") << u"71610585"_s << QChar(u'2');
    QTest::newRow("r = 10 gives X") << u"10000018"_s << QChar(u'X');
    QTest::newRow("r = 11 gives 0") << u"10000004"_s << QChar(u'0');
    QTest::newRow("letters count from 10") << u"MA0K2P3Q"_s << QChar(u'6');
    QTest::newRow("lower case is not a code") << u"ma0k2p3q"_s << QChar();
    QTest::newRow("7 characters") << u"7161058"_s << QChar();
    QTest::newRow("9 characters") << u"716105852"_s << QChar();
    QTest::newRow("punctuation") << u"7161-585"_s << QChar();
}

void TestUsccCode::organisationCheck()
{
    QFETCH(QString, body);
    QFETCH(QChar, check);
    QCOMPARE(UsccCode::organisationCheck(body), check);
}

void TestUsccCode::checkCharacterRejectsBadInput()
{
    QCOMPARE(UsccCode::checkCharacter(u"91330100716105852"), QChar(u'F'));
    QCOMPARE(UsccCode::checkCharacter(u"9133010071610585"), QChar());
    QCOMPARE(UsccCode::checkCharacter(u"913301007161058520"), QChar());
    QCOMPARE(UsccCode::checkCharacter(u"9133010071610585I"), QChar());
    QCOMPARE(UsccCode::alphabet().size(), 31);
}

void TestUsccCode::compose_data()
{
    QTest::addColumn<QChar>("department");
    QTest::addColumn<QChar>("category");
    QTest::addColumn<QString>("division");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DOMAIN worked example")
        << QChar(u'9') << QChar(u'1') << u"330100"_s << u"71610585"_s << u"91330100716105852F"_s;
    QTest::newRow("individual business")
        << QChar(u'9') << QChar(u'2') << u"140105"_s << u"L1234567"_s << u"92140105L123456747"_s;
    QTest::newRow("organisation check X")
        << QChar(u'9') << QChar(u'1') << u"140105"_s << u"10000018"_s << u"9114010510000018XB"_s;
}

void TestUsccCode::compose()
{
    QFETCH(QChar, department);
    QFETCH(QChar, category);
    QFETCH(QString, division);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QString code = UsccCode::compose(department, category, division, body);
    QCOMPARE(code, expected);
    const RuleResult result = UsccCode::validate(code);
    QVERIFY2(result.valid, qPrintable(result.reason));
}

void TestUsccCode::composeRejectsInvalidParts_data()
{
    QTest::addColumn<QChar>("department");
    QTest::addColumn<QChar>("category");
    QTest::addColumn<QString>("division");
    QTest::addColumn<QString>("body");
    QTest::newRow("unknown department") << QChar(u'B') << QChar(u'1') << u"140105"_s << u"71610585"_s;
    QTest::newRow("category not of the department")
        << QChar(u'9') << QChar(u'4') << u"140105"_s << u"71610585"_s;
    QTest::newRow("unknown division") << QChar(u'9') << QChar(u'1') << u"999999"_s << u"71610585"_s;
    QTest::newRow("short division") << QChar(u'9') << QChar(u'1') << u"14010"_s << u"71610585"_s;
    QTest::newRow("body with I") << QChar(u'9') << QChar(u'1') << u"140105"_s << u"7161058I"_s;
    QTest::newRow("body too short") << QChar(u'9') << QChar(u'1') << u"140105"_s << u"7161058"_s;
}

void TestUsccCode::composeRejectsInvalidParts()
{
    QFETCH(QChar, department);
    QFETCH(QChar, category);
    QFETCH(QString, division);
    QFETCH(QString, body);
    QVERIFY(UsccCode::compose(department, category, division, body).isEmpty());
}

// GB 32100's mod-31 check with weights prime to 31 catches every single wrong character.
void TestUsccCode::everySingleSubstitutionIsDetected()
{
    QRandomGenerator rng(20151018);
    const QString &set = UsccCode::alphabet();
    const QStringList divisions = {u"140105"_s, u"330100"_s, u"110000"_s, u"650102"_s};
    for (int n = 0; n < 60; ++n) {
        QString body;
        for (int i = 0; i < 8; ++i)
            body += set.at(rng.bounded(int(set.size())));
        const QString code = UsccCode::compose(QChar(u'9'), QChar(u"123"[n % 3]), divisions.at(n % 4), body);
        QVERIFY2(!code.isEmpty(), qPrintable(body));
        QVERIFY2(UsccCode::validate(code).valid, qPrintable(code));
        for (qsizetype pos = 0; pos < code.size(); ++pos) {
            for (const QChar c : set) {
                if (c == code.at(pos))
                    continue;
                QString changed = code;
                changed[pos] = c;
                QVERIFY2(!UsccCode::validate(changed).valid, qPrintable(changed));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestUsccCode)
#include "test_uscc_code.moc"

// The exchange's serials: each gives its own body, every code composed from one is valid.
void TestUsccCode::serialBodiesAreDistinctAndValid()
{
    QCOMPARE(UsccCode::serialBody(1), u"MA000001"_s);
    QCOMPARE(UsccCode::serialBody(31), u"MA000010"_s);
    QCOMPARE(UsccCode::serialBody(UsccCode::SerialLimit - 1), u"MAYYYYYY"_s);
    QVERIFY(UsccCode::serialBody(0).isEmpty());
    QVERIFY(UsccCode::serialBody(UsccCode::SerialLimit).isEmpty());
    QSet<QString> seen;
    QRandomGenerator rng(20261201);
    QList<quint64> serials;
    for (quint64 n = 1; n <= 2000; ++n)
        serials << n;
    for (int n = 0; n < 2000; ++n)
        serials << 1 + rng.bounded(quint64(UsccCode::SerialLimit - 1));
    for (const quint64 serial : std::as_const(serials)) {
        const QString body = UsccCode::serialBody(serial);
        QCOMPARE(body.size(), 8);
        const QString code = UsccCode::compose(QChar(u'9'), QChar(u'1'), u"140105"_s, body);
        QVERIFY2(UsccCode::validate(code).valid, qPrintable(code));
        seen.insert(body);
    }
    QCOMPARE(seen.size(), QSet<quint64>(serials.begin(), serials.end()).size());
}
