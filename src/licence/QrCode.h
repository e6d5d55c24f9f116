#pragma once

#include "core/Result.h"

#include <QBitArray>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRect>

class QPainter;
class QRectF;

namespace ow::licence {

// A QR code (ISO/IEC 18004) of opaque bytes, encoded by libqrencode in byte mode at
// error-correction level M, as the licence prints it. Holds the module matrix only; the quiet zone
// of QuietZoneModules light modules around it is added when it is painted.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    static constexpr int QuietZoneModules = 4;
    // The most bytes a QR code holds at level M (version 40, byte mode).
    static constexpr int MaxPayloadBytes = 2331;

    QrCode() = default; // no symbol: size() is 0

    // The symbol of `payload`, or an error: "licence.qr_empty", "licence.qr_too_long" (more than
    // MaxPayloadBytes) or "licence.qr_failed" (libqrencode could not encode it).
    static Result<QrCode> encode(const QByteArray &payload);

    bool isNull() const { return m_size == 0; }
    int version() const { return m_version; } // 1 … 40
    int size() const { return m_size; }       // modules per side, 17 + 4 × version
    int sizeWithQuietZone() const { return m_size + 2 * QuietZoneModules; }
    // The module matrix, row by row: bit y × size() + x is set for a dark module.
    const QBitArray &modules() const { return m_modules; }
    // Whether the module in column x, row y is dark; false outside the symbol (the quiet zone).
    bool isDark(int x, int y) const;

    // The dark modules as rectangles in module coordinates (x, y from the symbol's top-left corner),
    // non-overlapping, together exactly the dark modules: a run of a row, continued down the rows
    // where the same columns are dark.
    QList<QRect> darkRectangles() const;

    // Paints the symbol with its quiet zone into the square `target` (painter coordinates): a white
    // square, then darkRectangles() filled at once as vectors (no bitmap, no seams between modules).
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_version = 0;
    int m_size = 0;
    QBitArray m_modules;
};

} // namespace ow::licence
