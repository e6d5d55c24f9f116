#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

struct AuditEntry
{
    qint64 sequence = 0;
    QString caseId;
    QString action; // e.g. "case.accepted"
    QString actor;
    QString workstation;
    QDateTime at; // device time, UTC
    QString reason;
    QJsonObject detail;
    QString previousHash; // hex SHA-256 of the previous entry ("" for the first)
    QString hash;         // hex SHA-256 over previousHash and this entry's canonical content
};

// Append-only, hash-chained journal: a changed or removed entry is detectable.
// hash = SHA-256(previousHash + canonical JSON of the entry), where the canonical JSON is the
// compact QJsonDocument (keys sorted) of sequence, caseId, action, actor, workstation, at (ISO 8601
// UTC with milliseconds), reason and detail. The head (last sequence and hash) is kept in the
// meta table in the same transaction, so removing the last entries is detected too.
class AuditJournal
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)
public:
    explicit AuditJournal(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`; fills sequence and hashes.
    static ow::Result<void> append(QSqlDatabase &connection, AuditEntry entry);

    QList<AuditEntry> forCase(const QString &caseId) const;
    int count() const;
    // Ok, or "audit.broken" naming the first entry whose hash does not match.
    ow::Result<void> verify() const;

    static QByteArray canonicalJson(const AuditEntry &entry);
    static QString computeHash(const QString &previousHash, const AuditEntry &entry);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
