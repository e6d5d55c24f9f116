#include "CreditListAdmin.h"

#include "ApiTypes.h"
#include "Csv.h"
#include "ExchangeAdmin.h"
#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "core/Authority.h"
#include "core/CreditList.h"
#include "core/ResidentId.h"
#include "protocol/WireKeys.h"

#include <QHash>
#include <QUuid>

namespace ow::exchange {
namespace {

using core::CreditEntry;
using core::CreditList;

Error invalid(const QString &message)
{
    return Error{QStringLiteral("admin.invalid"), message, {}};
}

// Entries of an import are named by what they are: importing the same row again finds its entry.
QString importedId(const CreditEntry &e)
{
    static const QUuid ns = QUuid(QStringLiteral("6f1d2c2a-52f1-4a55-9a3c-0e0b7a1c11aa"));
    const QString key = QStringList{CreditList::key(e.list), CreditList::subjectKey(e.subjectKind), e.subject,
                                    e.from.toString(Qt::ISODate), e.basis}
                            .join(QLatin1Char('|'));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

// The row's entry, or why it cannot be one.
std::variant<CreditEntry, QString> entryOfRow(const QStringList &fields, const QHash<QString, int> &column,
                                              const QDate &today)
{
    if (fields.size() != column.size())
        return QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(column.size());
    const auto at = [&](const char *name) {
        const int i = column.value(QLatin1String(name), -1);
        return i < 0 ? QString() : fields.at(i).trimmed();
    };
    CreditEntry e;
    const std::optional<core::CreditListKind> list = CreditList::fromKey(at("list"));
    if (!list)
        return QStringLiteral("list %1 is not abnormal, serious or dishonest_debtor").arg(at("list"));
    const std::optional<core::CreditSubjectKind> kind = CreditList::subjectFromKey(at("subject_kind"));
    if (!kind)
        return QStringLiteral("subject_kind %1 is not entity or person").arg(at("subject_kind"));
    e.list = *list;
    e.subjectKind = *kind;
    e.subject = CreditList::normalisedSubject(at("subject"));
    e.subjectName = at("subject_name");
    e.reason = at("reason");
    e.authority = at("authority");
    e.basis = at("basis");
    e.from = QDate::fromString(at("from"), Qt::ISODate);
    if (!e.from.isValid())
        return QStringLiteral("from %1 is not a date (YYYY-MM-DD)").arg(at("from"));
    if (!at("removed_on").isEmpty()) {
        e.removedOn = QDate::fromString(at("removed_on"), Qt::ISODate);
        if (!e.removedOn.isValid())
            return QStringLiteral("removed_on %1 is not a date (YYYY-MM-DD)").arg(at("removed_on"));
        e.removalReason = at("removal_reason");
    }
    if (const QString problem = CreditList::problem(e, today); !problem.isEmpty())
        return problem;
    e.id = importedId(e);
    return e;
}

Result<QHash<QString, int>> headerOf(const QStringList &header)
{
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!CreditListAdmin::importColumns().contains(name) || column.contains(name))
            return invalid(QStringLiteral("Column %1 of the header is %2: the columns are %3, each once.")
                               .arg(i + 1)
                               .arg(name, CreditListAdmin::importColumns().join(QStringLiteral(", "))));
        column.insert(name, i);
    }
    for (const char *required :
         {"list", "subject_kind", "subject", "subject_name", "reason", "authority", "basis", "from"}) {
        if (!column.contains(QLatin1String(required)))
            return invalid(QStringLiteral("The header has no column %1.").arg(QLatin1String(required)));
    }
    return column;
}

Result<void> announce(ExchangeStore &store, const CreditEntry &entry, const QDateTime &at)
{
    // Public to the counters of the province: under the province's code (ChangeFeedStore scopes).
    const QString province = core::Authority::province(entry.authorityCode) + QStringLiteral("0000");
    const auto appended =
        store.feed().append(QString(protocol::keys::changes::KindList), QStringLiteral("list:") + entry.id,
                            core::CreditList::toJson(entry), QStringLiteral("exchange"), at, province);
    return appended ? Result<void>() : Result<void>(appended.error());
}

// One good row: added, its removal written, or nothing when it is stored as it is.
Result<void> importRow(ExchangeStore &store, CreditEntry entry, CreditListAdmin::ImportReport &report)
{
    const auto stored = store.creditLists().byId(entry.id);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        if (auto added = store.creditLists().add(entry); !added)
            return added.error();
        ++report.added;
        return announce(store, entry, entry.recordedAt);
    }
    CreditEntry current = *stored.value();
    if (current.removedOn.isValid() || !entry.removedOn.isValid()) {
        ++report.unchanged;
        return {};
    }
    current.removedOn = entry.removedOn;
    current.removalReason = entry.removalReason;
    if (auto updated = store.creditLists().update(current); !updated)
        return updated;
    ++report.removed;
    return announce(store, current, entry.recordedAt);
}

QString listedText(const CreditEntry &e)
{
    return QStringList{e.id,
                       CreditList::key(e.list),
                       CreditList::subjectKey(e.subjectKind),
                       e.subjectKind == core::CreditSubjectKind::Person ? CreditList::masked(e.subject)
                                                                        : e.subject,
                       e.subjectName,
                       e.from.toString(Qt::ISODate),
                       e.removedOn.isValid() ? e.removedOn.toString(Qt::ISODate) : QStringLiteral("-"),
                       e.authority,
                       e.reason}
        .join(QStringLiteral("  "));
}

} // namespace

const QStringList &CreditListAdmin::importColumns()
{
    static const QStringList columns = {QStringLiteral("list"),       QStringLiteral("subject_kind"),
                                        QStringLiteral("subject"),    QStringLiteral("subject_name"),
                                        QStringLiteral("reason"),     QStringLiteral("authority"),
                                        QStringLiteral("basis"),      QStringLiteral("from"),
                                        QStringLiteral("removed_on"), QStringLiteral("removal_reason")};
    return columns;
}

Result<CreditListAdmin::ImportReport> CreditListAdmin::importCsv(const QString &dir, const QByteArray &csv,
                                                                 const QString &authority, const QString &by,
                                                                 bool dryRun)
{
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened)
        return opened.error();
    return importCsv(*opened.value(), csv, authority, by, dryRun);
}

Result<CreditListAdmin::ImportReport> CreditListAdmin::importCsv(ExchangeStore &store, const QByteArray &csv,
                                                                 const QString &authority, const QString &by,
                                                                 bool dryRun)
{
    if (auto checked = ExchangeAdmin::checkAuthority(authority); !checked)
        return checked.error();
    QString why;
    const std::optional<QList<csv::Record>> records = csv::read(csv, &why);
    if (!records)
        return invalid(QStringLiteral("The file is not CSV: %1.").arg(why));
    if (records->isEmpty())
        return invalid(QStringLiteral("The file is empty: it needs a header row and the entries."));
    if (records->size() - 1 > MaxImportRows)
        return invalid(QStringLiteral("The file has %1 rows; import at most %2 at a time.")
                           .arg(records->size() - 1)
                           .arg(MaxImportRows));
    const Result<QHash<QString, int>> column = headerOf(records->first().fields);
    if (!column)
        return column.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = core::ResidentId::chinaToday();
    ImportReport report;
    if (auto begun = store.begin(); !begun)
        return begun.error();
    for (qsizetype i = 1; i < records->size(); ++i) {
        const csv::Record &record = records->at(i);
        ++report.rows;
        std::variant<CreditEntry, QString> row = entryOfRow(record.fields, column.value(), today);
        if (const QString *problem = std::get_if<QString>(&row)) {
            report.rejected.append({record.line, *problem});
            continue;
        }
        CreditEntry entry = std::get<CreditEntry>(std::move(row));
        entry.source = QStringLiteral("import");
        entry.recordedBy = by;
        entry.recordedAt = now;
        entry.authorityCode = authority;
        if (auto written = importRow(store, entry, report); !written) {
            store.rollback();
            return written.error();
        }
    }
    if (dryRun) {
        store.rollback();
        return report;
    }
    if (auto committed = store.commit(); !committed)
        return committed.error();
    qCInfo(lcExchangeCredit) << "credit import by" << by << "for" << authority << ":" << report.added
                             << "added," << report.removed << "removed," << report.unchanged << "unchanged,"
                             << report.rejected.size() << "rejected";
    return report;
}

QString CreditListAdmin::reportText(const ImportReport &report, bool dryRun)
{
    QString text =
        QStringLiteral("%1 %2 row(s): %3 added, %4 removal(s), %5 already imported, %6 rejected.\n")
            .arg(dryRun ? QStringLiteral("Checked (nothing written)") : QStringLiteral("Imported"))
            .arg(report.rows)
            .arg(report.added)
            .arg(report.removed)
            .arg(report.unchanged)
            .arg(report.rejected.size());
    for (const auto &[line, why] : report.rejected)
        text += QStringLiteral("line %1: %2\n").arg(line).arg(why);
    return text;
}

Result<core::CreditEntry> CreditListAdmin::add(ExchangeStore &store, CreditEntry entry,
                                               const QString &authority)
{
    entry.recordedAt = QDateTime::currentDateTimeUtc();
    entry.authorityCode = authority;
    if (entry.id.isEmpty())
        entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const QString problem = CreditList::problem(entry, core::ResidentId::chinaToday());
        !problem.isEmpty())
        return invalid(problem);
    const auto added = store.creditLists().add(entry);
    if (!added)
        return added.error();
    if (added.value()) {
        if (auto announced = announce(store, entry, entry.recordedAt); !announced)
            return announced.error();
    }
    return entry;
}

Result<core::CreditEntry> CreditListAdmin::removeEntry(ExchangeStore &store, const QString &id,
                                                       const QDate &on, const QString &why, const QString &by,
                                                       const QDateTime &at)
{
    const auto stored = store.creditLists().byId(id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return invalid(QStringLiteral("No credit list entry %1.").arg(id));
    CreditEntry entry = *stored.value();
    if (entry.removedOn.isValid())
        return invalid(QStringLiteral("Entry %1 was removed on %2 already.")
                           .arg(id, entry.removedOn.toString(Qt::ISODate)));
    if (const QString problem = CreditList::removalProblem(entry, on, why, api::registryDay(at));
        !problem.isEmpty())
        return invalid(problem);
    entry.removedOn = on;
    entry.removalReason = why.trimmed() + QStringLiteral(" (") + by + QLatin1Char(')');
    if (auto updated = store.creditLists().update(entry); !updated)
        return updated.error();
    if (auto announced = announce(store, entry, at); !announced)
        return announced.error();
    return entry;
}

Result<core::CreditEntry> CreditListAdmin::remove(const QString &dir, const QString &id, const QDate &on,
                                                  const QString &why, const QString &by)
{
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened)
        return opened.error();
    ExchangeStore &store = *opened.value();
    return store.inTransaction(
        [&] { return removeEntry(store, id, on, why, by, QDateTime::currentDateTimeUtc()); });
}

Result<QList<core::CreditEntry>>
CreditListAdmin::entries(const QString &dir, std::optional<core::CreditListKind> list, const QDate &inForceOn)
{
    auto opened = ExchangeAdmin::openStore(dir);
    if (!opened)
        return opened.error();
    return opened.value()->creditLists().entries(list, inForceOn);
}

QString CreditListAdmin::entriesText(const QList<core::CreditEntry> &entries, bool asCsv)
{
    QString text;
    if (asCsv)
        text += importColumns().join(QLatin1Char(',')) + QStringLiteral(",id,recorded_at\r\n");
    for (const CreditEntry &e : entries) {
        if (!asCsv) {
            text += listedText(e) + QLatin1Char('\n');
            continue;
        }
        text += QStringList{CreditList::key(e.list),
                            CreditList::subjectKey(e.subjectKind),
                            e.subject,
                            csv::field(e.subjectName),
                            csv::field(e.reason),
                            csv::field(e.authority),
                            csv::field(e.basis),
                            e.from.toString(Qt::ISODate),
                            e.removedOn.isValid() ? e.removedOn.toString(Qt::ISODate) : QString(),
                            csv::field(e.removalReason),
                            e.id,
                            e.recordedAt.toString(Qt::ISODateWithMs)}
                    .join(QLatin1Char(',')) +
                QStringLiteral("\r\n");
    }
    return text;
}

} // namespace ow::exchange
