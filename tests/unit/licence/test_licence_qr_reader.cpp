// Reading a licence's QR codes back from its PDF (licence::QrCodeReader), as the client's licence
// verification does: what LicenceSheet printed comes back byte for byte from every page, the 副本's
// small modules included; a PDF without a QR code, a file that is no PDF and one too large say so.
#include "core/UsccCode.h"
#include "licence/LicenceSheet.h"
#include "licence/Notice.h"
#include "licence/QrCodeReader.h"

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ow::licence::FoundQrCode;
using ow::licence::LicenceCopy;
using ow::licence::LicenceFields;
using ow::licence::LicenceSheet;
using ow::licence::QrCodeReader;

namespace {

// Shaped like a sealed licence's QR text (docs/licence-signature.md), of `length` bytes: the real one
// is about 1,475 bytes, a version-32 symbol whose modules are 0.21 mm on the 副本.
QByteArray sealedLike(const QString &code, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QRandomGenerator random(20261202);
    QByteArray text = "https://127.0.0.1:8444/licence/" + code.toLatin1() + "#OWL1.";
    while (text.size() < length)
        text += text.size() % 400 == 0 ? '.' : alphabet[random.bounded(64)];
    return text;
}

LicenceFields fields(const QByteArray &payload)
{
    LicenceFields f;
    f.creditCode = ow::core::UsccCode::compose(u'9', u'1', u"140105"_s, ow::core::UsccCode::serialBody(7));
    f.name = u"太原市鑫源商贸有限公司"_s;
    f.entityType = u"有限责任公司(自然人投资或控股)"_s;
    f.legalRepresentative = u"张伟"_s;
    f.businessScope = u"一般项目：日用百货销售；五金产品零售。"_s;
    f.establishedOn = QDate(2026, 12, 1);
    f.domicile = u"山西省太原市小店区长治路111号"_s;
    f.authorityName = u"太原市小店区市场监督管理局"_s;
    f.issuedOn = QDate(2026, 12, 1);
    f.qrPayload = payload;
    return f;
}

} // namespace

class TestLicenceQrReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // A PDF of `pages` A4 pages, each with `text` and nothing else.
    QString plainPdf(const QString &name, int pages)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(500, 500), u"营业执照 page %1"_s.arg(i + 1));
        }
        return painter.end() ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("OW_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("PDFs are kept in %s", qPrintable(m_dir.path()));
        }
        QVERIFY2(!ow::licence::NoticeRenderer::chineseFontFamily().isEmpty(),
                 "no Chinese font found: install fonts-wqy-microhei to run these tests");
    }

    void readsWhatTheSheetPrinted_data()
    {
        QTest::addColumn<QByteArray>("payload");
        const QString code = fields({}).creditCode;
        QTest::newRow("a sealed licence's length (version 32)") << sealedLike(code, 1475);
        QTest::newRow("short") << QByteArray("https://127.0.0.1:8444/licence/" + code.toLatin1());
        QTest::newRow("utf-8 Chinese") << u"营业执照 %1 太原市鑫源商贸有限公司"_s.arg(code).toUtf8();
    }

    void readsWhatTheSheetPrinted()
    {
        QFETCH(QByteArray, payload);
        const QString path = m_dir.filePath(u"licence-%1.pdf"_s.arg(payload.size()));
        const ow::Result<void> written =
            LicenceSheet::writePdf(path, fields(payload), {LicenceCopy::Original, LicenceCopy::Duplicate});
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const ow::Result<QList<FoundQrCode>> found = QrCodeReader::readPdf(path);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(found.value().size(), 2); // the 正本's and the 副本's
        for (int page = 0; page < 2; ++page) {
            QCOMPARE(found.value().at(page).page, page);
            QCOMPARE(found.value().at(page).bytes, payload);
        }
    }

    void readsAnImage()
    {
        // A preview painted on an image at about 300 dpi of the 正本.
        const QByteArray payload = sealedLike(fields({}).creditCode, 1475);
        QImage image(4961, 3508, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QVERIFY(LicenceSheet::paint(painter, fields(payload), LicenceCopy::Original).ok());
        painter.end();
        QCOMPARE(QrCodeReader::readImage(image), QList<QByteArray>{payload});
        QVERIFY(QrCodeReader::readImage(QImage()).isEmpty());
    }

    void failuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("no QR code") << u"plain"_s << u"licence.no_qr_code"_s;
        QTest::newRow("not a PDF") << u"text"_s << u"licence.pdf_unreadable"_s;
        QTest::newRow("cut short") << u"truncated"_s << u"licence.pdf_unreadable"_s;
        QTest::newRow("missing") << u"missing"_s << u"licence.pdf_unreadable"_s;
        QTest::newRow("no file name") << QString() << u"licence.pdf_unreadable"_s;
        QTest::newRow("too many pages") << u"pages"_s << u"licence.pdf_too_large"_s;
    }

    void failuresSayWhatToDo()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QString path;
        if (file == u"plain"_s) {
            path = plainPdf(u"plain.pdf"_s, 2);
        } else if (file == u"pages"_s) {
            path = plainPdf(u"pages.pdf"_s, QrCodeReader::MaxPages + 1);
        } else if (file == u"text"_s || file == u"truncated"_s) {
            QByteArray bytes = "This is a letter, not a licence.\n";
            if (file == u"truncated"_s) {
                QFile pdf(plainPdf(u"whole.pdf"_s, 1));
                QVERIFY(pdf.open(QIODevice::ReadOnly));
                bytes = pdf.readAll().left(300);
            }
            path = m_dir.filePath(file + u".pdf"_s);
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        } else if (!file.isEmpty()) {
            path = m_dir.filePath(u"no-such-licence.pdf"_s);
        }
        const ow::Result<QList<FoundQrCode>> found = QrCodeReader::readPdf(path);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, code);
        // Says what to do next: paste the QR text instead.
        QVERIFY2(found.error().message.contains(u"paste"_s), qPrintable(found.error().message));
        if (!path.isEmpty())
            QVERIFY2(found.error().message.contains(path), qPrintable(found.error().message));
    }
};

QTEST_MAIN(TestLicenceQrReader)
#include "test_licence_qr_reader.moc"
