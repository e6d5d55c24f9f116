// Issue 12 with DOMAIN §8, departments hear of an entity's whole life at the real exchange over
// loopback mutual TLS (SQLite and PostgreSQL): a change licensed at the counter reaches every
// department the entity concerns before or after it (a licensing department whose items left the
// scope, one whose items came in), with the keys that changed; a revocation and a deregistration reach
// the departments it concerns; each once per department and occasion, in the queue's one order.
#include "DepartmentDriver.h"
#include "EntityCaseDriver.h"
#include "exchange/LicenceAdmin.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;
using Cases = ow::test::EntityCaseDriver;
using Departments = ow::test::DepartmentDriver;
using K = core::DepartmentKind;
namespace k = ow::protocol::keys::department;

namespace {

const QString Food = u"餐饮服务；日用百货销售"_s;
const QString Freight = u"道路货物运输（不含危险货物）；日用百货销售"_s;
const QString Province = u"140000"_s;

// One item of a department's queue as the test compares it: "occasion code changed-keys | items".
QString itemText(const QJsonObject &item)
{
    QStringList changed;
    for (const QJsonValue &key : item.value(k::Changed).toArray())
        changed.append(key.toString());
    QStringList licensed;
    for (const QJsonValue &licence : item.value(k::LicensedItems).toArray())
        licensed.append(licence.toString().section(QRegularExpression(u"[ （]"_s), 0, 0)); // the item's name
    QString text = item.value(k::Occasion).toString() + u' ' +
                   item.value(k::Entity).toObject().value(u"code").toString();
    if (item.contains(k::Changed))
        text += u" [" + changed.join(u',') + u']';
    if (!licensed.isEmpty())
        text += u" | " + licensed.join(u',');
    return text;
}

} // namespace

class ExchangeDepartmentChangesTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    Cases m_cases{m_exchange, 20261203};
    Departments m_departments{m_exchange, 20261204};

    // What `department` has not acknowledged yet, as itemText reads it; then acknowledged, so each
    // step of a test sees what that step queued.
    QStringList takeQueue(const QString &department)
    {
        const Fixture::Reply reply = m_departments.registrations(department);
        if (reply.status != 200) {
            qWarning() << department << reply.status << reply.json;
            return {u"status %1"_s.arg(reply.status)};
        }
        QStringList items;
        qint64 last = 0;
        for (const QJsonValue &value : reply.json.value(k::Registrations).toArray()) {
            items.append(itemText(value.toObject()));
            last = value.toObject().value(k::Cursor).toInteger();
        }
        if (last > 0 && m_departments.acknowledge(department, last).status != 200)
            items.append(u"not acknowledged"_s);
        return items;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_cases.signIn());
        for (const core::Department &d :
             {Departments::department(u"TAX"_s, Province, {K::Tax}),
              Departments::department(u"FOOD"_s, Province, {K::Licensing}, {u"餐饮服务"_s}),
              Departments::department(u"FREIGHT"_s, Province, {K::Licensing}, {u"道路货物运输"_s}),
              Departments::department(u"TAX-YZ"_s, u"140106"_s, {K::Tax})})
            QVERIFY2(m_departments.enrol(d, &error), qPrintable(error));
    }

    void aChangeReachesTheDepartmentsBeforeAndAfterIt()
    {
        core::CaseRecord registered;
        const QString code = m_cases.licensedEntity(u"太原市晋膳餐饮有限公司"_s, &registered,
                                                    [](core::OneForm &f) { f.businessScope = Food; });
        QVERIFY(!code.isEmpty());
        QCOMPARE(takeQueue(u"TAX"_s), QStringList{u"registration "_s + code});
        QCOMPARE(takeQueue(u"FOOD"_s), QStringList{u"registration "_s + code + u" | 餐饮服务"_s});
        QCOMPARE(takeQueue(u"FREIGHT"_s), QStringList{});

        // From restaurant to freight, under a new name: the food department learns its item left
        // the scope (no licensed item any more), the freight department that its item came in.
        core::CaseRecord change = Cases::changeOf(code, registered, [](core::OneForm &f) {
            f.proposedName = u"太原市晋膳物流有限公司"_s;
            f.businessScope = Freight;
        });
        QVERIFY(m_cases.changeLicensed(change));
        const QString changed = u"change "_s + code + u" [name,industry,businessScope]"_s;
        QCOMPARE(takeQueue(u"TAX"_s), QStringList{changed});
        QCOMPARE(takeQueue(u"FOOD"_s), QStringList{changed});
        QCOMPARE(takeQueue(u"FREIGHT"_s), QStringList{changed + u" | 道路货物运输"_s});
        QCOMPARE(takeQueue(u"TAX-YZ"_s), QStringList{}); // another authority's tax office

        // A later change of the term only: the food department no longer hears of the entity.
        core::CaseRecord stored = *m_cases.storedCase(change.id);
        core::CaseRecord term = Cases::changeOf(code, stored, [](core::OneForm &f) { f.termYears = 30; });
        QVERIFY(m_cases.changeLicensed(term));
        QCOMPARE(takeQueue(u"TAX"_s), QStringList{u"change "_s + code + u" [termTo]"_s});
        QCOMPARE(takeQueue(u"FOOD"_s), QStringList{});
        QCOMPARE(takeQueue(u"FREIGHT"_s), QStringList{u"change "_s + code + u" [termTo] | 道路货物运输"_s});
        // The entity the departments read is the one now registered.
        QCOMPARE(m_cases.entityOf(code)->name, u"太原市晋膳物流有限公司"_s);
    }

    void aRevocationAndADeregistrationReachTheDepartments()
    {
        const QString revoked = m_cases.licensedEntity(u"太原市晋味餐饮有限公司"_s, nullptr,
                                                       [](core::OneForm &f) { f.businessScope = Food; });
        core::CaseRecord registered;
        const QString ended = m_cases.licensedEntity(u"太原市晋运物流有限公司"_s, &registered,
                                                     [](core::OneForm &f) { f.businessScope = Freight; });
        QVERIFY(!revoked.isEmpty() && !ended.isEmpty());
        QCOMPARE(takeQueue(u"TAX"_s),
                 (QStringList{u"registration "_s + revoked, u"registration "_s + ended}));
        QCOMPARE(takeQueue(u"FOOD"_s).size(), 1);
        QCOMPARE(takeQueue(u"FREIGHT"_s).size(), 1);

        // 吊销 by the exchange's command; a second revocation changes nothing and queues nothing.
        const auto revocation = exchange::LicenceAdmin::revoke(
            m_exchange.dir(), revoked, u"并市监处字〔2026〕8号，依据《食品安全法》第一百三十五条"_s,
            Cases::today());
        QVERIFY2(revocation && revocation.value(), revocation ? "" : qPrintable(revocation.error().message));
        QVERIFY(
            !exchange::LicenceAdmin::revoke(m_exchange.dir(), revoked, u"重复"_s, Cases::today()).value());
        QCOMPARE(takeQueue(u"TAX"_s), QStringList{u"revocation "_s + revoked});
        QCOMPARE(takeQueue(u"FOOD"_s), QStringList{u"revocation "_s + revoked + u" | 餐饮服务"_s});
        QCOMPARE(takeQueue(u"FREIGHT"_s), QStringList{});

        // A general deregistration approved at the counter: the exchange ends the entity.
        core::CaseRecord record = Cases::deregistrationOf(ended, registered, false);
        QCOMPARE(test::statusOf(m_cases.push(u"clerk01"_s, m_cases.acceptance(record))), u"applied"_s);
        QVERIFY(m_cases.taken(record));
        QCOMPARE(test::statusOf(m_cases.approval(record)), u"applied"_s);
        QCOMPARE(takeQueue(u"TAX"_s), QStringList{u"deregistration "_s + ended});
        QCOMPARE(takeQueue(u"FREIGHT"_s), QStringList{u"deregistration "_s + ended + u" | 道路货物运输"_s});
        QCOMPARE(takeQueue(u"FOOD"_s), QStringList{});

        // Acknowledged, nothing comes again, even asked for from the queue's start.
        const Fixture::Reply all = m_departments.registrations(u"TAX"_s, u"cursor=0"_s);
        QCOMPARE(all.status, 200);
        QVERIFY(all.json.value(k::Registrations).toArray().isEmpty());
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(ExchangeDepartmentChangesTest)
#include "test_exchange_department_changes.moc"
