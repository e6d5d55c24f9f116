#include "AttachmentUploader.h"

#include "SyncLog.h"
#include "protocol/Attachments.h"
#include "protocol/ErrorCodes.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace att = protocol::attachments;

namespace {
// A part refused as out of order sends the scan's state asked again; this often in a row means the
// exchange and this counter disagree for good (another uploader of the same scan): next round.
constexpr int MaxResumes = 3;
} // namespace

AttachmentUploader::AttachmentUploader(std::shared_ptr<storage::Database> db, ExchangeClient *client,
                                       QObject *parent)
    : QObject(parent), m_store(std::make_unique<storage::AttachmentStore>(std::move(db))), m_client(client)
{}

AttachmentUploader::~AttachmentUploader() = default;

void AttachmentUploader::setPartBytes(qint64 bytes)
{
    m_partBytes = std::clamp<qint64>(bytes, 1024, att::MaxPartBytes);
}

void AttachmentUploader::start()
{
    if (m_running)
        return;
    m_queue = m_store->notAtExchange();
    if (m_queue.isEmpty())
        return;
    m_running = true;
    m_stopping = false;
    m_round = {};
    m_sent = 0;
    m_total = 0;
    for (const storage::AttachmentStore::Pending &pending : std::as_const(m_queue))
        m_total += pending.size;
    qCInfo(lcSyncAttachments) << "uploading" << m_queue.size() << "scans," << m_total << "bytes";
    report();
    nextScan();
}

void AttachmentUploader::hold()
{
    ++m_holds;
}

void AttachmentUploader::release()
{
    m_holds = std::max(0, m_holds - 1);
    if (m_holds == 0 && m_pendingPart && !m_inFlight) {
        m_pendingPart = false;
        sendPart();
    }
}

void AttachmentUploader::stop()
{
    if (m_running)
        m_stopping = true;
    if (m_running && !m_inFlight)
        finish();
}

void AttachmentUploader::report()
{
    emit progress(m_sent, m_total, int(m_queue.size()) + (m_hash.isEmpty() ? 0 : 1));
}

void AttachmentUploader::nextScan()
{
    m_hash.clear();
    m_bytes.clear();
    if (m_stopping || m_queue.isEmpty()) {
        finish();
        return;
    }
    const storage::AttachmentStore::Pending pending = m_queue.takeFirst();
    QFile file(m_store->pathFor(pending.sha256));
    if (pending.size > att::MaxBytes || !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSyncAttachments) << "scan" << pending.sha256 << "not sent: missing or over the limit";
        m_total -= pending.size;
        skipScan(false);
        return;
    }
    m_hash = pending.sha256;
    m_bytes = file.readAll();
    m_total += m_bytes.size() - pending.size;
    m_scanBaseSent = m_sent;
    m_resumes = 0;
    if (m_interrupted.contains(m_hash)) {
        askState();
        return;
    }
    m_offset = 0;
    sendPart();
}

void AttachmentUploader::askState()
{
    m_inFlight = true;
    m_client->attachmentState(m_hash, [this](Result<ExchangeClient::AttachmentProgress, SyncError> result) {
        m_inFlight = false;
        if (!result) {
            onPart(result.error());
            return;
        }
        if (result.value().complete) {
            ++m_round.alreadyHeld;
            scanDone(false);
            return;
        }
        m_offset = std::clamp<qint64>(result.value().received, 0, m_bytes.size());
        m_sent = m_scanBaseSent + m_offset;
        report();
        sendPart();
    });
}

void AttachmentUploader::sendPart()
{
    if (m_stopping) {
        finish();
        return;
    }
    if (m_holds > 0) {
        m_pendingPart = true;
        return;
    }
    const QByteArray part = m_bytes.mid(m_offset, m_partBytes);
    const qint64 base = m_scanBaseSent + m_offset;
    m_inFlight = true;
    m_client->uploadAttachmentPart(
        m_hash, m_offset, m_bytes.size(), part,
        [this, base](qint64 sent, qint64) {
            if (m_running && sent > 0) {
                m_sent = base + sent;
                report();
            }
        },
        [this](Result<ExchangeClient::AttachmentProgress, SyncError> result) {
            m_inFlight = false;
            onPart(std::move(result));
        });
}

void AttachmentUploader::onPart(Result<ExchangeClient::AttachmentProgress, SyncError> result)
{
    if (!m_running)
        return;
    if (!result) {
        const SyncError &error = result.error();
        if (error.code == protocol::errors::AttachmentUnknown) {
            m_total -= m_bytes.size();
            m_sent = m_scanBaseSent;
            skipScan(true);
        } else if (error.code == protocol::errors::AttachmentOffset && ++m_resumes <= MaxResumes) {
            askState();
        } else if (error.code == protocol::errors::AttachmentHashMismatch) {
            qCWarning(lcSyncAttachments) << "scan" << m_hash << "refused: its bytes do not match its name";
            m_total -= m_bytes.size();
            m_sent = m_scanBaseSent;
            skipScan(false);
        } else {
            fail(error);
        }
        return;
    }
    const ExchangeClient::AttachmentProgress &progress = result.value();
    if (progress.complete && !progress.completedNow) {
        ++m_round.alreadyHeld; // held whole before: the part was not written
        scanDone(false);
        return;
    }
    m_round.bytesSent += std::max<qint64>(0, progress.received - m_offset);
    if (progress.complete) {
        scanDone(true);
        return;
    }
    m_offset = std::clamp<qint64>(progress.received, 0, m_bytes.size());
    m_sent = m_scanBaseSent + m_offset;
    report();
    sendPart();
}

void AttachmentUploader::scanDone(bool sentNow)
{
    if (auto marked = m_store->markAtExchange(m_hash); !marked) {
        // Not recorded: the next round asks the exchange, which answers it complete.
        qCWarning(lcSyncAttachments) << "scan" << m_hash
                                     << "at the exchange but not recorded:" << marked.error().message;
    }
    if (sentNow)
        ++m_round.uploaded;
    qCDebug(lcSyncAttachments) << "scan" << m_hash << "at the exchange";
    m_sent = m_scanBaseSent + m_bytes.size();
    report();
    nextScan();
}

void AttachmentUploader::skipScan(bool waiting)
{
    if (waiting)
        ++m_round.waiting;
    report();
    nextScan();
}

void AttachmentUploader::fail(const SyncError &error)
{
    m_interrupted.insert(m_hash);
    qCInfo(lcSyncAttachments) << "upload of" << m_hash << "stopped:" << error.code << error.detail;
    m_round.ok = false;
    m_round.error = error;
    finish();
}

void AttachmentUploader::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_pendingPart = false;
    m_queue.clear();
    m_hash.clear();
    m_bytes.clear();
    const Round round = m_round;
    qCInfo(lcSyncAttachments) << "round ended:" << round.uploaded << "sent," << round.alreadyHeld
                              << "already held," << round.waiting << "waiting," << round.bytesSent << "bytes";
    emit finished(round);
}

} // namespace ow::sync
