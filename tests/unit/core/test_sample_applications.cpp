// The synthetic applications the demos, the exchange's demo generator and the tests use must pass
// the same rules the counter applies: a broken sample would hide broken rules or broken demos.
#include "core/EnterpriseName.h"
#include "core/OneFormValidator.h"
#include "core/ResidentId.h"
#include "core/SampleApplications.h"

#include <QSet>
#include <QTest>

using namespace ow::core;

class TestSampleApplications : public QObject
{
    Q_OBJECT

private slots:
    void formsPassTheCountersRules_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 20261126u, 4294967295u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    void formsPassTheCountersRules()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        for (int i = 0; i < 200; ++i) {
            const OneForm form = samples::limitedCompany(random);
            const FieldIssues issues = OneFormValidator::validate(form);
            const QString problem = issues.isEmpty() ? QString()
                                                     : form.proposedName + u": "_qs + issues.first().field +
                                                           u" "_qs + issues.first().message;
            QVERIFY2(issues.isEmpty(), qPrintable(problem));
            QVERIFY(ResidentId::validate(form.legalRep.idNumber, QDate(2026, 11, 26)));
            QCOMPARE(form.investors.size(), 2);
            QCOMPARE(form.investors.at(0).subscribed + form.investors.at(1).subscribed, form.capital);
        }
    }

    void sameSeedSameForm()
    {
        QRandomGenerator a(99);
        QRandomGenerator b(99);
        QCOMPARE(samples::limitedCompany(a), samples::limitedCompany(b));
    }

    void namesVary()
    {
        QRandomGenerator random(5);
        QSet<QString> names;
        for (int i = 0; i < 100; ++i)
            names.insert(samples::limitedCompany(random).proposedName);
        QVERIFY2(names.size() > 90, qPrintable(QString::number(names.size())));
    }

    void residentIdsCarryTheirCheckCharacter_data()
    {
        QTest::addColumn<QString>("division");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sequence");
        QTest::newRow("xiaodian") << QStringLiteral("140105") << QDate(1980, 5, 17) << 123;
        QTest::newRow("yingze") << QStringLiteral("140106") << QDate(1999, 12, 31) << 0;
        QTest::newRow("sequence wraps") << QStringLiteral("140105") << QDate(1975, 1, 1) << 1999;
    }

    void residentIdsCarryTheirCheckCharacter()
    {
        QFETCH(QString, division);
        QFETCH(QDate, birth);
        QFETCH(int, sequence);
        const QString id = samples::residentId(division, birth, sequence);
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(division + birth.toString(u"yyyyMMdd"_qs)));
        QVERIFY(ResidentId::validate(id, QDate(2026, 11, 26)));
    }
};

QTEST_GUILESS_MAIN(TestSampleApplications)
#include "test_sample_applications.moc"
