#pragma once

#include "core/CreditCheck.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ow::storage {

class Database;

// The credit lists (DOMAIN §7) as this counter last synced them: every entry, in force or not, so
// the one form's parties are checked as they are typed, offline too (core::CreditCheck).
class CreditListCache
{
    Q_DECLARE_TR_FUNCTIONS(CreditListCache)
public:
    explicit CreditListCache(std::shared_ptr<Database> db);

    // In the caller's transaction on `db` (a page of the change feed): the entry as the exchange
    // sent it last, over what was stored of it.
    static ow::Result<void> store(QSqlDatabase &db, const QList<core::CreditEntry> &entries);
    // The same in a transaction of its own.
    ow::Result<void> upsert(const QList<core::CreditEntry> &entries);

    QList<core::CreditEntry> entriesFor(core::CreditSubjectKind kind, const QString &subject) const;
    int count() const;
    // The lookup core::CreditCheck takes.
    core::CreditLookup lookup() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
