// The business licence: the text read back from the PDF (golden files), where it stands on the
// paper, the page sizes, the QR code decoded from the rendered pages by an independent decoder
// (zxing-cpp), long texts, the provisional marking and the failures.
#include "core/UsccCode.h"
#include "licence/LicenceSheet.h"
#include "licence/Notice.h"
#include "licence/QrCode.h"
#include "support/GoldenFile.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>
#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;
using ow::licence::LicenceCopy;
using ow::licence::LicenceFields;
using ow::licence::LicenceSheet;
using ow::licence::LicenceSheetLayout;
using ow::licence::LicenceTextBlock;
using ow::licence::QrCode;

namespace {

constexpr qreal kPointsPerMm = 72.0 / 25.4;
constexpr int kRenderDpi = 200;

QString copyKey(LicenceCopy copy)
{
    return copy == LicenceCopy::Original ? u"original"_s : u"duplicate"_s;
}

QString withoutSpace(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

// A valid code of 小店区 (140105): the exchange's 7th identifier.
QString creditCode()
{
    return ow::core::UsccCode::compose(u'9', u'1', u"140105"_s, ow::core::UsccCode::serialBody(7));
}

// Fixed data: the golden files are made from these.
LicenceFields sample()
{
    LicenceFields f;
    f.creditCode = creditCode();
    f.name = u"太原市鑫源商贸有限公司"_s;
    f.entityType = u"有限责任公司(自然人投资或控股)"_s;
    f.legalRepresentative = u"张伟"_s;
    f.businessScope =
        u"一般项目：日用百货销售；五金产品零售；电子产品销售；办公用品销售；计算机软硬件及辅助设备零售；"
        u"技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广。"
        u"（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"_s;
    f.registeredCapital = u"伍佰万元整"_s;
    f.establishedOn = QDate(2026, 12, 1);
    f.domicile = u"山西省太原市小店区长治路111号山西转型综改示范区创业大厦A座12层1205室"_s;
    f.authorityName = u"太原市小店区市场监督管理局"_s;
    f.issuedOn = QDate(2026, 12, 1);
    f.qrPayload = "OW1|" + f.creditCode.toUtf8() + "|sig:MEUCIQDx";
    f.sheetNumber = u"1401052026000123"_s;
    return f;
}

// A business scope of exactly `length` characters, made of real items, ending with 。
QString longScope(int length)
{
    const QStringList items{
        u"技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广"_s,
        u"软件开发"_s,
        u"信息系统集成服务"_s,
        u"计算机系统服务"_s,
        u"数据处理和存储支持服务"_s,
        u"网络技术服务"_s,
        u"人工智能应用软件开发"_s,
        u"日用百货销售"_s,
        u"五金产品批发"_s,
        u"五金产品零售"_s,
        u"电子产品销售"_s,
        u"办公用品销售"_s,
        u"文具用品零售"_s,
        u"家用电器销售"_s,
        u"针纺织品及原料销售"_s,
        u"服装服饰零售"_s,
        u"食用农产品零售"_s,
        u"会议及展览服务"_s,
        u"企业管理咨询"_s,
        u"市场营销策划"_s,
        u"广告设计、代理"_s,
        u"平面设计"_s,
    };
    QString scope = u"一般项目："_s;
    for (int i = 0; scope.size() < length - 1; ++i)
        scope += items.at(i % items.size()) + u"；"_s;
    scope.truncate(length - 1);
    return scope + u"。"_s;
}

bool expectNoFont()
{
    return qEnvironmentVariableIsSet("OW_EXPECT_NO_CJK_FONT");
}

QRectF toPoints(const QRectF &mm)
{
    return QRectF(mm.x() * kPointsPerMm, mm.y() * kPointsPerMm, mm.width() * kPointsPerMm,
                  mm.height() * kPointsPerMm);
}

// What poppler reads inside a block's rectangle (a little larger: glyph boxes overhang line boxes).
QString textIn(Poppler::Page &page, const QRectF &mm)
{
    return withoutSpace(page.text(toPoints(mm.adjusted(-0.5, -0.5, 0.5, 0.5))));
}

const LicenceTextBlock *findBlock(const LicenceSheetLayout &layout, const QString &key)
{
    for (const LicenceTextBlock &block : layout.blocks) {
        if (block.key == key)
            return &block;
    }
    return nullptr;
}

struct DecodedQr
{
    QByteArray bytes;
    QRectF mm; // where the decoder found it on the page
};

// The QR codes an independent decoder finds on the page, rendered as a scanner would see it.
QList<DecodedQr> decodeQrCodes(Poppler::Page &page)
{
    const QImage image =
        page.renderToImage(kRenderDpi, kRenderDpi).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QList<DecodedQr> found;
    const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        const ZXing::ByteArray &bytes = result.bytes();
        const ZXing::Position &at = result.position();
        const qreal pxPerMm = kRenderDpi / 25.4;
        const QRectF px =
            QRectF(QPointF(at.topLeft().x, at.topLeft().y), QPointF(at.bottomRight().x, at.bottomRight().y))
                .normalized();
        found.append(
            {QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())),
             QRectF(px.topLeft() / pxPerMm, px.size() / pxPerMm)});
    }
    return found;
}

// Makes `field` of `f` unprintable; false for a field this does not know.
bool breakField(LicenceFields &f, const QString &field)
{
    if (field == u"creditCode"_s) {
        f.creditCode = u" "_s;
    } else if (field == u"creditCode:bad"_s) {
        const QChar check = f.creditCode.back();
        f.creditCode.chop(1);
        f.creditCode += check == u'0' ? u'1' : u'0';
    } else if (field == u"name"_s) {
        f.name.clear();
    } else if (field == u"entityType"_s) {
        f.entityType = u"  "_s;
    } else if (field == u"legalRepresentative"_s) {
        f.legalRepresentative.clear();
    } else if (field == u"legalRepresentativeLabel"_s) {
        f.legalRepresentativeLabel = u"执行事务合伙人委派代表"_s;
    } else if (field == u"businessScope"_s) {
        f.businessScope.clear();
    } else if (field == u"domicile"_s) {
        f.domicile.clear();
    } else if (field == u"authorityName"_s) {
        f.authorityName.clear();
    } else if (field == u"publicityUrl"_s) {
        f.publicityUrl.clear();
    } else if (field == u"establishedOn"_s) {
        f.establishedOn = QDate();
    } else if (field == u"issuedOn"_s) {
        f.issuedOn = QDate();
    } else if (field == u"qrPayload"_s) {
        f.qrPayload.clear();
    } else if (field == u"termTo"_s) {
        f.termTo = f.establishedOn.addDays(-1);
    } else if (field == u"copyNumber"_s) {
        f.copyNumber = 0;
    } else {
        return false;
    }
    return true;
}

} // namespace

class TestLicenceSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrCodeMatrix_data();
    void qrCodeMatrix();
    void qrCodeRefuses_data();
    void qrCodeRefuses();
    void golden_data();
    void golden();
    void nothingOverlapsOrLeavesTheFrame_data();
    void nothingOverlapsOrLeavesTheFrame();
    void positions_data();
    void positions();
    void pagesHaveTheirOwnSizes();
    void qrDecodes_data();
    void qrDecodes();
    void longScopeFits_data();
    void longScopeFits();
    void tooLongScopeIsRefused();
    void provisionalIsMarked_data();
    void provisionalIsMarked();
    void tooLongPayloadIsRefused();
    void validation_data();
    void validation();
    void fieldsFollowTheData();
    void unwritablePathFails();
    void paintsOnAnyDevice();
    void noChineseFontRefuses();

private:
    QTemporaryDir m_dir;
    QString writeOrFail(const LicenceFields &fields, const QList<LicenceCopy> &copies, const QString &name);
    void skipWithoutFont();
};

void TestLicenceSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("OW_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
    }
    if (expectNoFont())
        return;
    QVERIFY2(!ow::licence::NoticeRenderer::chineseFontFamily().isEmpty(),
             "no Chinese font found: install fonts-wqy-microhei to run these tests");
}

void TestLicenceSheet::skipWithoutFont()
{
    if (expectNoFont())
        QSKIP("checking the missing-font failure only");
}

QString TestLicenceSheet::writeOrFail(const LicenceFields &fields, const QList<LicenceCopy> &copies,
                                      const QString &name)
{
    const QString path = m_dir.filePath(name);
    const ow::Result<void> written = LicenceSheet::writePdf(path, fields, copies);
    if (!written) {
        qWarning("writePdf failed: %s", qPrintable(written.error().message));
        return QString();
    }
    return path;
}

void TestLicenceSheet::qrCodeMatrix_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("minVersion");
    QTest::addColumn<int>("maxVersion");
    QTest::newRow("1 byte") << 1 << 1 << 1;
    QTest::newRow("100 bytes") << 100 << 5 << 6;
    QTest::newRow("400 bytes") << 400 << 14 << 16;
    QTest::newRow("the most at level M") << QrCode::MaxPayloadBytes << 40 << 40;
}

void TestLicenceSheet::qrCodeMatrix()
{
    QFETCH(int, bytes);
    QFETCH(int, minVersion);
    QFETCH(int, maxVersion);
    const ow::Result<QrCode> code = QrCode::encode(QByteArray(bytes, 'x'));
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
    const QrCode &qr = code.value();
    QVERIFY2(qr.version() >= minVersion && qr.version() <= maxVersion,
             qPrintable(QString::number(qr.version())));
    QCOMPARE(qr.size(), 17 + 4 * qr.version());
    QCOMPARE(qr.sizeWithQuietZone(), qr.size() + 8);
    QCOMPARE(qr.modules().size(), qr.size() * qr.size());
    // The three finder patterns: a dark 7×7 ring, a light ring, a dark 3×3 centre.
    for (const QPoint &corner : {QPoint(0, 0), QPoint(qr.size() - 7, 0), QPoint(0, qr.size() - 7)}) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(qr.isDark(corner.x() + i, corner.y()));
            QVERIFY(qr.isDark(corner.x(), corner.y() + i));
            QVERIFY(qr.isDark(corner.x() + 6, corner.y() + i));
        }
        QVERIFY(!qr.isDark(corner.x() + 1, corner.y() + 1));
        QVERIFY(qr.isDark(corner.x() + 3, corner.y() + 3));
    }
    QVERIFY(!qr.isDark(-1, 0));
    QVERIFY(!qr.isDark(0, qr.size()));
    // What paint() fills: every dark module once, no light one.
    QBitArray covered(qr.modules().size());
    for (const QRect &r : qr.darkRectangles()) {
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                QVERIFY2(qr.isDark(x, y) && !covered.testBit(y * qr.size() + x),
                         qPrintable(u"%1,%2"_s.arg(x).arg(y)));
                covered.setBit(y * qr.size() + x);
            }
        }
    }
    QCOMPARE(covered, qr.modules());
}

void TestLicenceSheet::qrCodeRefuses_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << u"licence.qr_empty"_s;
    QTest::newRow("one byte too many")
        << QByteArray(QrCode::MaxPayloadBytes + 1, 'x') << u"licence.qr_too_long"_s;
    QTest::newRow("far too long") << QByteArray(10000, '\0') << u"licence.qr_too_long"_s;
}

void TestLicenceSheet::qrCodeRefuses()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    const ow::Result<QrCode> qr = QrCode::encode(payload);
    QVERIFY(!qr.ok());
    QCOMPARE(qr.error().code, code);
    if (code == u"licence.qr_too_long"_s) {
        QVERIFY2(qr.error().message.contains(QString::number(payload.size())),
                 qPrintable(qr.error().message));
        QVERIFY2(qr.error().message.contains(u"2331"_s), qPrintable(qr.error().message));
    }
}

void TestLicenceSheet::golden_data()
{
    QTest::addColumn<LicenceCopy>("copy");
    QTest::newRow("original") << LicenceCopy::Original;
    QTest::newRow("duplicate") << LicenceCopy::Duplicate;
}

// The golden file holds, block by block in reading order, what poppler extracts from the PDF inside
// the block's rectangle (whitespace removed: fonts space glyphs differently, the words are the same).
void TestLicenceSheet::golden()
{
    QFETCH(LicenceCopy, copy);
    skipWithoutFont();
    const QString pdfPath = writeOrFail(sample(), {copy}, copyKey(copy) + u".pdf"_s);
    QVERIFY(!pdfPath.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdfPath);
    QVERIFY(doc);
    QCOMPARE(doc->numPages(), 1);
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    const ow::Result<LicenceSheetLayout> layout = LicenceSheet::layOut(sample(), copy);
    QVERIFY(layout.ok());

    QStringList actual;
    for (const LicenceTextBlock &block : layout.value().blocks) {
        const QString extracted = textIn(*page, block.rectMm);
        // Each block's rectangle holds its own text and nothing else: nothing clipped, nothing on top.
        QVERIFY2(extracted == withoutSpace(block.text),
                 qPrintable(u"%1: printed %2, read back %3"_s.arg(block.key, block.text, extracted)));
        actual << block.key + u": "_s + extracted;
    }

    const QString mismatch =
        ow::test::goldenMismatch(u"licence/licence-%1.golden.txt"_s.arg(copyKey(copy)), actual);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestLicenceSheet::nothingOverlapsOrLeavesTheFrame_data()
{
    golden_data();
}

void TestLicenceSheet::nothingOverlapsOrLeavesTheFrame()
{
    QFETCH(LicenceCopy, copy);
    skipWithoutFont();
    LicenceFields fields = sample();
    fields.businessScope = longScope(600);
    fields.provisional = true;
    const ow::Result<LicenceSheetLayout> result = LicenceSheet::layOut(fields, copy);
    QVERIFY(result.ok());
    const LicenceSheetLayout &layout = result.value();
    const qreal scale = layout.pageMm.width() / 420;
    const QRectF frame =
        QRectF(QPointF(0, 0), layout.pageMm).adjusted(16 * scale, 16 * scale, -16 * scale, -16 * scale);
    QVERIFY(frame.contains(layout.qrMm));
    for (qsizetype i = 0; i < layout.blocks.size(); ++i) {
        const LicenceTextBlock &a = layout.blocks.at(i);
        QVERIFY2(frame.contains(a.rectMm), qPrintable(a.key));
        QVERIFY2(!a.rectMm.intersects(layout.qrMm), qPrintable(a.key));
        for (qsizetype j = i + 1; j < layout.blocks.size(); ++j)
            QVERIFY2(!a.rectMm.intersects(layout.blocks.at(j).rectMm),
                     qPrintable(a.key + u" overlaps "_s + layout.blocks.at(j).key));
    }

    // And in the PDF: every word poppler finds lies in one of the blocks.
    const QString path = writeOrFail(fields, {copy}, copyKey(copy) + u"-boxes.pdf"_s);
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    QVERIFY(boxes.size() > 20);
    for (const auto &box : boxes) {
        const QPointF centre = box->boundingBox().center() / kPointsPerMm;
        const bool inBlock =
            std::any_of(layout.blocks.cbegin(), layout.blocks.cend(),
                        [&](const LicenceTextBlock &b) { return b.rectMm.contains(centre); });
        QVERIFY2(
            inBlock,
            qPrintable(u"%1 at %2,%3 mm is in no block"_s.arg(box->text()).arg(centre.x()).arg(centre.y())));
    }
}

void TestLicenceSheet::positions_data()
{
    golden_data();
}

// Where a clerk expects things on the current national layout.
void TestLicenceSheet::positions()
{
    QFETCH(LicenceCopy, copy);
    skipWithoutFont();
    const ow::Result<LicenceSheetLayout> result = LicenceSheet::layOut(sample(), copy);
    QVERIFY(result.ok());
    const LicenceSheetLayout &layout = result.value();
    const QSizeF page = layout.pageMm;
    QCOMPARE(page, LicenceSheet::pageSizeMm(copy));
    const auto rect = [&](const QString &key) {
        const LicenceTextBlock *block = findBlock(layout, key);
        return block ? block->rectMm : QRectF();
    };
    for (const QString &key : {u"title"_s, u"creditCode"_s, u"name"_s, u"businessScope"_s, u"domicile"_s,
                               u"authorityName"_s, u"issuedOn"_s, u"publicityUrl"_s})
        QVERIFY2(!rect(key).isNull(), qPrintable(key));
    // The code top left, the QR code top right, the title between them, centred.
    QVERIFY(rect(u"creditCode"_s).right() < page.width() / 3 &&
            rect(u"creditCode"_s).bottom() < page.height() / 4);
    QVERIFY(layout.qrMm.left() > page.width() * 0.75 && layout.qrMm.bottom() < page.height() / 3);
    QVERIFY(qAbs(layout.qrMm.width() - layout.qrMm.height()) < 0.01);
    QVERIFY(qAbs(rect(u"title"_s).center().x() - page.width() / 2) < 1);
    // Two columns: 名称 … 经营范围 on the left, 注册资本 … 住所 on the right, each top to bottom.
    QVERIFY(rect(u"name"_s).top() < rect(u"entityType"_s).top());
    QVERIFY(rect(u"entityType"_s).top() < rect(u"legalRepresentative"_s).top());
    QVERIFY(rect(u"legalRepresentative"_s).top() < rect(u"businessScope"_s).top());
    QVERIFY(rect(u"registeredCapital"_s).top() < rect(u"establishedOn"_s).top());
    QVERIFY(rect(u"establishedOn"_s).top() < rect(u"term"_s).top());
    QVERIFY(rect(u"term"_s).top() < rect(u"domicile"_s).top());
    QVERIFY(rect(u"businessScope"_s).right() < rect(u"domicile"_s).left());
    QVERIFY(qAbs(rect(u"name"_s).top() - rect(u"registeredCapital"_s).top()) < 1);
    // The authority and the date of issue bottom right, centred in the room left for the seal.
    for (const QString &key : {u"authorityName"_s, u"issuedOn"_s}) {
        QVERIFY2(layout.sealMm.contains(rect(key).center()), qPrintable(key));
        QVERIFY(qAbs(rect(key).center().x() - layout.sealMm.center().x()) < 1);
    }
    QVERIFY(layout.sealMm.left() > page.width() * 0.6 && layout.sealMm.top() > page.height() * 0.6);
    QVERIFY(rect(u"domicile"_s).bottom() < layout.sealMm.top());
    // The publicity system's address at the bottom.
    QVERIFY(rect(u"publicityUrl"_s).top() > page.height() * 0.85);
    QVERIFY(rect(u"businessScope"_s).bottom() < rect(u"publicityUrl"_s).top());
}

void TestLicenceSheet::pagesHaveTheirOwnSizes()
{
    skipWithoutFont();
    const QString path = writeOrFail(
        sample(), {LicenceCopy::Original, LicenceCopy::Duplicate, LicenceCopy::Duplicate}, u"set.pdf"_s);
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    QCOMPARE(doc->numPages(), 3);
    QCOMPARE(doc->info(u"Title"_s), u"营业执照"_s);
    QCOMPARE(doc->info(u"Creator"_s), u"OneWindow"_s);
    const QList<QSizeF> expectedMm{{420, 297}, {297, 210}, {297, 210}};
    for (int i = 0; i < 3; ++i) {
        const QSizeF size = doc->page(i)->pageSizeF() / kPointsPerMm;
        QVERIFY2(qAbs(size.width() - expectedMm.at(i).width()) < 1 &&
                     qAbs(size.height() - expectedMm.at(i).height()) < 1,
                 qPrintable(u"page %1 is %2 × %3 mm"_s.arg(i + 1).arg(size.width()).arg(size.height())));
    }
    const QString original = withoutSpace(doc->page(0)->text(QRectF()));
    QVERIFY(original.contains(u"营业执照"_s));
    QVERIFY(!original.contains(u"副本"_s));
    QVERIFY(!original.contains(u"年度报告"_s)); // the annual-report notice is the 副本's
    QVERIFY(withoutSpace(doc->page(1)->text(QRectF())).contains(u"副本编号：1-1"_s));
    QVERIFY(withoutSpace(doc->page(2)->text(QRectF())).contains(u"副本编号：1-2"_s));
    QVERIFY(withoutSpace(doc->page(2)->text(QRectF())).contains(u"年度报告"_s));
    bool embedded = false;
    const QList<Poppler::FontInfo> fonts = doc->fonts();
    for (const Poppler::FontInfo &font : fonts)
        embedded = embedded || font.isEmbedded();
    QVERIFY2(embedded, "no embedded font");
}

void TestLicenceSheet::qrDecodes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("ascii") << QByteArray("https://www.gsxt.gov.cn/verify?c=" + creditCode().toUtf8());
    QTest::newRow("chinese utf-8")
        << u"统一社会信用代码:%1;名称:太原市鑫源商贸有限公司;登记机关:太原市小店区市场监督管理局"_s
               .arg(creditCode())
               .toUtf8();
    // What the exchange signs: the essentials and an SM2 signature, a few hundred bytes.
    QByteArray signedPayload =
        u"{\"v\":1,\"code\":\"%1\",\"name\":\"太原市鑫源商贸有限公司\",\"rep\":\"张伟\","
        u"\"type\":\"有限责任公司(自然人投资或控股)\",\"est\":\"2026-12-01\","
        u"\"authority\":\"太原市小店区市场监督管理局\",\"issued\":\"2026-12-01\",\"alg\":\"SM2-SM3\","
        u"\"sig\":\""_s.arg(creditCode())
            .toUtf8();
    for (int i = 0; signedPayload.size() < 440; ++i)
        signedPayload += QByteArray::number(i * 7919 % 65536, 16).rightJustified(4, '0').toUpper();
    signedPayload += "\"}";
    QTest::newRow("signed, a few hundred bytes") << signedPayload;
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary += static_cast<char>(i);
    QTest::newRow("every byte value, NUL included") << binary;
}

// Each page rendered at 200 dpi, as a phone or a counter scanner sees the paper, and decoded by
// zxing-cpp: the bytes must be the payload's, byte for byte.
void TestLicenceSheet::qrDecodes()
{
    QFETCH(QByteArray, payload);
    skipWithoutFont();
    LicenceFields fields = sample();
    fields.qrPayload = payload;
    const QString path = writeOrFail(fields, {LicenceCopy::Original, LicenceCopy::Duplicate},
                                     u"qr-%1.pdf"_s.arg(payload.size()));
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    doc->setRenderHint(Poppler::Document::Antialiasing);
    QCOMPARE(doc->numPages(), 2);
    for (int i = 0; i < doc->numPages(); ++i) {
        const LicenceCopy copy = i == 0 ? LicenceCopy::Original : LicenceCopy::Duplicate;
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QList<DecodedQr> found = decodeQrCodes(*page);
        QVERIFY2(found.size() == 1, qPrintable(u"page %1: %2 QR codes found"_s.arg(i + 1).arg(found.size())));
        QVERIFY2(found.first().bytes == payload, qPrintable(u"page %1 decoded %2"_s.arg(i + 1).arg(
                                                     QString::fromLatin1(found.first().bytes.toHex()))));
        // Found where the layout put it (the decoder reports the symbol, inside the quiet zone).
        const ow::Result<LicenceSheetLayout> layout = LicenceSheet::layOut(fields, copy);
        QVERIFY(layout.ok());
        QVERIFY2(layout.value().qrMm.adjusted(-1, -1, 1, 1).contains(found.first().mm),
                 qPrintable(u"page %1: found at %2,%3 mm"_s.arg(i + 1)
                                .arg(found.first().mm.x())
                                .arg(found.first().mm.y())));
    }
}

void TestLicenceSheet::longScopeFits_data()
{
    golden_data();
}

void TestLicenceSheet::longScopeFits()
{
    QFETCH(LicenceCopy, copy);
    skipWithoutFont();
    LicenceFields fields = sample();
    fields.businessScope = longScope(600);
    QCOMPARE(fields.businessScope.size(), 600);
    const ow::Result<LicenceSheetLayout> layout = LicenceSheet::layOut(fields, copy);
    QVERIFY(layout.ok());
    const LicenceTextBlock *scope = findBlock(layout.value(), u"businessScope"_s);
    const LicenceTextBlock *name = findBlock(layout.value(), u"name"_s);
    QVERIFY(scope && name);
    // Set smaller than the other fields, but not below a readable size.
    QVERIFY2(scope->pointSize < name->pointSize, qPrintable(QString::number(scope->pointSize)));
    QVERIFY2(scope->pointSize >= 7, qPrintable(QString::number(scope->pointSize)));

    const QString path = writeOrFail(fields, {copy}, copyKey(copy) + u"-long.pdf"_s);
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    // All of it, and nothing else, where the layout put it (the whole page's text interleaves the
    // columns line by line).
    QVERIFY2(textIn(*page, scope->rectMm) == withoutSpace(fields.businessScope),
             "the business scope is not all in the PDF");
}

void TestLicenceSheet::tooLongScopeIsRefused()
{
    skipWithoutFont();
    LicenceFields fields = sample();
    fields.businessScope = longScope(5000); // the one form's limit: more than a licence can show
    const QString path = m_dir.filePath(u"scope-too-long.pdf"_s);
    const ow::Result<void> written = LicenceSheet::writePdf(path, fields, {LicenceCopy::Original});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"licence.does_not_fit"_s);
    QCOMPARE(written.error().field, u"businessScope"_s);
    QVERIFY2(written.error().message.contains(u"business scope"_s), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(path));
}

void TestLicenceSheet::provisionalIsMarked_data()
{
    golden_data();
}

void TestLicenceSheet::provisionalIsMarked()
{
    QFETCH(LicenceCopy, copy);
    skipWithoutFont();
    LicenceFields fields = sample();
    for (bool provisional : {false, true}) {
        fields.provisional = provisional;
        const QString path =
            writeOrFail(fields, {copy}, u"%1-provisional-%2.pdf"_s.arg(copyKey(copy)).arg(int(provisional)));
        QVERIFY(!path.isEmpty());
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        const QString text = withoutSpace(doc->page(0)->text(QRectF()));
        QCOMPARE(text.contains(u"临时"_s), provisional);
        QCOMPARE(text.contains(u"待登记系统确认后生效"_s), provisional);
        // The mark across the sheet is drawn in red: the rendered page has reddish pixels.
        const QImage image = doc->page(0)->renderToImage(30, 30);
        int reddish = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                reddish += c.red() > c.green() + 25 && c.red() > 150 ? 1 : 0;
            }
        }
        QVERIFY2((reddish > 300) == provisional, qPrintable(QString::number(reddish)));
    }
}

void TestLicenceSheet::tooLongPayloadIsRefused()
{
    skipWithoutFont();
    LicenceFields fields = sample();
    fields.qrPayload = QByteArray(3000, 'A');
    const QString path = m_dir.filePath(u"payload-too-long.pdf"_s);
    const ow::Result<void> written =
        LicenceSheet::writePdf(path, fields, {LicenceCopy::Original, LicenceCopy::Duplicate});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"licence.qr_too_long"_s);
    QVERIFY2(written.error().message.contains(u"3000"_s), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u"2331"_s), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(LicenceSheet::layOut(fields, LicenceCopy::Duplicate).error().code, u"licence.qr_too_long"_s);
}

void TestLicenceSheet::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    for (const char *field :
         {"creditCode", "name", "entityType", "legalRepresentative", "businessScope", "domicile",
          "authorityName", "publicityUrl", "establishedOn", "issuedOn", "qrPayload"})
        QTest::newRow(field) << QString::fromLatin1(field) << u"licence.field_missing"_s;
    QTest::newRow("wrong check character") << u"creditCode:bad"_s << u"licence.invalid_code"_s;
    QTest::newRow("term ends before it begins") << u"termTo"_s << u"licence.invalid_term"_s;
    QTest::newRow("copy number 0") << u"copyNumber"_s << u"licence.invalid_copy_number"_s;
    QTest::newRow("title too long") << u"legalRepresentativeLabel"_s << u"licence.invalid_label"_s;
}

void TestLicenceSheet::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    QVERIFY(LicenceSheet::validate(sample()).ok());
    LicenceFields f = sample();
    QVERIFY2(breakField(f, field), qPrintable(field));
    const ow::Result<void> valid = LicenceSheet::validate(f);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, code);
    QCOMPARE(valid.error().field, field.section(u':', 0, 0));
    QVERIFY(!valid.error().message.isEmpty());
    // The PDF is refused the same way, and nothing is written.
    const QString path = m_dir.filePath(u"invalid.pdf"_s);
    const ow::Result<void> written = LicenceSheet::writePdf(path, f, {LicenceCopy::Original});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, code);
    QVERIFY(!QFileInfo::exists(path));
}

void TestLicenceSheet::fieldsFollowTheData()
{
    skipWithoutFont();
    LicenceFields f = sample();
    f.legalRepresentativeLabel = u"执行事务合伙人"_s;
    f.entityType = u"有限合伙企业"_s;
    f.registeredCapital.clear(); // a partnership has no registered capital
    f.termFrom = QDate(2026, 12, 5);
    f.termTo = QDate(2046, 12, 4);
    f.copyNumber = 3;
    f.sheetNumber.clear();
    const QString path = writeOrFail(f, {LicenceCopy::Duplicate}, u"partnership.pdf"_s);
    QVERIFY(!path.isEmpty());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    const QString text = withoutSpace(doc->page(0)->text(QRectF()));
    QVERIFY(text.contains(u"执行事务合伙人张伟"_s));
    QVERIFY(!text.contains(u"法定代表人"_s));
    QVERIFY(!text.contains(u"注册资本"_s));
    QVERIFY(text.contains(u"2026年12月05日至2046年12月04日"_s));
    QVERIFY(text.contains(u"成立日期2026年12月01日"_s));
    QVERIFY(text.contains(u"副本编号：1-3"_s));
    QVERIFY(!text.contains(u"编号：1401052026000123"_s));

    // Without an end, the term is 长期; the serial of the blank stock is printed when given.
    const QString unlimited = writeOrFail(sample(), {LicenceCopy::Original}, u"unlimited.pdf"_s);
    const std::unique_ptr<Poppler::Document> other = Poppler::Document::load(unlimited);
    QVERIFY(other);
    const QString otherText = withoutSpace(other->page(0)->text(QRectF()));
    QVERIFY(otherText.contains(u"营业期限2026年12月01日至长期"_s));
    QVERIFY(otherText.contains(u"编号：1401052026000123"_s));
    QVERIFY(otherText.contains(u"注册资本伍佰万元整"_s));
    QVERIFY(otherText.contains(u"国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"_s));
}

void TestLicenceSheet::unwritablePathFails()
{
    skipWithoutFont();
    for (const QString &path : {m_dir.filePath(u"no/such/dir/licence.pdf"_s), m_dir.path(), QString()}) {
        const ow::Result<void> written = LicenceSheet::writePdf(path, sample(), {LicenceCopy::Original});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"licence.write_failed"_s);
        QVERIFY2(written.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.error().message));
    }
    QCOMPARE(LicenceSheet::writePdf(m_dir.filePath(u"none.pdf"_s), sample(), {}).error().code,
             u"licence.no_copies"_s);
}

// The same routine paints a preview on an image: the paper's proportions, the QR code and the text.
void TestLicenceSheet::paintsOnAnyDevice()
{
    skipWithoutFont();
    QImage image(1189, 1000, QImage::Format_RGB32); // wider than A3's proportions: centred vertically
    image.fill(Qt::white);
    {
        QPainter inactive;
        QCOMPARE(LicenceSheet::paint(inactive, sample(), LicenceCopy::Original).error().code,
                 u"licence.paint_failed"_s);
    }
    QPainter painter(&image);
    const ow::Result<void> painted = LicenceSheet::paint(painter, sample(), LicenceCopy::Original);
    painter.end();
    QVERIFY2(painted.ok(), qPrintable(painted.ok() ? QString() : painted.error().message));
    // Above and below the sheet (1189 × 841) the image stays white; the sheet has ink.
    const auto dark = [&](int y0, int y1) {
        int count = 0;
        for (int y = y0; y < y1; ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        }
        return count;
    };
    QCOMPARE(dark(0, 75), 0);
    QCOMPARE(dark(925, 1000), 0);
    QVERIFY(dark(80, 920) > 10000);
}

// Run by the test_licence_sheet_no_font test, with a fontconfig that knows no fonts.
void TestLicenceSheet::noChineseFontRefuses()
{
    if (!expectNoFont())
        QSKIP("run with OW_EXPECT_NO_CJK_FONT and a fontconfig without fonts (ctest does)");
    const QString path = m_dir.filePath(u"nofont.pdf"_s);
    const ow::Result<void> written = LicenceSheet::writePdf(path, sample(), {LicenceCopy::Original});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, u"licence.no_cjk_font"_s);
    QVERIFY2(written.error().message.contains(u"Chinese font"_s), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u"fonts-wqy-microhei"_s), qPrintable(written.error().message));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(LicenceSheet::layOut(sample(), LicenceCopy::Duplicate).error().code, u"licence.no_cjk_font"_s);
}

QTEST_MAIN(TestLicenceSheet)
#include "test_licence_sheet.moc"
