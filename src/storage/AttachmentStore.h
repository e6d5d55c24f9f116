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

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
