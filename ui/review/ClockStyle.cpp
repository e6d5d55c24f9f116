#include "ui/review/ClockStyle.h"

#include <QBrush>
#include <QFont>

namespace ow::ui {

QColor clockColor(const core::ClockReading &reading)
{
    if (reading.overdue) {
        return QColor(0xb0, 0x00, 0x20);
    }
    if (reading.daysLeft <= 1) {
        return QColor(0xa8, 0x5a, 0x00);
    }
    return {};
}

QVariant clockForeground(const core::ClockReading &reading)
{
    const QColor color = clockColor(reading);
    return color.isValid() ? QVariant(QBrush(color)) : QVariant();
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

} // namespace ow::ui
