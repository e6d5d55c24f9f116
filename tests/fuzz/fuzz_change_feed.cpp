// The client's reader of the change feed: a pulled page, from the bytes on (BoundedJson), read
// into typed changes (ExchangeClient::parseChanges) and each change into the case version
// SyncEngine stores (caseOfChange).
// Properties: an accepted page never moves the cursor back and never claims more without
// progress; it holds every change of the answer, in order; a change yields a case exactly when
// it is of kind "case", whose id is the record's or else the change's, and which reads back
// stable from its own JSON. Then the page is stored as SyncEngine stores it (CaseStore::applyRemotePage
// in one transaction, rolled back after each input): no decoded change may fail the transaction
// (the page would fail on every sync for ever), a record without id or version or with a text
// that is not well formed (Limits::isWellFormed) is skipped, and a
// new case reads back from the cache as it came.

#include "FuzzSupport.h"
#include "core/Limits.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "sync/BoundedJson.h"
#include "sync/ChangeFeed.h"
#include "sync/ExchangeClient.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace ow::sync;

namespace {

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void checkPage(const QJsonObject &body, qint64 cursor)
{
    const ow::Result<ChangePage, SyncError> parsed = ExchangeClient::parseChanges(body, cursor);
    if (!parsed) {
        OW_FUZZ_CHECK(!parsed.error().code.isEmpty(), QStringLiteral("a refused page without a code"));
        return;
    }
    const ChangePage &page = parsed.value();
    OW_FUZZ_CHECK(page.nextCursor >= cursor,
                  QStringLiteral("cursor %1 → %2").arg(cursor).arg(page.nextCursor));
    OW_FUZZ_CHECK(!(page.hasMore && page.changes.isEmpty() && page.nextCursor == cursor),
                  QStringLiteral("an empty page claiming more was accepted"));
    const QJsonArray changes = body.value(u"changes").toArray();
    OW_FUZZ_CHECK(page.changes.size() == changes.size(),
                  QStringLiteral("%1 changes read of %2").arg(page.changes.size()).arg(changes.size()));

    for (qsizetype i = 0; i < page.changes.size(); ++i) {
        const Change &change = page.changes.at(i);
        const QJsonObject json = changes.at(i).toObject();
        OW_FUZZ_CHECK(change.kind == json.value(u"kind").toString() &&
                          change.caseId == json.value(u"caseId").toString(),
                      text(json));
        const std::optional<ow::core::CaseRecord> record = caseOfChange(change);
        OW_FUZZ_CHECK(record.has_value() == (change.kind == u"case"), change.kind);
        if (!record)
            continue;
        const QString recordId = change.record.value(u"id").toString();
        OW_FUZZ_CHECK(record->id == (recordId.isEmpty() ? change.caseId : recordId),
                      QStringLiteral("case id '%1' of change %2").arg(record->id, text(json)));
        const QJsonObject once = record->toJson();
        OW_FUZZ_CHECK(ow::core::CaseRecord::fromJson(once).toJson() == once, text(once));
    }
}

// The counter's cache, once per process, in a temporary directory in memory where there is one
// (each input's transaction would otherwise wait for the disk).
std::shared_ptr<ow::storage::Database> cache()
{
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/onewindow-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/onewindow-fuzz-XXXXXX"));
    static const std::shared_ptr<ow::storage::Database> db = [] {
        auto opened = ow::storage::Database::open(dir.filePath(QStringLiteral("cases.sqlite")));
        OW_FUZZ_CHECK(opened.ok(), opened.ok() ? QString() : opened.error().message);
        return opened.value();
    }();
    return db;
}

void checkStored(const ChangePage &page)
{
    const std::shared_ptr<ow::storage::Database> db = cache();
    const ow::storage::CaseStore cases(db, QStringLiteral("W01"), QStringLiteral("140105"));
    const ow::Error rollBack{QStringLiteral("fuzz.roll_back"), {}, {}};
    const ow::Result<void> done = db->transaction([&]() -> ow::Result<void> {
        QSqlDatabase connection = db->connection();
        QList<ow::core::CaseRecord> records;
        for (const Change &change : page.changes) {
            if (std::optional<ow::core::CaseRecord> record = caseOfChange(change))
                records.append(std::move(*record));
        }
        QList<ow::storage::RemoteCase> prepared;
        for (const ow::core::CaseRecord &record : std::as_const(records))
            prepared.append(ow::storage::RemoteCase::of(record));
        const auto outcomes = cases.applyRemotePage(connection, prepared, page.requestId);
        OW_FUZZ_CHECK(
            outcomes.ok(),
            QStringLiteral("the page failed: %1 %2").arg(outcomes.error().code, outcomes.error().message));
        // What the page left of a case is its last usable record's (a later one at the same version
        // is the exchange's copy again: it replaces an earlier one).
        QHash<QString, qsizetype> last;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (outcomes.value().at(i) != ow::storage::RemoteApplyOutcome::Invalid &&
                outcomes.value().at(i) != ow::storage::RemoteApplyOutcome::AlreadyCurrent)
                last.insert(records.at(i).id, i);
        }
        for (qsizetype i = 0; i < records.size(); ++i) {
            const ow::core::CaseRecord *record = &records.at(i);
            const ow::storage::RemoteApplyOutcome outcome = outcomes.value().at(i);
            const ow::core::LimitIssues issues = ow::core::Limits::check(*record);
            const bool usable = !record->id.isEmpty() && record->version >= 1 &&
                                std::none_of(issues.begin(), issues.end(), [](const ow::core::LimitIssue &i) {
                                    return i.code == u"field.invalid_text";
                                });
            OW_FUZZ_CHECK(usable == (outcome != ow::storage::RemoteApplyOutcome::Invalid),
                          text(record->toJson()));
            const bool wrote = outcome == ow::storage::RemoteApplyOutcome::Inserted ||
                               outcome == ow::storage::RemoteApplyOutcome::Replaced ||
                               outcome == ow::storage::RemoteApplyOutcome::Refreshed;
            if (!wrote || last.value(record->id, -1) != i)
                continue;
            const std::optional<ow::core::CaseRecord> stored = cases.find(record->id);
            OW_FUZZ_CHECK(stored && stored->form == record->form && stored->materials == record->materials &&
                              stored->version == record->version && stored->state == record->state,
                          text(record->toJson()) + QStringLiteral(" read back as ") +
                              (stored ? text(stored->toJson()) : QStringLiteral("nothing")));
        }
        return rollBack;
    });
    OW_FUZZ_CHECK(!done.ok() && done.error().code == rollBack.code,
                  done.ok() ? QString() : done.error().code);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const ow::Result<QJsonObject, SyncError> parsed = BoundedJson::parseObject(ow::fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const QJsonObject &body = parsed.value();
    // From the start of the feed, and from just before and at the page's own end (a resumed pull).
    checkPage(body, 0);
    if (const ow::Result<ChangePage, SyncError> page = ExchangeClient::parseChanges(body, 0))
        checkStored(page.value());
    const QJsonValue next = body.value(u"nextCursor");
    if (next.isDouble() && next.toDouble() >= 1 && next.toDouble() < 9.0e15) {
        checkPage(body, qint64(next.toDouble()) - 1);
        checkPage(body, qint64(next.toDouble()));
    }
    return 0;
}
