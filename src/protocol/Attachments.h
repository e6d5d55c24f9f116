#pragma once

#include <QByteArrayView>
#include <QStringView>

// Scans at the exchange (docs/protocol.md, "Attachments"): named by the SHA-256 of their bytes,
// uploaded in parts, each appended at the offset the exchange reports, verified whole.
namespace ow::protocol::attachments {

// The largest scan the exchange keeps, and the largest part one PUT may carry (the route's body
// limit, checked before the body is read). The client sends smaller parts on a slow link.
inline constexpr qint64 MaxBytes = 20 * 1024 * 1024;
inline constexpr qint64 MaxPartBytes = 1024 * 1024;

// The headers of the HEAD and PUT answers: how many bytes of the scan the exchange holds, the
// whole scan's size once known, and "1" when the scan is complete and verified.
inline constexpr QByteArrayView OffsetHeader{"Upload-Offset"};
inline constexpr QByteArrayView LengthHeader{"Upload-Length"};
inline constexpr QByteArrayView CompleteHeader{"Upload-Complete"};

// A scan's name: 64 lowercase hexadecimal digits.
constexpr bool isHash(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace ow::protocol::attachments
