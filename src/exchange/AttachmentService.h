#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QByteArray>
#include <QString>

#include <mutex>

namespace ow::exchange {

// Scans at the exchange (docs/protocol.md, "Attachments"). A scan is named by its SHA-256; the
// caller may state, upload or download it only when a case of its authority (core::Authority::covers)
// names it, so a workstation pushes its events first and sends the scans those cases name, and
// nobody learns whether another authority's scan exists (404 either way). Parts are appended in
// order at the offset the exchange reports (resume after a broken connection: HEAD, then on from
// there); the whole is verified against its name before it is kept (a mismatch drops it all);
// a complete scan is answered as complete again without being written (sent once, kept once).
class AttachmentService
{
public:
    AttachmentService(ExchangeStore &store, std::mutex &writeLock);

    ApiResponse state(const Caller &caller, const QString &sha256);
    ApiResponse upload(const Caller &caller, const QString &sha256, const QString &offset,
                       const QString &size, const QByteArray &part);
    ApiResponse download(const Caller &caller, const QString &sha256);

private:
    struct Part
    {
        qint64 offset = 0;
        qint64 size = 0;
    };
    // The 404 every refusal of an unnamed, foreign or unknown scan gets; or none when the caller may.
    std::optional<ApiResponse> refuseUnnamed(const Caller &caller, const QString &sha256);
    Result<Part> readPart(const QString &offset, const QString &size, qint64 partBytes) const;
    // In the write transaction: appends the part and, when the scan is whole, verifies it.
    ApiResponse appendPart(const QString &sha256, const Part &part, const QByteArray &bytes);
    ApiResponse verifyWhole(const QString &sha256, qint64 size);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
