// Issue 11 §3, departments at the real exchange over loopback mutual TLS (SQLite and PostgreSQL):
// each registration is queued, in order and once, for the departments it concerns (tax, social
// security and statistics always; a licensing department only for scope items needing its licences:
// 双告知); a department that was down gets what it missed, once; claims and push-backs are
// idempotent and reach the province's counters through the feed; every attack is refused with
// nothing stored; the demo command plays departments over HTTPS.
#include "DepartmentDriver.h"
#include "core/CreditList.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "exchange/DemoDepartments.h"
#include "exchange/DepartmentAdmin.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangeStore.h"
#include "protocol/WireKeys.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;
using Driver = ow::test::DepartmentDriver;
using K = core::DepartmentKind;

namespace {

const QString Food = u"餐饮服务；日用百货销售"_s;
const QString Freight = u"道路货物运输（不含危险货物）；日用百货销售"_s;
const QString Plain = u"日用百货销售；五金产品零售"_s;
const QString Province = u"140000"_s;

core::CreditRecord penalty(const QString &id, const QString &code)
{
    core::CreditRecord r;
    r.id = id;
    r.kind = core::CreditRecordKind::Penalty;
    r.creditCode = code;
    r.number = u"并市监罚〔2026〕12号"_s;
    r.facts = u"未取得许可从事餐饮服务"_s;
    r.basis = u"《中华人民共和国食品安全法》第一百二十二条"_s;
    r.penalty = u"警告，罚款五千元"_s;
    r.date = core::ResidentId::chinaToday().addDays(-3);
    return r;
}

core::CreditRecord licence(const QString &id, const QString &code)
{
    core::CreditRecord r;
    r.id = id;
    r.kind = core::CreditRecordKind::Licence;
    r.creditCode = code;
    r.number = u"JY11401050012345"_s;
    r.item = u"餐饮服务"_s;
    r.date = core::ResidentId::chinaToday().addDays(-1);
    r.validTo = r.date.addYears(5);
    return r;
}

QJsonArray asJson(const QList<core::CreditRecord> &records)
{
    QJsonArray list;
    for (const core::CreditRecord &r : records)
        list.append(core::CreditRecords::toJson(r));
    return list;
}

} // namespace

class ExchangeDepartmentsTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    Driver m_driver{m_exchange, 20261211};
    QString m_food;    // licensed with 餐饮服务
    QString m_freight; // with 道路货物运输
    QString m_plain;

    qint64 stored()
    {
        return m_driver.count(u"credit_records"_s) + m_driver.count(u"department_claims"_s) +
               m_driver.count(u"credit_entries"_s);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());
        for (const core::Department &d :
             {Driver::department(u"TAX"_s, Province, {K::Tax}),
              Driver::department(u"FOOD"_s, Province, {K::Licensing}, {u"餐饮服务"_s, u"食品经营"_s}),
              Driver::department(u"FREIGHT"_s, Province, {K::Licensing}, {u"道路货物运输"_s}),
              Driver::department(u"TAX-YZ"_s, u"140106"_s, {K::Tax})})
            QVERIFY2(m_driver.enrol(d, &error), qPrintable(error));
    }

    void enrolmentChecksTheDepartment()
    {
        QString error;
        QVERIFY(!m_driver.enrol(Driver::department(u"tax"_s, Province, {K::Tax}), &error));
        QVERIFY(!m_driver.enrol(
            Driver::department(u"BAD-LICENCE"_s, Province, {K::Licensing}, {u"不存在的许可"_s}), &error));
        QVERIFY(!m_driver.enrol(Driver::department(u"NO-KIND"_s, Province, {}), &error));
        QVERIFY(!m_driver.enrol(Driver::department(u"BAD-AUTH"_s, u"999999"_s, {K::Tax}), &error));
        core::Department parsed;
        QVERIFY(exchange::DepartmentAdmin::parseKinds(u"tax,licensing:餐饮服务,食品经营"_s, &parsed));
        QVERIFY(parsed.kinds == (QList<K>{K::Tax, K::Licensing}));
        QCOMPARE(parsed.licences, (QStringList{u"餐饮服务"_s, u"食品经营"_s}));
        QVERIFY(!exchange::DepartmentAdmin::parseKinds(u"police"_s, &parsed));
    }

    void deliveryIsOrderedAndOncePerDepartment()
    {
        m_food = m_driver.licensed(Food);
        m_freight = m_driver.licensed(Freight);
        m_plain = m_driver.licensed(Plain);
        QVERIFY(!m_food.isEmpty() && !m_freight.isEmpty() && !m_plain.isEmpty());

        const Fixture::Reply tax = m_driver.registrations(u"TAX"_s);
        QCOMPARE(tax.status, 200);
        QCOMPARE(Driver::codesOf(tax), (QStringList{m_food, m_freight, m_plain}));
        QCOMPARE(Driver::cursorsOf(tax), (QList<qint64>{1, 2, 3}));
        // Only the public registration: no ID number of anyone.
        const QJsonObject entity =
            tax.json.value(u"registrations"_s).toArray().at(0).toObject().value(u"entity"_s).toObject();
        QVERIFY(!entity.value(u"legalRep"_s).toString().isEmpty());
        QVERIFY(!QJsonDocument(entity).toJson().contains("idNumber"));

        // 双告知: each licensing department gets only the registrations needing its licences.
        const Fixture::Reply food = m_driver.registrations(u"FOOD"_s);
        QCOMPARE(Driver::codesOf(food), QStringList{m_food});
        const QJsonArray items = food.json.value(u"registrations"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"licensedItems"_s)
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QVERIFY(items.at(0).toString().contains(u"餐饮服务"_s));
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"FREIGHT"_s)), QStringList{m_freight});
        // Another authority's tax office gets none of 140105's.
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"TAX-YZ"_s)), QStringList{});

        // Read again before acknowledging: the same, in the same order (a resend is harmless).
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"TAX"_s)),
                 (QStringList{m_food, m_freight, m_plain}));
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"TAX"_s, u"limit=2"_s)),
                 (QStringList{m_food, m_freight}));
        QCOMPARE(m_driver.acknowledge(u"TAX"_s, 2).json.value(u"acknowledged"_s).toInteger(), 2);
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"TAX"_s)), QStringList{m_plain});
        // An older acknowledgement moves nothing back; one past the queue is refused.
        QCOMPARE(m_driver.acknowledge(u"TAX"_s, 1).json.value(u"acknowledged"_s).toInteger(), 2);
        const Fixture::Reply past = m_driver.acknowledge(u"TAX"_s, 4);
        QCOMPARE(past.status, 400);
        QCOMPARE(past.errorCode(), u"department.bad_cursor"_s);
        QCOMPARE(m_driver.acknowledge(u"TAX"_s, 3).json.value(u"acknowledged"_s).toInteger(), 3);
        QVERIFY(Driver::codesOf(m_driver.registrations(u"TAX"_s)).isEmpty());
        // A bad cursor or limit.
        QCOMPARE(m_driver.registrations(u"TAX"_s, u"limit=101"_s).status, 400);
        QCOMPARE(m_driver.registrations(u"TAX"_s, u"cursor=-1"_s).status, 400);
    }

    void aDepartmentDownGetsWhatItMissedOnce()
    {
        QString error;
        QVERIFY2(m_driver.enrol(Driver::department(u"STATS"_s, Province, {K::Statistics}), &error),
                 qPrintable(error));
        // Down while two registrations are licensed, and the exchange restarts meanwhile.
        const QString first = m_driver.licensed(Plain);
        const QString second = m_driver.licensed(Food);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());

        const Fixture::Reply back = m_driver.registrations(u"STATS"_s);
        QCOMPARE(Driver::codesOf(back), (QStringList{first, second}));
        QCOMPARE(m_driver.acknowledge(u"STATS"_s, Driver::cursorsOf(back).last()).status, 200);
        QVERIFY(Driver::codesOf(m_driver.registrations(u"STATS"_s)).isEmpty());
        const QString third = m_driver.licensed(Plain);
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"STATS"_s)), QStringList{third});
        // TAX, acknowledged up to 3 before, gets the three new ones, once, in order.
        QCOMPARE(Driver::codesOf(m_driver.registrations(u"TAX"_s)), (QStringList{first, second, third}));
        QCOMPARE(Driver::cursorsOf(m_driver.registrations(u"TAX"_s)), (QList<qint64>{4, 5, 6}));
    }

    void claimsAreIdempotentScopedAndFed()
    {
        const QString unknown = core::UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0K3XQ9"_s);
        QCOMPARE(Driver::outcomes(m_driver.claims(u"TAX"_s, {m_food, m_food.toLower(), unknown})),
                 (QStringList{u"applied"_s, u"duplicate"_s, u"rejected department.unknown_entity"_s}));
        QCOMPARE(Driver::outcomes(m_driver.claims(u"TAX"_s, {m_food})), QStringList{u"duplicate"_s});
        // Another authority's department cannot claim 140105's entity (it is as unknown to it).
        QCOMPARE(Driver::outcomes(m_driver.claims(u"TAX-YZ"_s, {m_food})),
                 QStringList{u"rejected department.unknown_entity"_s});
        QCOMPARE(Driver::outcomes(m_driver.claims(u"FOOD"_s, {m_food})), QStringList{u"applied"_s});
        QCOMPARE(m_driver.count(u"department_claims"_s), 2);

        const QList<QJsonObject> fed = m_driver.feedOf(protocol::keys::changes::KindClaim);
        QCOMPARE(fed.size(), 2);
        const auto claim = core::CreditRecords::claimFromJson(fed.first());
        QVERIFY(claim);
        QCOMPARE(claim->department, u"TAX"_s);
        QCOMPARE(claim->creditCode, m_food);
        QVERIFY(!claim->entityName.isEmpty());
    }

    void pushBacksAreIdempotentAndFed()
    {
        core::CreditEntry entry;
        entry.id = u"ABN-2026-001"_s;
        entry.list = core::CreditListKind::Abnormal;
        entry.subjectKind = core::CreditSubjectKind::Entity;
        entry.subject = m_food;
        entry.subjectName = u"被列入的企业"_s;
        entry.reason = u"通过登记的住所无法联系"_s;
        entry.basis = u"《企业经营异常名录管理暂行办法》第四条"_s;
        entry.from = core::ResidentId::chinaToday().addDays(-2);
        const QJsonArray records = asJson({licence(u"L-1"_s, m_food), penalty(u"P-1"_s, m_food)});
        const QJsonArray entries{core::CreditList::toJson(entry)};
        QCOMPARE(Driver::outcomes(m_driver.records(u"FOOD"_s, records, entries)),
                 (QStringList{u"applied"_s, u"applied"_s, u"applied"_s}));
        QCOMPARE(Driver::outcomes(m_driver.records(u"FOOD"_s, records, entries)),
                 (QStringList{u"duplicate"_s, u"duplicate"_s, u"duplicate"_s}));
        QCOMPARE(m_driver.count(u"credit_records"_s), 2);
        QCOMPARE(m_driver.count(u"credit_entries"_s), 1);

        const QList<QJsonObject> fed = m_driver.feedOf(protocol::keys::changes::KindCreditRecord);
        QCOMPARE(fed.size(), 2);
        const auto pen = core::CreditRecords::fromJson(fed.at(1));
        QVERIFY(pen);
        QCOMPARE(pen->kind, core::CreditRecordKind::Penalty);
        QCOMPARE(pen->department, u"FOOD"_s); // the certificate's, never the body's
        QCOMPARE(pen->facts, u"未取得许可从事餐饮服务"_s);
        QVERIFY(pen->recordedAt.isValid());
        const QList<QJsonObject> listed = m_driver.feedOf(protocol::keys::changes::KindList);
        QCOMPARE(listed.size(), 1);
        const auto listedEntry = core::CreditList::fromJson(listed.first());
        QVERIFY(listedEntry);
        QCOMPARE(listedEntry->source, u"department:FOOD"_s);
        QCOMPARE(listedEntry->subject, m_food);
        // The same own id from another department is another item.
        QCOMPARE(Driver::outcomes(m_driver.records(u"TAX"_s, asJson({penalty(u"P-1"_s, m_food)}))),
                 QStringList{u"applied"_s});
    }

    void attacksAreRefusedWithNothingStored_data();
    void attacksAreRefusedWithNothingStored();
    void workstationsAndDepartmentsStayOnTheirSide();
    void demoCommandPlaysDepartmentsOverHttps();

    void cleanupTestCase() { m_exchange.stop(); }
};

void ExchangeDepartmentsTest::attacksAreRefusedWithNothingStored_data()
{
    QTest::addColumn<QString>("department");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("outcomes");
    const QString code = u"91140105MA0K3XQ2XX"_s;
    core::CreditRecord other = penalty(u"P-9"_s, code);
    other.department = u"TAX"_s;
    core::CreditRecord longFacts = penalty(u"P-10"_s, code);
    longFacts.facts = QString(core::CreditRecords::MaxFacts + 1, u'违');
    core::CreditRecord noFacts = penalty(u"P-11"_s, code);
    noFacts.facts.clear();
    core::CreditRecord future = licence(u"L-12"_s, code);
    future.date = core::ResidentId::chinaToday().addDays(2);
    core::CreditRecord badId = licence(u"L 13/../"_s, code);
    core::CreditEntry foreignEntry;
    foreignEntry.id = u"E-1"_s;
    foreignEntry.subjectKind = core::CreditSubjectKind::Entity;
    foreignEntry.subject = code;
    foreignEntry.from = core::ResidentId::chinaToday();
    foreignEntry.source = u"department:TAX"_s;
    QJsonArray many;
    for (int i = 0; i < 51; ++i)
        many.append(core::CreditRecords::toJson(licence(u"L-%1"_s.arg(i), code)));
    const auto body = [](const QJsonArray &records) {
        return QJsonObject{{u"records"_s, records}};
    };
    const QStringList none;
    QTest::newRow("another department's code")
        << u"FOOD"_s << body(asJson({other})) << 403 << u"auth.forbidden"_s << none;
    QTest::newRow("a list entry as another department")
        << u"FOOD"_s << QJsonObject{{u"listEntries"_s, QJsonArray{core::CreditList::toJson(foreignEntry)}}}
        << 403 << u"auth.forbidden"_s << none;
    QTest::newRow("a field over its bound")
        << u"FOOD"_s << body(asJson({longFacts})) << 400 << u"request.invalid_field"_s << none;
    QTest::newRow("a list over its bound") << u"FOOD"_s << body(many) << 413 << u"list.too_long"_s << none;
    QTest::newRow("records not a list")
        << u"FOOD"_s << QJsonObject{{u"records"_s, 5}} << 400 << u"request.invalid_field"_s << none;
    QTest::newRow("an unknown entity") << u"FOOD"_s << body(asJson({licence(u"L-14"_s, code)})) << 200
                                       << QString() << QStringList{u"rejected department.unknown_entity"_s};
    QTest::newRow("a penalty without facts") << u"FOOD"_s << body(asJson({noFacts})) << 200 << QString()
                                             << QStringList{u"rejected request.invalid_field"_s};
    QTest::newRow("a date in the future") << u"FOOD"_s << body(asJson({future})) << 200 << QString()
                                          << QStringList{u"rejected request.invalid_field"_s};
    QTest::newRow("an id that is no id") << u"FOOD"_s << body(asJson({badId})) << 200 << QString()
                                         << QStringList{u"rejected request.invalid_field"_s};
}

void ExchangeDepartmentsTest::attacksAreRefusedWithNothingStored()
{
    QFETCH(QString, department);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QStringList, outcomes);
    const qint64 before = stored();
    const Fixture::Reply reply =
        m_exchange.request(m_driver.sslOf(department), protocol::Endpoint::DepartmentRecords, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(Driver::outcomes(reply), outcomes);
    QCOMPARE(stored(), before);
}

void ExchangeDepartmentsTest::workstationsAndDepartmentsStayOnTheirSide()
{
    const qint64 before = stored();
    const QString clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
    const QJsonObject claim{{u"claims"_s, QJsonArray{QJsonObject{{u"creditCode"_s, m_plain}}}}};
    // A workstation (signed in or not) and the portal on the department endpoints.
    for (const QSslConfiguration &ssl : {m_exchange.sslFor(u"W01"_s), m_exchange.sslForPortal()}) {
        for (const QString &token : {clerk, QString()}) {
            const Fixture::Reply reply =
                m_exchange.request(ssl, protocol::Endpoint::DepartmentClaims, claim, token);
            QCOMPARE(reply.status, 403);
            QCOMPARE(reply.errorCode(), u"department.only"_s);
            QCOMPARE(m_exchange.request(ssl, protocol::Endpoint::DepartmentRegistrations, {}, token).status,
                     403);
        }
    }
    // A department on the counters' endpoints.
    const QSslConfiguration tax = m_driver.sslOf(u"TAX"_s);
    for (const protocol::Endpoint endpoint :
         {protocol::Endpoint::Session, protocol::Endpoint::Changes, protocol::Endpoint::Events,
          protocol::Endpoint::Intake, protocol::Endpoint::AdminUsers, protocol::Endpoint::Sheets}) {
        const Fixture::Reply reply = m_exchange.request(
            tax, endpoint, {{u"user"_s, u"clerk01"_s}, {u"password"_s, Fixture::password(u"clerk01"_s)}},
            clerk);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), u"auth.forbidden"_s);
    }
    QCOMPARE(m_exchange.request(tax, protocol::Endpoint::Health).status, 200);
    // A body over the endpoint's limit is refused from its declared length, before it is read.
    const Fixture::Reply big = Fixture::callRaw(
        tax, "POST", m_exchange.url(protocol::Endpoint::DepartmentRecords), QByteArray(5 * 1024 * 1024, ' '));
    QCOMPARE(big.status, 413);
    // Too many claims at once.
    QJsonArray claims;
    for (int i = 0; i < 101; ++i)
        claims.append(QJsonObject{{u"creditCode"_s, m_plain}});
    const Fixture::Reply many =
        m_exchange.request(tax, protocol::Endpoint::DepartmentClaims, {{u"claims"_s, claims}});
    QCOMPARE(many.status, 413);
    QCOMPARE(many.errorCode(), u"list.too_long"_s);
    // A revoked department's certificate is refused from the next request on.
    QVERIFY(exchange::ExchangeAdmin::revoke(m_exchange.dir(), u"TAX-YZ"_s));
    const Fixture::Reply revoked = m_driver.claims(u"TAX-YZ"_s, {m_plain});
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.errorCode(), u"tls.certificate_revoked"_s);
    QCOMPARE(stored(), before);
}

void ExchangeDepartmentsTest::demoCommandPlaysDepartmentsOverHttps()
{
    const QStringList args{u"demo-departments"_s, u"--dir"_s, m_exchange.dir(), u"--url"_s,
                           m_exchange.url(QString()).toString()};
    const auto run = [&args]() {
        QProcess process;
        process.start(QStringLiteral(OW_EXCHANGE_BINARY), args);
        process.waitForFinished(120000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        return std::pair(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         QString(out + QString::fromUtf8(process.readAllStandardError())));
    };
    // The first run enrols the demo departments (nothing is queued for them yet).
    const auto [firstCode, first] = run();
    QVERIFY2(firstCode == 0 && first.contains(u"Departments read 0 registration(s)"_s), qPrintable(first));
    const QString both = m_driver.licensed(u"餐饮服务；道路货物运输"_s);
    QVERIFY(!both.isEmpty());
    const auto [code, out] = run();
    QVERIFY2(code == 0 && out.contains(u"Departments read 5 registration(s), claimed 5"_s), qPrintable(out));
    // Every demo department claimed the new entity; the two licensing ones pushed a licence back.
    const auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"demo-reader"_s);
    QVERIFY(store);
    const auto claims = store.value()->departments().claimsOf(both);
    QVERIFY(claims);
    QStringList claimedBy;
    for (const core::DepartmentClaim &c : claims.value())
        claimedBy << c.department;
    claimedBy.sort();
    QCOMPARE(claimedBy,
             (QStringList{u"SX-HRSS"_s, u"SX-SAMR-FOOD"_s, u"SX-STATS"_s, u"SX-TAX"_s, u"SX-TRANSPORT"_s}));
    const auto records = store.value()->departments().recordsOf(both);
    QVERIFY(records);
    QStringList licensedBy;
    for (const core::CreditRecord &r : records.value()) {
        if (r.kind == core::CreditRecordKind::Licence)
            licensedBy << r.department;
    }
    licensedBy.sort();
    QCOMPARE(licensedBy, (QStringList{u"SX-SAMR-FOOD"_s, u"SX-TRANSPORT"_s}));
    // A third run finds nothing new: everything was acknowledged.
    const auto [againCode, again] = run();
    QVERIFY2(againCode == 0 && again.contains(u"Departments read 0 registration(s)"_s), qPrintable(again));
}

QTEST_GUILESS_MAIN(ExchangeDepartmentsTest)
#include "test_exchange_departments.moc"
