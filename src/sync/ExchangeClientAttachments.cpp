// ExchangeClient: the attachment endpoints (docs/protocol.md, "Attachments").
#include "ExchangeClient.h"
#include "SyncLog.h"
#include "protocol/Attachments.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace att = protocol::attachments;

namespace {

// An answer with no body to speak of (HEAD, a part's progress).
constexpr qint64 SmallAnswer = 64 * 1024;

} // namespace

Result<ExchangeClient::AttachmentProgress, SyncError> ExchangeClient::progressOf(const Answer &answer)
{
    bool offsetOk = false;
    bool lengthOk = false;
    AttachmentProgress progress;
    progress.received = answer.headers.value(att::OffsetHeader.toByteArray().toLower()).toLongLong(&offsetOk);
    progress.size = answer.headers.value(att::LengthHeader.toByteArray().toLower()).toLongLong(&lengthOk);
    progress.complete = answer.headers.value(att::CompleteHeader.toByteArray().toLower()) == "1";
    progress.completedNow = progress.complete && answer.status == 201;
    if (!offsetOk || !lengthOk || progress.received < 0 || progress.size < 0 ||
        progress.received > att::MaxBytes) {
        SyncError error = SyncErrors::make(SyncErrorKind::Protocol, u"response.invalid"_s,
                                           tr("The exchange's answer about a scan could not be read."), true);
        error.requestId = answer.requestId;
        return error;
    }
    return progress;
}

void ExchangeClient::attachmentState(const QString &sha256, Callback<AttachmentProgress> done)
{
    Outgoing outgoing;
    outgoing.resource = sha256;
    outgoing.limit = SmallAnswer;
    transfer(protocol::Endpoint::AttachmentState, outgoing, [done](Result<Answer, SyncError> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(progressOf(answer.value()));
    });
}

void ExchangeClient::uploadAttachmentPart(const QString &sha256, qint64 offset, qint64 size,
                                          const QByteArray &part, std::function<void(qint64, qint64)> sent,
                                          Callback<AttachmentProgress> done)
{
    Outgoing outgoing;
    outgoing.resource = sha256;
    outgoing.query.addQueryItem(protocol::query::Offset, QString::number(offset));
    outgoing.query.addQueryItem(protocol::query::Size, QString::number(size));
    outgoing.body = &part;
    outgoing.contentType = QByteArrayLiteral("application/octet-stream");
    outgoing.limit = SmallAnswer;
    outgoing.onSent = std::move(sent);
    transfer(protocol::Endpoint::AttachmentUpload, outgoing, [done](Result<Answer, SyncError> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(progressOf(answer.value()));
    });
}

void ExchangeClient::downloadAttachment(const QString &sha256, Callback<QByteArray> done)
{
    Outgoing outgoing;
    outgoing.resource = sha256;
    outgoing.limit = att::MaxBytes;
    transfer(protocol::Endpoint::AttachmentDownload, outgoing,
             [done, sha256](Result<Answer, SyncError> answer) {
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 const QByteArray actual =
                     QCryptographicHash::hash(answer.value().body, QCryptographicHash::Sha256).toHex();
                 if (actual != sha256.toLatin1()) {
                     qCWarning(lcSyncNet) << "scan" << sha256 << "arrived as" << actual;
                     SyncError error =
                         SyncErrors::make(SyncErrorKind::Protocol, u"attachment.hash_mismatch"_s,
                                          tr("A scan from the exchange did not match its name; it was not "
                                             "kept."),
                                          true);
                     error.requestId = answer.value().requestId;
                     done(error);
                     return;
                 }
                 done(std::move(answer.value().body));
             });
}

} // namespace ow::sync
