#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The exchange's scans (schema 7): each kept once by its SHA-256, as parts appended in order
// until the whole has arrived and was verified; and which cases name which scans, with their
// authority, which decides who may upload or download one. Statements only: the transactions
// are the caller's (AttachmentService, ExchangeStore::writeCase).
class ExchangeAttachmentStore
{
public:
    explicit ExchangeAttachmentStore(ExchangeDatabase &db) : m_db(db) {}

    struct State
    {
        qint64 size = 0;     // of the whole scan, as its first part declared
        qint64 received = 0; // bytes held, from the start
        bool complete = false;
    };
    Result<std::optional<State>> state(const QString &sha256);
    // The authorities of the cases that name the scan.
    Result<QStringList> authorities(const QString &sha256);
    // Records the scans `record` names now (its materials' attachments), replacing what it named
    // (a case stored just now named none: `replacing` false).
    Result<void> setReferences(const core::CaseRecord &record, bool replacing = true);

    // Starts a scan of `size` bytes (nothing held yet).
    Result<void> start(const QString &sha256, qint64 size);
    // Appends `part` where the held bytes end, if they still end at `offset`; false when another
    // request moved them first.
    Result<bool> append(const QString &sha256, qint64 offset, const QByteArray &part);
    Result<void> markComplete(const QString &sha256);
    // Forgets the scan and its parts (a whole that did not match its hash).
    Result<void> drop(const QString &sha256);
    // The held bytes, in order.
    Result<QByteArray> content(const QString &sha256);

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
