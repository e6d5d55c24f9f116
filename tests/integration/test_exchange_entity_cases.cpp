// Issue 12 §1 and §5, cases about a registered entity at the real exchange over loopback TLS: a change
// of name licensed under the entity's own code (its old name kept among its former names and
// protected), the attacks on a change's acceptance (unknown code, another authority's, an ended
// entity, a lying registered form, a case whose kind changes or is unknown), a general
// deregistration ended by the exchange, and a simplified one with its 20-day notice, an objection
// recorded by `onewindow-exchange notice object` and the decision that waits for the notice.
#include "core/CaseWorkflow.h"
#include "core/ChangeRegistration.h"
#include "core/Deregistration.h"
#include "core/RegisteredEntity.h"
#include "core/UsccCode.h"
#include "exchange/ExchangeStore.h"
#include "exchange/LicenceAdmin.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

QString statusOf(const QJsonObject &answer)
{
    return answer.value(u"status").toString();
}

QString errorOf(const QJsonObject &answer)
{
    return answer.value(u"error").toObject().value(u"code").toString();
}

QList<core::MaterialItem> marked(QList<core::MaterialItem> items)
{
    for (core::MaterialItem &m : items)
        m.status = core::MaterialStatus::OriginalSeen;
    return items;
}

} // namespace

class ExchangeEntityCasesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261202};
    QString m_clerk; // clerk01 on W01 (140105)
    QString m_super; // super01 on W02 (140105)

    std::unique_ptr<exchange::ExchangeStore> openStore()
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"entity-cases-reader"_s);
        return store ? std::move(store).value() : nullptr;
    }

    std::optional<core::RegisteredEntity> entityOf(const QString &code)
    {
        auto store = openStore();
        if (!store)
            return std::nullopt;
        const auto stored = store->licences().byCode(code);
        if (!stored || !stored.value())
            return std::nullopt;
        return stored.value()->entity;
    }

    std::optional<core::CaseRecord> storedCase(const QString &id)
    {
        auto store = openStore();
        if (!store)
            return std::nullopt;
        const auto stored = store->cases().byId(id);
        return stored ? stored.value() : std::nullopt;
    }

    // The next event of `view` by `user` (updated in place); for an approval, with the notice the
    // counter believes over (the exchange decides by its own).
    static QJsonObject advance(core::CaseRecord &view, core::CaseAction action, const QString &user,
                               const QString &reason = {})
    {
        core::TransitionRequest request;
        const bool supervisor = user.startsWith(u"super");
        request.actor = {user, supervisor ? core::Role::Supervisor : core::Role::Clerk,
                         supervisor ? u"W02"_s : u"W01"_s};
        request.action = action;
        request.reason = reason;
        request.at = QDateTime::currentDateTimeUtc();
        if (action == core::CaseAction::Approve && view.simplified)
            request.notice = core::DeregistrationNotice::begin(view, today().addDays(-40));
        const auto event = core::CaseWorkflow::apply(view, request);
        if (!event)
            qWarning() << event.error().code << event.error().message;
        return event ? event.value().toJson() : QJsonObject{};
    }

    QJsonObject push(const QString &user, const QJsonObject &event)
    {
        return user.startsWith(u"super") ? m_exchange.pushOne(u"W02"_s, m_super, event)
                                         : m_exchange.pushOne(u"W01"_s, m_clerk, event);
    }

    // `record` (a draft not stored yet) saved and accepted by clerk01: the acceptance's event.
    QJsonObject acceptance(core::CaseRecord &record)
    {
        core::TransitionRequest request;
        request.actor = {u"clerk01"_s, core::Role::Clerk, u"W01"_s};
        request.at = QDateTime::currentDateTimeUtc();
        request.action = core::CaseAction::SaveDraft;
        (void)core::CaseWorkflow::apply(record, request);
        request.action = core::CaseAction::Accept;
        request.receiptNumber = m_cases.nextReceipt(u"W01"_s);
        const auto event = core::CaseWorkflow::apply(record, request);
        if (!event)
            qWarning() << event.error().code << event.error().message;
        return event ? event.value().toJson() : QJsonObject{};
    }

    // `record`, stored under review, sent back for correction by super01, resumed and accepted again
    // by clerk01 (with the payload's case edited by `edit`, when given): the answer to the acceptance.
    QJsonObject acceptedAgain(core::CaseRecord &record, const std::function<void(QJsonObject &)> &edit = {})
    {
        const QJsonObject corrected = push(
            u"super01"_s, advance(record, core::CaseAction::RequestCorrection, u"super01"_s, u"补正材料"_s));
        const QJsonObject resumed =
            push(u"clerk01"_s, advance(record, core::CaseAction::Resume, u"clerk01"_s));
        if (statusOf(corrected) != u"applied" || statusOf(resumed) != u"applied")
            return resumed;
        core::TransitionRequest accept;
        accept.actor = {u"clerk01"_s, core::Role::Clerk, u"W01"_s};
        accept.action = core::CaseAction::Accept;
        accept.at = QDateTime::currentDateTimeUtc();
        accept.receiptNumber = m_cases.nextReceipt(u"W01"_s);
        const auto event = core::CaseWorkflow::apply(record, accept);
        if (!event)
            return {{u"error"_s, event.error().code}};
        QJsonObject json = event.value().toJson();
        if (edit) {
            QJsonObject payload = json.value(u"payload").toObject();
            QJsonObject kase = payload.value(u"case").toObject();
            edit(kase);
            payload.insert(u"case"_s, kase);
            json.insert(u"payload"_s, payload);
        }
        return push(u"clerk01"_s, json);
    }

    // Taken for review by super01 (whom the acceptance by clerk01 leaves free to decide).
    bool taken(core::CaseRecord &record)
    {
        const QJsonObject answer =
            push(u"super01"_s, advance(record, core::CaseAction::TakeForReview, u"super01"_s));
        if (statusOf(answer) != u"applied")
            qWarning() << answer;
        return statusOf(answer) == u"applied";
    }

    // The answer to super01's approval of `reviewing` (left as it is: the approval may be tried again).
    QJsonObject approval(const core::CaseRecord &reviewing, core::CaseRecord *approved = nullptr)
    {
        core::CaseRecord view = reviewing;
        const QJsonObject answer =
            push(u"super01"_s, advance(view, core::CaseAction::Approve, u"super01"_s, u"材料齐全"_s));
        if (approved)
            *approved = view;
        return answer;
    }

    // An establishment named `name` accepted, approved, and its licensing pushed: the answer to that.
    QJsonObject licensing(const QString &name, core::CaseRecord &record)
    {
        core::DomainEvent accepted = m_cases.accepted(record, u"clerk01"_s, u"W01"_s, {},
                                                      [&name](core::OneForm &f) { f.proposedName = name; });
        if (statusOf(push(u"clerk01"_s, accepted.toJson())) != u"applied" || !taken(record))
            return {};
        core::CaseRecord approved;
        if (statusOf(approval(record, &approved)) != u"applied")
            return {};
        return push(u"clerk01"_s, advance(approved, core::CaseAction::IssueLicence, u"clerk01"_s));
    }

    // An establishment named `name` licensed: its code, and its case as stored.
    QString licensedEntity(const QString &name, core::CaseRecord *registered = nullptr)
    {
        core::CaseRecord record;
        const QJsonObject licensed = licensing(name, record);
        if (statusOf(licensed) != u"applied") {
            qWarning() << licensed;
            return {};
        }
        const auto stored = storedCase(record.id);
        if (registered && stored)
            *registered = *stored;
        return stored ? stored->creditCode : QString();
    }

    // A change of the entity `code`, registered as `registered` (the counter's copy), edited by `edit`.
    static core::CaseRecord changeOf(const QString &code, const core::CaseRecord &registered,
                                     const std::function<void(core::OneForm &)> &edit)
    {
        core::CaseRecord record = core::ChangeRegistration::start(code, registered.form, QDate(2026, 1, 5));
        edit(record.form);
        record.materials = marked(core::ChangeRegistration::checklist(
            core::ChangeRegistration::changes(record.registered, record.form)));
        return record;
    }

    static core::CaseRecord deregistrationOf(const QString &code, const core::CaseRecord &registered,
                                             bool simplified)
    {
        core::CaseRecord record = core::Deregistration::start(code, registered.form, simplified);
        record.materials = marked(record.materials);
        return record;
    }

    // The notices of `caseId` in W01's feed, in order.
    QList<core::DeregistrationNotice> noticesOf(const QString &caseId)
    {
        QList<core::DeregistrationNotice> notices;
        for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_clerk, "notice"_L1)) {
            const auto notice = core::DeregistrationNotice::fromJson(json);
            if (notice && notice->caseId == caseId)
                notices.append(*notice);
        }
        return notices;
    }

    // The last licence change of `code` in W01's feed.
    std::optional<core::RegisteredEntity> fedEntity(const QString &code)
    {
        std::optional<core::RegisteredEntity> last;
        for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_clerk, "licence"_L1)) {
            const auto entity = core::RegisteredEntity::fromJson(json);
            if (entity && entity->code == code)
                last = *entity;
        }
        return last;
    }

    // The notice of `caseId` made to have ended yesterday. Time cannot be provoked through the
    // exchange (its clock decides, 20 days), so the test writes the stored notice directly.
    bool endNotice(const QString &caseId)
    {
        auto store = openStore();
        if (!store)
            return false;
        const auto notice = store->notices().byCase(caseId);
        if (!notice || !notice.value())
            return false;
        core::DeregistrationNotice ended = *notice.value();
        ended.from = today().addDays(-core::DeregistrationNotice::NoticeDays);
        ended.until = today().addDays(-1);
        return store->begin() && store->notices().put(ended) && store->commit();
    }

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
        m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
        m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty());
    }

    void aChangeOfNameKeepsTheCode();
    void aChangeNamesARegisteredEntityOfItsAuthority();
    void theRegisteredFormIsTheExchanges();
    void aCaseKeepsItsKind();
    void aGeneralDeregistrationEndsTheEntity();
    void aSimplifiedDeregistrationWaitsForItsNotice();
    void aSimplifiedDeregistrationWithoutObjection();
    void aWithdrawnDeregistrationClosesItsNotice();
};

void ExchangeEntityCasesTest::aChangeOfNameKeepsTheCode()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋昌商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    const QDate established = entityOf(code)->established;
    QVERIFY(established.isValid());
    const QString oldName = registered.form.proposedName;
    const QString newName = u"太原市晋祥商贸有限公司"_s;

    core::CaseRecord change =
        changeOf(code, registered, [&newName](core::OneForm &f) { f.proposedName = newName; });
    const QJsonObject accepted = push(u"clerk01"_s, acceptance(change));
    QCOMPARE(statusOf(accepted), u"applied"_s);
    QVERIFY(taken(change));
    core::CaseRecord approved;
    QCOMPARE(statusOf(approval(change, &approved)), u"applied"_s);
    const QJsonObject licensed =
        push(u"clerk01"_s, advance(approved, core::CaseAction::IssueLicence, u"clerk01"_s));
    QCOMPARE(statusOf(licensed), u"applied"_s);

    // The stored and pulled case: licensed under the entity's own code, published.
    const auto stored = storedCase(change.id);
    QVERIFY(stored);
    QCOMPARE(stored->kind, core::CaseKind::Change);
    QCOMPARE(stored->creditCode, code);
    QCOMPARE(stored->state, core::CaseState::Published);
    QCOMPARE(stored->established, established);
    bool pulled = false;
    for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_clerk, "case"_L1)) {
        if (json.value(u"id").toString() == change.id && json.value(u"state").toString() == u"published") {
            QCOMPARE(json.value(u"creditCode").toString(), code);
            pulled = true;
        }
    }
    QVERIFY(pulled);

    // The licence record: the new name, the old one among its former names; the same code and day.
    const auto entity = entityOf(code);
    QVERIFY(entity);
    QCOMPARE(entity->name, newName);
    QCOMPARE(entity->status, core::RegisteredEntity::StatusRegistered);
    QCOMPARE(entity->established, established);
    QVERIFY(!entity->formerNames.isEmpty());
    QCOMPARE(entity->formerNames.first().name, oldName);
    QCOMPARE(entity->formerNames.first().changedOn, today());
    const auto fed = fedEntity(code);
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
    // (here a stale one, of before the change: its form, built on that copy, now reads as changing the
    // name back — the exchange replaces the copy silently instead of asking the counter to refresh it).
    core::CaseRecord next = changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(next))), u"applied"_s);
    QCOMPARE(storedCase(next.id)->registered.proposedName, newName);

    // The old name is protected within the year: a new establishment under it clashes.
    core::CaseRecord again;
    const QJsonObject clash = licensing(oldName, again);
    QCOMPARE(statusOf(clash), u"conflict"_s);
    QCOMPARE(errorOf(clash), u"licence.name_taken"_s);
}

void ExchangeEntityCasesTest::aChangeNamesARegisteredEntityOfItsAuthority()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋隆商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    const auto rename = [](core::OneForm &f) {
        f.proposedName = u"太原市晋鼎商贸有限公司"_s;
    };

    // A code nobody registered.
    const QString unknown = core::UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0K3XQ9"_s);
    core::CaseRecord first = changeOf(unknown, registered, rename);
    QJsonObject answer = push(u"clerk01"_s, acceptance(first));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_unknown"_s);
    QVERIFY(!storedCase(first.id));

    // An entity of another authority (迎泽区), recorded as its licence would be.
    const QString yingze = core::UsccCode::compose(u'9', u'1', u"140106"_s, u"MA0K3XQ8"_s);
    {
        auto store = openStore();
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
    core::CaseRecord second = changeOf(yingze, registered, rename);
    answer = push(u"clerk01"_s, acceptance(second));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_unknown"_s);

    // A deregistered entity.
    const Result<bool> ended = exchange::LicenceAdmin::deregister(m_exchange.dir(), code, today());
    QVERIFY2(ended && ended.value(), ended ? "" : qPrintable(ended.error().message));
    core::CaseRecord third = changeOf(code, registered, rename);
    answer = push(u"clerk01"_s, acceptance(third));
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.subject_ended"_s);
}

void ExchangeEntityCasesTest::theRegisteredFormIsTheExchanges()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋盛商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    // The counter's copy lies: another capital and legal representative "as registered".
    core::CaseRecord change = changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    change.registered.capital += 10000;
    change.registered.legalRep.name = u"冒名"_s;
    change.materials = marked(core::ChangeRegistration::checklist(
        core::ChangeRegistration::changes(change.registered, change.form)));
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(change))), u"applied"_s);
    const auto stored = storedCase(change.id);
    QVERIFY(stored);
    QCOMPARE(stored->registered, registered.form);
    QCOMPARE(stored->subjectCode, code);
    QCOMPARE(stored->established, entityOf(code)->established);
}

void ExchangeEntityCasesTest::aCaseKeepsItsKind()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋达商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());

    // An establishment sent back for correction and accepted again, now said to be a change.
    core::CaseRecord record;
    QCOMPARE(statusOf(push(u"clerk01"_s, m_cases.accepted(record, u"clerk01"_s).toJson())), u"applied"_s);
    QVERIFY(taken(record));
    QJsonObject answer = acceptedAgain(record, [&code, &registered](QJsonObject &kase) {
        kase.insert(u"kind"_s, u"change"_s);
        kase.insert(u"subjectCode"_s, code);
        kase.insert(u"registered"_s, registered.form.toJson());
    });
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.kind_changed"_s);
    QCOMPARE(storedCase(record.id)->kind, core::CaseKind::Establishment);

    // A kind the exchange does not know is not taken for an establishment.
    core::CaseRecord merger;
    QJsonObject event = m_cases.accepted(merger, u"clerk01"_s).toJson();
    QJsonObject payload = event.value(u"payload").toObject();
    QJsonObject kase = payload.value(u"case").toObject();
    kase.insert(u"kind"_s, u"merger"_s);
    payload.insert(u"case"_s, kase);
    event.insert(u"payload"_s, payload);
    answer = push(u"clerk01"_s, event);
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"case.kind_unknown"_s);
    QVERIFY(!storedCase(merger.id));
}

void ExchangeEntityCasesTest::aGeneralDeregistrationEndsTheEntity()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋恒商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = deregistrationOf(code, registered, false);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(record))), u"applied"_s);
    QVERIFY(noticesOf(record.id).isEmpty()); // the general procedure has no notice
    // A second deregistration of the same entity, accepted at another time of the same day.
    core::CaseRecord twin = deregistrationOf(code, registered, false);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(twin))), u"applied"_s);
    QVERIFY(taken(record));
    QVERIFY(taken(twin));
    const QJsonObject answer = approval(record);
    QCOMPARE(statusOf(answer), u"applied"_s);

    const auto stored = storedCase(record.id);
    QVERIFY(stored);
    QCOMPARE(stored->state, core::CaseState::Published);
    const auto entity = entityOf(code);
    QVERIFY(entity);
    QCOMPARE(entity->status, core::RegisteredEntity::StatusDeregistered);
    QCOMPARE(entity->statusSince, today());
    const auto fed = fedEntity(code);
    QVERIFY(fed);
    QCOMPARE(fed->status, core::RegisteredEntity::StatusDeregistered);

    // The entity ended: the second is not approved (nor published as a deregistration of its own).
    const QJsonObject second = approval(twin);
    QCOMPARE(statusOf(second), u"rejected"_s);
    QCOMPARE(errorOf(second), u"case.subject_ended"_s);
    QCOMPARE(storedCase(twin.id)->state, core::CaseState::UnderReview);

    // Nothing more about it.
    core::CaseRecord change = changeOf(code, registered, [](core::OneForm &f) { f.termYears = 20; });
    const QJsonObject late = push(u"clerk01"_s, acceptance(change));
    QCOMPARE(statusOf(late), u"rejected"_s);
    QCOMPARE(errorOf(late), u"case.subject_ended"_s);
}

void ExchangeEntityCasesTest::aSimplifiedDeregistrationWaitsForItsNotice()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋利商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(record))), u"applied"_s);

    // The notice begins with the acceptance: 20 days from the exchange's day.
    QList<core::DeregistrationNotice> notices = noticesOf(record.id);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().code, code);
    QCOMPARE(notices.first().from, today());
    QCOMPARE(notices.first().until, today().addDays(19));
    const Fixture::Reply lookup =
        Fixture::call(m_exchange.sslWithoutClientCertificate(), "GET",
                      m_exchange.publicUrl(u"/licence/"_s + code + u"?format=json"_s));
    QCOMPARE(lookup.json.value(u"deregistrationNotice").toObject().value(u"until").toString(),
             today().addDays(19).toString(Qt::ISODate));

    QVERIFY(taken(record));
    QJsonObject answer = approval(record);
    QCOMPARE(statusOf(answer), u"rejected"_s);
    QCOMPARE(errorOf(answer), u"deregistration.notice_running"_s);

    // A creditor objects through the exchange's command.
    const auto [objected, output] =
        runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s, code, u"--by"_s,
                     u"山西某银行股份有限公司"_s, u"--text"_s, u"尚有未清偿贷款"_s});
    QVERIFY2(objected == 0, qPrintable(output));
    notices = noticesOf(record.id);
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.last().objections.size(), 1);
    QCOMPARE(notices.last().objections.first().by, u"山西某银行股份有限公司"_s);
    QCOMPARE(notices.last().objections.first().text, u"尚有未清偿贷款"_s);
    QCOMPARE(notices.last().until, today().addDays(19));

    // Sent back for correction and accepted again: the notice runs on as begun, with its objection.
    QCOMPARE(statusOf(acceptedAgain(record)), u"applied"_s);
    QCOMPARE(noticesOf(record.id).size(), 2);
    {
        auto store = openStore();
        QVERIFY(store);
        const auto kept = store->notices().byCase(record.id);
        QVERIFY(kept && kept.value());
        QCOMPARE(kept.value()->objections.size(), 1);
    }
    QVERIFY(taken(record));

    // Once the notice is over, the objection stands in the way.
    QVERIFY(endNotice(record.id));
    answer = approval(record);
    QCOMPARE(statusOf(answer), u"conflict"_s);
    QCOMPARE(errorOf(answer), u"deregistration.objected"_s);
    QCOMPARE(storedCase(record.id)->state, core::CaseState::UnderReview);
    QCOMPARE(entityOf(code)->status, core::RegisteredEntity::StatusRegistered);

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
    QCOMPARE(noticesOf(record.id).size(), 2);
}

void ExchangeEntityCasesTest::aSimplifiedDeregistrationWithoutObjection()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋宏商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord record = deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(record))), u"applied"_s);
    QVERIFY(taken(record));
    QVERIFY(endNotice(record.id));
    const QJsonObject answer = approval(record);
    QCOMPARE(statusOf(answer), u"applied"_s);
    QCOMPARE(storedCase(record.id)->state, core::CaseState::Published);
    QCOMPARE(entityOf(code)->status, core::RegisteredEntity::StatusDeregistered);
}

// Withdrawn before its decision: the notice closes (through the feed) and takes no more objections;
// the entity's next simplified deregistration has a notice of its own, which the objection reaches.
void ExchangeEntityCasesTest::aWithdrawnDeregistrationClosesItsNotice()
{
    core::CaseRecord registered;
    const QString code = licensedEntity(u"太原市晋安商贸有限公司"_s, &registered);
    QVERIFY(!code.isEmpty());
    core::CaseRecord first = deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(first))), u"applied"_s);
    QCOMPARE(
        statusOf(push(u"clerk01"_s, advance(first, core::CaseAction::Withdraw, u"clerk01"_s, u"撤回"_s))),
        u"applied"_s);
    const QList<core::DeregistrationNotice> closed = noticesOf(first.id);
    QCOMPARE(closed.size(), 2);
    QCOMPARE(closed.last().closedOn, today());
    const auto refused = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                      code, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(refused.first != 0, qPrintable(refused.second));

    core::CaseRecord second = deregistrationOf(code, registered, true);
    QCOMPARE(statusOf(push(u"clerk01"_s, acceptance(second))), u"applied"_s);
    const auto objected = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                       code, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(objected.first == 0, qPrintable(objected.second));
    QCOMPARE(noticesOf(second.id).last().objections.size(), 1);
    QCOMPARE(noticesOf(first.id).size(), 2);
}

QTEST_GUILESS_MAIN(ExchangeEntityCasesTest)
#include "test_exchange_entity_cases.moc"
