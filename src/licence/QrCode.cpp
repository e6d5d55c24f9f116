#include "QrCode.h"

#include "LicenceLog.h"

#include <QList>
#include <QPaintEngine>
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

QList<QRect> QrCode::darkRectangles() const
{
    // Runs of dark modules in a row; a run continues a rectangle of the rows above when it spans the
    // same columns, so a dark block of modules is one rectangle.
    QList<QRect> done;
    QList<QRect> open; // rectangles reaching the previous row, left to right
    for (int y = 0; y < m_size; ++y) {
        QList<QRect> next;
        qsizetype above = 0;
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            while (above < open.size() && open.at(above).left() < start)
                done.append(open.at(above++));
            if (above < open.size() && open.at(above).left() == start && open.at(above).right() == x - 1) {
                next.append(open.at(above++).adjusted(0, 0, 0, 1));
            } else {
                next.append(QRect(start, y, x - start, 1));
            }
        }
        done.append(open.mid(above));
        open = std::move(next);
    }
    done.append(open);
    return done;
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    const qreal module = target.width() / sizeWithQuietZone();
    const QList<QRect> modules = darkRectangles();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white); // the quiet zone, also over a printed background
    // From here on one unit is one module: whole numbers, short to write into a PDF.
    painter.translate(target.topLeft() + QPointF(module, module) * QuietZoneModules);
    painter.scale(module, module);
    painter.setBrush(Qt::black);
    // The dark modules filled at once, so that neither a rasteriser nor a printer draws hairlines
    // between neighbouring modules.
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Pdf) {
        // A PDF (QPdfWriter, a QPrinter on CUPS) fills rectangles given at once as one path and writes
        // each as a short `re`: far less to write and compress than a QPainterPath's points.
        painter.drawRects(modules.constData(), static_cast<int>(modules.size()));
    } else {
        // Other engines fill rectangles one by one, antialiased: one path keeps the seams out.
        QPainterPath path;
        path.setFillRule(Qt::WindingFill);
        for (const QRect &r : modules)
            path.addRect(QRectF(r));
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace ow::licence
