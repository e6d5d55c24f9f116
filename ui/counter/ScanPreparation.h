#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ow::ui {

// A scan as it is kept and sent (issue 10 §1, a county office's slow link): an image is brought
// to reading size, about 200 dpi on an A4 page (its long side at most 2,339 pixels; never
// upscaled) and written as a JPEG of a few hundred KB; a PDF, and an image that is already
// smaller as it is, stay as they are.
class ScanPreparation
{
    Q_DECLARE_TR_FUNCTIONS(ScanPreparation)
public:
    static constexpr int MaxLongSide = 2339; // A4's 297 mm at 200 dpi
    static constexpr qint64 TargetBytes = 400 * 1024;

    // The file to keep for `path`: `path` itself, or a JPEG written into `workDir`.
    static ow::Result<QString> forReading(const QString &path, const QString &workDir);
};

} // namespace ow::ui
