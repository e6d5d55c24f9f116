#pragma once

// Cases for the sync tests and the benchmark: valid one forms and accepted cases stored through
// CaseStore::perform, so each leaves exactly one outbox event the exchange accepts.

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/Result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>

namespace ow::storage {
class Database;
}

namespace ow::test::seed {

// The authority and domicile division of every seeded form.
inline constexpr const char *Division = "140105";

// A limited company's one form that passes OneFormValidator; `n` varies names and numbers.
core::OneForm form(int n);
QList<core::MaterialItem> materials();
core::Actor clerk(const QString &userId = QStringLiteral("clerk01"),
                  const QString &workstation = QStringLiteral("W01"));

struct Seeded
{
    QStringList caseIds;
    QStringList eventIds; // the outbox events, oldest first
};

// Stores `count` cases (draft, then accepted by `actor`) in `db`: one outbox event each. The
// acceptance days start at 2026-11-26 and move on every 5,000 cases (receipt numbers are per day).
// `fast` lowers this connection's synchronous setting for the bulk insert (benchmark set-up).
// `scanFor`, when given, names a file for case `n` (empty: none): kept in the cache's
// AttachmentStore and named by the case's first material, as a clerk attaches a scan before accepting.
Result<Seeded> acceptedCases(const std::shared_ptr<storage::Database> &db, int count, int first = 0,
                             const core::Actor &actor = clerk(), bool fast = false,
                             const std::function<QString(int n)> &scanFor = {});

} // namespace ow::test::seed
