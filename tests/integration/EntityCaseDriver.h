#pragma once

// What the tests of cases about a registered entity need of the exchange (test_exchange_entity_cases,
// test_exchange_department_changes): an establishment licensed under a chosen name, a change or a
// deregistration of it accepted, taken, approved and licensed by clerk01 (W01) and super01 (W02) over
// loopback TLS, and what the exchange then holds: the stored case and entity, the feed's notices and
// licences, a notice made to have ended.
#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/Deregistration.h"
#include "core/RegisteredEntity.h"
#include "exchange/ExchangeStore.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ow::test {

// The answer's "status" ("applied", "rejected" …) and its error's code.
QString statusOf(const QJsonObject &answer);
QString errorOf(const QJsonObject &answer);

class EntityCaseDriver
{
public:
    EntityCaseDriver(ExchangeFixture &exchange, quint32 seed) : m_exchange(exchange), m_cases(seed) {}

    // Signs in clerk01 at W01 and super01 at W02.
    bool signIn();
    const QString &clerkToken() const { return m_clerk; }
    CounterCases &cases() { return m_cases; }

    // The registry's day, as the exchange dates what it records (core::isotime::chinaDate).
    static QDate today();
    static QList<core::MaterialItem> marked(QList<core::MaterialItem> items);

    std::unique_ptr<exchange::ExchangeStore> openStore() const;
    std::optional<core::RegisteredEntity> entityOf(const QString &code) const;
    std::optional<core::CaseRecord> storedCase(const QString &id) const;

    // The next event of `view` by `user` (updated in place); for an approval, with the notice the
    // counter believes over (the exchange decides by its own).
    static QJsonObject advance(core::CaseRecord &view, core::CaseAction action, const QString &user,
                               const QString &reason = {});
    // `event` pushed by clerk01 at W01, or by super01 at W02 when `user` is a supervisor: the answer.
    QJsonObject push(const QString &user, const QJsonObject &event);
    // `record` (a draft not stored yet) saved and accepted by clerk01: the acceptance's event.
    QJsonObject acceptance(core::CaseRecord &record);
    // `record`, stored under review, sent back for correction by super01, resumed and accepted again
    // by clerk01 (with the payload's case edited by `edit`, when given): the answer to the acceptance.
    QJsonObject acceptedAgain(core::CaseRecord &record, const std::function<void(QJsonObject &)> &edit = {});
    // Taken for review by super01 (whom the acceptance by clerk01 leaves free to decide).
    bool taken(core::CaseRecord &record);
    // The answer to super01's approval of `reviewing` (left as it is: the approval may be tried again).
    QJsonObject approval(const core::CaseRecord &reviewing, core::CaseRecord *approved = nullptr);
    // An establishment named `name` (its form edited by `edit`, when given) accepted, approved, and its
    // licensing pushed: the answer to that.
    QJsonObject licensing(const QString &name, core::CaseRecord &record,
                          const std::function<void(core::OneForm &)> &edit = {});
    // An establishment named `name` licensed: its code, and its case as stored.
    QString licensedEntity(const QString &name, core::CaseRecord *registered = nullptr,
                           const std::function<void(core::OneForm &)> &edit = {});
    // `record` (a change) accepted, taken, approved and its new licence issued: whether all applied.
    bool changeLicensed(core::CaseRecord &record);

    // A change of the entity `code`, registered as `registered` (the counter's copy), edited by `edit`.
    static core::CaseRecord changeOf(const QString &code, const core::CaseRecord &registered,
                                     const std::function<void(core::OneForm &)> &edit);
    static core::CaseRecord deregistrationOf(const QString &code, const core::CaseRecord &registered,
                                             bool simplified);

    // The notices of `caseId` in W01's feed, in order.
    QList<core::DeregistrationNotice> noticesOf(const QString &caseId) const;
    // The last licence change of `code` in W01's feed.
    std::optional<core::RegisteredEntity> fedEntity(const QString &code) const;
    // The notice of `caseId` made to have ended yesterday. Time cannot be provoked through the
    // exchange (its clock decides, 20 days), so this writes the stored notice directly.
    bool endNotice(const QString &caseId) const;

private:
    ExchangeFixture &m_exchange;
    CounterCases m_cases;
    QString m_clerk; // clerk01 on W01 (140105)
    QString m_super; // super01 on W02 (140105)
};

} // namespace ow::test
