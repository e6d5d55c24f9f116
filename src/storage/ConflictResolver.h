#pragma once

#include "AuditJournal.h"
#include "ConflictStore.h"
#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/DomainEvent.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace ow::storage {

class CaseStore;
class Database;

// What a supervisor decided about a conflict.
enum class ConflictChoice
{
    KeepExchange,  // the exchange's version replaces this counter's; its unsent changes are dropped
    SendOursAgain, // this counter's changes are queued again on top of the exchange's version
    MarkResolved,  // dealt with outside (e.g. re-entered by hand); neither case changes
};

// Carries out a supervisor's decision about a conflict in one transaction: the case, the outbox,
// the audit journal (what was dropped or queued again, with the note) and the conflict's
// resolution change together or not at all.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)
public:
    ConflictResolver(std::shared_ptr<Database> db, const CaseStore &cases);

    // Whether the choice makes sense for this conflict (the view offers only these).
    static bool canKeepExchange(const SyncConflict &conflict);
    static bool canSendOursAgain(const SyncConflict &conflict);
    // The resolution as stored: "<choice key>: <note>".
    static QString resolutionText(ConflictChoice choice, const QString &note);
    static std::optional<ConflictChoice> choiceOf(const QString &resolution);

    // Carries out `choice` by `by`, who must be allowed to (core::CaseWorkflow::mayResolveConflicts):
    // anyone else is refused with `conflict.role` and nothing changes.
    ow::Result<void> resolve(qint64 conflictId, ConflictChoice choice, const core::Actor &by,
                             const QString &note, const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    // What the decision works on: the exchange's version, this counter's unsent events for the
    // case (oldest first) and its stored version (none when the case is not here).
    struct Sides
    {
        core::CaseRecord remote;
        QList<core::DomainEvent> pending;
        std::optional<int> localVersion;
    };
    ow::Result<Sides> sides(QSqlDatabase &db, const SyncConflict &conflict) const;
    AuditEntry auditEntry(const SyncConflict &conflict, const QString &action, const QString &userId,
                          const QString &note, const QDateTime &at) const;
    ow::Result<void> keepExchange(QSqlDatabase &db, const SyncConflict &conflict, const Sides &read,
                                  const QString &userId, const QString &note, const QDateTime &at);
    ow::Result<void> sendOursAgain(QSqlDatabase &db, const SyncConflict &conflict, const Sides &read,
                                   const QString &userId, const QString &note, const QDateTime &at);

    std::shared_ptr<Database> m_db;
    const CaseStore &m_cases;
};

} // namespace ow::storage
