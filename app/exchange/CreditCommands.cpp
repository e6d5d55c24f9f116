// credit import | remove | list: the credit lists (DOMAIN §7) at the exchange.
#include "CommandLine.h"
#include "Commands.h"
#include "core/ResidentId.h"
#include "exchange/CreditListAdmin.h"

#include <QFile>

namespace ow::exchange::cli {
namespace {

// --on / --in-force-on: a date, or "today" (China's date).
std::optional<QDate> dateOption(const QString &name, const QString &text, QStringList *errors)
{
    if (text == u"today")
        return core::ResidentId::chinaToday();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        errors->append(QStringLiteral("--%1 wants a date YYYY-MM-DD or today").arg(name));
        return std::nullopt;
    }
    return date;
}

QString by(Options &options)
{
    return options.value(QStringLiteral("by")).value_or(QStringLiteral("admin"));
}

} // namespace

int creditImport(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString authority = options.required(QStringLiteral("authority"));
    const QString path = options.required(QStringLiteral("file"));
    const QString who = by(options);
    const bool dryRun = options.value(QStringLiteral("dry-run")).has_value();
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    QFile file(path);
    if (file.size() > 512LL * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        return fail(
            Error{QStringLiteral("admin.invalid"),
                  QStringLiteral("Cannot read %1 (at most 512 MiB): %2").arg(path, file.errorString()),
                  {}});
    }
    const auto report = CreditListAdmin::importCsv(dir, file.readAll(), authority, who, dryRun);
    if (!report) {
        return fail(report.error());
    }
    out() << CreditListAdmin::reportText(report.value(), dryRun);
    if (!dryRun && report.value().added + report.value().removed > 0) {
        out() << "The province's counters receive the entries at their next sync.\n";
    }
    return report.value().rejected.isEmpty() ? 0 : 3;
}

int creditRemove(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString id = options.required(QStringLiteral("id"));
    const QString reason = options.required(QStringLiteral("reason"));
    QStringList errors;
    const std::optional<QDate> on = dateOption(
        QStringLiteral("on"), options.value(QStringLiteral("on")).value_or(QStringLiteral("today")), &errors);
    const QString who = by(options);
    errors += options.errors();
    if (!errors.isEmpty() || !on) {
        return usageError(errors);
    }
    const auto removed = CreditListAdmin::remove(dir, id, *on, reason, who);
    if (!removed) {
        return fail(removed.error());
    }
    out() << "Removed entry " << id << " on " << on->toString(Qt::ISODate)
          << "; the entry is kept with its removal, and every counter learns it at its next sync.\n";
    return 0;
}

int creditList(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const std::optional<QString> listKey = options.value(QStringLiteral("list"));
    const std::optional<QString> inForce = options.value(QStringLiteral("in-force-on"));
    const bool csv = options.value(QStringLiteral("csv")).has_value();
    QStringList errors = options.errors();
    std::optional<core::CreditListKind> list;
    if (listKey) {
        list = core::CreditList::fromKey(*listKey);
        if (!list) {
            errors.append(QStringLiteral("--list wants abnormal, serious or dishonest_debtor"));
        }
    }
    std::optional<QDate> on =
        inForce ? dateOption(QStringLiteral("in-force-on"), *inForce, &errors) : QDate();
    if (!errors.isEmpty() || !on) {
        return usageError(errors);
    }
    const auto entries = CreditListAdmin::entries(dir, list, *on);
    if (!entries) {
        return fail(entries.error());
    }
    out() << CreditListAdmin::entriesText(entries.value(), csv);
    return 0;
}

} // namespace ow::exchange::cli
