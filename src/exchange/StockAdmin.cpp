#include "StockAdmin.h"

#include "Csv.h"
#include "ExchangeAdmin.h"
#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "protocol/SheetWire.h"
#include "protocol/WireKeys.h"

namespace ow::exchange {
namespace {

using core::BlankStock;

Error invalid(const QString &message)
{
    return Error{QStringLiteral("admin.invalid"), message, {}};
}

Result<void> checkNew(ExchangeStore &store, const core::StockBatch &batch)
{
    const auto taken = store.stock().batch(batch.id);
    if (!taken) {
        return taken.error();
    }
    if (taken.value()) {
        return invalid(QStringLiteral("Batch %1 exists already.").arg(batch.id));
    }
    const auto overlapping = store.stock().overlapping(batch.copy, batch.first, batch.last);
    if (!overlapping) {
        return overlapping.error();
    }
    if (!overlapping.value().isEmpty()) {
        const core::StockBatch &other = overlapping.value().first();
        return invalid(QStringLiteral("Serials %1–%2 of %3 paper overlap batch %4 (%5–%6, authority %7).")
                           .arg(batch.first)
                           .arg(batch.last)
                           .arg(BlankStock::copyKey(batch.copy), other.id)
                           .arg(other.first)
                           .arg(other.last)
                           .arg(other.authority));
    }
    return {};
}

// A reason on one line of the text report.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

Result<core::StockBatch> StockAdmin::addBatch(const QString &dir, core::StockBatch batch)
{
    if (const QString problem = BlankStock::batchProblem(batch); !problem.isEmpty()) {
        return invalid(QStringLiteral("Batch %1: %2.").arg(batch.id, problem));
    }
    if (auto checked = ExchangeAdmin::checkAuthority(batch.authority); !checked) {
        return checked.error();
    }
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened) {
        return opened.error();
    }
    ExchangeStore &store = *opened.value();
    batch.registeredAt = QDateTime::currentDateTimeUtc();
    const Result<void> written = store.inTransaction([&]() -> Result<void> {
        if (Result<void> fresh = checkNew(store, batch); !fresh) {
            return fresh;
        }
        if (Result<void> added = store.stock().addBatch(batch); !added) {
            return added;
        }
        const auto appended =
            store.feed().append(QString(protocol::keys::changes::KindStockBatch),
                                QStringLiteral("stock:") + batch.id, protocol::sheetwire::toJson(batch),
                                QStringLiteral("exchange"), batch.registeredAt, batch.authority);
        return appended ? Result<void>() : Result<void>(appended.error());
    });
    if (!written) {
        return written.error();
    }
    qCInfo(lcExchangeStock) << "batch" << batch.id << "of" << BlankStock::copyKey(batch.copy) << "paper,"
                            << batch.first << "to" << batch.last << "for authority" << batch.authority;
    return batch;
}

Result<QList<core::StockBatch>> StockAdmin::batches(const QString &dir, const QString &authority)
{
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened) {
        return opened.error();
    }
    return opened.value()->stock().batches(authority);
}

Result<StockAdmin::Report> StockAdmin::report(const QString &dir, const QString &batchId)
{
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened) {
        return opened.error();
    }
    ExchangeStore &store = *opened.value();
    const auto batch = store.stock().batch(batchId);
    if (!batch) {
        return batch.error();
    }
    if (!batch.value()) {
        return invalid(QStringLiteral("No batch %1.").arg(batchId));
    }
    const auto uses = store.stock().usesOfBatch(batchId);
    if (!uses) {
        return uses.error();
    }
    return BlankStock::account(*batch.value(), uses.value());
}

QString StockAdmin::reportText(const Report &report, bool asCsv)
{
    const core::StockBatch &b = report.batch;
    QString text;
    if (asCsv) {
        text += QStringLiteral("serial,state,case,credit_code,by,workstation,at,reason\r\n");
    } else {
        text += QStringLiteral("Batch %1, %2 paper of authority %3: serials %4 to %5 (%6 sheets)\n")
                    .arg(b.id, BlankStock::copyKey(b.copy), b.authority)
                    .arg(b.first)
                    .arg(b.last)
                    .arg(b.size());
    }
    for (const core::SheetAccount &l : report.lines) {
        const QString at = l.at.isValid() ? l.at.toUTC().toString(Qt::ISODate) : QString();
        if (asCsv) {
            text += QStringList{QString::number(l.serial),
                                l.state,
                                csv::field(l.caseId),
                                l.creditCode,
                                csv::field(l.actor),
                                csv::field(l.workstation),
                                at,
                                csv::field(l.reason)}
                        .join(QLatin1Char(',')) +
                    QStringLiteral("\r\n");
        } else {
            text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                        .arg(l.serial, 12)
                        .arg(l.state, -9)
                        .arg(l.caseId, -36)
                        .arg(l.creditCode, -18)
                        .arg(l.actor, -10)
                        .arg(l.workstation, -6)
                        .arg(at, -20)
                        .arg(oneLine(l.reason))
                        .trimmed() +
                    QLatin1Char('\n');
        }
    }
    const QString totals = QStringLiteral("total %1: unused %2, printed %3, reprinted %4, voided %5")
                               .arg(report.lines.size())
                               .arg(report.unused)
                               .arg(report.printed)
                               .arg(report.reprinted)
                               .arg(report.voided);
    text += asCsv ? QString(QStringLiteral("# ") + totals + QStringLiteral("\r\n"))
                  : QString(totals + QLatin1Char('\n'));
    return text;
}

} // namespace ow::exchange
