#pragma once

#include "core/CreditList.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeStore;

// The administrator's side of the credit lists (`onewindow-exchange credit …`): importing entries
// from a CSV file with a report of every row refused and why, removing an entry (a dated event, the
// entry kept), and listing them. Every entry written reaches the province's counters through the
// change feed ("list" changes).
class CreditListAdmin
{
public:
    // The columns of an import, in any order after a header row; removed_on and removal_reason
    // may be left out.
    static const QStringList &importColumns();
    static constexpr int MaxImportRows = 1'000'000;

    struct ImportReport
    {
        int rows = 0;
        int added = 0;
        int removed = 0;   // rows that removed an entry imported before (the same row with its removal)
        int unchanged = 0; // rows already imported as they are
        QList<std::pair<int, QString>> rejected; // line, why
    };
    // Imports `csv` for registration authority `authority` (whose province's counters get it),
    // recorded by `by`. Each row's entry id is derived from its list, subject, date and basis, so
    // importing a file again adds nothing twice. Rows are checked by core::CreditList::problem; the
    // good ones are written in one transaction (none when `dryRun`). admin.invalid when the file is
    // not CSV, misses a column or has too many rows.
    static Result<ImportReport> importCsv(const QString &dir, const QByteArray &csv, const QString &authority,
                                          const QString &by, bool dryRun = false);
    // The same on an open store, in its own transaction.
    static Result<ImportReport> importCsv(ExchangeStore &store, const QByteArray &csv,
                                          const QString &authority, const QString &by, bool dryRun = false);
    static QString reportText(const ImportReport &report, bool dryRun);

    // Records `entry` (id, recordedAt and authorityCode filled in) with its "list" change.
    static Result<core::CreditEntry> add(ExchangeStore &store, core::CreditEntry entry,
                                         const QString &authority);
    // Removes entry `id` on `on` for `why` (core::CreditList::removalProblem), with its change.
    static Result<core::CreditEntry> remove(const QString &dir, const QString &id, const QDate &on,
                                            const QString &why, const QString &by);
    // The same in the caller's transaction on an open store, at `at` (the exchange's clock).
    static Result<core::CreditEntry> removeEntry(ExchangeStore &store, const QString &id, const QDate &on,
                                                 const QString &why, const QString &by, const QDateTime &at);
    static Result<QList<core::CreditEntry>>
    entries(const QString &dir, std::optional<core::CreditListKind> list, const QDate &inForceOn);
    // Entries as aligned text or CSV (the import's columns, then id and recorded_at).
    static QString entriesText(const QList<core::CreditEntry> &entries, bool asCsv);
};

} // namespace ow::exchange
