// The client's reader of the change feed: a pulled page, from the bytes on (BoundedJson), read
// into typed changes (ExchangeClient::parseChanges) and each change into the case version
// SyncEngine stores (caseOfChange).
// Properties: an accepted page never moves the cursor back and never claims more without
// progress; it holds every change of the answer, in order; a change yields a case exactly when
// it is of kind "case", whose id is the record's or else the change's, and which reads back
// stable from its own JSON.

#include "FuzzSupport.h"
#include "sync/BoundedJson.h"
#include "sync/ChangeFeed.h"
#include "sync/ExchangeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ow::sync;

namespace {

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void checkPage(const QJsonObject &body, qint64 cursor)
{
    const SyncResult<ChangePage> parsed = ExchangeClient::parseChanges(body, cursor);
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const SyncResult<QJsonObject> parsed = BoundedJson::parseObject(ow::fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const QJsonObject &body = parsed.value();
    // From the start of the feed, and from just before and at the page's own end (a resumed pull).
    checkPage(body, 0);
    const QJsonValue next = body.value(u"nextCursor");
    if (next.isDouble() && next.toDouble() >= 1 && next.toDouble() < 9.0e15) {
        checkPage(body, qint64(next.toDouble()) - 1);
        checkPage(body, qint64(next.toDouble()));
    }
    return 0;
}
