#pragma once

#include "AuditJournal.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

enum class ConflictKind
{
    PushConflict, // the exchange answered "conflict": the case moved on elsewhere
    PushRejected, // the exchange answered "rejected": rules, role or actor
    PullConflict, // a newer version arrived while this counter still has unsent events for the case
};

// One thing the sync engine could not settle by itself, with both sides. Never dropped: it stays
// until a person resolves it.
struct SyncConflict
{
    qint64 id = 0;
    QString caseId;
    ConflictKind kind = ConflictKind::PushConflict;
    QString eventId;        // the local event (push), or "" (pull)
    QJsonObject localEvent; // DomainEvent::toJson(), or {}
    QJsonObject localCase;  // CaseRecord::toJson() of the local case when recorded, or {}
    QJsonObject remoteCase; // the exchange's CaseRecord, or {}
    QString errorCode;      // e.g. "case.stale", "workflow.role"
    QString errorMessage;   // as the exchange said it
    QString requestId;      // X-Request-Id of the exchange's answer
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
    QString resolution;

    bool isOpen() const { return !resolvedAt.isValid(); }
};

class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(ConflictStore)
public:
    explicit ConflictStore(std::shared_ptr<Database> db);

    static QString kindKey(ConflictKind kind);
    static ConflictKind kindFromKey(const QString &key);

    // Inside an open transaction on `connection`.
    static ow::Result<qint64> record(QSqlDatabase &connection, const SyncConflict &conflict);

    // One transaction: removes the acknowledged events from the outbox, moves the events of
    // `conflicts` from the outbox into the conflicts table, and appends `notes` to the audit journal
    // (what the exchange said of an applied event that the counter must act on: a licence rebased).
    ow::Result<void> settlePush(const QStringList &acknowledged, const QList<SyncConflict> &conflicts,
                                const QList<AuditEntry> &notes = {});

    // Inside an open transaction on `connection`: one conflict; and recording its resolution
    // (fails with storage.not_found when it is not open any more).
    static ow::Result<std::optional<SyncConflict>> find(QSqlDatabase &connection, qint64 id);
    static ow::Result<void> markResolved(QSqlDatabase &connection, qint64 id, const QString &userId,
                                         const QString &resolution, const QDateTime &at);

    QList<SyncConflict> list(bool openOnly = true, int limit = 500) const;
    int openCount() const;
    int openCountFor(const QString &caseId) const; // open conflicts of one case; -1 on error
    ow::Result<void> resolve(qint64 id, const QString &userId, const QString &resolution,
                             const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    ow::Result<void> settle(const QStringList &acknowledged, const QList<SyncConflict> &conflicts,
                            const QList<AuditEntry> &notes);

    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
