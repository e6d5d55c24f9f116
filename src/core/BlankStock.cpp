#include "BlankStock.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace ow::core {

QString BlankStock::copyKey(SheetCopy copy)
{
    return copy == SheetCopy::Original ? QStringLiteral("original") : QStringLiteral("duplicate");
}

std::optional<SheetCopy> BlankStock::copyFromKey(QStringView key)
{
    if (key == u"original")
        return SheetCopy::Original;
    if (key == u"duplicate")
        return SheetCopy::Duplicate;
    return std::nullopt;
}

QString BlankStock::useKey(SheetUseKind kind)
{
    switch (kind) {
    case SheetUseKind::Printed:
        return QStringLiteral("printed");
    case SheetUseKind::Voided:
        return QStringLiteral("voided");
    case SheetUseKind::Reprinted:
        return QStringLiteral("reprinted");
    }
    return {};
}

StockBatch BlankStock::batchFromRow(const QString &id, const QString &authority, QStringView copyKey,
                                    quint64 first, quint64 last, const QDateTime &registeredAt)
{
    return {id, authority, copyFromKey(copyKey).value_or(SheetCopy::Original), first, last, registeredAt};
}

std::optional<SheetUseKind> BlankStock::useFromKey(QStringView key)
{
    for (SheetUseKind kind : {SheetUseKind::Printed, SheetUseKind::Voided, SheetUseKind::Reprinted}) {
        if (key == useKey(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<quint64> BlankStock::parseSerial(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 12)
        return std::nullopt;
    for (QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const quint64 serial = trimmed.toULongLong();
    if (serial < 1 || serial > MaxSerial)
        return std::nullopt;
    return serial;
}

bool BlankStock::isValidBatchId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    return pattern.match(id).hasMatch();
}

QString BlankStock::batchProblem(const StockBatch &batch)
{
    if (!isValidBatchId(batch.id))
        return QStringLiteral("a batch id is 1 to %1 letters, digits, '-' or '_'").arg(MaxBatchIdLength);
    if (batch.first < 1 || batch.last > MaxSerial || batch.first > batch.last)
        return QStringLiteral("a batch runs from a serial to one not below it, from 1 to %1").arg(MaxSerial);
    if (batch.size() > MaxBatchSheets)
        return QStringLiteral("a batch holds at most %1 sheets").arg(MaxBatchSheets);
    return {};
}

QString BlankStock::reasonProblem(SheetUseKind kind, const QString &reason)
{
    if (reason.size() > MaxReasonLength)
        return QStringLiteral("field.too_long");
    if (kind != SheetUseKind::Printed && reason.trimmed().isEmpty())
        return QStringLiteral("stock.reason_required");
    return {};
}

QString BlankStock::useProblem(const QList<SheetUseKind> &earlier, SheetUseKind kind)
{
    const bool printed = earlier.contains(SheetUseKind::Printed) || earlier.contains(SheetUseKind::Reprinted);
    const bool voided = earlier.contains(SheetUseKind::Voided);
    if (kind == SheetUseKind::Voided)
        return voided ? QStringLiteral("stock.serial_used") : QString();
    return printed || voided ? QStringLiteral("stock.serial_used") : QString();
}

namespace {

void accountUse(SheetAccount &line, const SheetUse &use)
{
    const bool voided = use.kind == SheetUseKind::Voided;
    line.state = BlankStock::useKey(use.kind);
    if (!voided || line.caseId.isEmpty()) {
        line.caseId = use.caseId;
        line.creditCode = use.creditCode;
    }
    line.actor = use.actor;
    line.workstation = use.workstation;
    line.at = use.at;
    line.reason = use.reason;
}

} // namespace

BatchAccount BlankStock::account(const StockBatch &batch, const QList<SheetUse> &uses)
{
    QHash<quint64, QList<SheetUse>> bySerial;
    for (const SheetUse &use : uses) {
        if (use.copy == batch.copy && batch.contains(use.serial))
            bySerial[use.serial].append(use);
    }
    BatchAccount account;
    account.batch = batch;
    account.lines.reserve(qsizetype(batch.size()));
    for (quint64 serial = batch.first; serial <= batch.last && serial != 0; ++serial) {
        SheetAccount line;
        line.serial = serial;
        line.state = QStringLiteral("unused");
        QList<SheetUse> sheetUses = bySerial.value(serial);
        // The print before its void, whatever order they were recorded in.
        std::stable_sort(sheetUses.begin(), sheetUses.end(), [](const SheetUse &a, const SheetUse &b) {
            return a.kind != SheetUseKind::Voided && b.kind == SheetUseKind::Voided;
        });
        for (const SheetUse &use : std::as_const(sheetUses))
            accountUse(line, use);
        account.unused += line.state == u"unused";
        account.printed += line.state == u"printed";
        account.reprinted += line.state == u"reprinted";
        account.voided += line.state == u"voided";
        account.lines.append(line);
    }
    return account;
}

std::optional<quint64> BlankStock::nextFree(const QList<StockBatch> &batches, const QList<quint64> &used,
                                            SheetCopy copy, const QString &authority)
{
    QList<StockBatch> own;
    for (const StockBatch &b : batches) {
        if (b.copy == copy && b.authority == authority)
            own.append(b);
    }
    std::sort(own.begin(), own.end(),
              [](const StockBatch &a, const StockBatch &b) { return a.first < b.first; });
    // The batch in the printer: the one of the highest serial used; the sheet after it.
    std::optional<quint64> highest;
    for (quint64 serial : used) {
        for (const StockBatch &b : std::as_const(own)) {
            if (b.contains(serial) && (!highest || serial > *highest))
                highest = serial;
        }
    }
    if (highest) {
        for (const StockBatch &b : std::as_const(own)) {
            if (b.contains(*highest) && *highest < b.last)
                return *highest + 1;
        }
    }
    for (const StockBatch &b : std::as_const(own)) {
        const bool touched = std::any_of(used.begin(), used.end(), [&](quint64 s) { return b.contains(s); });
        if (!touched && (!highest || b.first > *highest))
            return b.first;
    }
    return std::nullopt;
}

} // namespace ow::core
