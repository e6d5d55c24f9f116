#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow::storage {

class Database;

// Scanned materials stored once by SHA-256 under the database's attachments directory
// (<dir>/<first two hex digits>/<sha256>), one row per case that uses a file.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    explicit AttachmentStore(std::shared_ptr<Database> db);

    // Copies the file in (atomically: temp file, fsync, rename) and records it; returns its hash.
    // The same content is stored once however often it is added.
    ow::Result<QString> add(const QString &filePath, const QString &caseId);
    QString pathFor(const QString &sha256) const; // empty if unknown
    QString originalName(const QString &sha256) const;
    QStringList forCase(const QString &caseId) const; // hashes, in the order added

    // Keeps `bytes` (a scan from the exchange) under their hash for `caseId`, as add() keeps a
    // file, and records them as held by the exchange; fails when they do not have `sha256`.
    ow::Result<QString> addBytes(const QByteArray &bytes, const QString &sha256, const QString &caseId);

    // Scans the exchange holds whole (schema 8): uploaded from here and acknowledged, or
    // downloaded from it.
    struct Pending
    {
        QString sha256;
        qint64 size = 0;
    };
    // The stored scans the exchange does not hold yet, oldest first.
    QList<Pending> notAtExchange() const;
    ow::Result<void> markAtExchange(const QString &sha256);
    bool isAtExchange(const QString &sha256) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
