#include "ScanPreparation.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ow::ui {

namespace {

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

ow::Result<QString> ScanPreparation::forReading(const QString &path, const QString &workDir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{u"attachment.read"_s, tr("The file %1 cannot be read.").arg(path), {}};
    }
    if (file.peek(5) == "%PDF-") {
        return path; // kept as it is: its pages are the office's to judge
    }
    file.close();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        return path; // not an image this counter reads: kept as it is
    }
    const qint64 original = QFileInfo(path).size();
    const int longSide = std::max(image.width(), image.height());
    if (longSide > MaxLongSide) {
        image = image.scaled(image.size() * (double(MaxLongSide) / longSide), Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
    if (!image.hasAlphaChannel() && image.allGray()) {
        image =
            image.convertToFormat(QImage::Format_Grayscale8); // a black-and-white page: a third of the bytes
    } else {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    QByteArray bytes = jpeg(image, 80);
    for (int quality = 70; bytes.size() > TargetBytes && quality >= 50; quality -= 10) {
        bytes = jpeg(image, quality);
    }
    if (longSide <= MaxLongSide && bytes.size() >= original) {
        return path; // already small: nothing gained
    }
    const QString target = workDir + u'/' + QFileInfo(path).completeBaseName() + u"-200dpi.jpg"_s;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return Error{u"attachment.write"_s, tr("The scan could not be prepared in %1.").arg(workDir), {}};
    }
    return target;
}

} // namespace ow::ui
