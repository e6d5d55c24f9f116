// stock add | list | report: numbered blank stock of business licences (DOMAIN §6).
#include "CommandLine.h"
#include "Commands.h"
#include "exchange/StockAdmin.h"

namespace ow::exchange::cli {
namespace {

std::optional<quint64> serialOption(Options &options, const QString &name, QStringList *errors)
{
    const QString text = options.required(name);
    const std::optional<quint64> serial = core::BlankStock::parseSerial(text);
    if (!serial && !text.isEmpty()) {
        errors->append(QStringLiteral("--%1 wants a sheet serial: 1 to %2 digits, not 0")
                           .arg(name)
                           .arg(QString::number(core::BlankStock::MaxSerial).size()));
    }
    return serial;
}

} // namespace

int stockAdd(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    core::StockBatch batch;
    batch.authority = options.required(QStringLiteral("authority"));
    batch.id = options.required(QStringLiteral("batch"));
    const QString copy = options.required(QStringLiteral("copy"));
    QStringList errors;
    const std::optional<quint64> first = serialOption(options, QStringLiteral("from"), &errors);
    const std::optional<quint64> last = serialOption(options, QStringLiteral("to"), &errors);
    errors += options.errors();
    const std::optional<core::SheetCopy> kind = core::BlankStock::copyFromKey(copy);
    if (!kind && !copy.isEmpty()) {
        errors.append(QStringLiteral("--copy wants original (正本, A3) or duplicate (副本, A4)"));
    }
    if (!errors.isEmpty() || !first || !last || !kind) {
        return usageError(errors);
    }
    batch.copy = *kind;
    batch.first = *first;
    batch.last = *last;
    const auto added = StockAdmin::addBatch(dir, batch);
    if (!added) {
        return fail(added.error());
    }
    out() << "Registered batch " << batch.id << ": " << batch.size() << " sheets of " << copy << " paper, "
          << batch.first << " to " << batch.last << ", for authority " << batch.authority
          << "; its counters receive it at their next sync.\n";
    return 0;
}

int stockList(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString authority = options.value(QStringLiteral("authority")).value_or(QString());
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const auto batches = StockAdmin::batches(dir, authority);
    if (!batches) {
        return fail(batches.error());
    }
    for (const core::StockBatch &b : batches.value()) {
        out() << b.id << '\t' << b.authority << '\t' << core::BlankStock::copyKey(b.copy) << '\t' << b.first
              << '\t' << b.last << '\t' << b.registeredAt.toString(Qt::ISODate) << '\n';
    }
    return 0;
}

int stockReport(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString batch = options.required(QStringLiteral("batch"));
    const bool csv = options.value(QStringLiteral("csv")).has_value();
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const auto report = StockAdmin::report(dir, batch);
    if (!report) {
        return fail(report.error());
    }
    out() << StockAdmin::reportText(report.value(), csv);
    return 0;
}

} // namespace ow::exchange::cli
