#include "LicenceLayout.h"

#include "LicenceLog.h"
#include "LicenceTexts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QTextOption>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ow::licence::detail {
namespace {

constexpr qreal mm(qreal millimetres)
{
    return millimetres * kUnitsPerMm;
}

// Sizes in points on the A3 design (a 副本 prints them at 297/420 of that).
constexpr qreal kFieldPt = 14;
constexpr qreal kLabelPt = 14;
constexpr qreal kMinPt = 10; // the smallest a text is set to make it fit: 7.1 pt on a 副本
constexpr qreal kStepPt = 0.5;
constexpr qreal kLinePitch = 1.3; // distance of lines, of the font's height

// Boxes of the design, in millimetres on the A3 paper.
struct Box
{
    qreal left, top, right, bottom;
};
constexpr Box kLeftColumn{36, 96, 222, 252}; // 名称, 类型, 法定代表人, 经营范围
constexpr Box kRightColumn{238, 96, 389, 214}; // 注册资本, 成立日期, 营业期限, 住所: above the seal
constexpr qreal kFieldGapMm = 4.5;             // between one field and the next
constexpr qreal kLabelGapMm = 5;               // between a label and its value
constexpr QRectF kQrMm{344, 26, 46, 46};       // quiet zone included
constexpr QRectF kSealMm{323, 216, 44, 44}; // a 42 mm seal and some play, centred on the authority

// Lays texts out at one reference resolution, 0.01 mm per pixel, whatever the device they are
// painted on later: the same line breaks on screen, in the PDF and on a printer.
class Typesetter
{
public:
    explicit Typesetter(const QString &family) : m_family(family), m_device(1, 1, QImage::Format_Mono)
    {
        const int dotsPerMetre = qRound(kUnitsPerMm * 1000);
        m_device.setDotsPerMeterX(dotsPerMetre);
        m_device.setDotsPerMeterY(dotsPerMetre);
    }

    QFont font(qreal pointSize, bool bold = false, qreal spacingPercent = 100) const
    {
        QFont font(m_family);
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        font.setHintingPreference(QFont::PreferNoHinting); // metrics that scale with the paper
        font.setStyleStrategy(QFont::PreferQuality);
        if (spacingPercent != 100)
            font.setLetterSpacing(QFont::PercentageSpacing, spacingPercent);
        return QFont(font, &m_device);
    }

    qreal advance(const QString &text, qreal pointSize, bool bold = false) const
    {
        return QFontMetricsF(font(pointSize, bold), &m_device).horizontalAdvance(text);
    }

    // `text` wrapped to `width` (design units), its lines kLinePitch apart, at the origin.
    PlacedText set(const QString &key, const QString &text, qreal pointSize, qreal width,
                   Qt::Alignment alignment = Qt::AlignLeft, bool bold = false,
                   qreal spacingPercent = 100) const
    {
        const QFont f = font(pointSize, bold, spacingPercent);
        auto layout = std::make_unique<QTextLayout>(text, f, &m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        const qreal pitch = QFontMetricsF(f, &m_device).height() * kLinePitch;
        layout->beginLayout();
        for (int n = 0;; ++n) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(
                QPointF(0, n * pitch + (pitch - line.height()) / 2)); // glyphs centred in the pitch
        }
        layout->endLayout();
        PlacedText placed;
        placed.key = key;
        placed.text = text;
        placed.layout = std::move(layout);
        placed.pointSize = pointSize;
        placed.pitch = pitch;
        return placed;
    }

    // A label spread out evenly to `width` (名　　称), as licences print their labels.
    PlacedText spread(const QString &key, const QString &text, qreal pointSize, qreal width,
                      bool bold = false) const
    {
        const qreal natural = advance(text, pointSize, bold);
        if (text.size() < 2 || natural <= 0 || natural >= width)
            return set(key, text, pointSize, std::max(width, natural + 1), Qt::AlignLeft, bold);
        const qreal gap = (width - natural) / (text.size() - 1);
        // Every glyph of a label is as wide as the next: one percentage spreads them all alike.
        const qreal percent = 100 + 100 * gap / (natural / text.size());
        PlacedText placed = set(key, text, pointSize, width + gap + 1, Qt::AlignLeft, bold, percent);
        placed.trailingSpacing = gap;
        return placed;
    }

private:
    QString m_family;
    QImage m_device;
};

struct Field
{
    QString key; // the text's key; the LicenceFields member for the error's field (but "term")
    QString label;
    QString value;
};

// The fields of a column at `fixedPt`, the last one at `lastPt`; nothing when they do not fit.
std::optional<std::vector<PlacedText>> tryColumn(const Typesetter &ts, const Box &box, qreal labelWidth,
                                                 const QList<Field> &fields, qreal fixedPt, qreal lastPt)
{
    std::vector<PlacedText> placed;
    const qreal valueLeft = mm(box.left) + labelWidth + mm(kLabelGapMm);
    const qreal valueWidth = mm(box.right) - valueLeft;
    qreal y = mm(box.top);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field &field = fields.at(i);
        PlacedText label = ts.spread(field.key + u".label"_s, field.label, kLabelPt, labelWidth);
        PlacedText value =
            ts.set(field.key, field.value, i + 1 == fields.size() ? lastPt : fixedPt, valueWidth);
        label.origin = QPointF(mm(box.left), y);
        value.origin = QPointF(valueLeft, y + (label.pitch - value.pitch) / 2); // first lines side by side
        const qreal bottom = std::max(label.origin.y() + label.height(), value.origin.y() + value.height());
        if (bottom > mm(box.bottom))
            return std::nullopt;
        y = bottom + mm(kFieldGapMm);
        placed.push_back(std::move(label));
        placed.push_back(std::move(value));
    }
    return placed;
}

QString fieldName(const QString &key)
{
    if (key == u"name"_s)
        return LicenceSheet::tr("name");
    if (key == u"entityType"_s)
        return LicenceSheet::tr("entity type");
    if (key == u"legalRepresentative"_s)
        return LicenceSheet::tr("legal representative");
    if (key == u"businessScope"_s)
        return LicenceSheet::tr("business scope");
    if (key == u"registeredCapital"_s)
        return LicenceSheet::tr("registered capital");
    if (key == u"domicile"_s)
        return LicenceSheet::tr("domicile");
    if (key == u"authorityName"_s)
        return LicenceSheet::tr("registration authority");
    return key;
}

Error doesNotFit(const Field &field)
{
    return Error{u"licence.does_not_fit"_s,
                 LicenceSheet::tr("The %1 is too long for the licence (%2 characters): it does not fit its "
                                  "box even in the smallest readable print. Shorten it.")
                     .arg(fieldName(field.key))
                     .arg(field.value.size()),
                 field.key};
}

// A column of fields top to bottom, label beside value. The last field (经营范围, 住所) takes the rest
// of the column and is set smaller until it fits; then the others too, down to kMinPt. What still
// does not fit is an error, never clipped.
Result<void> setColumn(const Typesetter &ts, const Box &box, qreal labelWidth, const QList<Field> &fields,
                       SheetPlan &plan)
{
    for (qreal fixedPt = kFieldPt; fixedPt >= kMinPt; fixedPt -= kStepPt) {
        for (qreal lastPt = fixedPt; lastPt >= kMinPt; lastPt -= kStepPt) {
            std::optional<std::vector<PlacedText>> placed =
                tryColumn(ts, box, labelWidth, fields, fixedPt, lastPt);
            if (!placed)
                continue;
            if (lastPt < kFieldPt)
                qCDebug(lcLicenceSheet)
                    << fields.last().key << "set at" << lastPt << "pt, the others at" << fixedPt;
            for (PlacedText &text : *placed)
                plan.texts.push_back(std::move(text));
            return {};
        }
    }
    // The culprit: the last field, unless the others alone overflow even at the smallest size.
    const QList<Field> others = fields.mid(0, fields.size() - 1);
    const Field *culprit = &fields.last();
    if (!others.isEmpty() && !tryColumn(ts, box, labelWidth, others, kMinPt, kMinPt)) {
        culprit = &*std::max_element(fields.cbegin(), fields.cend() - 1, [](const Field &a, const Field &b) {
            return a.value.size() < b.value.size();
        });
    }
    qCWarning(lcLicenceSheet) << culprit->key << "does not fit:" << culprit->value.size() << "characters";
    return doesNotFit(*culprit);
}

Result<void> setColumns(const Typesetter &ts, const LicenceFields &f, SheetPlan &plan)
{
    const LicenceWording &w = licenceWording();
    const QString repLabel = f.legalRepresentativeLabel.trimmed().isEmpty()
                                 ? w.defaultRepLabel.toString()
                                 : f.legalRepresentativeLabel.trimmed();
    // Labels spread to the width of five characters, or of a longer title (执行事务合伙人).
    const qreal em = ts.advance(u"字"_s, kLabelPt);
    const qreal leftLabels = std::max(5 * em, ts.advance(repLabel, kLabelPt));
    const QList<Field> left{
        {u"name"_s, w.nameLabel.toString(), f.name.trimmed()},
        {u"entityType"_s, w.typeLabel.toString(), f.entityType.trimmed()},
        {u"legalRepresentative"_s, repLabel, f.legalRepresentative.trimmed()},
        {u"businessScope"_s, w.scopeLabel.toString(), f.businessScope.trimmed()},
    };
    if (Result<void> placed = setColumn(ts, kLeftColumn, leftLabels, left, plan); !placed)
        return placed;

    const QDate from = f.termFrom.isValid() ? f.termFrom : f.establishedOn;
    const QString term = licenceDate(from) + w.termSeparator.toString() +
                         (f.termTo.isValid() ? licenceDate(f.termTo) : w.termUnlimited.toString());
    QList<Field> right;
    if (!f.registeredCapital.trimmed().isEmpty())
        right.append({u"registeredCapital"_s, w.capitalLabel.toString(), f.registeredCapital.trimmed()});
    right.append({u"establishedOn"_s, w.establishedLabel.toString(), licenceDate(f.establishedOn)});
    right.append({u"term"_s, w.termLabel.toString(), term});
    right.append({u"domicile"_s, w.domicileLabel.toString(), f.domicile.trimmed()});
    return setColumn(ts, kRightColumn, 4 * em, right, plan);
}

// Top left: the code under its label, then a 副本's number and the blank stock's serial.
void setCodeBlock(const Typesetter &ts, const LicenceFields &f, LicenceCopy copy, SheetPlan &plan)
{
    const LicenceWording &w = licenceWording();
    const qreal left = mm(kLeftColumn.left), width = mm(100);
    qreal y = mm(27);
    auto stack = [&](PlacedText text, qreal gapMm) {
        text.origin = QPointF(left, y);
        y += text.height() + mm(gapMm);
        plan.texts.push_back(std::move(text));
    };
    stack(ts.set(u"creditCode.label"_s, w.creditCodeLabel.toString(), 15, width), 0);
    stack(ts.set(u"creditCode"_s, f.creditCode.trimmed(), 17, width, Qt::AlignLeft, true), 1.5);
    if (copy == LicenceCopy::Duplicate)
        stack(ts.set(u"copyNumber"_s, w.copyNumberLabel.toString() + u"1-%1"_s.arg(f.copyNumber), 12, width),
              0.5);
    if (!f.sheetNumber.trimmed().isEmpty())
        stack(ts.set(u"sheetNumber"_s, w.sheetNumberLabel.toString() + f.sheetNumber.trimmed(), 11, width),
              0);
}

// In the middle: 营业执照 spaced out, （副本） under it, and a provisional sheet's banner.
void setTitle(const Typesetter &ts, LicenceCopy copy, bool provisional, SheetPlan &plan)
{
    const LicenceWording &w = licenceWording();
    const qreal centre = mm(210), width = mm(170);
    qreal y = mm(26);
    auto centred = [&](PlacedText text, qreal gapMm) {
        // Letter spacing follows the last glyph too: half of it to the right keeps the ink centred.
        text.origin = QPointF(centre - width / 2 + text.trailingSpacing / 2, y);
        y += text.height() + mm(gapMm);
        plan.texts.push_back(std::move(text));
    };
    constexpr qreal kTitlePt = 54, kTitleSpacing = 0.6; // of a character
    PlacedText title = ts.set(u"title"_s, w.title.toString(), kTitlePt, width, Qt::AlignHCenter, true,
                              100 * (1 + kTitleSpacing));
    title.trailingSpacing = kTitleSpacing * ts.advance(u"营"_s, kTitlePt, true);
    centred(std::move(title), 0);
    if (copy == LicenceCopy::Duplicate)
        centred(ts.set(u"duplicateMark"_s, w.duplicateMark.toString(), 20, width, Qt::AlignHCenter), 0.5);
    if (provisional) {
        PlacedText banner =
            ts.set(u"provisional"_s, w.provisionalBanner.toString(), 14, width, Qt::AlignHCenter, true);
        banner.colour = QColor(0xc6, 0x28, 0x28);
        centred(std::move(banner), 0);
    }
}

void setQrCode(const Typesetter &ts, SheetPlan &plan)
{
    plan.qrRect = QRectF(mm(kQrMm.x()), mm(kQrMm.y()), mm(kQrMm.width()), mm(kQrMm.height()));
    const qreal width = mm(64);
    PlacedText caption =
        ts.set(u"qrCaption"_s, licenceWording().qrCaption.toString(), 8.5, width, Qt::AlignHCenter);
    caption.origin = QPointF(plan.qrRect.center().x() - width / 2, plan.qrRect.bottom() + mm(2));
    plan.texts.push_back(std::move(caption));
}

// Bottom right: 登记机关, the authority and the date of issue, centred where the seal is stamped.
Result<void> setAuthority(const Typesetter &ts, const LicenceFields &f, SheetPlan &plan)
{
    plan.sealRect = QRectF(mm(kSealMm.x()), mm(kSealMm.y()), mm(kSealMm.width()), mm(kSealMm.height()));
    const qreal width = mm(74), left = plan.sealRect.center().x() - width / 2;
    std::optional<PlacedText> name;
    for (qreal pt = kFieldPt; pt >= kMinPt && !name; pt -= kStepPt) {
        PlacedText candidate =
            ts.set(u"authorityName"_s, f.authorityName.trimmed(), pt, width, Qt::AlignHCenter);
        if (candidate.layout->lineCount() <= 2)
            name = std::move(candidate);
    }
    if (!name)
        return doesNotFit({u"authorityName"_s, QString(), f.authorityName.trimmed()});
    PlacedText date = ts.set(u"issuedOn"_s, licenceDate(f.issuedOn), kFieldPt, width, Qt::AlignHCenter);
    const qreal gap = mm(2);
    const qreal top = plan.sealRect.center().y() - (name->height() + gap + date.height()) / 2;
    name->origin = QPointF(left, top);
    date.origin = QPointF(left, top + name->height() + gap);

    PlacedText label =
        ts.spread(u"authority.label"_s, licenceWording().authorityLabel.toString(), 15, mm(27));
    label.origin = QPointF(mm(272), top + (name->pitch - label.pitch) / 2);
    plan.texts.push_back(std::move(label));
    plan.texts.push_back(std::move(*name));
    plan.texts.push_back(std::move(date));
    return {};
}

// At the bottom: a 副本's annual-report notice, the publicity system's address, who supervised the print.
void setFooter(const Typesetter &ts, const LicenceFields &f, LicenceCopy copy, SheetPlan &plan)
{
    const LicenceWording &w = licenceWording();
    const qreal left = mm(kLeftColumn.left);
    if (copy == LicenceCopy::Duplicate) {
        PlacedText notice = ts.set(u"annualReport"_s, w.annualReportNotice.toString(), 10, mm(200));
        notice.origin = QPointF(left, mm(257));
        plan.texts.push_back(std::move(notice));
    }
    PlacedText url =
        ts.set(u"publicityUrl"_s, w.publicityLabel.toString() + f.publicityUrl.trimmed(), 11, mm(200));
    url.origin = QPointF(left, mm(265));
    plan.texts.push_back(std::move(url));
    const qreal width = mm(80);
    PlacedText supervised = ts.set(u"supervisedBy"_s, w.supervisedBy.toString(), 9, width, Qt::AlignRight);
    supervised.origin = QPointF(mm(kRightColumn.right) - width, mm(266));
    plan.texts.push_back(std::move(supervised));
}

} // namespace

QRectF PlacedText::extent() const
{
    QRectF rect;
    for (int i = 0; layout && i < layout->lineCount(); ++i)
        rect = rect.united(layout->lineAt(i).naturalTextRect());
    if (rect.width() > trailingSpacing)
        rect.setRight(rect.right() - trailingSpacing);
    return rect.translated(origin);
}

qreal SheetPlan::scale() const
{
    return copy == LicenceCopy::Original ? 1.0 : 297.0 / 420.0;
}

Result<SheetPlan> planSheet(const LicenceFields &fields, LicenceCopy copy, const QString &family,
                            const QrCode *encoded)
{
    Result<QrCode> qr = encoded ? Result<QrCode>(*encoded) : QrCode::encode(fields.qrPayload);
    if (!qr)
        return qr.error();
    SheetPlan plan;
    plan.copy = copy;
    plan.fontFamily = family;
    plan.qr = std::move(qr).value();
    plan.provisional = fields.provisional;

    const Typesetter ts(family);
    setCodeBlock(ts, fields, copy, plan);
    setTitle(ts, copy, fields.provisional, plan);
    setQrCode(ts, plan);
    if (Result<void> columns = setColumns(ts, fields, plan); !columns)
        return columns.error();
    if (Result<void> authority = setAuthority(ts, fields, plan); !authority)
        return authority.error();
    setFooter(ts, fields, copy, plan);
    return plan;
}

} // namespace ow::licence::detail
