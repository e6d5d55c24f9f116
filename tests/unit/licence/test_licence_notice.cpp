// Notices: the text (golden files), the PDF (real Chinese text, pages, layout) and the failures.
#include "licence/Notice.h"
#include "support/GoldenFile.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef OW_HAVE_POPPLER_QT6
#include <poppler-qt6.h>
#endif

#include <memory>

using namespace Qt::StringLiterals;
using ow::licence::NoticeData;
using ow::licence::NoticeKind;
using ow::licence::NoticeRenderer;

namespace {

constexpr qreal kPointsPerMm = 72.0 / 25.4;

QString kindKey(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance:
        return u"acceptance"_s;
    case NoticeKind::Correction:
        return u"correction"_s;
    case NoticeKind::Refusal:
        return u"refusal"_s;
    case NoticeKind::Approval:
        return u"approval"_s;
    case NoticeKind::Rejection:
        return u"rejection"_s;
    }
    return QString();
}

// Fixed data for each kind: the golden files are made from these.
NoticeData sample(NoticeKind kind)
{
    NoticeData data;
    data.kind = kind;
    data.authorityName = u"太原市小店区市场监督管理局"_s;
    data.applicantName = u"太原市鑫源商贸有限公司"_s;
    data.entityTypeName = u"有限责任公司(自然人投资或控股)"_s;
    data.legalRep = u"张伟"_s;
    data.date = QDate(2024, 3, 15);
    data.clerk = u"李娜"_s;
    switch (kind) {
    case NoticeKind::Acceptance:
        data.receiptNumber = u"SL140105-20240315-0007"_s;
        data.timeLimitWorkingDays = 3;
        break;
    case NoticeKind::Correction:
        // Corrections at the counter come before acceptance: no receipt number yet.
        data.items = QStringList{
            u"公司章程"_s,
            u"全体股东签署的公司登记（备案）申请书"_s,
            u"股东的主体资格证明或者自然人身份证件复印件"_s,
            u"住所使用证明"_s,
        };
        data.reason = u"股东认缴出资额合计与注册资本不一致，请核实后重新填写出资情况"_s;
        break;
    case NoticeKind::Refusal:
        data.receiptNumber = u"BY140105-20240315-0002"_s;
        data.items = QStringList{u"申请登记的企业名称与本机关已登记的企业名称相同"_s};
        data.reason = u"申请事项不属于本机关登记管辖范围，请向有管辖权的登记机关申请"_s;
        break;
    case NoticeKind::Approval:
        data.receiptNumber = u"140105-20240312-W01-0007"_s;
        data.clerk = u"王建国"_s;
        break;
    case NoticeKind::Rejection:
        data.receiptNumber = u"140105-20240312-W01-0008"_s;
        data.clerk = u"王建国"_s;
        data.items = QStringList{u"经营范围含有须经前置审批的项目，未提交许可证件"_s};
        data.reason = u"住所使用证明与实际住所不符"_s;
        break;
    }
    return data;
}

NoticeData longCorrection(int count)
{
    NoticeData data = sample(NoticeKind::Correction);
    data.items.clear();
    data.reason.clear();
    for (int i = 1; i <= count; ++i) {
        // Every seventh item is long enough to wrap.
        data.items << (i % 7 == 0
                           ? u"补正材料第%1项：法定代表人、董事、监事和经理的任职文件及身份证件复印件，"
                             u"其中外籍人员须提交经公证认证的护照复印件及中文译本"_s.arg(i)
                           : u"补正材料第%1项：股东会关于选举董事、监事的决议及任职文件"_s.arg(i));
    }
    return data;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

// What a reader of the PDF gets: poppler-qt6 when the build found it, else the poppler tools.
struct PdfText
{
    int pages = 0;
    QStringList pageTexts;
    QString title;
    QString creator;
    QStringList fonts; // embedded fonts (poppler-qt6 only)
    QString all() const { return pageTexts.join(u'\n'); }
};

#ifndef OW_HAVE_POPPLER_QT6
QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}
#endif

bool readPdf(const QString &path, PdfText *out)
{
#ifdef OW_HAVE_POPPLER_QT6
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return false;
    out->pages = doc->numPages();
    for (int i = 0; i < out->pages; ++i)
        out->pageTexts << doc->page(i)->text(QRectF());
    out->title = doc->info(u"Title"_s);
    out->creator = doc->info(u"Creator"_s);
    const QList<Poppler::FontInfo> fonts = doc->fonts();
    for (const Poppler::FontInfo &font : fonts) {
        if (font.isEmbedded())
            out->fonts << font.name();
    }
    return true;
#else
    bool ok = false;
    const QString info = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path}, &ok);
    if (!ok)
        return false;
    const QStringList infoLines = info.split(u'\n');
    for (const QString &line : infoLines) {
        const qsizetype colon = line.indexOf(u':');
        const QString key = line.left(colon), value = line.mid(colon + 1).trimmed();
        if (key == u"Pages"_s)
            out->pages = value.toInt();
        else if (key == u"Title"_s)
            out->title = value;
        else if (key == u"Creator"_s)
            out->creator = value;
    }
    for (int i = 1; i <= out->pages; ++i) {
        const QString n = QString::number(i);
        out->pageTexts << run(
            u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, path, u"-"_s}, &ok);
        if (!ok)
            return false;
    }
    return out->pages > 0;
#endif
}

bool expectNoFont()
{
    return qEnvironmentVariableIsSet("OW_EXPECT_NO_CJK_FONT");
}

} // namespace

class TestLicenceNotice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titles();
    void golden_data();
    void golden();
    void linesListEveryItemNumberedInOrder();
    void linesFollowTheData();
    void validateRefusesIncompleteNotices();
    void pdf_data();
    void pdf();
    void pdfLayout_data();
    void pdfLayout();
    void longListRunsOverPages();
    void unwritablePathFails_data();
    void unwritablePathFails();
    void invalidDataWritesNothing();
    void paintWithoutDeviceFails();
    void noChineseFontFailsClearly();

private:
    QTemporaryDir m_dir;
    QString writeOrFail(const NoticeData &data, const QString &name);
};

void TestLicenceNotice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("OW_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
    }
    if (expectNoFont())
        return;
    QVERIFY2(!NoticeRenderer::chineseFontFamily().isEmpty(),
             "no Chinese font found: install fonts-wqy-microhei to run these tests");
    qInfo("Chinese font: %s", qPrintable(NoticeRenderer::chineseFontFamily()));
}

QString TestLicenceNotice::writeOrFail(const NoticeData &data, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!NoticeRenderer::writePdf(data, path, &error)) {
        qWarning("writePdf failed: %s", qPrintable(error));
        return QString();
    }
    return path;
}

void TestLicenceNotice::titles()
{
    QCOMPARE(NoticeRenderer::title(NoticeKind::Acceptance), u"受理通知书"_s);
    QCOMPARE(NoticeRenderer::title(NoticeKind::Correction), u"补正通知书"_s);
    QCOMPARE(NoticeRenderer::title(NoticeKind::Refusal), u"不予受理通知书"_s);
    QCOMPARE(NoticeRenderer::title(NoticeKind::Approval), u"准予登记通知书"_s);
    QCOMPARE(NoticeRenderer::title(NoticeKind::Rejection), u"不予登记通知书"_s);
}

void TestLicenceNotice::golden_data()
{
    QTest::addColumn<NoticeKind>("kind");
    for (NoticeKind kind : {NoticeKind::Acceptance, NoticeKind::Correction, NoticeKind::Refusal,
                            NoticeKind::Approval, NoticeKind::Rejection})
        QTest::newRow(qPrintable(kindKey(kind))) << kind;
}

void TestLicenceNotice::golden()
{
    QFETCH(NoticeKind, kind);
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
    const QStringList actual = NoticeRenderer::lines(sample(kind));
    const QString mismatch = ow::test::goldenMismatch(u"licence/%1.golden.txt"_s.arg(kindKey(kind)), actual);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestLicenceNotice::linesListEveryItemNumberedInOrder()
{
    const NoticeData data = longCorrection(40);
    const QStringList lines = NoticeRenderer::lines(data);
    qsizetype previous = -1;
    for (int i = 0; i < data.items.size(); ++i) {
        const QString expected = u"%1．%2"_s.arg(i + 1).arg(data.items.at(i));
        QCOMPARE(lines.count(expected), 1);
        const qsizetype at = lines.indexOf(expected);
        QVERIFY2(at > previous, qPrintable(expected));
        previous = at;
    }
    // The free-text reason is one more numbered entry after the items: all is told at once.
    NoticeData withReason = sample(NoticeKind::Correction);
    const QStringList reasonLines = NoticeRenderer::lines(withReason);
    QVERIFY(reasonLines.contains(u"5．"_s + withReason.reason));
    QVERIFY(reasonLines.indexOf(u"4．住所使用证明"_s) < reasonLines.indexOf(u"5．"_s + withReason.reason));
}

void TestLicenceNotice::linesFollowTheData()
{
    NoticeData data = sample(NoticeKind::Acceptance);
    data.timeLimitWorkingDays = 5;
    data.legalRepTitle = u"负责人"_s;
    data.applicantName = u"太原市鑫源商贸有限公司小店分公司"_s;
    const QStringList lines = NoticeRenderer::lines(data);
    const QString text = lines.join(u'\n');
    QVERIFY(text.contains(u"本机关将在5个工作日内作出是否准予登记的决定"_s));
    QVERIFY(!text.contains(u"3个工作日"_s));
    QVERIFY(lines.contains(u"负责人：张伟"_s));
    QVERIFY(!text.contains(u"法定代表人"_s));
    QVERIFY(lines.contains(u"企业名称：太原市鑫源商贸有限公司小店分公司"_s));
    QCOMPARE(lines.first(), data.authorityName);
    QCOMPARE(lines.at(1), u"受理通知书"_s);
    QCOMPARE(lines.last(), u"2024年3月15日"_s);

    // An individual business may register without a name: the applicant is addressed generically.
    data.applicantName.clear();
    const QStringList unnamed = NoticeRenderer::lines(data);
    QVERIFY(unnamed.contains(u"申请人："_s));
    QVERIFY(!unnamed.join(u'\n').contains(u"企业名称"_s));
}

void TestLicenceNotice::validateRefusesIncompleteNotices()
{
    for (NoticeKind kind : {NoticeKind::Acceptance, NoticeKind::Correction, NoticeKind::Refusal,
                            NoticeKind::Approval, NoticeKind::Rejection})
        QVERIFY2(NoticeRenderer::validate(sample(kind)).isEmpty(), qPrintable(kindKey(kind)));

    NoticeData acceptance = sample(NoticeKind::Acceptance);
    acceptance.receiptNumber = u"  "_s;
    QVERIFY(!NoticeRenderer::validate(acceptance).isEmpty());

    NoticeData correction = sample(NoticeKind::Correction);
    correction.items = QStringList{u" "_s};
    correction.reason = u"\n"_s;
    QVERIFY(!NoticeRenderer::validate(correction).isEmpty());
    correction.reason = u"注册资本填写有误"_s; // a data problem alone is worth a correction notice
    QVERIFY(NoticeRenderer::validate(correction).isEmpty());

    NoticeData refusal = sample(NoticeKind::Refusal);
    refusal.items.clear();
    refusal.reason.clear();
    QVERIFY(!NoticeRenderer::validate(refusal).isEmpty());

    NoticeData rejection = sample(NoticeKind::Rejection);
    rejection.items.clear();
    rejection.reason = u" "_s;
    QVERIFY(!NoticeRenderer::validate(rejection).isEmpty());

    NoticeData approval = sample(NoticeKind::Approval);
    approval.receiptNumber.clear();
    QVERIFY(!NoticeRenderer::validate(approval).isEmpty());

    NoticeData undated = sample(NoticeKind::Acceptance);
    undated.date = QDate();
    QVERIFY(!NoticeRenderer::validate(undated).isEmpty());
}

void TestLicenceNotice::pdf_data()
{
    golden_data();
}

void TestLicenceNotice::pdf()
{
    QFETCH(NoticeKind, kind);
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
    const NoticeData data = sample(kind);
    const QString path = writeOrFail(data, kindKey(kind) + u".pdf"_s);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() > 1000);

    PdfText pdf;
    QVERIFY2(readPdf(path, &pdf), "cannot read the PDF back");
    QCOMPARE(pdf.pages, 1);
    QCOMPARE(pdf.title, NoticeRenderer::title(kind));
    QCOMPARE(pdf.creator, u"OneWindow"_s);

    // Real text, not boxes: the Chinese comes back out of the PDF.
    const QString text = withoutSpace(pdf.all());
    QStringList expected{NoticeRenderer::title(kind), data.authorityName,    data.applicantName,
                         data.entityTypeName,         u"登记机关（印章）"_s, u"2024年3月15日"_s};
    if (!data.receiptNumber.isEmpty())
        expected << data.receiptNumber;
    expected << data.items;
    if (!data.reason.isEmpty())
        expected << data.reason;
    if (kind == NoticeKind::Acceptance)
        expected << u"本机关将在3个工作日内作出是否准予登记的决定"_s << u"申请材料齐全"_s;
    if (kind == NoticeKind::Refusal || kind == NoticeKind::Rejection)
        expected << u"60日内依法申请行政复议"_s << u"6个月内依法向人民法院提起行政诉讼"_s;
    if (kind == NoticeKind::Approval)
        expected << u"本机关决定准予登记"_s << u"核准人：王建国"_s;
    if (kind == NoticeKind::Rejection)
        expected << u"本机关决定不予登记"_s << u"不予登记的理由如下"_s;
    for (const QString &part : std::as_const(expected))
        QVERIFY2(text.contains(withoutSpace(part)), qPrintable(u"missing from the PDF: "_s + part));
    // One page: no page numbers.
    QVERIFY(!text.contains(u"第1页"_s));
#ifdef OW_HAVE_POPPLER_QT6
    QVERIFY2(!pdf.fonts.isEmpty(), "no embedded font");
    const QString family = withoutSpace(NoticeRenderer::chineseFontFamily());
    bool embedded = false;
    for (const QString &font : std::as_const(pdf.fonts))
        embedded = embedded || withoutSpace(font).contains(family, Qt::CaseInsensitive);
    QVERIFY2(embedded, qPrintable(pdf.fonts.join(u", "_s)));
#endif
}

void TestLicenceNotice::pdfLayout_data()
{
    golden_data();
}

void TestLicenceNotice::pdfLayout()
{
#ifndef OW_HAVE_POPPLER_QT6
    QSKIP("needs poppler-qt6 to read positions");
#else
    QFETCH(NoticeKind, kind);
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
    const NoticeData data = sample(kind);
    const QString path = writeOrFail(data, kindKey(kind) + u"-layout.pdf"_s);
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    const QSizeF size = page->pageSizeF(); // points
    QVERIFY2(qAbs(size.width() - 210 * kPointsPerMm) < 1 && qAbs(size.height() - 297 * kPointsPerMm) < 1,
             "not A4");

    // Every word inside the 25 mm margins: nothing clipped, nothing in the gutter.
    const qreal margin = 25 * kPointsPerMm - 1;
    const QRectF body(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    QVERIFY(!boxes.empty());
    for (const auto &box : boxes) {
        QVERIFY2(body.contains(box->boundingBox()),
                 qPrintable(u"outside the margins: %1 at %2,%3"_s.arg(box->text())
                                .arg(box->boundingBox().left())
                                .arg(box->boundingBox().top())));
    }

    const auto find = [&page](const QString &text) {
        const QList<QRectF> hits = page->search(text);
        return hits.isEmpty() ? QRectF() : hits.first();
    };
    const auto findLast = [&page](const QString &text) {
        const QList<QRectF> hits = page->search(text);
        return hits.isEmpty() ? QRectF() : hits.last();
    };
    const QRectF authority = find(data.authorityName);
    const QRectF title = find(NoticeRenderer::title(kind));
    const QRectF salutation = find(data.applicantName + u"："_s);
    const QRectF seal = find(u"登记机关（印章）"_s);
    const QRectF date = findLast(u"2024年3月15日"_s); // the acceptance also has it among the fields
    for (const QRectF &r : {authority, title, salutation, seal, date})
        QVERIFY(!r.isNull());
    const qreal centre = size.width() / 2;
    // Header and title centred, title larger, in that order from the top.
    QVERIFY2(qAbs(authority.center().x() - centre) < 3, "authority not centred");
    QVERIFY2(qAbs(title.center().x() - centre) < 3, "title not centred");
    QVERIFY(title.height() > authority.height());
    QVERIFY(authority.bottom() <= title.top());
    QVERIFY(title.bottom() < salutation.top());
    // The salutation starts at the left margin; the seal and its date stand on the right,
    // centred on each other, the date under the seal with room above the seal for the stamp.
    QVERIFY(qAbs(salutation.left() - 25 * kPointsPerMm) < 2);
    QVERIFY(seal.left() > centre);
    QVERIFY(qAbs(seal.center().x() - date.center().x()) < 3);
    QVERIFY(date.top() > seal.bottom());
    if (!data.receiptNumber.isEmpty()) {
        const QRectF number = find(data.receiptNumber);
        QVERIFY(!number.isNull());
        QVERIFY2(qAbs(number.right() - (size.width() - 25 * kPointsPerMm)) < 2,
                 "receipt number not right-aligned");
    }
#endif
}

void TestLicenceNotice::longListRunsOverPages()
{
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
    const NoticeData data = longCorrection(40);
    const QString path = writeOrFail(data, u"long.pdf"_s);
    QVERIFY(!path.isEmpty());
    PdfText pdf;
    QVERIFY(readPdf(path, &pdf));
    QVERIFY2(pdf.pages >= 2, qPrintable(QString::number(pdf.pages)));

    const QString text = withoutSpace(pdf.all());
    qsizetype previous = -1;
    for (int i = 0; i < data.items.size(); ++i) {
        // Wrapped items come back in pieces; without the whitespace they are whole again.
        const QString item = withoutSpace(u"%1．%2"_s.arg(i + 1).arg(data.items.at(i)));
        const qsizetype at = text.indexOf(item);
        QVERIFY2(at > previous, qPrintable(u"missing or out of order: "_s + item));
        previous = at;
    }
    for (int p = 0; p < pdf.pages; ++p) {
        const QString number = u"第%1页共%2页"_s.arg(p + 1).arg(pdf.pages);
        QVERIFY2(withoutSpace(pdf.pageTexts.at(p)).contains(number), qPrintable(number));
    }
    // The signature block is on the last page, not separated from the date.
    const QString last = withoutSpace(pdf.pageTexts.last());
    QVERIFY(last.contains(u"登记机关（印章）"_s));
    QVERIFY(last.contains(u"2024年3月15日"_s));
    // Page 2 goes on where page 1 stopped: no item on two pages.
    for (int i = 0; i < data.items.size(); ++i) {
        const QString item = withoutSpace(u"%1．%2"_s.arg(i + 1).arg(data.items.at(i)));
        int onPages = 0;
        for (const QString &pageText : std::as_const(pdf.pageTexts))
            onPages += withoutSpace(pageText).contains(item) ? 1 : 0;
        QVERIFY2(onPages == 1, qPrintable(item));
    }
}

void TestLicenceNotice::unwritablePathFails_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing directory") << m_dir.filePath(u"no/such/dir/notice.pdf"_s);
    QTest::newRow("a directory") << m_dir.path();
    QTest::newRow("empty") << QString();
}

void TestLicenceNotice::unwritablePathFails()
{
    QFETCH(QString, path);
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
    QString error;
    QVERIFY(!NoticeRenderer::writePdf(sample(NoticeKind::Acceptance), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    if (!path.isEmpty())
        QVERIFY(!QFileInfo(path).isFile());
    // Without an error pointer it fails all the same.
    QVERIFY(!NoticeRenderer::writePdf(sample(NoticeKind::Acceptance), path));
}

void TestLicenceNotice::invalidDataWritesNothing()
{
    NoticeData data = sample(NoticeKind::Acceptance);
    data.receiptNumber.clear();
    const QString path = m_dir.filePath(u"invalid.pdf"_s);
    QString error;
    QVERIFY(!NoticeRenderer::writePdf(data, path, &error));
    QCOMPARE(error, NoticeRenderer::validate(data));
    QVERIFY(!QFileInfo::exists(path));
}

void TestLicenceNotice::paintWithoutDeviceFails()
{
    QString error;
    QVERIFY(!NoticeRenderer::paint(sample(NoticeKind::Acceptance), nullptr, &error));
    QVERIFY(!error.isEmpty());
}

// Run by the test_licence_notice_no_font test, with a fontconfig that knows no fonts.
void TestLicenceNotice::noChineseFontFailsClearly()
{
    if (!expectNoFont())
        QSKIP("run with OW_EXPECT_NO_CJK_FONT and a fontconfig without fonts (ctest does)");
    QVERIFY(NoticeRenderer::chineseFontFamily().isEmpty());
    const QString path = m_dir.filePath(u"nofont.pdf"_s);
    QString error;
    QVERIFY(!NoticeRenderer::writePdf(sample(NoticeKind::Acceptance), path, &error));
    QVERIFY2(error.contains(u"Chinese font"_s), qPrintable(error));
    QVERIFY2(error.contains(u"fonts-wqy-microhei"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestLicenceNotice)
#include "test_licence_notice.moc"
