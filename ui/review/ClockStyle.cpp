#include "ui/review/ClockStyle.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ow::ui {

QVariant clockForeground(const core::ClockReading &reading)
{
    if (reading.overdue) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (reading.daysLeft <= 1) {
        return QBrush(QColor(0xa8, 0x5a, 0x00));
    }
    return {};
}

QVariant clockFont(const core::ClockReading &reading)
{
    if (!reading.overdue && reading.daysLeft > 0) {
        return {};
    }
    QFont font;
    font.setBold(true);
    return font;
}

bool clockSortsBefore(const core::ClockReading &a, const core::ClockReading &b)
{
    if (a.due != b.due) {
        return a.due < b.due;
    }
    return int(a.kind) < int(b.kind);
}

} // namespace ow::ui
