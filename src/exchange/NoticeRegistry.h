#pragma once

#include "core/Deregistration.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace ow::exchange {

class ExchangeStore;

// Objections to a simplified deregistration (简易注销公告异议), recorded at the exchange while its
// notice runs: the notice with its objections goes through the feed to every workstation of the
// authority, where the decision waits for it (core::Deregistration::checkDecision). In the
// caller's write transaction.
class NoticeRegistry
{
public:
    explicit NoticeRegistry(ExchangeStore &store) : m_store(store) {}

    // Records `by`'s objection `text` to the running notice of entity `code` at `at`; the notice as
    // it stands then. Errors: notice.unknown (no notice of the code), notice.over (it ended before
    // today), notice.objection_invalid (no name or text, over the limits, too many objections).
    Result<core::DeregistrationNotice> object(const QString &code, const QString &by, const QString &text,
                                              const QDateTime &at);

    // Records `notice` as it now stands and sends it through the feed to its authority's workstations.
    Result<void> record(const core::DeregistrationNotice &notice, const QDateTime &at);
    // The notice of case `record`, which ended before its decision, closed on the day of `at` (no
    // more objections); nothing when it has none or it is closed already.
    Result<void> close(const core::CaseRecord &record, const QDateTime &at);

private:
    ExchangeStore &m_store;
};

} // namespace ow::exchange
