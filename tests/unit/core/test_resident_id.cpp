#include "core/ResidentId.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {
const QDate Today(2024, 6, 30); // fixed, so the "future" rows do not change with the calendar
}

class TestResidentId : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void checkFailureDoesNotGiveTheAnswer();
    void checkCharacter_data();
    void checkCharacter();
    void birthDateAndSex_data();
    void birthDateAndSex();
    void everySingleDigitChangeIsDetected();
};

void TestResidentId::validate_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("reasonMentions");

    const QStringList none;
    QTest::newRow("Taiyuan Xiaodian 1990") << u"140105199001011238"_s << true << none;
    QTest::newRow("woman 1985") << u"140105198512310024"_s << true << none;
    QTest::newRow("check X") << u"11010119491001001X"_s << true << none;
    QTest::newRow("check lower-case x accepted") << u"11010119491001001x"_s << true << none;
    QTest::newRow("leap day 2000") << u"440304200002290014"_s << true << none;
    QTest::newRow("born 1900-01-01") << u"650101190001010036"_s << true << none;
    QTest::newRow("born this month") << u"140101202406010013"_s << true << none;
    QTest::newRow("Macao residence permit") << u"820000197001010011"_s << true << none;
    QTest::newRow("county since renumbered (province checked only)")
        << u"140199199001010016"_s << true << none;

    QTest::newRow("empty") << QString() << false << QStringList{u"18-character"_s};
    QTest::newRow("old 15-digit number") << u"140105900101123"_s << false << QStringList{u"15-digit"_s};
    QTest::newRow("17 characters") << u"14010519900101123"_s << false
                                   << QStringList{u"18 characters"_s, u"has 17"_s};
    QTest::newRow("19 characters") << u"1401051990010112380"_s << false << QStringList{u"has 19"_s};
    QTest::newRow("letter in the body")
        << u"1401A5199001011238"_s << false << QStringList{u"position 5"_s, u"'A'"_s};
    QTest::newRow("space in the body")
        << u"140105 99001011238"_s << false << QStringList{u"space"_s, u"position 7"_s};
    QTest::newRow("check character Y")
        << u"14010519900101123Y"_s << false << QStringList{u"position 18"_s, u"'Y'"_s};
    QTest::newRow("unknown province")
        << u"990101199001010019"_s << false << QStringList{u"Positions 1 and 2"_s, u"99"_s};
    QTest::newRow("30 February") << u"140105199002301234"_s << false
                                 << QStringList{u"19900230"_s, u"not a real date"_s};
    QTest::newRow("month 13") << u"140105199013011234"_s << false << QStringList{u"not a real date"_s};
    QTest::newRow("29 February of a common year")
        << u"140105199902291234"_s << false << QStringList{u"not a real date"_s};
    QTest::newRow("before 1900") << u"140105189912311234"_s << false << QStringList{u"before 1900"_s};
    QTest::newRow("born tomorrow") << u"140105202407011234"_s << false
                                   << QStringList{u"2024-07-01"_s, u"future"_s};
    QTest::newRow("wrong check digit")
        << u"140105199001011237"_s << false
        << QStringList{u"does not check out"_s, u"Compare it with the identity card"_s};
    QTest::newRow("X where a digit belongs")
        << u"11010119491001001"_s + u'0' << false << QStringList{u"does not check out"_s};
}

void TestResidentId::validate()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QStringList, reasonMentions);

    const RuleResult result = ResidentId::validate(number, Today);
    QVERIFY2(result.valid == valid, qPrintable(result.reason));
    QCOMPARE(result.reason.isEmpty(), valid);
    for (const QString &phrase : reasonMentions)
        QVERIFY2(result.reason.contains(phrase), qPrintable(result.reason + u" lacks "_s + phrase));
}

// The typo is as likely among the first 17 digits as in the last: a message naming the check
// character that would fit invites changing the last digit instead of comparing with the card.
void TestResidentId::checkFailureDoesNotGiveTheAnswer()
{
    const QString number = u"140105199001011237"_s; // 8 would fit
    const RuleResult result = ResidentId::validate(number, Today);
    QVERIFY(!result.valid);
    QVERIFY2(!result.reason.contains(u'8') && !result.reason.contains(u'7'), qPrintable(result.reason));
}

void TestResidentId::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");
    QTest::newRow("digit") << u"14010519900101123"_s << QChar(u'8');
    QTest::newRow("X") << u"11010119491001001"_s << QChar(u'X');
    QTest::newRow("16 digits") << u"1401051990010112"_s << QChar();
    QTest::newRow("letter") << u"1401051990010112X"_s << QChar();
}

void TestResidentId::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(ResidentId::checkCharacter(first17), check);
}

void TestResidentId::birthDateAndSex_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("male");
    QTest::newRow("man") << u"140105199001011238"_s << QDate(1990, 1, 1) << true;
    QTest::newRow("woman") << u"140105198512310024"_s << QDate(1985, 12, 31) << false;
    QTest::newRow("not a date") << u"140105199002301234"_s << QDate() << true;
    QTest::newRow("too short") << u"1401051990"_s << QDate() << false;
}

void TestResidentId::birthDateAndSex()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(bool, male);
    QCOMPARE(ResidentId::birthDate(number), birth);
    QCOMPARE(ResidentId::isMale(number), male);
}

void TestResidentId::everySingleDigitChangeIsDetected()
{
    const QString number = u"140105199001011238"_s;
    for (qsizetype pos = 0; pos < number.size(); ++pos) {
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            if (number.at(pos) == QChar(d))
                continue;
            QString changed = number;
            changed[pos] = QChar(d);
            QVERIFY2(!ResidentId::validate(changed, Today).valid, qPrintable(changed));
        }
    }
}

QTEST_GUILESS_MAIN(TestResidentId)
#include "test_resident_id.moc"
