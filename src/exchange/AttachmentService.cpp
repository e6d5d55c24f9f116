#include "AttachmentService.h"

#include "ExchangeLog.h"
#include "core/Authority.h"
#include "protocol/Attachments.h"
#include "protocol/Endpoints.h"

#include <QCryptographicHash>

namespace ow::exchange {

namespace att = protocol::attachments;
namespace keys = protocol::keys::attachment;

namespace {

ApiResponse progress(const ExchangeAttachmentStore::State &state, int status = 200)
{
    ApiResponse response = ApiResponse::ok(QJsonObject{{keys::Received, state.received},
                                                       {keys::Size, state.size},
                                                       {keys::Complete, state.complete}},
                                           status);
    response.headers.insert(att::OffsetHeader.toByteArray(), QByteArray::number(state.received));
    response.headers.insert(att::LengthHeader.toByteArray(), QByteArray::number(state.size));
    response.headers.insert(att::CompleteHeader.toByteArray(), state.complete ? "1" : "0");
    return response;
}

ApiResponse invalid(const QString &message, QLatin1StringView field)
{
    return ApiResponse::fail(400, protocol::errors::RequestInvalidField, message, field);
}

} // namespace

AttachmentService::AttachmentService(ExchangeStore &store, std::mutex &writeLock)
    : m_store(store), m_writeLock(writeLock)
{}

std::optional<ApiResponse> AttachmentService::refuseUnnamed(const Caller &caller, const QString &sha256)
{
    const ApiResponse unknown =
        ApiResponse::fail(404, protocol::errors::AttachmentUnknown,
                          QStringLiteral("No case of your registration authority names this scan."));
    if (!att::isHash(sha256.toLatin1())) {
        return unknown;
    }
    const Result<QStringList> authorities = m_store.attachments().authorities(sha256);
    if (!authorities) {
        return api::storeFailure(authorities.error());
    }
    for (const QString &authority : authorities.value()) {
        if (core::Authority::covers(caller.authority, authority)) {
            return std::nullopt;
        }
    }
    return unknown;
}

ApiResponse AttachmentService::state(const Caller &caller, const QString &sha256)
{
    if (auto refused = refuseUnnamed(caller, sha256)) {
        return *refused;
    }
    const auto state = m_store.attachments().state(sha256);
    if (!state) {
        return api::storeFailure(state.error());
    }
    ApiResponse response = progress(state.value().value_or(ExchangeAttachmentStore::State{}));
    response.userId = caller.user->id;
    return response;
}

Result<AttachmentService::Part> AttachmentService::readPart(const QString &offsetText,
                                                            const QString &sizeText, qint64 partBytes) const
{
    bool offsetOk = false;
    bool sizeOk = false;
    const Part part{offsetText.toLongLong(&offsetOk), sizeText.toLongLong(&sizeOk)};
    if (!sizeOk || part.size < 1) {
        return Error{protocol::errors::RequestInvalidField,
                     QStringLiteral("\"size\" must be the scan's size in bytes."), protocol::query::Size};
    }
    if (part.size > att::MaxBytes) {
        return Error{protocol::errors::AttachmentTooLarge,
                     QStringLiteral("A scan may be at most %1 bytes.").arg(att::MaxBytes),
                     protocol::query::Size};
    }
    if (!offsetOk || part.offset < 0 || partBytes < 1 || part.offset + partBytes > part.size) {
        return Error{protocol::errors::RequestInvalidField,
                     QStringLiteral("The part must be non-empty and lie within the scan."),
                     protocol::query::Offset};
    }
    return part;
}

ApiResponse AttachmentService::upload(const Caller &caller, const QString &sha256, const QString &offset,
                                      const QString &size, const QByteArray &bytes)
{
    if (auto refused = refuseUnnamed(caller, sha256)) {
        return *refused;
    }
    const Result<Part> part = readPart(offset, size, bytes.size());
    if (!part) {
        const Error &error = part.error();
        const int status = error.code == protocol::errors::AttachmentTooLarge ? 413 : 400;
        return ApiResponse::fail(status, error.code, error.message, error.field);
    }
    ApiResponse response;
    {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        if (auto begun = m_store.begin(); !begun) {
            return api::storeFailure(begun.error());
        }
        response = appendPart(sha256, part.value(), bytes);
        if (response.status >= 500) {
            m_store.rollback();
        } else if (auto committed = m_store.commit(); !committed) {
            m_store.rollback();
            return api::storeFailure(committed.error());
        }
    }
    response.userId = caller.user->id;
    return response;
}

ApiResponse AttachmentService::appendPart(const QString &sha256, const Part &part, const QByteArray &bytes)
{
    ExchangeAttachmentStore &store = m_store.attachments();
    const auto found = store.state(sha256);
    if (!found) {
        return api::storeFailure(found.error());
    }
    if (!found.value()) {
        if (auto started = store.start(sha256, part.size); !started) {
            return api::storeFailure(started.error());
        }
    }
    const ExchangeAttachmentStore::State state =
        found.value().value_or(ExchangeAttachmentStore::State{part.size});
    if (state.complete) {
        return progress(state); // sent before: kept once, answered as done
    }
    if (state.size != part.size) {
        return invalid(QStringLiteral("The scan was started with size %1.").arg(state.size),
                       protocol::query::Size);
    }
    if (part.offset != state.received) {
        ApiResponse refused = ApiResponse::fail(
            409, protocol::errors::AttachmentOffset,
            QStringLiteral("The exchange holds %1 bytes of this scan; send the part from there.")
                .arg(state.received));
        refused.headers.insert(att::OffsetHeader.toByteArray(), QByteArray::number(state.received));
        return refused;
    }
    const Result<bool> appended = store.append(sha256, part.offset, bytes);
    if (!appended) {
        return api::storeFailure(appended.error());
    }
    const qint64 received = part.offset + bytes.size();
    if (received == part.size) {
        return verifyWhole(sha256, part.size);
    }
    return progress({part.size, received, false});
}

ApiResponse AttachmentService::verifyWhole(const QString &sha256, qint64 size)
{
    ExchangeAttachmentStore &store = m_store.attachments();
    const Result<QByteArray> whole = store.content(sha256);
    if (!whole) {
        return api::storeFailure(whole.error());
    }
    const QByteArray actual = QCryptographicHash::hash(whole.value(), QCryptographicHash::Sha256).toHex();
    if (actual != sha256.toLatin1() || whole.value().size() != size) {
        qCInfo(lcExchangeIngest).noquote() << "scan" << sha256 << "arrived as" << actual << "; dropped";
        if (auto dropped = store.drop(sha256); !dropped) {
            return api::storeFailure(dropped.error());
        }
        return ApiResponse::fail(
            422, protocol::errors::AttachmentHashMismatch,
            QStringLiteral("The scan's bytes do not have the SHA-256 it was sent as; the "
                           "exchange dropped what it had. Send it again from the start."));
    }
    if (auto marked = store.markComplete(sha256); !marked) {
        return api::storeFailure(marked.error());
    }
    qCDebug(lcExchangeIngest).noquote() << "scan" << sha256 << "complete," << size << "bytes";
    return progress({size, size, true}, 201);
}

ApiResponse AttachmentService::download(const Caller &caller, const QString &sha256)
{
    if (auto refused = refuseUnnamed(caller, sha256)) {
        return *refused;
    }
    const auto state = m_store.attachments().state(sha256);
    if (!state) {
        return api::storeFailure(state.error());
    }
    if (!state.value() || !state.value()->complete) {
        return ApiResponse::fail(404, protocol::errors::AttachmentUnknown,
                                 QStringLiteral("The exchange does not hold this scan whole yet."));
    }
    const Result<QByteArray> whole = m_store.attachments().content(sha256);
    if (!whole) {
        return api::storeFailure(whole.error());
    }
    ApiResponse response = ApiResponse::json(whole.value());
    response.headers.insert("Content-Type", "application/octet-stream");
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
