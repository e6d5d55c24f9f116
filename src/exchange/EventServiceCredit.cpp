// EventService: the credit lists at the exchange (一处违法、处处受限). An acceptance or approval is
// checked against the exchange's lists as they are when the event arrives, by the same rules as at
// the counter (core::CreditCheck through core::CaseWorkflow), so one made against an older copy of
// the lists (offline, or before a sync) becomes a conflict for a supervisor, never a silent pass.
#include "EventService.h"
#include "ExchangeLog.h"

#include <QSet>

namespace ow::exchange {

Result<core::CreditReport> EventService::creditReport(const core::CaseRecord &record, const QDateTime &at)
{
    const QList<core::CreditParty> parties = core::CreditCheck::partiesOf(record.form);
    QSet<QString> subjects;
    for (const core::CreditParty &party : parties) {
        subjects.insert(party.subject);
    }
    // One statement for the form's parties, then each party's entries from what it found.
    const auto found = m_store.creditLists().bySubjects(QStringList(subjects.begin(), subjects.end()));
    if (!found) {
        return found.error();
    }
    const QList<core::CreditEntry> &entries = found.value();
    const core::CreditLookup lookup = [&entries](core::CreditSubjectKind kind, const QString &subject) {
        QList<core::CreditEntry> matching;
        for (const core::CreditEntry &entry : entries) {
            if (entry.subjectKind == kind && entry.subject == subject) {
                matching.append(entry);
            }
        }
        return matching;
    };
    return core::CreditCheck::check(parties, lookup, api::registryDay(at));
}

} // namespace ow::exchange
