#include "QrCodeReader.h"

#include "LicenceLog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QSysInfo>

#include <ZXing/ReadBarcode.h>
#include <memory>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace ow::licence {
namespace {

Error unreadable(const QString &path)
{
    return Error{u"licence.pdf_unreadable"_s,
                 QrCodeReader::tr("%1 cannot be read as a PDF: it is missing, damaged or protected by a "
                                  "password. Open the licence's PDF as the counter wrote it, or paste the "
                                  "text of its QR code instead.")
                     .arg(QDir::toNativeSeparators(path)),
                 QString()};
}

Error tooLarge(const QString &path, const QString &what)
{
    return Error{u"licence.pdf_too_large"_s,
                 QrCodeReader::tr("%1 is too large to be a licence (%2). Open the licence's own PDF, or "
                                  "paste the text of its QR code instead.")
                     .arg(QDir::toNativeSeparators(path), what),
                 QString()};
}

} // namespace

QList<QByteArray> QrCodeReader::readImage(const QImage &image)
{
    if (image.isNull())
        return {};
    // 32-bit pixels as they are (B, G, R, X in memory on a little-endian machine), anything else grey.
    const bool direct = QSysInfo::ByteOrder == QSysInfo::LittleEndian &&
                        (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32 ||
                         image.format() == QImage::Format_ARGB32_Premultiplied);
    const QImage pixels = direct ? image : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(pixels.constBits(), pixels.width(), pixels.height(),
                                direct ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::Lum,
                                static_cast<int>(pixels.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true); // without it, no licence's QR code is found on a whole page
    QList<QByteArray> found;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        const ZXing::ByteArray &bytes = result.bytes();
        const QByteArray code(reinterpret_cast<const char *>(bytes.data()),
                              static_cast<qsizetype>(bytes.size()));
        if (!found.contains(code))
            found.append(code);
    }
    return found;
}

Result<QList<FoundQrCode>> QrCodeReader::readPdf(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile() || !info.isReadable())
        return unreadable(path);
    if (info.size() > MaxPdfBytes)
        return tooLarge(path, tr("%1 MiB").arg(double(info.size()) / (1024 * 1024), 0, 'f', 1));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked() || document->numPages() < 1) {
        qCWarning(lcLicenceQr) << "cannot read" << path << "as a PDF";
        return unreadable(path);
    }
    if (document->numPages() > MaxPages)
        return tooLarge(path, tr("%1 pages").arg(document->numPages()));
    QElapsedTimer clock;
    clock.start();
    QList<FoundQrCode> found;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        // zxing-cpp 1.4 misses a large symbol at some scales (one page in ten, at a resolution
        // that reads the next symbol fine): a page without a code is read again, finer.
        for (const int dpi : ScanDpis) {
            const QList<QByteArray> codes =
                page ? readImage(page->renderToImage(dpi, dpi)) : QList<QByteArray>();
            for (const QByteArray &code : codes)
                found.append({code, i});
            if (!codes.isEmpty())
                break;
        }
    }
    qCInfo(lcLicenceQr) << found.size() << "QR code(s) in" << document->numPages() << "page(s) of" << path
                        << "in" << clock.elapsed() << "ms";
    if (found.isEmpty()) {
        return Error{u"licence.no_qr_code"_s,
                     tr("No QR code can be read in %1. If it is a scan, scan the licence again at 300 dpi "
                        "or more with the QR code flat and sharp, or paste the text of its QR code instead.")
                         .arg(QDir::toNativeSeparators(path)),
                     QString()};
    }
    return found;
}

} // namespace ow::licence
