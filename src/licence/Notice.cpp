#include "Notice.h"

#include "NoticeTexts.h"
#include "PageGeometry.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcLicence, "onewindow.licence")

using namespace Qt::StringLiterals;

namespace ow::licence {
namespace {

using detail::common;
using detail::wording;

// ---- the notice as blocks of text, each with a role that decides how it is laid out ----------

enum class Role
{
    Authority,  // header: the registration authority, centred
    Title,      // centred, large
    Number,     // receipt number, right-aligned
    Salutation, // the applicant, flush left
    Paragraph,  // first line indented by two characters
    Field,      // label：value, indented, wrapped under the value
    ListItem,   // 1．item, indented, wrapped under the text
    Clerk,      // who handled it
    Seal,       // 登记机关（印章）, in the signature column on the right
    Date,       // date under the seal, in the same column
};

struct Block
{
    Role role;
    QString text;
    qsizetype hangingPrefix = 0; // characters of `text` that later lines are indented past
    bool keepWithNext = false;   // a heading: never the last line on a page
};

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return common()
        .dateFormat.toString()
        .replace(u"{y}"_s, QString::number(date.year()))
        .replace(u"{m}"_s, QString::number(date.month()))
        .replace(u"{d}"_s, QString::number(date.day()));
}

// Each non-empty line of the free-text reason is one more entry after the given items, unless it
// only repeats one of them (the clerk's reason usually starts from the list of missing materials).
QStringList listEntries(const NoticeData &data)
{
    QStringList entries;
    for (const QString &item : data.items) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty())
            entries << trimmed;
    }
    const qsizetype itemCount = entries.size();
    const QStringList reasonLines = data.reason.split(u'\n');
    for (const QString &line : reasonLines) {
        const QString trimmed = line.simplified();
        const bool repeatsItem = std::any_of(entries.cbegin(), entries.cbegin() + itemCount,
                                             [&](const QString &item) { return trimmed.contains(item); });
        if (!trimmed.isEmpty() && !repeatsItem)
            entries << trimmed;
    }
    return entries;
}

// What follows the decision: a simplified deregistration's acceptance says when its public notice
// runs and that the decision's working days count after it.
QString closingOf(const NoticeData &data)
{
    const detail::CommonWording &c = common();
    if (data.kind != NoticeKind::Acceptance || !data.noticeUntil.isValid())
        return wording(data.kind).closing.toString();
    return (data.noticeExpected ? c.noticeClosingExpected : c.noticeClosing)
        .toString()
        .replace(u"{noticeDays}"_s, QString::number(core::DeregistrationNotice::NoticeDays))
        .replace(u"{from}"_s, formatDate(data.noticeFrom))
        .replace(u"{until}"_s, formatDate(data.noticeUntil));
}

QList<Block> buildBlocks(const NoticeData &data)
{
    const detail::NoticeWording &w = wording(data.kind);
    const detail::CommonWording &c = common();
    QList<Block> blocks;

    auto field = [&](QStringView label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        const QString prefix = label.toString() + c.labelSuffix.toString();
        blocks.append({Role::Field, prefix + value.trimmed(), prefix.size()});
    };
    const QString closing = closingOf(data);
    auto paragraph = [&](QStringView text, bool heading = false) {
        if (text.isEmpty())
            return;
        blocks.append({Role::Paragraph,
                       text.toString().replace(u"{days}"_s, QString::number(data.timeLimitWorkingDays)), 0,
                       heading});
    };

    if (!data.authorityName.trimmed().isEmpty())
        blocks.append({Role::Authority, data.authorityName.trimmed()});
    blocks.append({Role::Title, w.title.toString()});
    if (!data.receiptNumber.trimmed().isEmpty())
        blocks.append({Role::Number, w.numberLabel.toString() + data.receiptNumber.trimmed()});

    const QString applicant = data.applicantName.trimmed();
    blocks.append({Role::Salutation,
                   (applicant.isEmpty() ? c.applicantFallback.toString() : applicant) + c.salutationSuffix});

    paragraph(w.opening);
    const bool closingFirst = data.kind == NoticeKind::Acceptance || data.kind == NoticeKind::Approval;
    if (closingFirst)
        paragraph(closing); // what follows from the decision belongs right after it

    // What the notice is about, before what is decided about it.
    const qsizetype heading = blocks.size();
    field(c.nameLabel, data.applicantName);
    field(c.typeLabel, data.entityTypeName);
    field(data.legalRepTitle.trimmed().isEmpty() ? c.defaultRepTitle : QStringView(data.legalRepTitle),
          data.legalRep);
    if (!w.dateFieldLabel.isEmpty())
        field(w.dateFieldLabel, formatDate(data.date));
    if (blocks.size() > heading)
        blocks.insert(heading, {Role::Paragraph, c.fieldsHeading.toString(), 0, true});

    const QStringList entries = listEntries(data);
    if (!w.listIntro.isEmpty() && !entries.isEmpty()) {
        paragraph(w.listIntro, true);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString prefix = QString::number(i + 1) + c.listNumberSuffix;
            blocks.append({Role::ListItem, prefix + entries.at(i), prefix.size()});
        }
    }
    if (!closingFirst)
        paragraph(closing);

    if (!data.clerk.trimmed().isEmpty())
        blocks.append({Role::Clerk, w.clerkLabel.toString() + data.clerk.trimmed()});
    blocks.append({Role::Seal, c.sealLine.toString()});
    blocks.append({Role::Date, formatDate(data.date)});
    return blocks;
}

// ---- layout ------------------------------------------------------------------------------------

constexpr qreal kMarginMm = 25.0;
constexpr qreal kPageNumberFromBottomMm = 13.0;
constexpr qreal kLineSpacing = 1.5; // of the font's height: documents are read, and signed, on paper

struct Style
{
    qreal pointSize = 12.0;
    bool bold = false;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal indentEm = 0;          // left indent of every line
    qreal firstLineIndentEm = 0; // extra indent of the first line
    qreal spaceBeforeLines = 0;  // blank space before the block, in body lines
    qreal spaceAfterLines = 0;
    bool keepWithNext = false; // never the last block on a page
};

Style styleFor(Role role)
{
    switch (role) {
    case Role::Authority:
        return {16.0, true, Qt::AlignHCenter, 0, 0, 0, 0.2, true};
    case Role::Title:
        return {22.0, true, Qt::AlignHCenter, 0, 0, 0, 0.8, true};
    case Role::Number:
        return {12.0, false, Qt::AlignRight, 0, 0, 0, 0.6, true};
    case Role::Salutation:
        return {12.0, false, Qt::AlignLeft, 0, 0, 0, 0, true};
    case Role::Paragraph:
        return {12.0, false, Qt::AlignJustify, 0, 2, 0, 0, false};
    case Role::Field:
        return {12.0, false, Qt::AlignLeft, 2, 0, 0, 0, false};
    case Role::ListItem:
        return {12.0, false, Qt::AlignLeft, 2, 0, 0, 0, false};
    case Role::Clerk:
        return {12.0, false, Qt::AlignLeft, 2, 0, 1.0, 0, true};
    case Role::Seal:
        return {12.0, false, Qt::AlignHCenter, 0, 0, 2.0, 0, true};
    case Role::Date:
        return {12.0, false, Qt::AlignHCenter, 0, 0, 0, 0, false};
    }
    return {};
}

struct PlacedLine
{
    int page = 0;
    QPointF position; // where QTextLine::draw puts the line, in painter coordinates
    const QTextLayout *layout = nullptr;
    int lineIndex = 0;
};

struct Layout
{
    std::vector<std::unique_ptr<QTextLayout>> layouts;
    std::vector<PlacedLine> lines;
    int pageCount = 1;
};

Layout layOut(const QList<Block> &blocks, const QString &family, QPaintDevice *device, const PageGeometry &g)
{
    Layout result;
    const QFontMetricsF bodyMetrics(
        NoticeRenderer::printFont(family, styleFor(Role::Paragraph).pointSize, false), device);
    const qreal bodyLine = bodyMetrics.height() * kLineSpacing;

    // The signature column: seal line and date centred on each other, flush with the right margin
    // less two characters, as on printed official documents.
    qreal signatureWidth = 0;
    for (const Block &block : blocks) {
        if (block.role == Role::Seal || block.role == Role::Date) {
            const QFontMetricsF fm(NoticeRenderer::printFont(family, styleFor(block.role).pointSize, false),
                                   device);
            signatureWidth = std::max(signatureWidth, fm.horizontalAdvance(block.text));
        }
    }
    const qreal em = bodyMetrics.horizontalAdvance(u'字');
    const qreal signatureRight = g.body.right() - 2 * em;
    const qreal signatureLeft = std::max(g.body.left(), signatureRight - signatureWidth - 2 * em);

    qreal listNumberWidth = 0;
    for (const Block &block : blocks) {
        if (block.role == Role::ListItem) {
            const QFontMetricsF fm(NoticeRenderer::printFont(family, styleFor(block.role).pointSize, false),
                                   device);
            listNumberWidth =
                std::max(listNumberWidth, fm.horizontalAdvance(block.text.left(block.hangingPrefix)));
        }
    }

    struct Measured
    {
        QTextLayout *layout;
        qreal left;
        qreal pitch;
        qreal spaceBefore;
        qreal spaceAfter;
        bool keepWithNext;
    };
    std::vector<Measured> measured;
    for (const Block &block : blocks) {
        const Style style = styleFor(block.role);
        const QFont font = NoticeRenderer::printFont(family, style.pointSize, style.bold);
        auto layout = std::make_unique<QTextLayout>(block.text, font, device);
        QTextOption option(style.alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);

        qreal left = g.body.left() + style.indentEm * em;
        qreal width = g.body.width() - style.indentEm * em;
        if (block.role == Role::Seal || block.role == Role::Date) {
            left = signatureLeft;
            width = signatureRight - signatureLeft;
        }
        const qreal prefixWidth =
            block.hangingPrefix > 0
                ? QFontMetricsF(font, device).horizontalAdvance(block.text.left(block.hangingPrefix))
                : 0;
        // List numbers are right-aligned in a column as wide as the widest (“9．” and “10．”), so
        // that the items' text, wrapped lines included, starts at the same place.
        const qreal hanging = block.role == Role::ListItem ? listNumberWidth : prefixWidth;
        const qreal firstIndent =
            block.role == Role::ListItem ? hanging - prefixWidth : style.firstLineIndentEm * em;
        layout->beginLayout();
        for (int n = 0;; ++n) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal indent = n == 0 ? firstIndent : hanging;
            line.setLineWidth(std::max(em, width - indent));
            line.setPosition(QPointF(indent, 0)); // x only: y is given per page below
        }
        layout->endLayout();

        const qreal pitch = QFontMetricsF(font, device).height() * kLineSpacing;
        measured.push_back({layout.get(), left, pitch, style.spaceBeforeLines * bodyLine,
                            style.spaceAfterLines * bodyLine, style.keepWithNext || block.keepWithNext});
        result.layouts.push_back(std::move(layout));
    }

    int page = 0;
    qreal y = g.body.top();
    auto newPage = [&] {
        ++page;
        y = g.body.top();
    };
    auto blockHeight = [](const Measured &m) {
        return m.spaceBefore + m.layout->lineCount() * m.pitch;
    };

    for (std::size_t i = 0; i < measured.size(); ++i) {
        const Measured &m = measured[i];
        // A block that must stay with the next one moves to a new page with it if they do not fit
        // together; so the signature never stands alone and a heading never ends a page.
        qreal needed = blockHeight(m);
        for (std::size_t j = i; j + 1 < measured.size() && measured[j].keepWithNext; ++j)
            needed += measured[j].spaceAfter + blockHeight(measured[j + 1]);
        const bool atTop = y <= g.body.top();
        if (!atTop && y + needed > g.body.bottom() && needed <= g.body.height())
            newPage();
        if (y > g.body.top())
            y += m.spaceBefore;
        for (int n = 0; n < m.layout->lineCount(); ++n) {
            if (y + m.pitch > g.body.bottom() + 0.5 && y > g.body.top())
                newPage();
            const QTextLine line = m.layout->lineAt(n);
            // Centre the line's glyphs vertically in its pitch.
            const qreal top = y + (m.pitch - line.height()) / 2;
            result.lines.push_back({page, QPointF(m.left, top), m.layout, n});
            y += m.pitch;
        }
        y += m.spaceAfter;
    }
    result.pageCount = page + 1;
    return result;
}

bool supportsChinese(const QString &family)
{
    const QRawFont raw = QRawFont::fromFont(QFont(family), QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return false;
    const QString sample = u"受理补正不予通知书登记机关印章年月日"_s;
    return std::all_of(sample.cbegin(), sample.cend(),
                       [&raw](QChar ch) { return raw.supportsCharacter(ch); });
}

} // namespace

QString NoticeRenderer::title(NoticeKind kind)
{
    return wording(kind).title.toString();
}

QFont NoticeRenderer::printFont(const QString &family, qreal pointSize, bool bold)
{
    QFont font(family);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // same metrics on paper and in the PDF
    font.setStyleStrategy(QFont::PreferQuality);
    return font;
}

QString NoticeRenderer::chineseFontFamily()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qCWarning(lcLicence) << "looking for a Chinese font needs a QGuiApplication";
        return QString();
    }
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    // Preferred families first, then any other family that claims simplified Chinese (proportional
    // ones before monospaced ones).
    static const QStringList preferred = {
        u"Noto Serif CJK SC"_s,  u"Source Han Serif SC"_s, u"Noto Sans CJK SC"_s,
        u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s,
    };
    QStringList candidates;
    for (const QString &name : preferred) {
        if (families.contains(name, Qt::CaseInsensitive))
            candidates << name;
    }
    for (const QString &name : families) {
        if (!name.contains(u"Mono"_s, Qt::CaseInsensitive) && !candidates.contains(name))
            candidates << name;
    }
    for (const QString &name : families) {
        if (!candidates.contains(name))
            candidates << name;
    }
    for (const QString &name : std::as_const(candidates)) {
        if (supportsChinese(name)) {
            qCDebug(lcLicence) << "Chinese font for notices:" << name;
            return name;
        }
    }
    qCWarning(lcLicence) << "no installed font supports simplified Chinese; families:" << families;
    return QString();
}

QString NoticeRenderer::validate(const NoticeData &data)
{
    switch (data.kind) {
    case NoticeKind::Acceptance:
        if (data.receiptNumber.trimmed().isEmpty())
            return tr("An acceptance notice needs the receipt number.");
        break;
    case NoticeKind::Correction:
        if (listEntries(data).isEmpty())
            return tr("A correction notice must list what the applicant has to supply.");
        break;
    case NoticeKind::Refusal:
        if (listEntries(data).isEmpty())
            return tr("A refusal notice must state the reasons.");
        break;
    case NoticeKind::Approval:
        if (data.receiptNumber.trimmed().isEmpty())
            return tr("A notice of approval needs the receipt number.");
        break;
    case NoticeKind::Rejection:
        if (listEntries(data).isEmpty())
            return tr("A notice of rejection must state the reasons.");
        break;
    }
    if (!data.date.isValid())
        return tr("The notice has no date.");
    return QString();
}

QStringList NoticeRenderer::lines(const NoticeData &data)
{
    QStringList result;
    const QList<Block> blocks = buildBlocks(data);
    for (const Block &block : blocks)
        result << block.text;
    return result;
}

namespace {

QString noFontError()
{
    return NoticeRenderer::tr("No Chinese font is installed, so the notice cannot be printed. "
                              "Install one, for example the package fonts-wqy-microhei.");
}

void setError(QString *error, const QString &message)
{
    qCWarning(lcLicence).noquote() << message;
    if (error)
        *error = message;
}

} // namespace

bool NoticeRenderer::paint(const NoticeData &data, QPagedPaintDevice *device, QString *error)
{
    if (!device) {
        setError(error, tr("There is nothing to print the notice on."));
        return false;
    }
    if (const QString invalid = validate(data); !invalid.isEmpty()) {
        setError(error, invalid);
        return false;
    }
    const QString family = chineseFontFamily();
    if (family.isEmpty()) {
        setError(error, noFontError());
        return false;
    }

    const PageGeometry geometry = PageGeometry::of(device, kMarginMm, kPageNumberFromBottomMm);
    const Layout layout = layOut(buildBlocks(data), family, device, geometry);

    QPainter painter;
    if (!painter.begin(device)) {
        setError(error, tr("Cannot start printing the notice."));
        return false;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    const QFont pageNumberFont = NoticeRenderer::printFont(family, 10.5, false);
    for (int page = 0; page < layout.pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            setError(error, tr("Cannot start page %1 of the notice.").arg(page + 1));
            return false;
        }
        for (const PlacedLine &placed : layout.lines) {
            if (placed.page == page)
                placed.layout->lineAt(placed.lineIndex).draw(&painter, placed.position);
        }
        if (layout.pageCount > 1) {
            const QString number = common()
                                       .pageNumber.toString()
                                       .replace(u"{page}"_s, QString::number(page + 1))
                                       .replace(u"{pages}"_s, QString::number(layout.pageCount));
            painter.setFont(pageNumberFont);
            const QFontMetricsF fm(pageNumberFont, device);
            const qreal x = geometry.body.center().x() - fm.horizontalAdvance(number) / 2;
            painter.drawText(QPointF(x, geometry.pageNumberY), number);
        }
    }
    if (!painter.end()) {
        setError(error, tr("Cannot finish printing the notice."));
        return false;
    }
    qCDebug(lcLicence) << "painted" << title(data.kind) << data.receiptNumber << "on" << layout.pageCount
                       << "page(s) with" << family;
    return true;
}

bool NoticeRenderer::writePdf(const NoticeData &data, const QString &path, QString *error)
{
    if (const QString invalid = validate(data); !invalid.isEmpty()) {
        setError(error, invalid);
        return false;
    }
    if (chineseFontFamily().isEmpty()) {
        setError(error, noFontError());
        return false;
    }
    // Written next to the target and renamed when complete: a failed write leaves no broken PDF.
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write the notice to %1: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 path.isEmpty() ? tr("no file name given") : file.errorString()));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setTitle(title(data.kind));
        writer.setCreator(u"OneWindow"_s);
        QString paintError;
        if (!paint(data, &writer, &paintError)) {
            file.cancelWriting();
            setError(error,
                     tr("Cannot write the notice to %1: %2").arg(QDir::toNativeSeparators(path), paintError));
            return false;
        }
    }
    if (!file.commit()) {
        setError(
            error,
            tr("Cannot write the notice to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    qCInfo(lcLicence) << "wrote" << title(data.kind) << data.receiptNumber << "to" << path;
    return true;
}

} // namespace ow::licence
