#pragma once

// How a statutory clock looks in a list (core::StatutoryClock): overdue in red and bold, due
// today or tomorrow in amber, otherwise the list's own colours.

#include "core/StatutoryClock.h"

#include <QVariant>

namespace ow::ui {

// Qt::ForegroundRole and Qt::FontRole of a clock's cell (an invalid QVariant: the view's default).
QVariant clockForeground(const core::ClockReading &reading);
QVariant clockFont(const core::ClockReading &reading);

// The order of the review queue: overdue first (longest overdue first), then by due date.
bool clockSortsBefore(const core::ClockReading &a, const core::ClockReading &b);

} // namespace ow::ui
