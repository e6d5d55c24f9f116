// Issue 11 §4: the credit report's text (a golden file), its PDF (real Chinese text, the embedded
// font, every item in order, several pages with page numbers for a long record) and its failures.
#include "licence/CreditReport.h"
#include "licence/Notice.h"
#include "support/GoldenFile.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <poppler-qt6.h>

using namespace ow;
using namespace Qt::StringLiterals;
using licence::CreditReportData;
using licence::CreditReportRenderer;

namespace {

const QString Code = u"91140105MA0K3XQ2X1"_s;

core::CreditRecord record(core::CreditRecordKind kind, const QString &id, const QDate &date)
{
    core::CreditRecord r;
    r.id = id;
    r.kind = kind;
    r.department = u"SX-FOOD"_s;
    r.departmentName = u"太原市小店区市场监督管理局食品安全科"_s;
    r.creditCode = Code;
    r.date = date;
    return r;
}

// Fixed data: the golden file is made from it.
CreditReportData sample()
{
    core::RegisteredEntity e;
    e.code = Code;
    e.name = u"太原市晋味餐饮有限公司"_s;
    e.tradeName = u"晋味"_s;
    e.industry = u"餐饮"_s;
    e.entityTypeId = u"llc_natural_multi"_s;
    e.legalRep = u"王晋生"_s;
    e.authorityDivision = u"140105"_s;
    e.established = QDate(2025, 3, 1);
    e.formerNames = {{u"太原市晋味小吃有限公司"_s, QDate(2026, 1, 5)}};

    const QList<core::DepartmentClaim> claims{
        {u"SX-TAX"_s, u"国家税务总局太原市小店区税务局"_s, Code, e.name,
         QDateTime(QDate(2025, 3, 2), QTime(2, 0), Qt::UTC)},
        {u"SX-FOOD"_s, u"太原市小店区市场监督管理局食品安全科"_s, Code, e.name,
         QDateTime(QDate(2025, 3, 4), QTime(2, 0), Qt::UTC)},
    };
    core::CreditRecord licence = record(core::CreditRecordKind::Licence, u"L-1"_s, QDate(2025, 4, 1));
    licence.number = u"JY11401050000007"_s;
    licence.item = u"餐饮服务（热食类食品制售）"_s;
    licence.validTo = QDate(2030, 3, 31);
    core::CreditRecord penalty = record(core::CreditRecordKind::Penalty, u"P-7"_s, QDate(2026, 6, 18));
    penalty.number = u"并市监罚〔2026〕7号"_s;
    penalty.facts = u"超出许可范围从事冷食类食品制售"_s;
    penalty.basis = u"《中华人民共和国食品安全法》第一百二十二条"_s;
    penalty.penalty = u"警告，罚款人民币一万元"_s;
    core::CreditRecord performance = record(core::CreditRecordKind::Performance, u"F-1"_s, QDate(2026, 8, 1));
    performance.title = u"按期足额缴纳社会保险费"_s;
    performance.content = u"2026年上半年社会保险费按期足额缴纳，无欠费记录"_s;
    performance.department = u"SX-SI"_s;
    performance.departmentName = u"太原市小店区社会保险事业管理中心"_s;

    core::CreditEntry removed;
    removed.id = u"E-1"_s;
    removed.list = core::CreditListKind::Abnormal;
    removed.subjectKind = core::CreditSubjectKind::Entity;
    removed.subject = Code;
    removed.reason = u"未按规定期限公示2025年度报告"_s;
    removed.authority = u"太原市小店区市场监督管理局"_s;
    removed.basis = u"并小市监异〔2026〕12号"_s;
    removed.from = QDate(2026, 7, 2);
    removed.removedOn = QDate(2026, 9, 10);
    removed.removalReason = u"已补报年度报告并公示"_s;
    core::CreditEntry listed = removed;
    listed.id = u"E-2"_s;
    listed.reason = u"通过登记的住所无法联系"_s;
    listed.basis = u"并小市监异〔2026〕31号"_s;
    listed.from = QDate(2026, 11, 3);
    listed.removedOn = QDate();
    listed.removalReason.clear();

    CreditReportData data;
    data.profile = core::CreditProfiles::build(e, claims, {penalty, licence, performance}, {removed, listed},
                                               QDate(2026, 12, 2));
    data.authorityName = u"太原市小店区市场监督管理局"_s;
    data.clerk = u"张丽"_s;
    data.date = QDate(2026, 12, 2);
    return data;
}

// A record with `count` penalties: several pages.
CreditReportData longRecord(int count)
{
    CreditReportData data = sample();
    QList<core::CreditRecord> penalties;
    for (int i = 1; i <= count; ++i) {
        core::CreditRecord p =
            record(core::CreditRecordKind::Penalty, u"P-%1"_s.arg(i), QDate(2026, 1, 1).addDays(i));
        p.number = u"并市监罚〔2026〕%1号"_s.arg(100 + i);
        p.facts = u"第%1次检查发现：未按规定查验供货者的许可证和食品出厂检验合格证，"
                  u"未建立食品进货查验记录制度"_s.arg(i);
        p.basis = u"《中华人民共和国食品安全法》第一百二十六条"_s;
        p.penalty = u"警告"_s;
        penalties << p;
    }
    core::RegisteredEntity e;
    e.code = Code;
    e.name = data.profile.name;
    e.entityTypeId = u"llc_natural_multi"_s;
    e.authorityDivision = u"140105"_s;
    data.profile = core::CreditProfiles::build(e, {}, penalties, {}, data.date);
    return data;
}

QString withoutSpace(QString text)
{
    // Unicode's spaces too: the ideographic space after an item's kind comes back as a gap.
    text.remove(QRegularExpression(u"\\s+"_s, QRegularExpression::UseUnicodePropertiesOption));
    return text;
}

struct Pdf
{
    std::unique_ptr<Poppler::Document> doc;
    QStringList pages;
    // The text without its page numbers, so that a block running over a page reads whole.
    QString all() const
    {
        return withoutSpace(pages.join(QString())).remove(QRegularExpression(u"第\\d+页共\\d+页"_s));
    }
};

Pdf readPdf(const QString &path)
{
    Pdf pdf;
    pdf.doc = Poppler::Document::load(path);
    if (!pdf.doc || pdf.doc->isLocked())
        return pdf;
    for (int i = 0; i < pdf.doc->numPages(); ++i)
        pdf.pages << pdf.doc->page(i)->text(QRectF());
    return pdf;
}

bool expectNoFont()
{
    return qEnvironmentVariableIsSet("OW_EXPECT_NO_CJK_FONT");
}

} // namespace

class TestLicenceCreditReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const CreditReportData &data, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!CreditReportRenderer::writePdf(data, path, &error)) {
            qWarning("writePdf failed: %s", qPrintable(error));
            return QString();
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("OW_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
        }
        if (!expectNoFont())
            QVERIFY2(!licence::NoticeRenderer::chineseFontFamily().isEmpty(), "install fonts-wqy-microhei");
    }

    void golden()
    {
        if (expectNoFont())
            QSKIP("checking the missing-font failure only");
        const QStringList actual = CreditReportRenderer::lines(sample());
        const QString mismatch = test::goldenMismatch(u"licence/credit-report.golden.txt"_s, actual);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void linesFollowTheCategories()
    {
        const QStringList lines = CreditReportRenderer::lines(sample());
        const QStringList headings{u"一、基础登记信息"_s, u"二、行政许可信息"_s, u"三、行政处罚信息"_s,
                                   u"四、履约信息"_s, u"五、其他信息"_s};
        qsizetype previous = -1;
        for (const QString &heading : headings) {
            const qsizetype at = lines.indexOf(heading);
            QVERIFY2(at > previous, qPrintable(heading));
            previous = at;
        }
        // `line` is in the section from heading `from` to heading `to` (or the end).
        const auto between = [&](const QString &from, const QString &to, const QString &line) {
            const qsizetype at = lines.indexOf(line, lines.indexOf(from));
            return at > lines.indexOf(from) && (to.isEmpty() || at < lines.indexOf(to));
        };
        QVERIFY(between(headings[0], headings[1], u"2．认领部门　国家税务总局太原市小店区税务局"_s));
        QVERIFY(between(headings[0], headings[1], u"法定代表人：王晋生"_s));
        QVERIFY(between(headings[1], headings[2], u"许可证编号：JY11401050000007"_s));
        QVERIFY(between(headings[1], headings[2], u"有效期至：2030年3月31日"_s));
        QVERIFY(between(headings[2], headings[3], u"1．行政处罚　并市监罚〔2026〕7号"_s));
        QVERIFY(between(headings[2], headings[3], u"处罚决定日期：2026年6月18日"_s));
        QVERIFY(between(headings[2], headings[3], u"来源：太原市小店区市场监督管理局食品安全科"_s));
        QVERIFY(between(headings[3], headings[4], u"来源：太原市小店区社会保险事业管理中心"_s));
        // The removed entry says so, with its date; the one in force is said at the top too.
        QVERIFY(between(headings[4], QString(), u"1．列入经营异常名录（已移出）"_s));
        QVERIFY(between(headings[4], QString(), u"移出日期：2026年9月10日"_s));
        QVERIFY(between(headings[4], QString(), u"2．列入经营异常名录"_s));
        QVERIFY(lines.indexOf(u"截至报告日期，该企业被列入经营异常名录。"_s) < lines.indexOf(headings[0]));
        QCOMPARE(lines.count(u"截至报告日期，该企业被列入经营异常名录。"_s), 1);
        QCOMPARE(lines.last(), u"2026年12月2日"_s);

        CreditReportData empty = sample();
        core::RegisteredEntity e;
        e.code = Code;
        e.name = empty.profile.name;
        empty.profile = core::CreditProfiles::build(e, {}, {}, {}, empty.date);
        const QStringList none = CreditReportRenderer::lines(empty);
        QCOMPARE(none.count(u"无"_s), 4);
        QVERIFY(!none.join(u'\n').contains(u"该企业被"_s));
    }

    void validateRefusesAReportOfNothing()
    {
        QVERIFY(CreditReportRenderer::validate(sample()).isEmpty());
        CreditReportData data = sample();
        data.profile.code.clear();
        QVERIFY(!CreditReportRenderer::validate(data).isEmpty());
        data = sample();
        data.date = QDate();
        QVERIFY(!CreditReportRenderer::validate(data).isEmpty());
        const QString path = m_dir.filePath(u"undated.pdf"_s);
        QVERIFY(!CreditReportRenderer::writePdf(data, path));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(CreditReportRenderer::fileName(sample()),
                 u"credit-report-91140105MA0K3XQ2X1-20261202.pdf"_s);
    }

    void pdfHasTheChineseText()
    {
        if (expectNoFont())
            QSKIP("checking the missing-font failure only");
        const CreditReportData data = sample();
        const QString path = write(data, u"report.pdf"_s);
        QVERIFY(!path.isEmpty());
        const Pdf pdf = readPdf(path);
        QVERIFY(pdf.doc);
        QCOMPARE(pdf.doc->info(u"Title"_s), u"企业信用报告"_s);
        QCOMPARE(pdf.doc->info(u"Creator"_s), u"OneWindow"_s);
        const QString text = pdf.all();
        for (const QString &line : CreditReportRenderer::lines(data))
            QVERIFY2(text.contains(withoutSpace(line)), qPrintable(u"missing from the PDF: "_s + line));
        bool embedded = false;
        const QString family = withoutSpace(licence::NoticeRenderer::chineseFontFamily());
        const QList<Poppler::FontInfo> fonts = pdf.doc->fonts();
        for (const Poppler::FontInfo &font : fonts)
            embedded = embedded ||
                       (font.isEmbedded() && withoutSpace(font.name()).contains(family, Qt::CaseInsensitive));
        QVERIFY2(embedded, "the Chinese font is embedded");
        // Every word inside the page: nothing clipped.
        for (int i = 0; i < pdf.doc->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = pdf.doc->page(i);
            const QRectF inside(QPointF(0, 0), page->pageSizeF());
            for (const auto &box : page->textList())
                QVERIFY2(inside.contains(box->boundingBox()), qPrintable(box->text()));
        }
    }

    void aLongRecordRunsOverPages()
    {
        if (expectNoFont())
            QSKIP("checking the missing-font failure only");
        const CreditReportData data = longRecord(40);
        const QString path = write(data, u"long.pdf"_s);
        QVERIFY(!path.isEmpty());
        const Pdf pdf = readPdf(path);
        QVERIFY(pdf.doc);
        QVERIFY2(pdf.pages.size() >= 3, qPrintable(QString::number(pdf.pages.size())));
        for (qsizetype p = 0; p < pdf.pages.size(); ++p) {
            const QString number = u"第%1页共%2页"_s.arg(p + 1).arg(pdf.pages.size());
            QVERIFY2(withoutSpace(pdf.pages.at(p)).contains(number), qPrintable(number));
        }
        const QString text = pdf.all();
        qsizetype previous = -1;
        for (int i = 1; i <= 40; ++i) {
            const QString heading = u"%1．行政处罚并市监罚〔2026〕%2号"_s.arg(i).arg(100 + i);
            const qsizetype at = text.indexOf(heading);
            QVERIFY2(at > previous, qPrintable(u"missing or out of order: "_s + heading));
            previous = at;
        }
        // A heading never ends a page: the last line of every page but the last is not one.
        for (qsizetype p = 0; p + 1 < pdf.pages.size(); ++p) {
            QStringList lines = pdf.pages.at(p).split(u'\n', Qt::SkipEmptyParts);
            while (!lines.isEmpty() && withoutSpace(lines.last()).startsWith(u"第"_s))
                lines.removeLast(); // the page number
            QVERIFY(!lines.isEmpty());
            QVERIFY2(!withoutSpace(lines.last()).contains(u"．行政处罚"_s), qPrintable(lines.last()));
        }
        QVERIFY(withoutSpace(pdf.pages.last()).contains(u"2026年12月2日"_s));
    }

    void unwritablePathFails()
    {
        if (expectNoFont())
            QSKIP("checking the missing-font failure only");
        QString error;
        const QString path = m_dir.filePath(u"no/such/dir/report.pdf"_s);
        QVERIFY(!CreditReportRenderer::writePdf(sample(), path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!CreditReportRenderer::writePdf(sample(), QString(), &error));
        QVERIFY(!CreditReportRenderer::paint(sample(), nullptr, &error));
    }

    // Run by test_licence_credit_report_no_font, with a fontconfig that knows no fonts.
    void noChineseFontFailsClearly()
    {
        if (!expectNoFont())
            QSKIP("run with OW_EXPECT_NO_CJK_FONT and a fontconfig without fonts (ctest does)");
        const QString path = m_dir.filePath(u"nofont.pdf"_s);
        QString error;
        QVERIFY(!CreditReportRenderer::writePdf(sample(), path, &error));
        QVERIFY2(error.contains(u"fonts-wqy-microhei"_s), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestLicenceCreditReport)
#include "test_licence_credit_report.moc"
