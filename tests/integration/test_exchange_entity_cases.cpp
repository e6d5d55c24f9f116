// Issue 12 §1 and §5, cases about a registered entity at the real exchange over loopback TLS: a change
// of name licensed under the entity's own code (its old name kept among its former names and
// protected), the attacks on a change's acceptance (unknown code, another authority's, an ended
// entity, a lying registered form, a case whose kind changes or is unknown), a general
// deregistration ended by the exchange, and a simplified one with its 20-day notice, an objection
// recorded by `onewindow-exchange notice object` and the decision that waits for the notice.
#include "EntityCaseDriver.h"
#include "core/ChangeRegistration.h"
#include "core/UsccCode.h"
#include "exchange/LicenceAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;
using Driver = ow::test::EntityCaseDriver;
using ow::test::errorOf;
using ow::test::statusOf;

class ExchangeEntityCasesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    Driver m_driver{m_exchange, 20261202};

    static QDate today() { return Driver::today(); }

    static std::pair<int, QString> runExchange(const QStringList &args)
    {
        const test::CommandRun run = test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args);
        return {run.exitCode, run.out + run.err};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY(m_driver.signIn());
    }

    void aChangeOfNameKeepsTheCode();
    void concurrentChangesBothStand();
    void aChangeNamesARegisteredEntityOfItsAuthority();
    void theRegisteredFormIsTheExchanges();
    void aCaseKeepsItsKind();
    void aGeneralDeregistrationEndsTheEntity();
    void aRevokedEntityIsDeregisteredByTheGeneralProcedure();
    void aSimplifiedDeregistrationWaitsForItsNotice();
    void aSimplifiedDeregistrationWithoutObjection();
    void aWithdrawnDeregistrationClosesItsNotice();
};

void ExchangeEntityCasesTest::aChangeOfNameKeepsTheCode()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋昌商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    const QDate established = m_driver.entityOf(code)->established;
    QVERIFY(established.isValid());
    const QString oldName = registered.form.proposedName;
    const QString newName = u"太原市晋祥商贸有限公司"_s;

    core::CaseRecord change =
        Driver::changeOf(code, registered, [&newName](core::OneForm &f) { f.proposedName = newName; });
    const QJsonObject accepted = m_driver.push(u"clerk01"_s, m_driver.acceptance(change));
    QCOMPARE(statusOf(accepted), u"applied"_s);
    QVERIFY(m_driver.taken(change));
    core::CaseRecord approved;
    QCOMPARE(statusOf(m_driver.approval(change, &approved)), u"applied"_s);
    const QJsonObject licensed =
        m_driver.push(u"clerk01"_s, m_driver.advance(approved, core::CaseAction::IssueLicence, u"clerk01"_s));
    QCOMPARE(statusOf(licensed), u"applied"_s);
    QVERIFY(!licensed.contains(u"rebased"_s)); // nothing licensed in between

    // The stored and pulled case: licensed under the entity's own code, published.
    const auto stored = m_driver.storedCase(change.id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, core::CaseKind::Change);
    QCOMPARE(stored->creditCode, code);
    QCOMPARE(stored->state, core::CaseState::Published);
    QCOMPARE(stored->established, established);
    bool pulled = false;
    for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_driver.clerkToken(), "case"_L1)) {
        if (json.value(u"id").toString() == change.id && json.value(u"state").toString() == u"published") {
            QCOMPARE(json.value(u"creditCode").toString(), code);
            pulled = true;
        }
    }
    QVERIFY(pulled);

    // The licence record: the new name, the old one among its former names; the same code and day.
    const auto entity = m_driver.entityOf(code);
    QVERIFY(entity);
    QCOMPARE(entity->name, newName);
    QCOMPARE(entity->status, core::RegisteredEntity::StatusRegistered);
    QCOMPARE(entity->established, established);
    QVERIFY(!entity->formerNames.isEmpty());
    QCOMPARE(entity->formerNames.first().name, oldName);
    QCOMPARE(entity->formerNames.first().changedOn, today());
    const auto fed = m_driver.fedEntity(code);
    QVERIFY(fed);
    QCOMPARE(fed->name, newName);
    QCOMPARE(fed->formerNames, entity->formerNames);
    const Fixture::Reply lookup =
        Fixture::call(m_exchange.sslWithoutClientCertificate(), "GET",
                      m_exchange.publicUrl(u"/licence/"_s + code + u"?format=json"_s));
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json.value(u"name").toString(), newName);
    QCOMPARE(lookup.json.value(u"established").toString(), established.toString(Qt::ISODate));
    QCOMPARE(lookup.json.value(u"formerNames").toArray().first().toObject().value(u"name").toString(),
             oldName);

    // The next change is measured against the entity as this one left it, whatever the counter's copy
    // (here a stale one, of before the change): it changes the term it asked for and does not take
    // the name back (core::ChangeRegistration::rebase).
    core::CaseRecord next = Driver::changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(next))), u"applied"_s);
    const auto rebased = m_driver.storedCase(next.id);
    QCOMPARE(rebased->registered.proposedName, newName);
    QCOMPARE(rebased->form.proposedName, newName);
    QCOMPARE(rebased->form.termYears, 20);

    // The old name is protected within the year: a new establishment under it clashes.
    core::CaseRecord again;
    const QJsonObject clash = m_driver.licensing(oldName, again);
    QCOMPARE(statusOf(clash), u"conflict"_s);
    QCOMPARE(errorOf(clash), u"licence.name_taken"_s);
}

// Two changes of one entity accepted on the same registration, licensed one after the other: the
// second licence changes what its case asked (the term) on the registration the first left (the
// new name), so neither undoes the other.
void ExchangeEntityCasesTest::concurrentChangesBothStand()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋祺商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    const QString newName = u"太原市晋禧商贸有限公司"_s;
    core::CaseRecord rename =
        Driver::changeOf(code, registered, [&newName](core::OneForm &f) { f.proposedName = newName; });
    core::CaseRecord term = Driver::changeOf(code, registered, [](core::OneForm &f) { f.termYears = 25; });
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(term))), u"applied"_s);
    QVERIFY(m_driver.changeLicensed(rename));
    QCOMPARE(m_driver.entityOf(code)->name, newName);

    QVERIFY(m_driver.taken(term));
    core::CaseRecord approved;
    QCOMPARE(statusOf(m_driver.approval(term, &approved)), u"applied"_s);
    // Applied, and the counter is told its printed sheet differs from the licence issued.
    const QJsonObject issue = Driver::advance(approved, core::CaseAction::IssueLicence, u"clerk01"_s);
    const QJsonObject licensed = m_driver.push(u"clerk01"_s, issue);
    QCOMPARE(statusOf(licensed), u"applied"_s);
    QCOMPARE(licensed.value(u"rebased"_s).toBool(), true);
    // Sent again (its answer lost): a duplicate, told the same.
    const QJsonObject again = m_driver.push(u"clerk01"_s, issue);
    QCOMPARE(statusOf(again), u"duplicate"_s);
    QCOMPARE(again.value(u"rebased"_s).toBool(), true);
    const auto entity = m_driver.entityOf(code);
    QCOMPARE(entity->name, newName);
    QCOMPARE(entity->termTo, entity->established.addYears(25).addDays(-1));
    const auto stored = m_driver.storedCase(term.id);
    QCOMPARE(stored->form.proposedName, newName);
    QCOMPARE(stored->registered.proposedName, newName);
    QCOMPARE(stored->form.termYears, 25);
}

void ExchangeEntityCasesTest::aChangeNamesARegisteredEntityOfItsAuthority()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋隆商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    const auto rename = [](core::OneForm &f) {
        f.proposedName = u"太原市晋鼎商贸有限公司"_s;
    };

    // A code nobody registered.
    const QString unknown = core::UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0K3XQ9"_s);
    core::CaseRecord first = Driver::changeOf(unknown, registered, rename);
    QJsonObject answer = m_driver.push(u"clerk01"_s, m_driver.acceptance(first));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_unknown"_s);
    QVERIFY(!m_driver.storedCase(first.id));

    // An entity of another authority (迎泽区), recorded as its licence would be.
    const QString yingze = core::UsccCode::compose(u'9', u'1', u"140106"_s, u"MA0K3XQ8"_s);
    {
        auto store = m_driver.openStore();
        QVERIFY(store);
        const auto stored = store->licences().byCode(code);
        QVERIFY(stored && stored.value());
        core::RegisteredEntity other = stored.value()->entity;
        other.code = yingze;
        other.name = u"太原市晋福商贸有限公司"_s;
        other.tradeName = u"晋福"_s;
        other.authorityDivision = u"140106"_s;
        QVERIFY(store->begin());
        QVERIFY(store->licences().put(other, QUuid::createUuid().toString(QUuid::WithoutBraces), {}));
        QVERIFY(store->commit());
    }
    core::CaseRecord second = Driver::changeOf(yingze, registered, rename);
    answer = m_driver.push(u"clerk01"_s, m_driver.acceptance(second));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_unknown"_s);

    // A deregistered entity.
    const Result<bool> ended = exchange::LicenceAdmin::deregister(m_exchange.dir(), code, today());
    QVERIFY2(ended && ended.value(), ended ? "" : qPrintable(ended.error().message));
    core::CaseRecord third = Driver::changeOf(code, registered, rename);
    answer = m_driver.push(u"clerk01"_s, m_driver.acceptance(third));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_ended"_s);
}

void ExchangeEntityCasesTest::theRegisteredFormIsTheExchanges()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋盛商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    // The counter's copy lies: another capital and legal representative "as registered".
    core::CaseRecord change = Driver::changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    change.registered.capital += 10000;
    change.registered.legalRep.name = u"冒名"_s;
    change.materials = Driver::marked(core::ChangeRegistration::checklist(
        core::ChangeRegistration::changes(change.registered, change.form)));
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(change))), u"applied"_s);
    const auto stored = m_driver.storedCase(change.id);
    QVERIFY(stored);
    QCOMPARE(stored->registered, registered.form);
    QCOMPARE(stored->subjectCode, code);
    QCOMPARE(stored->established, m_driver.entityOf(code)->established);
}

void ExchangeEntityCasesTest::aCaseKeepsItsKind()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋达商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());

    // An establishment sent back for correction and accepted again, now said to be a change.
    core::CaseRecord record;
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.cases().accepted(record, u"clerk01"_s).toJson())),
             u"applied"_s);
    QVERIFY(m_driver.taken(record));
    QJsonObject answer = m_driver.acceptedAgain(record, [&code, &registered](QJsonObject &kase) {
        kase.insert(u"kind"_s, u"change"_s);
        kase.insert(u"subjectCode"_s, code);
        kase.insert(u"registered"_s, registered.form.toJson());
    });
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.kind_changed"_s);
    QCOMPARE(m_driver.storedCase(record.id)->kind, core::CaseKind::Establishment);

    // A kind the exchange does not know is not taken for an establishment.
    core::CaseRecord merger;
    QJsonObject event = m_driver.cases().accepted(merger, u"clerk01"_s).toJson();
    QJsonObject payload = event.value(u"payload").toObject();
    QJsonObject kase = payload.value(u"case").toObject();
    kase.insert(u"kind"_s, u"merger"_s);
    payload.insert(u"case"_s, kase);
    event.insert(u"payload"_s, payload);
    answer = m_driver.push(u"clerk01"_s, event);
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.kind_unknown"_s);
    QVERIFY(!m_driver.storedCase(merger.id));
}

void ExchangeEntityCasesTest::aGeneralDeregistrationEndsTheEntity()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋恒商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = Driver::deregistrationOf(code, registered, false);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(record))), u"applied"_s);
    QVERIFY(m_driver.noticesOf(record.id).isEmpty()); // the general procedure has no notice
    // A second deregistration of the same entity, accepted at another time of the same day.
    core::CaseRecord twin = Driver::deregistrationOf(code, registered, false);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(twin))), u"applied"_s);
    QVERIFY(m_driver.taken(record));
    QVERIFY(m_driver.taken(twin));
    const QJsonObject answer = m_driver.approval(record);
    QCOMPARE(statusOf(answer), u"applied"_s);

    const auto stored = m_driver.storedCase(record.id);
    QVERIFY(stored);
    QCOMPARE(stored->state, core::CaseState::Published);
    const auto entity = m_driver.entityOf(code);
    QVERIFY(entity);
    QCOMPARE(entity->status, core::RegisteredEntity::StatusDeregistered);
    QCOMPARE(entity->statusSince, today());
    const auto fed = m_driver.fedEntity(code);
    QVERIFY(fed);
    QCOMPARE(fed->status, core::RegisteredEntity::StatusDeregistered);

    // The entity ended: the second is not approved (nor published as a deregistration of its own).
    const QJsonObject second = m_driver.approval(twin);
    QCOMPARE(statusOf(second), u"rejected"_s);
    QCOMPARE(errorOf(second), u"case.subject_ended"_s);
    QCOMPARE(m_driver.storedCase(twin.id)->state, core::CaseState::UnderReview);

    // Nothing more about it.
    core::CaseRecord change = Driver::changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    const QJsonObject late = m_driver.push(u"clerk01"_s, m_driver.acceptance(change));
    QCOMPARE(statusOf(late), u"rejected"_s);
    QCOMPARE(errorOf(late), u"case.subject_ended"_s);
}

// 吊销 does not end the entity: it must still be deregistered, by the general procedure only, and it
// can no longer be changed. A simplified deregistration accepted before the revocation is not approved.
void ExchangeEntityCasesTest::aRevokedEntityIsDeregisteredByTheGeneralProcedure()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋丰商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord early = Driver::deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(early))), u"applied"_s);
    QVERIFY(m_driver.taken(early));
    QVERIFY(m_driver.endNotice(early.id));
    const auto revoked =
        exchange::LicenceAdmin::revoke(m_exchange.dir(), code, u"并市监处字〔2026〕9号"_s, today());
    QVERIFY(revoked && revoked.value());

    QJsonObject answer = m_driver.approval(early);
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"deregistration.general_only"_s);
    core::CaseRecord simplified = Driver::deregistrationOf(code, registered, true);
    answer = m_driver.push(u"clerk01"_s, m_driver.acceptance(simplified));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"deregistration.general_only"_s);
    core::CaseRecord change = Driver::changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    answer = m_driver.push(u"clerk01"_s, m_driver.acceptance(change));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_ended"_s);

    core::CaseRecord general = Driver::deregistrationOf(code, registered, false);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(general))), u"applied"_s);
    QVERIFY(m_driver.taken(general));
    QCOMPARE(statusOf(m_driver.approval(general)), u"applied"_s);
    QCOMPARE(m_driver.entityOf(code)->status, core::RegisteredEntity::StatusDeregistered);
    QCOMPARE(m_driver.storedCase(general.id)->state, core::CaseState::Published);
}

void ExchangeEntityCasesTest::aSimplifiedDeregistrationWaitsForItsNotice()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋利商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = Driver::deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(record))), u"applied"_s);

    // The notice begins with the acceptance: 20 days from the exchange's day.
    QList<core::DeregistrationNotice> notices = m_driver.noticesOf(record.id);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().code, code);
    QCOMPARE(notices.first().from, today());
    QCOMPARE(notices.first().until, today().addDays(19));
    const Fixture::Reply lookup =
        Fixture::call(m_exchange.sslWithoutClientCertificate(), "GET",
                      m_exchange.publicUrl(u"/licence/"_s + code + u"?format=json"_s));
    QCOMPARE(lookup.json.value(u"deregistrationNotice").toObject().value(u"until").toString(),
             today().addDays(19).toString(Qt::ISODate));

    QVERIFY(m_driver.taken(record));
    QJsonObject answer = m_driver.approval(record);
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"deregistration.notice_running"_s);

    // A creditor objects through the exchange's command.
    const auto [objected, output] =
        runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s, code, u"--by"_s,
                     u"山西某银行股份有限公司"_s, u"--text"_s, u"尚有未清偿贷款"_s});
    QVERIFY2(objected == 0, qPrintable(output));
    notices = m_driver.noticesOf(record.id);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.last().objections.size(), 1);
    QCOMPARE(notices.last().objections.first().by, u"山西某银行股份有限公司"_s);
    QCOMPARE(notices.last().objections.first().text, u"尚有未清偿贷款"_s);
    QCOMPARE(notices.last().until, today().addDays(19));

    // Sent back for correction and accepted again: the notice runs on as begun, with its objection.
    QCOMPARE(statusOf(m_driver.acceptedAgain(record)), u"applied"_s);
    QCOMPARE(m_driver.noticesOf(record.id).size(), 2);
    {
        auto store = m_driver.openStore();
        QVERIFY(store);
        const auto kept = store->notices().byCase(record.id);
        QVERIFY(kept && kept.value());
        QCOMPARE(kept.value()->objections.size(), 1);
    }
    QVERIFY(m_driver.taken(record));

    // Once the notice is over, the objection stands in the way.
    QVERIFY(m_driver.endNotice(record.id));
    answer = m_driver.approval(record);
    QCOMPARE(statusOf(answer), u"conflict"_s);
    QCOMPARE(errorOf(answer), u"deregistration.objected"_s);
    QCOMPARE(m_driver.storedCase(record.id)->state, core::CaseState::UnderReview);
    QCOMPARE(m_driver.entityOf(code)->status, core::RegisteredEntity::StatusRegistered);

    // No objection is taken once the notice ended, nor on a code without a notice.
    const auto late = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s, code,
                                   u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(late.first != 0, qPrintable(late.second));
    QVERIFY2(late.second.contains(u"notice.over"_s) || late.second.contains(u"ended"_s),
             qPrintable(late.second));
    const QString unknown = core::UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0K3XQ7"_s);
    const auto none = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                   unknown, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(none.first != 0, qPrintable(none.second));
    QCOMPARE(m_driver.noticesOf(record.id).size(), 2);
}

void ExchangeEntityCasesTest::aSimplifiedDeregistrationWithoutObjection()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋宏商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = Driver::deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(record))), u"applied"_s);
    QVERIFY(m_driver.taken(record));
    QVERIFY(m_driver.endNotice(record.id));
    const QJsonObject answer = m_driver.approval(record);
    QCOMPARE(statusOf(answer), u"applied"_s);
    QCOMPARE(m_driver.storedCase(record.id)->state, core::CaseState::Published);
    QCOMPARE(m_driver.entityOf(code)->status, core::RegisteredEntity::StatusDeregistered);
}

// Withdrawn before its decision: the notice closes (through the feed) and takes no more objections;
// the entity's next simplified deregistration has a notice of its own, which the objection reaches.
void ExchangeEntityCasesTest::aWithdrawnDeregistrationClosesItsNotice()
{
    core::CaseRecord registered;
    const QString code = m_driver.licensedEntity(u"太原市晋安商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord first = Driver::deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(first))), u"applied"_s);
    QCOMPARE(statusOf(m_driver.push(
                 u"clerk01"_s, m_driver.advance(first, core::CaseAction::Withdraw, u"clerk01"_s, u"撤回"_s))),
             u"applied"_s);
    const QList<core::DeregistrationNotice> closed = m_driver.noticesOf(first.id);
    QCOMPARE(closed.size(), 2);
    QCOMPARE(closed.last().closedOn, today());
    const auto refused = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                      code, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(refused.first != 0, qPrintable(refused.second));

    core::CaseRecord second = Driver::deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(m_driver.push(u"clerk01"_s, m_driver.acceptance(second))), u"applied"_s);
    const auto objected = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                       code, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(objected.first == 0, qPrintable(objected.second));
    QCOMPARE(m_driver.noticesOf(second.id).last().objections.size(), 1);
    QCOMPARE(m_driver.noticesOf(first.id).size(), 2);
}

QTEST_GUILESS_MAIN(ExchangeEntityCasesTest)
#include "test_exchange_entity_cases.moc"
