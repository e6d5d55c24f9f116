#pragma once

// How a statutory clock looks (core::StatutoryClock): overdue in red and bold, due today or
// tomorrow in amber, otherwise the view's own colours. The case list and the case's header alike.

#include "core/StatutoryClock.h"

#include <QColor>
#include <QVariant>

namespace ow::ui {

// The clock's colour, or an invalid QColor for the view's default.
QColor clockColor(const core::ClockReading &reading);
// Qt::ForegroundRole and Qt::FontRole of a clock's cell (an invalid QVariant: the view's default).
QVariant clockForeground(const core::ClockReading &reading);
QVariant clockFont(const core::ClockReading &reading);

} // namespace ow::ui
