#pragma once

#include "ExchangeClient.h"
#include "SyncError.h"
#include "storage/AttachmentStore.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace ow::storage {
class Database;
}

namespace ow::sync {

// Brings the scans of a case that this cache lacks from the exchange (GET, checked against the
// hash by ExchangeClient) into the AttachmentStore, one at a time in the order asked; a scan asked
// for again while queued or on its way is not asked twice. What arrived is recorded as held by the
// exchange, so this counter never uploads it back.
class AttachmentDownloader : public QObject
{
    Q_OBJECT
public:
    AttachmentDownloader(std::shared_ptr<storage::Database> db, ExchangeClient *client,
                         QObject *parent = nullptr);
    ~AttachmentDownloader() override;

    // Queues the scans of `caseId` among `hashes` that are not stored here.
    void fetch(const QString &caseId, const QStringList &hashes);
    bool isBusy() const { return m_busy; }

signals:
    void arrived(const QString &caseId, const QString &sha256);
    void failed(const QString &caseId, const QString &sha256, const ow::sync::SyncError &error);

private:
    struct Wanted
    {
        QString caseId;
        QString sha256;
    };
    void next();

    std::unique_ptr<storage::AttachmentStore> m_store;
    ExchangeClient *m_client;
    QList<Wanted> m_queue;
    QSet<QString> m_asked; // queued or on the way
    bool m_busy = false;
};

} // namespace ow::sync
