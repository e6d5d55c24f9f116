#include "CounterCases.h"

#include "core/CaseWorkflow.h"
#include "core/ReceiptNumber.h"
#include "exchange/DemoApplications.h"

namespace ow::test {

QString CounterCases::nextReceipt(const QString &workstation)
{
    return core::ReceiptNumber{QStringLiteral("140105"), QDate::currentDate(), workstation, ++m_receipts}
        .toString();
}

core::DomainEvent CounterCases::accepted(core::CaseRecord &record, const QString &clerk,
                                         const QString &workstation, const QString &receipt,
                                         const std::function<void(core::OneForm &)> &edit)
{
    record = core::CaseRecord{};
    record.form = exchange::DemoApplications::form(m_random);
    if (edit)
        edit(record.form);
    record.materials = exchange::DemoApplications::materials(record.form);
    core::TransitionRequest request;
    request.actor = {clerk, core::Role::Clerk, workstation};
    request.action = core::CaseAction::SaveDraft;
    request.at = QDateTime::currentDateTimeUtc();
    (void)core::CaseWorkflow::apply(record, request);
    request.action = core::CaseAction::Accept;
    request.receiptNumber = receipt.isEmpty() ? nextReceipt(workstation) : receipt;
    const auto accepted = core::CaseWorkflow::apply(record, request);
    return accepted ? accepted.value() : core::DomainEvent{};
}

QJsonObject CounterCases::advance(core::CaseRecord &view, core::CaseAction action, const QString &user,
                                  core::Role role, const QString &workstation, const QString &reason)
{
    core::TransitionRequest request;
    request.actor = {user, role, workstation};
    request.action = action;
    request.reason = reason;
    request.at = QDateTime::currentDateTimeUtc();
    const auto event = core::CaseWorkflow::apply(view, request);
    return event ? event.value().toJson() : QJsonObject{};
}

} // namespace ow::test
