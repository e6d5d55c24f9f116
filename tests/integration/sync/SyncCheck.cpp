#include "SyncCheck.h"

#include "exchange/ExchangePaths.h"
#include "exchange/ExchangeStore.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/ConflictStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"

namespace ow::test {

ExchangeView readExchange(const ExchangeFixture &fixture, const QStringList &eventIds,
                          const QString &connection)
{
    ExchangeView view;
    auto store = exchange::ExchangeStore::open(exchange::ExchangePaths(fixture.dir()).database(), connection);
    if (!store) {
        view.error = store.error().message;
        return view;
    }
    exchange::ExchangeStore &s = *store.value();
    auto applied = s.cases().appliedCount();
    if (!applied) {
        view.error = applied.error().message;
        return view;
    }
    view.appliedCount = applied.value();
    for (const QString &id : eventIds) {
        auto answer = s.cases().appliedResult(id);
        if (!answer || !answer.value().has_value())
            view.missingEvents << id;
    }
    qint64 after = 0;
    for (;;) {
        auto page = s.feed().after(after, 500);
        if (!page) {
            view.error = page.error().message;
            return view;
        }
        if (page.value().isEmpty())
            break;
        for (const exchange::ChangeRecord &change : page.value()) {
            view.caseChanges[change.caseId] += 1;
            after = change.seq;
        }
    }
    view.lastSeq = after;
    for (auto it = view.caseChanges.cbegin(); it != view.caseChanges.cend(); ++it) {
        auto record = s.cases().byId(it.key());
        if (record && record.value())
            view.caseVersions.insert(it.key(), record.value()->version);
    }
    view.ok = true;
    return view;
}

QString checkClient(const std::shared_ptr<storage::Database> &db, const ExchangeView &exchange)
{
    if (const int unsent = storage::OutboxStore(db).count(); unsent != 0)
        return QStringLiteral("%1 events still in the outbox").arg(unsent);
    if (const auto conflicts = storage::ConflictStore(db).list(false); !conflicts.isEmpty())
        return QStringLiteral("%1 conflicts recorded, the first: %2 %3")
            .arg(conflicts.size())
            .arg(conflicts.first().errorCode, conflicts.first().errorMessage);
    if (auto verified = storage::AuditJournal(db).verify(); !verified)
        return QStringLiteral("audit chain: ") + verified.error().message;
    if (const qint64 cursor = storage::SyncStateStore(db).cursor(); cursor != exchange.lastSeq)
        return QStringLiteral("feed cursor %1, the exchange's last seq %2").arg(cursor).arg(exchange.lastSeq);
    storage::CaseStore cases(db, QStringLiteral("W01"), QStringLiteral("140105"));
    for (auto it = exchange.caseVersions.cbegin(); it != exchange.caseVersions.cend(); ++it) {
        const auto local = cases.find(it.key());
        if (!local)
            return QStringLiteral("case %1 of the exchange is not in the cache").arg(it.key());
        if (local->version != it.value())
            return QStringLiteral("case %1: version %2 here, %3 at the exchange")
                .arg(it.key())
                .arg(local->version)
                .arg(it.value());
    }
    return {};
}

} // namespace ow::test
