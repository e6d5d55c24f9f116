// The credit report laid out on A4 pages and painted: blocks (CreditReportBlocks.h) wrapped with
// QTextLayout, headings kept with what follows, a page number on every page when there are several.
#include "CreditReport.h"
#include "CreditReportBlocks.h"
#include "LicenceLog.h"
#include "Notice.h"
#include "PageGeometry.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ow::licence {
namespace {

using detail::ReportBlock;
using detail::ReportRole;

constexpr qreal kMarginMm = 20.0;
constexpr qreal kPageNumberFromBottomMm = 10.0;
constexpr qreal kLineSpacing = 1.4;

struct Style
{
    qreal pointSize = 11.0;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indentEm = 0;
    qreal spaceBeforeLines = 0;
    bool keepWithNext = false;
};

Style styleFor(ReportRole role)
{
    switch (role) {
    case ReportRole::Authority:
        return {15.0, true, Qt::AlignHCenter, 0, 0, true};
    case ReportRole::Title:
        return {20.0, true, Qt::AlignHCenter, 0, 0.2, true};
    case ReportRole::Meta:
        return {10.5, false, Qt::AlignRight, 0, 0.3, true};
    case ReportRole::Subject:
        return {11.0, false, Qt::AlignLeft, 0, 0, true};
    case ReportRole::Alert:
        return {11.0, true, Qt::AlignLeft, 0, 0.2, false};
    case ReportRole::Heading:
        return {13.0, true, Qt::AlignLeft, 0, 0.8, true};
    case ReportRole::ItemHeading:
        return {11.0, true, Qt::AlignLeft, 1, 0.3, true};
    case ReportRole::Field:
    case ReportRole::Empty:
        return {10.5, false, Qt::AlignLeft, 3, 0, false};
    case ReportRole::Note:
        return {9.5, false, Qt::AlignJustify, 0, 1.2, false};
    case ReportRole::Clerk:
        return {10.5, false, Qt::AlignLeft, 0, 0.6, true};
    case ReportRole::Date:
        return {10.5, false, Qt::AlignRight, 0, 0, false};
    }
    return {};
}

struct Measured
{
    std::unique_ptr<QTextLayout> layout;
    qreal left = 0;
    qreal pitch = 0;
    qreal spaceBefore = 0;
    bool keepWithNext = false;
    bool removed = false;
    qreal height() const { return spaceBefore + layout->lineCount() * pitch; }
};

struct Placed
{
    int page = 0;
    QPointF position;
    const Measured *block = nullptr;
    int line = 0;
};

Measured measure(const ReportBlock &block, const QString &family, QPaintDevice *device, const PageGeometry &g)
{
    const Style style = styleFor(block.role);
    const QFont font = NoticeRenderer::printFont(family, style.pointSize, style.bold);
    const QFontMetricsF metrics(font, device);
    const qreal em = metrics.horizontalAdvance(u'字');
    Measured m;
    m.layout = std::make_unique<QTextLayout>(block.text, font, device);
    QTextOption option(style.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m.layout->setTextOption(option);
    const qreal width = g.body.width() - style.indentEm * em;
    // Wrapped lines go on under the value (a field) or the text (a numbered item), not the label.
    const qreal hanging =
        block.hangingPrefix > 0 ? metrics.horizontalAdvance(block.text.left(block.hangingPrefix)) : 0;
    m.layout->beginLayout();
    for (int n = 0;; ++n) {
        QTextLine line = m.layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = n == 0 ? 0 : std::min(hanging, width / 2);
        line.setLineWidth(std::max(em, width - indent));
        line.setPosition(QPointF(indent, 0));
    }
    m.layout->endLayout();
    m.left = g.body.left() + style.indentEm * em;
    m.pitch = metrics.height() * kLineSpacing;
    const qreal bodyPitch =
        QFontMetricsF(NoticeRenderer::printFont(family, 10.5, false), device).height() * kLineSpacing;
    m.spaceBefore = style.spaceBeforeLines * bodyPitch;
    m.keepWithNext = style.keepWithNext;
    m.removed = block.removed;
    return m;
}

// Places every line on its page; a block kept with the next moves to a new page with it when they
// do not fit together, so a heading never ends a page.
int place(const std::vector<Measured> &blocks, const PageGeometry &g, std::vector<Placed> *out)
{
    int page = 0;
    qreal y = g.body.top();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Measured &m = blocks[i];
        qreal needed = m.height();
        for (std::size_t j = i; j + 1 < blocks.size() && blocks[j].keepWithNext; ++j)
            needed += blocks[j + 1].height();
        if (y > g.body.top() && y + needed > g.body.bottom() && needed <= g.body.height()) {
            ++page;
            y = g.body.top();
        }
        if (y > g.body.top())
            y += m.spaceBefore;
        for (int n = 0; n < m.layout->lineCount(); ++n) {
            if (y + m.pitch > g.body.bottom() + 0.5 && y > g.body.top()) {
                ++page;
                y = g.body.top();
            }
            const QTextLine line = m.layout->lineAt(n);
            out->push_back({page, QPointF(m.left, y + (m.pitch - line.height()) / 2), &m, n});
            y += m.pitch;
        }
    }
    return page + 1;
}

void setError(QString *error, const QString &message)
{
    qCWarning(lcCreditReport).noquote() << message;
    if (error)
        *error = message;
}

QString noFontError()
{
    return CreditReportRenderer::tr("No Chinese font is installed, so the credit report cannot be printed. "
                                    "Install one, for example the package fonts-wqy-microhei.");
}

} // namespace

bool CreditReportRenderer::paint(const CreditReportData &data, QPagedPaintDevice *device, QString *error)
{
    if (!device) {
        setError(error, tr("There is nothing to print the credit report on."));
        return false;
    }
    if (const QString invalid = validate(data); !invalid.isEmpty()) {
        setError(error, invalid);
        return false;
    }
    const QString family = NoticeRenderer::chineseFontFamily();
    if (family.isEmpty()) {
        setError(error, noFontError());
        return false;
    }
    const PageGeometry g = PageGeometry::of(device, kMarginMm, kPageNumberFromBottomMm);
    std::vector<Measured> blocks;
    const QList<ReportBlock> source = detail::creditReportBlocks(data);
    for (const ReportBlock &block : source)
        blocks.push_back(measure(block, family, device, g));
    std::vector<Placed> lines;
    const int pages = place(blocks, g, &lines);

    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, tr("Cannot start printing the credit report."));
        return false;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFont pageNumberFont = NoticeRenderer::printFont(family, 9.0, false);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            setError(error, tr("Cannot start page %1 of the credit report.").arg(page + 1));
            return false;
        }
        for (const Placed &placed : lines) {
            if (placed.page != page)
                continue;
            painter.setPen(placed.block->removed ? QColor(0x60, 0x60, 0x60) : QColor(Qt::black));
            placed.block->layout->lineAt(placed.line).draw(&painter, placed.position);
        }
        if (pages > 1) {
            const QString number = detail::reportPageNumber(page + 1, pages);
            painter.setPen(Qt::black);
            painter.setFont(pageNumberFont);
            const qreal x =
                g.body.center().x() - QFontMetricsF(pageNumberFont, device).horizontalAdvance(number) / 2;
            painter.drawText(QPointF(x, g.pageNumberY), number);
        }
    }
    if (!painter.end()) {
        setError(error, tr("Cannot finish printing the credit report."));
        return false;
    }
    qCDebug(lcCreditReport) << "painted the credit report of" << data.profile.code << "on" << pages
                            << "page(s) with" << family;
    return true;
}

bool CreditReportRenderer::writePdf(const CreditReportData &data, const QString &path, QString *error)
{
    if (const QString invalid = validate(data); !invalid.isEmpty()) {
        setError(error, invalid);
        return false;
    }
    if (NoticeRenderer::chineseFontFamily().isEmpty()) {
        setError(error, noFontError());
        return false;
    }
    const auto failed = [&](const QString &why) {
        setError(error,
                 tr("Cannot write the credit report to %1: %2").arg(QDir::toNativeSeparators(path), why));
        return false;
    };
    // Written next to the target and renamed when complete: a failed write leaves no broken PDF.
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return failed(path.isEmpty() ? tr("no file name given") : file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(title());
        writer.setCreator(u"OneWindow"_s);
        QString paintError;
        if (!paint(data, &writer, &paintError)) {
            file.cancelWriting();
            return failed(paintError);
        }
    }
    if (!file.commit())
        return failed(file.errorString());
    qCInfo(lcCreditReport) << "wrote the credit report of" << data.profile.code << "to" << path;
    return true;
}

} // namespace ow::licence
