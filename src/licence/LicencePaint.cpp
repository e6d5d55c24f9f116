#include "LicenceLayout.h"
#include "LicenceTexts.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

namespace ow::licence::detail {
namespace {

constexpr qreal mm(qreal millimetres)
{
    return millimetres * kUnitsPerMm;
}

const QColor kFrameColour(0x8a, 0x2d, 0x1f);             // the licence's border, a dark vermilion
const QColor kProvisionalColour(0xc6, 0x28, 0x28, 0x38); // light enough to read the fields through

// A double frame: a heavy outer line and a thin inner one.
void paintFrame(QPainter &painter)
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(kFrameColour, mm(1.2), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    const QRectF outer(mm(12), mm(12), mm(kDesignWidthMm - 24), mm(kDesignHeightMm - 24));
    painter.drawRect(outer);
    painter.setPen(QPen(kFrameColour, mm(0.35), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.drawRect(outer.adjusted(mm(3.5), mm(3.5), -mm(3.5), -mm(3.5)));
    painter.restore();
}

// 临时 across the sheet, as a shape rather than text: it must not mix into the text a reader of the
// PDF extracts, and it stays light enough to read every field through it.
void paintProvisionalMark(QPainter &painter, const QString &family)
{
    QFont font(family);
    font.setPixelSize(qRound(mm(75))); // about 210 pt
    font.setBold(true);
    QPainterPath path;
    path.addText(QPointF(0, 0), font, licenceWording().provisionalMark.toString());
    const QRectF bounds = path.boundingRect();
    painter.save();
    painter.translate(mm(kDesignWidthMm / 2), mm(kDesignHeightMm / 2 + 12));
    painter.rotate(-18);
    painter.translate(-bounds.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(kProvisionalColour);
    painter.drawPath(path);
    painter.restore();
}

} // namespace

void paintPlan(QPainter &painter, const SheetPlan &plan, const QRectF &sheetRect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(sheetRect.topLeft());
    const qreal k = sheetRect.width() / mm(kDesignWidthMm);
    painter.scale(k, k); // from here on: design units, 0.01 mm of the A3 design

    paintFrame(painter);
    if (plan.provisional)
        paintProvisionalMark(painter, plan.fontFamily);
    for (const PlacedText &text : plan.texts) {
        painter.setPen(text.colour);
        text.layout->draw(&painter, text.origin);
    }
    // Last, on a white square of its own: nothing may touch the code's quiet zone.
    plan.qr.paint(painter, plan.qrRect);
    painter.restore();
}

LicenceSheetLayout describePlan(const SheetPlan &plan)
{
    const qreal toMm = plan.scale() / kUnitsPerMm;
    auto paperRect = [toMm](const QRectF &design) {
        return QRectF(design.x() * toMm, design.y() * toMm, design.width() * toMm, design.height() * toMm);
    };
    LicenceSheetLayout layout;
    layout.copy = plan.copy;
    layout.pageMm = LicenceSheet::pageSizeMm(plan.copy);
    layout.qrMm = paperRect(plan.qrRect);
    layout.sealMm = paperRect(plan.sealRect);
    for (const PlacedText &text : plan.texts) {
        QString printed = text.text;
        printed.replace(QChar::LineSeparator, u'\n');
        layout.blocks.append({text.key, printed, paperRect(text.extent()), text.pointSize * plan.scale()});
    }
    return layout;
}

} // namespace ow::licence::detail
