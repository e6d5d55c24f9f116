#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// Numbered blank stock of business licences (DOMAIN §6): the sheets an authority receives in
// numbered batches, one paper per copy (正本 A3, 副本 A4), each of whose uses is accounted for.
enum class SheetCopy
{
    Original,  // 正本
    Duplicate, // 副本
};

// What happened to one sheet. A printed or reprinted sheet carries a licence; a voided one is
// spoilt (jammed, misprinted, damaged) and kept aside. A reprint is the new sheet of a licence whose
// earlier sheet was voided; it needs a reason as a void does.
enum class SheetUseKind
{
    Printed,
    Voided,
    Reprinted,
};

// A batch of blank stock delivered to a registration authority: serials from..to of one copy's paper.
struct StockBatch
{
    QString id;
    QString authority; // core::Authority
    SheetCopy copy = SheetCopy::Original;
    quint64 first = 0;
    quint64 last = 0;
    QDateTime registeredAt;

    bool contains(quint64 serial) const { return serial >= first && serial <= last; }
    quint64 size() const { return last >= first ? last - first + 1 : 0; }
};

// One entry of the ledger: a sheet's use for a case, by whom, when and why. Append-only; its id (a
// UUID chosen when it is written) makes a resend harmless.
struct SheetUse
{
    QString id;
    QString caseId;
    SheetCopy copy = SheetCopy::Original;
    quint64 serial = 0;
    SheetUseKind kind = SheetUseKind::Printed;
    QString reason;
    QString actor;
    QString workstation;
    QDateTime at;
    QString creditCode; // the licence's, as the exchange knows it (filled in by the exchange)
    QString batch;      // the batch holding the serial (filled in by the exchange)
};

// One sheet of a batch as an office accounts for it: unused, printed or reprinted for a case, or
// voided with its reason (a printed sheet voided later keeps the case it was printed for).
struct SheetAccount
{
    quint64 serial = 0;
    QString state; // "unused", "printed", "reprinted", "voided"
    QString caseId;
    QString creditCode;
    QString actor;
    QString workstation;
    QDateTime at;
    QString reason;
};

// Every sheet of a batch, in serial order, and the totals.
struct BatchAccount
{
    StockBatch batch;
    QList<SheetAccount> lines;
    int unused = 0;
    int printed = 0;
    int reprinted = 0;
    int voided = 0;
};

// The rules of the ledger, once, for the counter and the exchange alike.
class BlankStock
{
public:
    static constexpr quint64 MaxSerial = 999'999'999'999ULL; // 12 digits, as printed
    static constexpr quint64 MaxBatchSheets = 100'000;       // one delivery
    static constexpr int MaxBatchIdLength = 32;
    static constexpr int MaxReasonLength = 2000; // as every reason of a case (core::Limits)
    static constexpr int MaxUsesPerRequest = 100;

    static QString copyKey(SheetCopy copy); // "original" | "duplicate"
    static std::optional<SheetCopy> copyFromKey(QStringView key);
    static QString useKey(SheetUseKind kind); // "printed" | "voided" | "reprinted"
    static std::optional<SheetUseKind> useFromKey(QStringView key);
    // A batch as a store's row holds it (id, authority, copy key, first and last serial; the time
    // as that store reads times). A copy key no store writes reads as the original. The counter's
    // ledger and the exchange's stock both read their rows through it.
    static StockBatch batchFromRow(const QString &id, const QString &authority, QStringView copyKey,
                                   quint64 first, quint64 last, const QDateTime &registeredAt);

    // A serial as written on the sheet: digits only, 1..MaxSerial.
    static std::optional<quint64> parseSerial(QStringView text);
    static QString serialText(quint64 serial) { return QString::number(serial); }
    // Letters, digits, '-' and '_', 1..MaxBatchIdLength.
    static bool isValidBatchId(const QString &id);

    // What is wrong with a batch (empty when nothing): its id, its range and size.
    static QString batchProblem(const StockBatch &batch);
    // What is wrong with a use's reason: a void or a reprint needs one; none is longer than
    // MaxReasonLength. The error code ("stock.reason_required", "field.too_long") or empty.
    static QString reasonProblem(SheetUseKind kind, const QString &reason);
    // Whether a sheet with `earlier` uses may now have `kind`: a sheet is printed once (printed or
    // reprinted), voided once; a printed sheet may be voided. "stock.serial_used" or empty.
    static QString useProblem(const QList<SheetUseKind> &earlier, SheetUseKind kind);

    // The next serial to load for `copy` of `authority`: the one after the highest used in the
    // batch that holds it, else the first of the first batch never used; none when all are used.
    // The account of `batch` from the uses of its sheets (any order; uses outside it are ignored).
    static BatchAccount account(const StockBatch &batch, const QList<SheetUse> &uses);

    static std::optional<quint64> nextFree(const QList<StockBatch> &batches, const QList<quint64> &used,
                                           SheetCopy copy, const QString &authority);
};

} // namespace ow::core
