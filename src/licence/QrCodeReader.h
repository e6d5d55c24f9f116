#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QImage;

namespace ow::licence {

// A QR code found in a document: its bytes exactly as the symbol holds them, and on which page.
struct FoundQrCode
{
    QByteArray bytes;
    int page = 0; // from 0
};

// Reads the QR codes of a printed licence as a scanner would: each page of the PDF rendered by
// poppler, its QR codes decoded by zxing-cpp. Offline and without fonts; it only reads, and the
// caller judges what it read (security::LicenceSeal::verify).
class QrCodeReader
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeReader)
public:
    // The resolutions a page is rendered at, in turn, until a QR code is found on it. A licence's
    // QR code has modules of 0.21 mm on a 副本 (version 32 in 32.5 mm): about 2.5 pixels at 300 dpi,
    // enough for the decoder; at 200 dpi (1.7 pixels) it is not.
    static constexpr int ScanDpis[] = {300, 400, 500};
    static constexpr int MaxPages = 20;                       // a licence has one to three
    static constexpr qint64 MaxPdfBytes = 32LL * 1024 * 1024; // a licence's PDF is about 60 KiB

    // The QR codes in `image` (any format), each once, in the decoder's order.
    static QList<QByteArray> readImage(const QImage &image);

    // The QR codes of the PDF at `path`, page by page (the same code twice on one page counts once).
    // Errors, each saying what to do next: "licence.pdf_unreadable" (missing, not a PDF, damaged or
    // password-protected), "licence.pdf_too_large" (over MaxPdfBytes or MaxPages pages),
    // "licence.no_qr_code" (read, but no page holds a QR code the decoder can read).
    static Result<QList<FoundQrCode>> readPdf(const QString &path);
};

} // namespace ow::licence
