// Issue 11 §3–4: a department's push-backs and who gets which registration, as data — the record's
// rules and bounds (core::CreditRecords::problem), its wire form read and written by one function on
// both sides, and 双告知: which departments a registration concerns, and what a change changed.
#include "core/CreditRecord.h"

#include <QTest>

#include <functional>

using namespace ow::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ow::core::CreditRecord)
Q_DECLARE_METATYPE(std::function<void(ow::core::RegisteredEntity &)>)

namespace {

const QDate Today(2026, 12, 2);

CreditRecord penalty()
{
    CreditRecord r;
    r.id = u"P-2026.7:a_b"_s;
    r.kind = CreditRecordKind::Penalty;
    r.creditCode = u"91140105MA0K3XQ2X1"_s;
    r.number = u"并市监罚〔2026〕7号"_s;
    r.facts = u"事实"_s;
    r.basis = u"依据"_s;
    r.penalty = u"警告"_s;
    r.date = Today.addDays(-1);
    return r;
}

RegisteredEntity entity(const QString &scope, const QString &authority = u"140105"_s)
{
    RegisteredEntity e;
    e.code = u"91140105MA0K3XQ2X1"_s;
    e.name = u"太原市晋味餐饮有限公司"_s;
    e.businessScope = scope;
    e.authorityDivision = authority;
    return e;
}

} // namespace

class TestCreditRecords : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<CreditRecord>("record");
        QTest::addColumn<QString>("field"); // empty: may be recorded
        QTest::newRow("a good penalty") << penalty() << QString();
        CreditRecord r = penalty();
        r.id = u"P 1"_s;
        QTest::newRow("an id with a space") << r << u"id"_s;
        r = penalty();
        r.id.clear();
        QTest::newRow("no id") << r << u"id"_s;
        r = penalty();
        r.facts.clear();
        QTest::newRow("a penalty without facts") << r << u"facts"_s;
        r = penalty();
        r.facts = QString(CreditRecords::MaxFacts + 1, u'事');
        QTest::newRow("facts over their bound") << r << u"facts"_s;
        r = penalty();
        r.date = Today.addDays(1);
        QTest::newRow("decided tomorrow") << r << u"date"_s;
        r = penalty();
        r.date = {};
        QTest::newRow("no date") << r << u"date"_s;
        r = penalty();
        r.validTo = Today;
        QTest::newRow("a penalty with an end") << r << u"validTo"_s;
        r = penalty();
        r.kind = CreditRecordKind::Licence;
        r.item = u"餐饮服务"_s;
        r.validTo = Today.addYears(5);
        QTest::newRow("a licence") << r << QString();
        r.validTo = r.date.addDays(-1);
        QTest::newRow("a licence ending before it starts") << r << u"validTo"_s;
        r = penalty();
        r.kind = CreditRecordKind::Licence;
        QTest::newRow("a licence without item") << r << u"item"_s;
        r = penalty();
        r.kind = CreditRecordKind::Performance;
        QTest::newRow("performance without title") << r << u"title"_s;
        r.title = u"按期足额缴纳社会保险费"_s;
        r.content = u"2026年度无欠缴"_s;
        QTest::newRow("performance") << r << QString();
    }
    void problems()
    {
        QFETCH(CreditRecord, record);
        QFETCH(QString, field);
        QString found;
        const QString problem = CreditRecords::problem(record, Today, &found);
        QCOMPARE(problem.isEmpty(), field.isEmpty());
        QCOMPARE(found, field);
    }

    void aRecordTravelsAsItIs()
    {
        CreditRecord r = penalty();
        r.department = u"SX-SAMR-FOOD"_s;
        r.departmentName = u"山西省市场监督管理局"_s;
        r.entityName = u"太原市晋味餐饮有限公司"_s;
        r.recordedAt = QDateTime(Today, QTime(8, 30, 1, 250), Qt::UTC);
        const std::optional<CreditRecord> back = CreditRecords::fromJson(CreditRecords::toJson(r));
        QVERIFY(back);
        QVERIFY(*back == r);
        QJsonObject broken = CreditRecords::toJson(r);
        broken.insert(u"kind"_s, u"fine"_s);
        QVERIFY(!CreditRecords::fromJson(broken));
        broken = CreditRecords::toJson(r);
        broken.insert(u"facts"_s, QString(CreditRecords::MaxFacts + 1, u'x'));
        QVERIFY(!CreditRecords::fromJson(broken));
        broken = CreditRecords::toJson(r);
        broken.insert(u"date"_s, u"2026-13-01"_s);
        QVERIFY(!CreditRecords::fromJson(broken));

        const DepartmentClaim claim{u"SX-TAX"_s, u"国家税务总局山西省税务局"_s, r.creditCode, r.entityName,
                                    r.recordedAt};
        const std::optional<DepartmentClaim> claimed =
            CreditRecords::claimFromJson(CreditRecords::claimToJson(claim));
        QVERIFY(claimed && *claimed == claim);
    }

    void registrationsGoToTheDepartmentsTheyConcern()
    {
        const Department tax{u"SX-TAX"_s, u"税务"_s, {DepartmentKind::Tax}, {}, u"140000"_s};
        const Department food{
            u"SX-FOOD"_s, u"食品"_s, {DepartmentKind::Licensing}, {u"餐饮服务"_s}, u"140000"_s};
        const Department freight{
            u"SX-ROAD"_s, u"交通"_s, {DepartmentKind::Licensing}, {u"道路货物运输"_s}, u"140000"_s};
        const Department otherCounty{u"YZ-TAX"_s, u"税务"_s, {DepartmentKind::Tax}, {}, u"140106"_s};
        const RegisteredEntity restaurant = entity(u"餐饮服务；日用百货销售"_s);
        const RegisteredEntity shop = entity(u"日用百货销售"_s);
        QVERIFY(CreditRecords::concerns(tax, restaurant) && CreditRecords::concerns(tax, shop));
        QVERIFY(CreditRecords::concerns(food, restaurant));
        QVERIFY(!CreditRecords::concerns(food, shop));
        QVERIFY(!CreditRecords::concerns(freight, restaurant));
        QVERIFY(!CreditRecords::concerns(otherCounty, restaurant));
        QCOMPARE(CreditRecords::licensedItemsFor(food, restaurant), QStringList{u"餐饮服务 (餐饮服务)"_s});
        QVERIFY(CreditRecords::licensedItemsFor(tax, restaurant).isEmpty());
    }

    // What a department is told changed: the registered data only, never the record's own history.
    void aChangeNamesTheKeysThatDiffer_data()
    {
        QTest::addColumn<std::function<void(RegisteredEntity &)>>("edit");
        QTest::addColumn<QStringList>("keys");
        using Edit = std::function<void(RegisteredEntity &)>;
        QTest::newRow("nothing") << Edit([](RegisteredEntity &) {}) << QStringList{};
        QTest::newRow("name and trade name") << Edit([](RegisteredEntity &e) {
            e.name = u"太原市晋膳餐饮有限公司"_s;
            e.tradeName = u"晋膳"_s;
        }) << QStringList{u"name"_s, u"tradeName"_s};
        QTest::newRow("representative")
            << Edit([](RegisteredEntity &e) { e.legalRep = u"王芳"_s; }) << QStringList{u"legalRep"_s};
        QTest::newRow("domicile, capital, scope") << Edit([](RegisteredEntity &e) {
            e.domicile = u"太原市小店区长治路1号"_s;
            e.capital = u"200万元人民币"_s;
            e.businessScope = u"日用百货销售"_s;
        }) << QStringList{u"domicile"_s, u"capital"_s, u"businessScope"_s};
        QTest::newRow("term") << Edit([](RegisteredEntity &e) { e.termTo = QDate(2056, 1, 4); })
                              << QStringList{u"termTo"_s};
        QTest::newRow("history is not registered data") << Edit([](RegisteredEntity &e) {
            e.licensedAt = QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC);
            e.publishedAt = e.licensedAt;
            e.status = RegisteredEntity::StatusRevoked;
            e.statusSince = QDate(2026, 12, 3);
            e.formerNames = {{u"太原市晋昌商贸有限公司"_s, QDate(2026, 12, 3)}};
        }) << QStringList{};
    }

    void aChangeNamesTheKeysThatDiffer()
    {
        QFETCH(std::function<void(RegisteredEntity &)>, edit);
        QFETCH(QStringList, keys);
        const RegisteredEntity before = entity(u"餐饮服务；日用百货销售"_s);
        RegisteredEntity after = before;
        edit(after);
        QCOMPARE(RegisteredEntity::changedKeys(before, after), keys);
        QCOMPARE(RegisteredEntity::changedKeys(after, before), keys);
    }

    void departmentsAreChecked()
    {
        Department d{u"SX-FOOD"_s, u"食品"_s, {DepartmentKind::Licensing}, {u"餐饮服务"_s}, u"140000"_s};
        QVERIFY(CreditRecords::departmentProblem(d).isEmpty());
        d.licences = {u"不存在"_s};
        QVERIFY(!CreditRecords::departmentProblem(d).isEmpty());
        d.licences.clear();
        QVERIFY(!CreditRecords::departmentProblem(d).isEmpty()); // licensing names its licences
        d = {u"sx-tax"_s, u"税务"_s, {DepartmentKind::Tax}, {}, u"140000"_s};
        QVERIFY(!CreditRecords::departmentProblem(d).isEmpty());
        d.code = u"SX-TAX"_s;
        d.licences = {u"餐饮服务"_s};
        QVERIFY(!CreditRecords::departmentProblem(d).isEmpty()); // licences without the kind
    }
};

QTEST_GUILESS_MAIN(TestCreditRecords)
#include "test_credit_records.moc"
