// ExchangeClient: the registered-entity directory's snapshot, page by page (docs/protocol.md,
// GET /api/v1/directory).
#include "BoundedJson.h"
#include "ExchangeClient.h"
#include "SyncLog.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace ow::sync {

void ExchangeClient::directory(const QString &after, int limit, Callback<DirectoryPage> done,
                               std::function<void(const QString &next)> ahead)
{
    Outgoing outgoing;
    if (!after.isEmpty())
        outgoing.query.addQueryItem(protocol::query::After, after);
    outgoing.query.addQueryItem(protocol::query::Limit, QString::number(limit));
    outgoing.limit = m_limit;
    // Read on a pool thread, as a feed page is (ExchangeClient::changes): the engine asks for the
    // next page while it stores this one.
    transfer(protocol::Endpoint::Directory, outgoing,
             [this, done, after, ahead](Result<Answer, SyncError> answer) {
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 if (ahead) {
                     if (const auto next = protocol::directory::peekNext(answer.value().body))
                         ahead(*next);
                 }
                 using Page = std::shared_ptr<Result<DirectoryPage, SyncError>>;
                 auto promise = std::make_shared<QPromise<Page>>();
                 QFuture<Page> page = promise->future();
                 promise->start();
                 QThreadPool::globalInstance()->start([promise, answer = std::move(answer.value()), after] {
                     promise->addResult(std::make_shared<Result<DirectoryPage, SyncError>>(
                         readDirectory(answer.body, answer.requestId, after)));
                     promise->finish();
                 });
                 page.then(this, [done](const Page &read) { done(std::move(*read)); });
             });
}

Result<DirectoryPage, SyncError> ExchangeClient::readDirectory(const QByteArray &body,
                                                               const QString &requestId, const QString &after)
{
    QElapsedTimer timer;
    timer.start();
    Result<QJsonObject, SyncError> parsed = BoundedJson::parseObject(body);
    const qint64 parsedMs = timer.elapsed();
    if (!parsed) {
        SyncError error = parsed.error();
        error.requestId = requestId;
        return error;
    }
    std::optional<protocol::directory::Page> page = protocol::directory::pageFromJson(parsed.value());
    // A page goes forward: its last code follows the one asked after, and a page with more after it
    // is not empty (else the download would ask for the same page for ever).
    const qsizetype items = page ? page->entities.size() + page->unreadable : 0;
    if (!page || (items > 0 && page->head.next <= after) || (page->head.hasMore && items == 0)) {
        SyncError error = SyncErrors::malformed(u"directory page not readable or not after its cursor"_s);
        error.requestId = requestId;
        return error;
    }
    DirectoryPage read;
    read.head = page->head;
    read.unreadable = page->unreadable;
    read.requestId = requestId;
    read.enterprises.reserve(page->entities.size());
    for (const core::RegisteredEntity &entity : std::as_const(page->entities))
        read.enterprises.append(storage::EnterpriseRecord::fromEntity(entity));
    qCDebug(lcSyncPull) << "directory page after" << after << "read in" << timer.elapsed() << "ms (JSON"
                        << parsedMs << "ms)";
    if (read.unreadable > 0)
        qCWarning(lcSyncPull) << "directory page after" << after << ":" << read.unreadable
                              << "entities not readable, skipped";
    return read;
}

} // namespace ow::sync
