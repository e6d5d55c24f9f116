#pragma once

#include "core/Deregistration.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

// The public notices of simplified deregistrations (core::DeregistrationNotice) of this counter's
// authority as the exchange sent them last, objections included: what the case's header shows and
// what its decision waits for. Filled by the feed's "notice" changes.
class NoticeCache
{
public:
    explicit NoticeCache(std::shared_ptr<Database> db);

    // In the caller's transaction on `db` (a page of the change feed), over what was stored of it.
    static ow::Result<void> store(QSqlDatabase &db, const core::DeregistrationNotice &notice);

    // The notice of case `caseId`, or none (not begun, or not synced yet).
    std::optional<core::DeregistrationNotice> forCase(const QString &caseId) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
