#pragma once

// A case's rows in the counter's cache: the case itself (its form and materials checklist as JSON
// in the row) and its search entry, written and read together by CaseStore (its local actions and
// the exchange's versions alike). Internal to ow_storage.

#include "RemoteCase.h"
#include "SearchIndex.h"
#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace ow::storage::caserows {

// The case as stored, or nothing when there is no such case.
std::optional<core::CaseRecord> load(QSqlDatabase &db, const QString &caseId);
// The stored version of the case, or nothing when there is no such case.
Result<std::optional<int>> storedVersion(QSqlDatabase &db, const QString &caseId);
// The case row with its form and materials, inserted (previousVersion 0) or updated; `authority`
// when its form names none.
Result<void> writeCase(QSqlDatabase &db, const core::CaseRecord &record, int previousVersion,
                       const QString &authority);
// The same with the row's texts made beforehand.
Result<void> writeCase(QSqlDatabase &db, const RemoteCase &remote, int previousVersion,
                       const QString &authority);
// Its entry in the search index (name, legal representative, receipt number), and storing it.
SearchEntry searchEntryOf(const core::CaseRecord &record);
Result<void> indexCase(QSqlDatabase &db, const core::CaseRecord &record);

} // namespace ow::storage::caserows
