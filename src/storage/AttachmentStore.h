#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

// Scanned materials stored once by SHA-256 under the database's attachments directory.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)
public:
    explicit AttachmentStore(std::shared_ptr<Database> db);

    // Copies the file in (atomically: temp file, fsync, rename) and records it; returns its hash.
    ow::Result<QString> add(const QString &filePath, const QString &caseId);
    QString pathFor(const QString &sha256) const; // empty if unknown
    QString originalName(const QString &sha256) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
