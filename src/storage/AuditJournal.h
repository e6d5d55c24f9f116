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
class AuditJournal
{
    Q_DECLARE_TR_FUNCTIONS(AuditJournal)
public:
    explicit AuditJournal(std::shared_ptr<Database> db);

    // Inside an open transaction on `connection`; fills sequence and hashes.
    static ow::Result<void> append(QSqlDatabase &connection, AuditEntry entry);

    QList<AuditEntry> forCase(const QString &caseId) const;
    // Ok, or "audit.broken" naming the first entry whose hash does not match.
    ow::Result<void> verify() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
