#include "LicenceSheet.h"

#include "LicenceLayout.h"
#include "LicenceLog.h"
#include "LicenceTexts.h"
#include "Notice.h"
#include "core/UsccCode.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <vector>

using namespace Qt::StringLiterals;

namespace ow::licence {
namespace {

Error missing(const QString &field, const QString &message)
{
    return Error{u"licence.field_missing"_s, message, field};
}

Result<QString> chineseFont()
{
    const QString family = NoticeRenderer::chineseFontFamily();
    if (family.isEmpty()) {
        return Error{u"licence.no_cjk_font"_s,
                     LicenceSheet::tr("No Chinese font is installed, so the licence cannot be printed. "
                                      "Install one, for example the package fonts-wqy-microhei."),
                     QString()};
    }
    return family;
}

// Validated, in a Chinese font, laid out: everything a sheet needs before it is painted.
Result<detail::SheetPlan> prepare(const LicenceFields &fields, LicenceCopy copy, const QString &family,
                                  const QrCode *encoded = nullptr)
{
    if (Result<void> valid = LicenceSheet::validate(fields); !valid)
        return valid.error();
    return detail::planSheet(fields, copy, family, encoded);
}

// One sheet prepared in the Chinese font found on this machine.
Result<detail::SheetPlan> prepareInChineseFont(const LicenceFields &fields, LicenceCopy copy)
{
    const Result<QString> family = chineseFont();
    if (!family)
        return family.error();
    return prepare(fields, copy, family.value());
}

QPageLayout pageLayoutFor(LicenceCopy copy)
{
    return QPageLayout(QPageSize(copy == LicenceCopy::Original ? QPageSize::A3 : QPageSize::A4),
                       QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// The whole paper in the painter's coordinates: its origin is the paintable area's corner (a
// printer's hardware margins), the licence is laid out from the paper's edge.
QRectF paperRect(QPaintDevice *device, LicenceCopy copy)
{
    if (const auto *paged = dynamic_cast<QPagedPaintDevice *>(device)) {
        const QPageLayout layout = paged->pageLayout();
        const int resolution = device->logicalDpiX();
        const QRectF full = layout.fullRectPixels(resolution);
        return full.translated(-layout.paintRectPixels(resolution).topLeft());
    }
    // Any other device (an image for a preview): the paper's proportions, centred.
    const QSizeF paper = LicenceSheet::pageSizeMm(copy);
    const QSizeF fitted = paper.scaled(QSizeF(device->width(), device->height()), Qt::KeepAspectRatio);
    return QRectF(QPointF((device->width() - fitted.width()) / 2, (device->height() - fitted.height()) / 2),
                  fitted);
}

Result<void> checkDates(const LicenceFields &f)
{
    if (!f.establishedOn.isValid())
        return missing(u"establishedOn"_s, LicenceSheet::tr("The licence has no date of establishment."));
    if (!f.issuedOn.isValid())
        return missing(u"issuedOn"_s, LicenceSheet::tr("The licence has no date of issue."));
    const QDate from = f.termFrom.isValid() ? f.termFrom : f.establishedOn;
    if (f.termTo.isValid() && f.termTo < from) {
        return Error{u"licence.invalid_term"_s,
                     LicenceSheet::tr("The business term ends (%1) before it begins (%2).")
                         .arg(f.termTo.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                     u"termTo"_s};
    }
    return {};
}

// LicenceSheet::print with the font already found.
Result<void> printSheets(QPagedPaintDevice *device, const LicenceFields &fields,
                         const QList<LicenceCopy> &copies, const QString &family,
                         const QStringList &sheetNumbers = {})
{
    if (!device)
        return Error{u"licence.paint_failed"_s, LicenceSheet::tr("There is nothing to print the licence on."),
                     QString()};
    if (copies.isEmpty())
        return Error{u"licence.no_copies"_s,
                     LicenceSheet::tr("No original or duplicate of the licence was asked for."), QString()};
    // Every sheet laid out first: a payload or a text that does not fit stops the print before it starts.
    std::vector<detail::SheetPlan> plans;
    int duplicates = 0;
    for (LicenceCopy copy : copies) {
        LicenceFields numbered = fields;
        if (!sheetNumbers.isEmpty())
            numbered.sheetNumber = sheetNumbers.value(qsizetype(plans.size()));
        if (copy == LicenceCopy::Duplicate)
            numbered.copyNumber = fields.copyNumber + duplicates++;
        // One payload, one symbol: encoding it (masks tried and scored) costs more than laying out a sheet.
        Result<detail::SheetPlan> plan =
            prepare(numbered, copy, family, plans.empty() ? nullptr : &plans.front().qr);
        if (!plan)
            return plan.error();
        plans.push_back(std::move(plan).value());
    }

    const auto failed = [](const QString &message) {
        return Error{u"licence.paint_failed"_s, message, QString()};
    };
    device->setPageLayout(pageLayoutFor(copies.first()));
    QPainter painter;
    if (!painter.begin(device))
        return failed(LicenceSheet::tr("Cannot start printing the licence."));
    for (std::size_t i = 0; i < plans.size(); ++i) {
        if (i > 0) {
            device->setPageLayout(pageLayoutFor(plans[i].copy)); // applies to the page newPage() starts
            if (!device->newPage()) {
                painter.end();
                return failed(LicenceSheet::tr("Cannot start page %1 of the licence.").arg(i + 1));
            }
        }
        detail::paintPlan(painter, plans[i], paperRect(device, plans[i].copy));
    }
    if (!painter.end())
        return failed(LicenceSheet::tr("Cannot finish printing the licence."));
    qCDebug(lcLicenceSheet) << "printed" << plans.size() << "sheet(s) of" << fields.creditCode << "with"
                            << family;
    return {};
}

} // namespace

QSizeF LicenceSheet::pageSizeMm(LicenceCopy copy)
{
    return copy == LicenceCopy::Original ? QSizeF(420, 297) : QSizeF(297, 210);
}

Result<void> LicenceSheet::validate(const LicenceFields &f)
{
    const QString code = f.creditCode.trimmed();
    if (code.isEmpty())
        return missing(u"creditCode"_s, tr("The licence has no unified social credit code."));
    if (const core::RuleResult check = core::UsccCode::validate(code); !check) {
        return Error{u"licence.invalid_code"_s,
                     tr("The unified social credit code %1 cannot be printed: %2").arg(code, check.reason),
                     u"creditCode"_s};
    }
    struct Required
    {
        const QString *value;
        const char *field;
        const char *message;
    };
    const Required required[] = {
        {&f.name, "name", QT_TR_NOOP("The licence has no name.")},
        {&f.entityType, "entityType", QT_TR_NOOP("The licence has no entity type.")},
        {&f.legalRepresentative, "legalRepresentative",
         QT_TR_NOOP("The licence has no legal representative.")},
        {&f.businessScope, "businessScope", QT_TR_NOOP("The licence has no business scope.")},
        {&f.domicile, "domicile", QT_TR_NOOP("The licence has no domicile.")},
        {&f.authorityName, "authorityName", QT_TR_NOOP("The licence has no registration authority.")},
        {&f.publicityUrl, "publicityUrl", QT_TR_NOOP("The licence has no address of the publicity system.")},
    };
    for (const Required &r : required) {
        if (r.value->trimmed().isEmpty())
            return missing(QString::fromLatin1(r.field), tr(r.message));
    }
    // 执行事务合伙人 is the longest title; the labels' column is no wider than this.
    if (f.legalRepresentativeLabel.trimmed().size() > MaxRepresentativeLabelLength) {
        return Error{u"licence.invalid_label"_s,
                     tr("The title \"%1\" is too long for the licence: at most %2 characters.")
                         .arg(f.legalRepresentativeLabel.trimmed())
                         .arg(MaxRepresentativeLabelLength),
                     u"legalRepresentativeLabel"_s};
    }
    if (Result<void> dates = checkDates(f); !dates)
        return dates;
    if (f.qrPayload.isEmpty())
        return missing(u"qrPayload"_s, tr("The licence has nothing for its QR code to carry."));
    if (f.copyNumber < 1) {
        return Error{u"licence.invalid_copy_number"_s,
                     tr("A duplicate's number starts at 1, not %1.").arg(f.copyNumber), u"copyNumber"_s};
    }
    return {};
}

Result<LicenceSheetLayout> LicenceSheet::layOut(const LicenceFields &fields, LicenceCopy copy)
{
    const Result<detail::SheetPlan> plan = prepareInChineseFont(fields, copy);
    if (!plan)
        return plan.error();
    return detail::describePlan(plan.value());
}

Result<void> LicenceSheet::paint(QPainter &painter, const LicenceFields &fields, LicenceCopy copy,
                                 const QRectF &sheetRect)
{
    if (!painter.isActive()) {
        return Error{u"licence.paint_failed"_s,
                     tr("The licence cannot be painted: the painter is not active."), QString()};
    }
    const Result<detail::SheetPlan> plan = prepareInChineseFont(fields, copy);
    if (!plan)
        return plan.error();
    detail::paintPlan(painter, plan.value(),
                      sheetRect.isEmpty() ? paperRect(painter.device(), copy) : sheetRect);
    return {};
}

Result<void> LicenceSheet::print(QPagedPaintDevice *device, const LicenceFields &fields,
                                 const QList<LicenceCopy> &copies)
{
    const Result<QString> family = chineseFont();
    if (!family)
        return family.error();
    return printSheets(device, fields, copies, family.value());
}

Result<void> LicenceSheet::print(QPagedPaintDevice *device, const LicenceFields &fields,
                                 const QList<LicenceCopy> &copies, const QStringList &sheetNumbers)
{
    if (sheetNumbers.size() != copies.size())
        return Error{u"licence.no_copies"_s, tr("Each sheet printed needs its number of the blank stock."),
                     QString()};
    const Result<QString> family = chineseFont();
    if (!family)
        return family.error();
    return printSheets(device, fields, copies, family.value(), sheetNumbers);
}

Result<void> LicenceSheet::writePdf(const QString &path, const LicenceFields &fields,
                                    const QList<LicenceCopy> &copies)
{
    const auto writeFailed = [&path](const QString &why) {
        return Error{u"licence.write_failed"_s,
                     tr("Cannot write the licence to %1: %2").arg(QDir::toNativeSeparators(path), why),
                     QString()};
    };
    if (Result<void> valid = validate(fields); !valid)
        return valid;
    const Result<QString> family = chineseFont();
    if (!family)
        return family.error();
    // Written next to the target and renamed when complete: a failed write leaves no broken PDF.
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return writeFailed(path.isEmpty() ? tr("no file name given") : file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(detail::licenceWording().title.toString());
        writer.setCreator(u"OneWindow"_s);
        if (Result<void> printed = printSheets(&writer, fields, copies, family.value()); !printed) {
            file.cancelWriting();
            qCWarning(lcLicenceSheet).noquote()
                << "no licence written to" << path << ":" << printed.error().message;
            return printed;
        }
    }
    if (!file.commit())
        return writeFailed(file.errorString());
    qCInfo(lcLicenceSheet) << "wrote" << copies.size() << "sheet(s) of" << fields.creditCode << "to" << path;
    return {};
}

} // namespace ow::licence
