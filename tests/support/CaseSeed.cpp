#include "CaseSeed.h"

#include "CaseForms.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"

#include <QSqlQuery>

namespace ow::test::seed {

core::OneForm form(int n)
{
    return forms::limitedCompany(n);
}

QList<core::MaterialItem> materials()
{
    return forms::completeMaterials();
}

core::Actor clerk(const QString &userId, const QString &workstation)
{
    return core::Actor{userId, core::Role::Clerk, workstation};
}

Result<Seeded> acceptedCases(const std::shared_ptr<storage::Database> &db, int count, int first,
                             const core::Actor &actor, bool fast,
                             const std::function<QString(int n)> &scanFor)
{
    if (fast) {
        QSqlQuery pragma(db->connection());
        (void)pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    storage::CaseStore cases(db, actor.workstation, QLatin1String(Division));
    const QDateTime start(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC);
    Seeded seeded;
    for (int i = 0; i < count; ++i) {
        const int n = first + i;
        core::CaseRecord record;
        record.form = form(n);
        record.materials = materials();
        core::TransitionRequest request;
        request.actor = actor;
        request.at = start.addDays(n / 5000).addSecs(n % 5000);
        request.action = core::CaseAction::SaveDraft;
        auto draft = cases.perform(record, request);
        if (!draft)
            return draft.error();
        core::CaseRecord toAccept = draft.value();
        if (const QString scan = scanFor ? scanFor(n) : QString(); !scan.isEmpty()) {
            auto hash = storage::AttachmentStore(db).add(scan, toAccept.id);
            if (!hash)
                return hash.error();
            toAccept.materials.first().attachments = {hash.value()};
        }
        request.action = core::CaseAction::Accept;
        auto accepted = cases.perform(toAccept, request);
        if (!accepted)
            return accepted.error();
        seeded.caseIds << accepted.value().id;
    }
    for (const core::DomainEvent &event : storage::OutboxStore(db).pending(count + 1000000))
        seeded.eventIds << event.id;
    if (fast) {
        QSqlQuery pragma(db->connection());
        (void)pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return seeded;
}

} // namespace ow::test::seed
