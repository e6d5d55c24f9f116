#include "QrCode.h"

#include "LicenceLog.h"

#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace ow::licence {

Result<QrCode> QrCode::encode(const QByteArray &payload)
{
    if (payload.isEmpty())
        return Error{u"licence.qr_empty"_s, tr("The licence's QR code has nothing to carry."), QString()};
    if (payload.size() > MaxPayloadBytes) {
        return Error{u"licence.qr_too_long"_s,
                     tr("The QR code cannot carry %1 bytes: at most %2 bytes fit in a QR code at "
                        "error-correction level M. Shorten the signed payload.")
                         .arg(payload.size())
                         .arg(MaxPayloadBytes),
                     QString()};
    }
    // Byte mode (encodeData): the payload is opaque, NUL bytes and UTF-8 included.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(payload.size()),
                          reinterpret_cast<const unsigned char *>(payload.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        const int why = errno;
        qCWarning(lcLicenceQr) << "libqrencode failed for" << payload.size()
                               << "bytes:" << std::strerror(why);
        if (why == ERANGE) {
            return Error{u"licence.qr_too_long"_s,
                         tr("The QR code cannot carry %1 bytes: the payload is too long for a QR code. "
                            "Shorten the signed payload.")
                             .arg(payload.size()),
                         QString()};
        }
        return Error{u"licence.qr_failed"_s,
                     tr("The QR code could not be made: %1").arg(QString::fromLocal8Bit(std::strerror(why))),
                     QString()};
    }

    QrCode result;
    result.m_version = code->version;
    result.m_size = code->width;
    result.m_modules.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_modules.setBit(i, (code->data[i] & 1) != 0); // bit 0: dark module
    qCDebug(lcLicenceQr) << payload.size() << "bytes in a version" << code->version << "symbol";
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(y * m_size + x);
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const qreal module = target.width() / sizeWithQuietZone();
    const QPointF origin = target.topLeft() + QPointF(module, module) * QuietZoneModules;
    // Runs of dark modules in a row become one rectangle; all of them one path, filled once, so
    // neither a rasteriser nor a printer draws hairlines between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(
                QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white); // the quiet zone, also over a printed background
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

} // namespace ow::licence
