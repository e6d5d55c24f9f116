#pragma once

#include "ExchangeClient.h"
#include "SyncError.h"
#include "storage/AttachmentStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>

namespace ow::storage {
class Database;
}

namespace ow::sync {

// Sends the scans of this cache that the exchange does not hold yet (docs/protocol.md,
// "Attachments"), one at a time, in parts from offset 0: the exchange answers a scan it holds
// whole as complete (not sent again), and one it holds a part of with 409, after which HEAD says
// where its copy ends and the upload resumes there. A scan whose upload broke off in this process
// starts with HEAD straight away. (One round trip per scan fewer on a slow link than HEAD first.) A scan is
// recorded as held (storage::AttachmentStore::markAtExchange, in one transaction) only when the exchange
// answered it complete and verified, so a crash at any point at worst asks the exchange again. The scans of a
// case the exchange does not know yet (its events not pushed) wait for a later round. Held while the sync
// engine pushes and pulls: events go first; scans use the link between runs.
class AttachmentUploader : public QObject
{
    Q_OBJECT
public:
    // The part sent per request: small enough that a broken slow link loses little, large enough
    // that the round trip per part costs little (at 2 Mbit/s, 512 KiB is about two seconds, and a
    // page at reading size goes in one).
    static constexpr qint64 DefaultPartBytes = 512 * 1024;

    AttachmentUploader(std::shared_ptr<storage::Database> db, ExchangeClient *client,
                       QObject *parent = nullptr);
    ~AttachmentUploader() override;

    void setPartBytes(qint64 bytes);
    bool isRunning() const { return m_running; }
    // Bytes and scans left of the current round.
    qint64 bytesLeft() const { return m_total - m_sent; }

    struct Round
    {
        int uploaded = 0;     // scans the exchange holds now that it did not before this round
        int alreadyHeld = 0;  // found complete at the exchange (sent before, or by another counter)
        int waiting = 0;      // no case of the exchange names them yet: a later round
        qint64 bytesSent = 0; // part bytes the exchange acknowledged
        bool ok = true;       // false: the round stopped on an error (the next one resumes)
        SyncError error;
    };

public slots:
    // Starts a round over every scan the exchange does not hold (nothing when one is running).
    void start();
    // While held, no new part is sent (one in flight finishes); each hold() is ended by a release().
    void hold();
    void release();
    // Ends the round after the part in flight.
    void stop();

signals:
    // The round's bytes sent of all it set out to send, and the scans still to go.
    void progress(qint64 sentBytes, qint64 totalBytes, int scansLeft);
    void finished(const ow::sync::AttachmentUploader::Round &round);

private:
    void nextScan();
    void askState();
    void sendPart();
    void onPart(Result<ExchangeClient::AttachmentProgress, SyncError> result);
    // The exchange holds the scan whole: recorded; `sentNow`: this round sent its last part.
    void scanDone(bool sentNow);
    void skipScan(bool waiting);
    void fail(const SyncError &error);
    void finish();
    void report();

    std::unique_ptr<storage::AttachmentStore> m_store;
    ExchangeClient *m_client;
    qint64 m_partBytes = DefaultPartBytes;
    bool m_running = false;
    int m_holds = 0;
    bool m_stopping = false;
    bool m_inFlight = false;
    bool m_pendingPart = false; // a part is due but the uploader is held
    QList<storage::AttachmentStore::Pending> m_queue;
    QSet<QString> m_interrupted; // scans whose upload broke off: ask where to resume first
    QString m_hash;
    QByteArray m_bytes;
    qint64 m_offset = 0;
    qint64 m_scanBaseSent = 0; // m_sent when the current scan began
    int m_resumes = 0;         // offset mismatches of the current scan
    qint64 m_total = 0;
    qint64 m_sent = 0;
    Round m_round;
};

} // namespace ow::sync
