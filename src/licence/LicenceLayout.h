#pragma once

#include "LicenceSheet.h"
#include "QrCode.h"

#include <QColor>
#include <QPointF>
#include <QTextLayout>

#include <memory>
#include <vector>

// The sheet's layout, shared by LicenceSheet's paint and layOut. Internal to the library.
namespace ow::licence::detail {

// Every sheet is designed once on the 正本's A3 paper (420 × 297 mm), in units of 0.01 mm, with
// font sizes in points on that paper. A 副本 is the same design scaled to A4 (297/420), as the
// national printing standard scales it (17 pt → 12 pt for the code).
constexpr qreal kUnitsPerMm = 100;
constexpr qreal kDesignWidthMm = 420;
constexpr qreal kDesignHeightMm = 297;

// One laid-out text: its QTextLayout's lines are positioned relative to `origin`.
struct PlacedText
{
    QString key;
    QString text;
    std::unique_ptr<QTextLayout> layout;
    QPointF origin;            // design units
    qreal pointSize = 0;       // design points
    qreal pitch = 0;           // distance of its lines, design units
    qreal trailingSpacing = 0; // letter spacing after the last glyph, not part of the text's extent
    QColor colour = Qt::black;

    qreal height() const { return layout ? layout->lineCount() * pitch : 0; }
    QRectF extent() const; // the lines' extent, design units
};

struct SheetPlan
{
    LicenceCopy copy = LicenceCopy::Original;
    QString fontFamily;
    std::vector<PlacedText> texts;
    QrCode qr;
    QRectF qrRect;   // design units, quiet zone included
    QRectF sealRect; // design units
    bool provisional = false;

    // Millimetres of this copy's paper per design millimetre: 1 for the 正本, 297/420 for a 副本.
    qreal scale() const;
};

// Lays out `fields` (already validated) on `copy` in `family`. Fails when the QR payload cannot be
// encoded or a text does not fit its box even at the smallest readable size. `encoded`, when given,
// is the symbol of fields.qrPayload already made: the copies of one licence share it.
Result<SheetPlan> planSheet(const LicenceFields &fields, LicenceCopy copy, const QString &family,
                            const QrCode *encoded = nullptr);

// Paints the plan with the whole paper mapped onto `sheetRect` (painter coordinates).
void paintPlan(QPainter &painter, const SheetPlan &plan, const QRectF &sheetRect);

// The plan in millimetres of the copy's paper, for LicenceSheet::layOut.
LicenceSheetLayout describePlan(const SheetPlan &plan);

} // namespace ow::licence::detail
