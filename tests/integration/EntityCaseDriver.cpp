#include "EntityCaseDriver.h"

#include "core/ChangeRegistration.h"
#include "core/IsoTime.h"

using namespace Qt::StringLiterals;

namespace ow::test {

QString statusOf(const QJsonObject &answer)
{
    return answer.value(u"status").toString();
}

QString errorOf(const QJsonObject &answer)
{
    return answer.value(u"error").toObject().value(u"code").toString();
}

bool EntityCaseDriver::signIn()
{
    m_clerk = m_exchange.signIn(u"W01"_s, u"clerk01"_s);
    m_super = m_exchange.signIn(u"W02"_s, u"super01"_s);
    return !m_clerk.isEmpty() && !m_super.isEmpty();
}

QDate EntityCaseDriver::today()
{
    // The registry's day (China's), as the exchange dates what it records: from 16:00 UTC it is
    // already the next day's.
    return core::isotime::chinaDate(QDateTime::currentDateTimeUtc());
}

QList<core::MaterialItem> EntityCaseDriver::marked(QList<core::MaterialItem> items)
{
    for (core::MaterialItem &m : items)
        m.status = core::MaterialStatus::OriginalSeen;
    return items;
}

std::unique_ptr<exchange::ExchangeStore> EntityCaseDriver::openStore() const
{
    auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"entity-cases-reader"_s);
    return store ? std::move(store).value() : nullptr;
}

std::optional<core::RegisteredEntity> EntityCaseDriver::entityOf(const QString &code) const
{
    auto store = openStore();
    if (!store)
        return std::nullopt;
    const auto stored = store->licences().byCode(code);
    if (!stored || !stored.value())
        return std::nullopt;
    return stored.value()->entity;
}

std::optional<core::CaseRecord> EntityCaseDriver::storedCase(const QString &id) const
{
    auto store = openStore();
    if (!store)
        return std::nullopt;
    const auto stored = store->cases().byId(id);
    return stored ? stored.value() : std::nullopt;
}

QJsonObject EntityCaseDriver::advance(core::CaseRecord &view, core::CaseAction action, const QString &user,
                                      const QString &reason)
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

QJsonObject EntityCaseDriver::push(const QString &user, const QJsonObject &event)
{
    return user.startsWith(u"super") ? m_exchange.pushOne(u"W02"_s, m_super, event)
                                     : m_exchange.pushOne(u"W01"_s, m_clerk, event);
}

QJsonObject EntityCaseDriver::acceptance(core::CaseRecord &record)
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

QJsonObject EntityCaseDriver::acceptedAgain(core::CaseRecord &record,
                                            const std::function<void(QJsonObject &)> &edit)
{
    const QJsonObject corrected =
        push(u"super01"_s, advance(record, core::CaseAction::RequestCorrection, u"super01"_s, u"补正材料"_s));
    const QJsonObject resumed = push(u"clerk01"_s, advance(record, core::CaseAction::Resume, u"clerk01"_s));
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

bool EntityCaseDriver::taken(core::CaseRecord &record)
{
    const QJsonObject answer =
        push(u"super01"_s, advance(record, core::CaseAction::TakeForReview, u"super01"_s));
    if (statusOf(answer) != u"applied")
        qWarning() << answer;
    return statusOf(answer) == u"applied";
}

QJsonObject EntityCaseDriver::approval(const core::CaseRecord &reviewing, core::CaseRecord *approved)
{
    core::CaseRecord view = reviewing;
    const QJsonObject answer =
        push(u"super01"_s, advance(view, core::CaseAction::Approve, u"super01"_s, u"材料齐全"_s));
    if (approved)
        *approved = view;
    return answer;
}

QJsonObject EntityCaseDriver::licensing(const QString &name, core::CaseRecord &record,
                                        const std::function<void(core::OneForm &)> &edit)
{
    core::DomainEvent accepted =
        m_cases.accepted(record, u"clerk01"_s, u"W01"_s, {}, [&name, &edit](core::OneForm &f) {
            f.proposedName = name;
            if (edit)
                edit(f);
        });
    if (statusOf(push(u"clerk01"_s, accepted.toJson())) != u"applied" || !taken(record))
        return {};
    core::CaseRecord approved;
    if (statusOf(approval(record, &approved)) != u"applied")
        return {};
    return push(u"clerk01"_s, advance(approved, core::CaseAction::IssueLicence, u"clerk01"_s));
}

QString EntityCaseDriver::licensedEntity(const QString &name, core::CaseRecord *registered,
                                         const std::function<void(core::OneForm &)> &edit)
{
    core::CaseRecord record;
    const QJsonObject licensed = licensing(name, record, edit);
    if (statusOf(licensed) != u"applied") {
        qWarning() << licensed;
        return {};
    }
    const auto stored = storedCase(record.id);
    if (registered && stored)
        *registered = *stored;
    return stored ? stored->creditCode : QString();
}

bool EntityCaseDriver::changeLicensed(core::CaseRecord &record)
{
    if (statusOf(push(u"clerk01"_s, acceptance(record))) != u"applied" || !taken(record))
        return false;
    core::CaseRecord approved;
    if (statusOf(approval(record, &approved)) != u"applied")
        return false;
    record = approved;
    return statusOf(push(u"clerk01"_s, advance(record, core::CaseAction::IssueLicence, u"clerk01"_s))) ==
           u"applied";
}

core::CaseRecord EntityCaseDriver::changeOf(const QString &code, const core::CaseRecord &registered,
                                            const std::function<void(core::OneForm &)> &edit)
{
    core::CaseRecord record = core::ChangeRegistration::start(code, registered.form, QDate(2026, 1, 5));
    edit(record.form);
    record.materials = marked(core::ChangeRegistration::checklist(
        core::ChangeRegistration::changes(record.registered, record.form)));
    return record;
}

core::CaseRecord EntityCaseDriver::deregistrationOf(const QString &code, const core::CaseRecord &registered,
                                                    bool simplified)
{
    core::CaseRecord record = core::Deregistration::start(code, registered.form, simplified);
    record.materials = marked(record.materials);
    return record;
}

QList<core::DeregistrationNotice> EntityCaseDriver::noticesOf(const QString &caseId) const
{
    QList<core::DeregistrationNotice> notices;
    for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_clerk, "notice"_L1)) {
        const auto notice = core::DeregistrationNotice::fromJson(json);
        if (notice && notice->caseId == caseId)
            notices.append(*notice);
    }
    return notices;
}

std::optional<core::RegisteredEntity> EntityCaseDriver::fedEntity(const QString &code) const
{
    std::optional<core::RegisteredEntity> last;
    for (const QJsonObject &json : m_exchange.feedOf(u"W01"_s, m_clerk, "licence"_L1)) {
        const auto entity = core::RegisteredEntity::fromJson(json);
        if (entity && entity->code == code)
            last = *entity;
    }
    return last;
}

bool EntityCaseDriver::endNotice(const QString &caseId) const
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

} // namespace ow::test
