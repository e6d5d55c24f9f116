#pragma once

#include "EnterpriseDirectory.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The enterprise cache's rows as EnterpriseDirectory and DirectorySnapshot write them (internal to
// ow_storage).
namespace ow::storage::enterprise_rows {

// The records with their codes trimmed and in upper case; "storage.invalid" for one without a code.
ow::Result<QList<EnterpriseRecord>> normalised(const QList<EnterpriseRecord> &records);
// Inside the caller's transaction: `records` (normalised) inserted into or replacing theirs in
// `table` (enterprises, or directory_staging with the same columns).
ow::Result<void> store(QSqlDatabase &db, const QList<EnterpriseRecord> &records, const QString &table);
// Inside the caller's transaction: every row of `from` (a table with the same columns) inserted into
// or replacing theirs in enterprises, in one statement.
ow::Result<void> storeFrom(QSqlDatabase &db, const QString &from);
// Inside the caller's transaction: the former names of the records that carry them, replacing what
// was kept for each.
ow::Result<void> storeFormerNames(QSqlDatabase &db, const QList<EnterpriseRecord> &records);

} // namespace ow::storage::enterprise_rows
