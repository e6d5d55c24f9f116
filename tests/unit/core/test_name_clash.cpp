// core::NameClash: what counts as the same name within one registering authority (企业名称登记管理规定
// 2020, art. 17), who holds a name and for how long, and what the message says.
#include "core/NameClash.h"
#include "core/OneForm.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ow::core::NameHolder)

namespace {

const QDate Today(2026, 12, 2);

NameHolder registered(const QString &name, const QString &code)
{
    NameHolder h;
    h.kind = NameHolder::Kind::Registered;
    h.name = name;
    h.code = code;
    return h;
}

NameHolder deregistered(const QString &name, const QString &code, const QDate &on)
{
    NameHolder h = registered(name, code);
    h.kind = NameHolder::Kind::Deregistered;
    h.since = on;
    return h;
}

NameHolder former(const QString &name, const QString &nowName, const QString &code, const QDate &on)
{
    NameHolder h = registered(name, code);
    h.kind = NameHolder::Kind::FormerName;
    h.entityName = nowName;
    h.since = on;
    return h;
}

NameHolder pending(const QString &name, const QString &caseId, const QString &receipt)
{
    NameHolder h;
    h.kind = NameHolder::Kind::Case;
    h.name = name;
    h.caseId = caseId;
    h.receiptNumber = receipt;
    return h;
}

} // namespace

class TestNameClash : public QObject
{
    Q_OBJECT

private slots:
    void clash_data();
    void clash();
    void relatedCodes();
};

void TestNameClash::clash_data()
{
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<NameHolder>("holder");
    QTest::addColumn<QStringList>("related");
    QTest::addColumn<QStringList>("mentions"); // empty: no clash

    const QString jinchang = u"太原市晋昌商贸有限公司"_s;
    const QString code = u"91140105MA0K1234X1"_s;
    const QStringList none;

    QTest::newRow("same trade name, same industry")
        << u"太原市晋昌商贸有限公司"_s << registered(jinchang, code) << none
        << QStringList{jinchang, code, u"'晋昌'"_s, u"'商贸'"_s, u"registered"_s};
    QTest::newRow("same, another division form of the same place")
        << u"山西晋昌商贸有限责任公司"_s << registered(jinchang, code) << none << QStringList{code};
    QTest::newRow("same, division in parentheses")
        << u"晋昌（太原）商贸有限公司"_s << registered(jinchang, code) << none << QStringList{code};
    QTest::newRow("near miss: another industry")
        << u"太原市晋昌科技有限公司"_s << registered(jinchang, code) << none << none;
    QTest::newRow("near miss: a longer trade name")
        << u"太原市晋昌隆商贸有限公司"_s << registered(jinchang, code) << none << none;
    QTest::newRow("near miss: homophone 晋长 (the rules define no near-clash)")
        << u"太原市晋长商贸有限公司"_s << registered(jinchang, code) << none << none;
    QTest::newRow("the held name has no industry")
        << u"太原市晋昌科技有限公司"_s << registered(u"山西晋昌有限公司"_s, code) << none
        << QStringList{u"no industry"_s};
    QTest::newRow("the proposed name has no industry")
        << u"山西晋昌有限公司"_s << registered(jinchang, code) << none << QStringList{u"no industry"_s};
    QTest::newRow("investment relationship excepts it")
        << u"太原市晋昌商贸有限公司"_s << registered(jinchang, code) << QStringList{code} << none;
    QTest::newRow("deregistered 11 months ago")
        << u"太原市晋昌商贸有限公司"_s << deregistered(jinchang, code, QDate(2026, 1, 5)) << none
        << QStringList{u"deregistered on 2026-01-05"_s, u"until 2027-01-05"_s, code};
    QTest::newRow("deregistered a year ago to the day")
        << u"太原市晋昌商贸有限公司"_s << deregistered(jinchang, code, QDate(2025, 12, 2)) << none << none;
    QTest::newRow("deregistered a year less a day ago")
        << u"太原市晋昌商贸有限公司"_s << deregistered(jinchang, code, QDate(2025, 12, 3)) << none
        << QStringList{u"2025-12-03"_s};
    QTest::newRow("former name changed 3 months ago")
        << u"太原市晋昌商贸有限公司"_s
        << former(jinchang, u"太原市晋华商贸有限公司"_s, code, QDate(2026, 9, 1)) << none
        << QStringList{u"former name of 太原市晋华商贸有限公司"_s, u"2026-09-01"_s, code};
    QTest::newRow("former name changed two years ago")
        << u"太原市晋昌商贸有限公司"_s
        << former(jinchang, u"太原市晋华商贸有限公司"_s, code, QDate(2024, 9, 1)) << none << none;
    QTest::newRow("pending case") << u"太原市晋昌商贸有限公司"_s
                                  << pending(jinchang, u"c-17"_s, u"140105-20261201-W01-0003"_s) << none
                                  << QStringList{u"c-17"_s, u"140105-20261201-W01-0003"_s, u"pending"_s};
    QTest::newRow("draft case") << u"太原市晋昌商贸有限公司"_s << pending(jinchang, u"c-18"_s, QString())
                                << none << QStringList{u"c-18"_s, u"draft"_s};
    QTest::newRow("a branch of the holder names it: its parent")
        << u"太原市晋昌商贸有限公司小店分公司"_s << registered(jinchang, code) << QStringList{code} << none;
}

void TestNameClash::clash()
{
    QFETCH(QString, proposed);
    QFETCH(NameHolder, holder);
    QFETCH(QStringList, related);
    QFETCH(QStringList, mentions);

    const auto found = NameClash::find(proposed, {holder}, related, Today);
    QCOMPARE(found.has_value(), !mentions.isEmpty());
    if (!found)
        return;
    QCOMPARE(found->holder.name, holder.name);
    for (const QString &phrase : mentions)
        QVERIFY2(found->reason.contains(phrase), qPrintable(found->reason + u" lacks "_s + phrase));
}

void TestNameClash::relatedCodes()
{
    OneForm form;
    Investor natural;
    natural.idNumber = u"140105199001011234"_s;
    Investor legal;
    legal.kind = InvestorKind::Legal;
    legal.idNumber = u"91140105ma0k1234x1 "_s;
    form.investors = {natural, legal};
    form.parentCode = u"91330100716105852F"_s;
    QCOMPARE(NameClash::relatedCodes(form), (QStringList{u"91140105MA0K1234X1"_s, u"91330100716105852F"_s}));
}

QTEST_GUILESS_MAIN(TestNameClash)
#include "test_name_clash.moc"
