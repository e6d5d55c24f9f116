#include "PageGeometry.h"

#include <QPageLayout>
#include <QPagedPaintDevice>

namespace ow::licence {

PageGeometry PageGeometry::of(QPagedPaintDevice *device, qreal marginMm, qreal pageNumberFromBottomMm)
{
    PageGeometry g;
    g.dpi = device->logicalDpiY();
    const QPageLayout pageLayout = device->pageLayout();
    const int resolution = device->logicalDpiX();
    const QRectF full = pageLayout.fullRectPixels(resolution);
    const QRectF paintable = pageLayout.paintRectPixels(resolution);
    // The painter's origin is the paintable area's corner (a printer's hardware margins); the
    // document's margins are measured from the paper's edge.
    const qreal margin = g.mm(marginMm);
    g.body = full.adjusted(margin, margin, -margin, -margin).translated(-paintable.topLeft());
    g.pageNumberY = full.height() - g.mm(pageNumberFromBottomMm) - paintable.top();
    return g;
}

} // namespace ow::licence
