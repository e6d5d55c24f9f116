// ui::ScanPreparation: a scan is kept at reading size (issue 10 §1): a 300 dpi A4 page comes down
// to 200 dpi as a JPEG under the byte target, a grey page stays grey, a small image is never
// upscaled (kept as it is when writing it again gains nothing), a PDF is kept as it is, an
// unreadable path is an error.
#include "ui/counter/ScanPreparation.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

class TestScanPreparation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString page(const QString &name, QSize size, const char *format, bool colour)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        for (int y = size.height() / 10; y < size.height() * 9 / 10; y += size.height() / 50)
            painter.fillRect(size.width() / 10, y, size.width() * 7 / 10, size.height() / 120,
                             colour ? QColor(180, 20, 20) : QColor(30, 30, 30));
        painter.end();
        const QString path = m_dir.filePath(name);
        return image.save(path, format, 95) ? path : QString();
    }

private slots:
    void anA4PageAt300DpiComesDownToReadingSize()
    {
        const QString original = page(QStringLiteral("a4-300.png"), QSize(2480, 3508), "PNG", false);
        const auto prepared = ui::ScanPreparation::forReading(original, m_dir.path());
        QVERIFY(prepared);
        QVERIFY(prepared.value() != original);
        QImageReader reader(prepared.value());
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        const QImage image = reader.read();
        QCOMPARE(std::max(image.width(), image.height()), ui::ScanPreparation::MaxLongSide);
        QVERIFY(qAbs(image.width() - 1654) <= 1); // the aspect kept
        QVERIFY(image.isGrayscale());
        QVERIFY(QFileInfo(prepared.value()).size() <= ui::ScanPreparation::TargetBytes);
        QVERIFY(QFileInfo(original).exists()); // the original left where it was
    }

    void aColourPageStaysInColour()
    {
        const QString original = page(QStringLiteral("colour.jpg"), QSize(3000, 4000), "JPEG", true);
        const auto prepared = ui::ScanPreparation::forReading(original, m_dir.path());
        QVERIFY(prepared);
        const QImage image(prepared.value());
        QCOMPARE(image.height(), ui::ScanPreparation::MaxLongSide);
        QVERIFY(!image.isGrayscale());
    }

    void smallImagesAndPdfsAreKeptAsTheyAre()
    {
        // A small image is never upscaled: at most written again smaller at its own size.
        const QString small = page(QStringLiteral("small.jpg"), QSize(800, 1100), "JPEG", false);
        auto prepared = ui::ScanPreparation::forReading(small, m_dir.path());
        QVERIFY(prepared);
        QCOMPARE(QImage(prepared.value()).size(), QSize(800, 1100));
        QVERIFY(QFileInfo(prepared.value()).size() <= QFileInfo(small).size());
        // One already as small as it gets is kept as it is.
        const QString tiny = m_dir.filePath(QStringLiteral("tiny.jpg"));
        QVERIFY(QImage(prepared.value()).save(tiny, "JPEG", 30));
        prepared = ui::ScanPreparation::forReading(tiny, m_dir.path());
        QVERIFY(prepared);
        QCOMPARE(prepared.value(), tiny);
        const QString pdf = m_dir.filePath(QStringLiteral("articles.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.drawText(QPoint(100, 100), QStringLiteral("章程"));
        }
        prepared = ui::ScanPreparation::forReading(pdf, m_dir.path());
        QVERIFY(prepared);
        QCOMPARE(prepared.value(), pdf);
        QVERIFY(!ui::ScanPreparation::forReading(m_dir.filePath(QStringLiteral("none.png")), m_dir.path()));
    }
};

QTEST_MAIN(TestScanPreparation)
#include "test_scan_preparation.moc"
