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

} // namespace ow::test
