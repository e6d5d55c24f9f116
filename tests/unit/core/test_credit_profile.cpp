// Issue 11 §4: an entity's credit record by the seed's categories (core::CreditProfiles::build) —
// which item goes in which category, each with its date and source, oldest first, the registration
// first; list entries removed by the record's day marked so, in force ones listed now; what is
// about another entity left out.
#include "core/CreditProfile.h"

#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

const QDate Day(2026, 12, 2);
const QString Code = u"91140105MA0K3XQ2X1"_s;

RegisteredEntity entity()
{
    RegisteredEntity e;
    e.code = Code;
    e.name = u"太原市晋味餐饮有限公司"_s;
    e.entityTypeId = u"branch"_s;
    e.legalRep = u"王晋"_s;
    e.authorityDivision = u"140105"_s;
    e.established = QDate(2025, 3, 1);
    e.formerNames = {{u"太原市晋味小吃有限公司"_s, QDate(2026, 1, 5)}};
    return e;
}

CreditRecord record(CreditRecordKind kind, const QString &id, const QDate &date, const QString &code = Code)
{
    CreditRecord r;
    r.id = id;
    r.kind = kind;
    r.department = u"FOOD"_s;
    r.departmentName = u"太原市小店区市场监督管理局食品科"_s;
    r.creditCode = code;
    r.number = id;
    r.item = u"餐饮服务"_s;
    r.title = id;
    r.date = date;
    return r;
}

CreditEntry entry(CreditListKind list, const QDate &from, const QDate &removedOn = {},
                  const QString &code = Code)
{
    CreditEntry e;
    e.id = u"E-"_s + from.toString(Qt::ISODate);
    e.list = list;
    e.subjectKind = CreditSubjectKind::Entity;
    e.subject = code.toLower(); // as typed: the profile compares normalised codes
    e.reason = u"未按规定报送年度报告"_s;
    e.authority = u"太原市小店区市场监督管理局"_s;
    e.from = from;
    e.removedOn = removedOn;
    e.removalReason = removedOn.isValid() ? u"已补报年度报告"_s : QString();
    return e;
}

QList<CreditItemKind> kindsOf(const CreditSection &section)
{
    QList<CreditItemKind> kinds;
    for (const CreditItem &item : section.items)
        kinds << item.kind;
    return kinds;
}

} // namespace

class TestCreditProfile : public QObject
{
    Q_OBJECT

private slots:
    void categoryOfEachKind_data()
    {
        QTest::addColumn<CreditItemKind>("kind");
        QTest::addColumn<CreditCategory>("category");
        QTest::newRow("registration") << CreditItemKind::Registration << CreditCategory::Registration;
        QTest::newRow("former name") << CreditItemKind::FormerName << CreditCategory::Registration;
        QTest::newRow("claim") << CreditItemKind::Claim << CreditCategory::Registration;
        QTest::newRow("licence") << CreditItemKind::Licence << CreditCategory::Licensing;
        QTest::newRow("penalty") << CreditItemKind::Penalty << CreditCategory::Penalties;
        QTest::newRow("performance") << CreditItemKind::Performance << CreditCategory::Performance;
        QTest::newRow("other") << CreditItemKind::Other << CreditCategory::Other;
        QTest::newRow("list entry") << CreditItemKind::ListEntry << CreditCategory::Other;
    }
    void categoryOfEachKind()
    {
        QFETCH(CreditItemKind, kind);
        QFETCH(CreditCategory, category);
        QCOMPARE(CreditProfiles::categoryOf(kind), category);
    }

    void everyItemInItsCategoryOldestFirst()
    {
        const DepartmentClaim claim{u"TAX"_s, u"国家税务总局太原市小店区税务局"_s, Code, u"x"_s,
                                    QDateTime(QDate(2025, 3, 2), QTime(17, 0), Qt::UTC)};
        const DepartmentClaim elsewhere{u"TAX"_s, u"税务"_s, u"91140105MA0K3XQ2X2"_s, u"y"_s,
                                        QDateTime(QDate(2025, 3, 2), QTime(1, 0), Qt::UTC)};
        const QList<CreditRecord> records{
            record(CreditRecordKind::Penalty, u"P-2"_s, QDate(2026, 6, 1)),
            record(CreditRecordKind::Licence, u"L-1"_s, QDate(2025, 4, 1)),
            record(CreditRecordKind::Penalty, u"P-1"_s, QDate(2026, 2, 1)),
            record(CreditRecordKind::Performance, u"F-1"_s, QDate(2026, 3, 1)),
            record(CreditRecordKind::Other, u"O-1"_s, QDate(2026, 4, 1)),
            record(CreditRecordKind::Penalty, u"P-X"_s, QDate(2026, 1, 1), u"91140105MA0K3XQ2X2"_s),
        };
        const QList<CreditEntry> entries{
            entry(CreditListKind::Abnormal, QDate(2026, 7, 1)),
            entry(CreditListKind::Abnormal, QDate(2025, 7, 1), QDate(2025, 9, 1))};
        const CreditProfile p = CreditProfiles::build(entity(), {claim, elsewhere}, records, entries, Day);

        QCOMPARE(p.sections.size(), 5);
        QCOMPARE(p.code, Code);
        QCOMPARE(p.day, Day);
        const CreditSection &basic = p.section(CreditCategory::Registration);
        QCOMPARE(kindsOf(basic),
                 (QList{CreditItemKind::Registration, CreditItemKind::Claim, CreditItemKind::FormerName}));
        // The claim's day is China's: 17:00 UTC is the next morning in Taiyuan.
        QCOMPARE(basic.items.at(1).date, QDate(2025, 3, 3));
        QCOMPARE(basic.items.at(1).source, u"国家税务总局太原市小店区税务局"_s);
        QCOMPARE(basic.items.at(2).headline, u"太原市晋味小吃有限公司"_s);
        const CreditItem &registration = basic.items.at(0);
        QCOMPARE(registration.source, u"太原市小店区市场监督管理局"_s);
        QCOMPARE(registration.text(CreditField::EntityType), u"分公司"_s);
        QCOMPARE(registration.text(CreditField::Status), RegisteredEntity::StatusRegistered);
        bool titled = false;
        for (const CreditDetail &d : registration.details)
            titled = titled ||
                     (d.field == CreditField::Representative && CreditProfiles::fieldLabel(d) == u"负责人"_s);
        QVERIFY2(titled, "a branch's representative is its 负责人");

        QCOMPARE(kindsOf(p.section(CreditCategory::Licensing)), QList{CreditItemKind::Licence});
        const CreditSection &penalties = p.section(CreditCategory::Penalties);
        QCOMPARE(penalties.items.size(), 2);
        QCOMPARE(penalties.items.at(0).headline, u"P-1"_s);
        QCOMPARE(penalties.items.at(1).headline, u"P-2"_s);
        QCOMPARE(penalties.items.at(1).text(CreditField::Source), u"太原市小店区市场监督管理局食品科"_s);
        QCOMPARE(kindsOf(p.section(CreditCategory::Performance)), QList{CreditItemKind::Performance});
        const CreditSection &other = p.section(CreditCategory::Other);
        QCOMPARE(kindsOf(other),
                 (QList{CreditItemKind::ListEntry, CreditItemKind::Other, CreditItemKind::ListEntry}));
        QVERIFY(other.items.at(0).removed);
        QCOMPARE(other.items.at(0).text(CreditField::RemovalReason), u"已补报年度报告"_s);
        QVERIFY(!other.items.at(2).removed);
        QCOMPARE(other.items.at(2).source, u"太原市小店区市场监督管理局"_s);
        QCOMPARE(p.listedNow().size(), 1);
        QCOMPARE(p.listedNow().at(0).date, QDate(2026, 7, 1));
        QCOMPARE(p.itemCount(), 3 + 1 + 2 + 1 + 3);
    }

    void aRemovalAfterTheDayIsStillInForce()
    {
        const QList<CreditEntry> entries{
            entry(CreditListKind::Serious, QDate(2026, 1, 1), QDate(2026, 12, 3))};
        const CreditProfile p = CreditProfiles::build(entity(), {}, {}, entries, Day);
        QCOMPARE(p.listedNow().size(), 1);
        QCOMPARE(p.listedNow().at(0).text(CreditField::RemovedOn), QString());
        const CreditProfile later = CreditProfiles::build(entity(), {}, {}, entries, Day.addDays(1));
        QVERIFY(later.listedNow().isEmpty());
    }

    void aLicenceWithoutEndSaysSo()
    {
        CreditRecord licence = record(CreditRecordKind::Licence, u"L-9"_s, QDate(2026, 1, 1));
        const CreditProfile p = CreditProfiles::build(entity(), {}, {licence}, {}, Day);
        const CreditItem &item = p.section(CreditCategory::Licensing).items.at(0);
        bool validTo = false;
        for (const CreditDetail &d : item.details)
            validTo = validTo || (d.field == CreditField::ValidTo && !d.date.isValid() && d.isDate());
        QVERIFY(validTo);
        QCOMPARE(item.text(CreditField::Item), u"餐饮服务"_s);
    }

    void anEmptyRecordHasEveryCategory()
    {
        const CreditProfile p = CreditProfiles::build(entity(), {}, {}, {}, Day);
        QCOMPARE(p.sections.size(), CreditProfiles::categories().size());
        for (qsizetype i = 0; i < p.sections.size(); ++i)
            QCOMPARE(p.sections.at(i).category, CreditProfiles::categories().at(i));
        QCOMPARE(p.itemCount(), 2); // the registration and its former name
        for (CreditCategory c : CreditProfiles::categories())
            QVERIFY(!CreditProfiles::categoryLabel(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreditProfile)
#include "test_credit_profile.moc"
