#pragma once

#include <QRectF>

class QPagedPaintDevice;

namespace ow::licence {

// Where a printed document's text goes on a page of `device` (notices, the credit report), in the
// painter's coordinates: margins measured from the paper's edge, whatever a printer's hardware
// margins make the painter's origin.
struct PageGeometry
{
    qreal dpi = 300;
    QRectF body;           // the text area
    qreal pageNumberY = 0; // the page number's baseline
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }

    static PageGeometry of(QPagedPaintDevice *device, qreal marginMm, qreal pageNumberFromBottomMm);
};

} // namespace ow::licence
