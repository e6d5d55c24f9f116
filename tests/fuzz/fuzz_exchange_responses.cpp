// The client's reading of the exchange's answers, from the bytes on: BoundedJson (size and depth
// limits before parsing), then the health, session (sign-in and refresh) and push answers, and
// the error body of a failed request, and a page of the directory's snapshot.
// Properties: BoundedJson's depth scan never counts less than the depth of what Qt parses (more
// only where a repeated key drops a deeper value), stops at its limit, and what it accepts is
// within its limits; a push answer is accepted only with one result per event, in order, and
// never for a different batch; an error answer always yields a code and a message for the clerk,
// with the request's status and id; a directory page is accepted only when it goes forward (its
// last code after the one asked after, never "more" with nothing in it) and every entity it gives
// has a valid credit code and a name.

#include "FuzzSupport.h"
#include "core/UsccCode.h"
#include "sync/BoundedJson.h"
#include "sync/ExchangeClient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ow::sync;

namespace {

int depthOf(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            deepest = std::max(deepest, depthOf(element));
        return deepest + 1;
    }
    return 0;
}

void checkBounds(const QByteArray &bytes, const ow::Result<QJsonObject, SyncError> &parsed)
{
    const int scanned = BoundedJson::nestingDepth(bytes, 100000);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isNull()) {
        // Never less than what Qt builds (more when a repeated key drops a deeper value).
        const int depth = document.isObject() ? depthOf(document.object()) : depthOf(document.array());
        OW_FUZZ_CHECK(scanned >= depth, QStringLiteral("depth %1, scanned %2").arg(depth).arg(scanned));
        OW_FUZZ_CHECK(parsed.ok() == (document.isObject() && scanned <= BoundedJson::MaxDepth),
                      QStringLiteral("object %1, scanned depth %2, accepted %3")
                          .arg(document.isObject())
                          .arg(scanned)
                          .arg(parsed.ok()));
    } else {
        OW_FUZZ_CHECK(!parsed.ok(), QStringLiteral("BoundedJson accepted what Qt cannot parse"));
    }
    const int small = BoundedJson::nestingDepth(bytes, 3);
    OW_FUZZ_CHECK(small == std::min(scanned, 4),
                  QStringLiteral("%1 with limit 3, %2 without").arg(small).arg(scanned));
    if (!parsed.ok())
        OW_FUZZ_CHECK(!parsed.error().code.isEmpty() && !parsed.error().message.isEmpty(),
                      parsed.error().code);
}

void checkPush(const QJsonObject &body)
{
    // The ids the answer names: a batch it answers exactly, if the rest of it is well formed.
    QStringList ids;
    for (const QJsonValue &result : body.value(u"results").toArray())
        ids << result.toObject().value(u"id").toString();
    const ow::Result<PushResponse, SyncError> push = ExchangeClient::parsePush(body, ids);
    if (push) {
        OW_FUZZ_CHECK(push.value().results.size() == ids.size(), QString::number(ids.size()));
        for (qsizetype i = 0; i < ids.size(); ++i)
            OW_FUZZ_CHECK(push.value().results.at(i).id == ids.at(i), ids.at(i));
    }
    OW_FUZZ_CHECK(!ExchangeClient::parsePush(body, ids + QStringList{QStringLiteral("one-more")}).ok(),
                  QStringLiteral("an answer for one event fewer was accepted"));
    if (!ids.isEmpty()) {
        QStringList other = ids;
        other.last() += u'x';
        OW_FUZZ_CHECK(!ExchangeClient::parsePush(body, other).ok(),
                      QStringLiteral("an answer for another event was accepted"));
    }
}

void checkSession(const QJsonObject &body)
{
    for (const bool signIn : {true, false}) {
        const ow::Result<SessionInfo, SyncError> session = ExchangeClient::parseSession(body, signIn);
        if (!session)
            continue;
        OW_FUZZ_CHECK(!session.value().token.isEmpty() && !session.value().refreshToken.isEmpty(),
                      QStringLiteral("session without tokens"));
        OW_FUZZ_CHECK(!signIn || !session.value().userId.isEmpty(), QStringLiteral("sign-in without user"));
    }
}

void checkErrorBody(const QByteArray &bytes)
{
    const int status = 400 + int(qHash(bytes) % 200);
    const QString requestId = QStringLiteral("req-1");
    const SyncError error = ExchangeClient::errorFromResponse(status, bytes, requestId);
    OW_FUZZ_CHECK(!error.code.isEmpty() && !error.message.isEmpty() && !error.displayText().isEmpty(),
                  error.code);
    OW_FUZZ_CHECK(error.httpStatus == status && error.requestId == requestId, error.code);
}

void checkDirectory(const QByteArray &bytes)
{
    // The next page's cursor read off the end: a cursor or nothing, never more than a code.
    if (const auto next = ow::protocol::directory::peekNext(bytes))
        OW_FUZZ_CHECK(!next->isEmpty() && next->size() <= 18 && ow::protocol::directory::isCursor(*next),
                      *next);
    for (const QString &after : {QString(), QStringLiteral("91140105MA0L"), QStringLiteral("Z")}) {
        const ow::Result<DirectoryPage, SyncError> page =
            ExchangeClient::readDirectory(bytes, QStringLiteral("req-2"), after);
        if (!page) {
            OW_FUZZ_CHECK(!page.error().code.isEmpty() && page.error().requestId == QStringLiteral("req-2"),
                          page.error().code);
            continue;
        }
        const DirectoryPage &read = page.value();
        const qsizetype items = read.enterprises.size() + read.unreadable;
        OW_FUZZ_CHECK(items == 0 || read.head.next > after, read.head.next);
        OW_FUZZ_CHECK(!read.head.hasMore || items > 0, QStringLiteral("more after an empty page"));
        OW_FUZZ_CHECK(read.head.asOf >= 0 && read.head.total >= -1, QString::number(read.head.asOf));
        for (const ow::storage::EnterpriseRecord &record : read.enterprises)
            OW_FUZZ_CHECK(ow::core::UsccCode::validate(record.code).valid && !record.name.trimmed().isEmpty(),
                          record.code);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const QByteArray bytes = ow::fuzz::bytes(data, size);
    const ow::Result<QJsonObject, SyncError> parsed = BoundedJson::parseObject(bytes);
    checkBounds(bytes, parsed);
    checkErrorBody(bytes);
    checkDirectory(bytes);
    if (!parsed)
        return 0;
    const QJsonObject &body = parsed.value();
    if (const auto health = ExchangeClient::parseHealth(body))
        OW_FUZZ_CHECK(!health.value().status.isEmpty(), QStringLiteral("health without status"));
    checkSession(body);
    checkPush(body);
    return 0;
}
