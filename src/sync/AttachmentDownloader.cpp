#include "AttachmentDownloader.h"

#include "SyncLog.h"

namespace ow::sync {

AttachmentDownloader::AttachmentDownloader(std::shared_ptr<storage::Database> db, ExchangeClient *client,
                                           QObject *parent)
    : QObject(parent), m_store(std::make_unique<storage::AttachmentStore>(std::move(db))), m_client(client)
{}

AttachmentDownloader::~AttachmentDownloader() = default;

void AttachmentDownloader::fetch(const QString &caseId, const QStringList &hashes)
{
    for (const QString &hash : hashes) {
        if (m_asked.contains(hash) || !m_store->pathFor(hash).isEmpty())
            continue;
        m_asked.insert(hash);
        m_queue.append({caseId, hash});
    }
    if (!m_busy)
        next();
}

void AttachmentDownloader::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Wanted wanted = m_queue.takeFirst();
    qCDebug(lcSyncAttachments) << "fetching scan" << wanted.sha256 << "of case" << wanted.caseId;
    m_client->downloadAttachment(wanted.sha256, [this, wanted](Result<QByteArray, SyncError> result) {
        m_asked.remove(wanted.sha256);
        if (!result) {
            qCInfo(lcSyncAttachments) << "scan" << wanted.sha256 << "not fetched:" << result.error().code;
            emit failed(wanted.caseId, wanted.sha256, result.error());
        } else if (auto kept = m_store->addBytes(result.value(), wanted.sha256, wanted.caseId); !kept) {
            emit failed(wanted.caseId, wanted.sha256, SyncErrors::storage(kept.error().message));
        } else {
            emit arrived(wanted.caseId, wanted.sha256);
        }
        next();
    });
}

} // namespace ow::sync
