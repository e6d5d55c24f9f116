#include "ui/common/WindowPlacement.h"

#include <QScreen>
#include <QWidget>

namespace ow::ui {

void keepInsideScreen(QWidget *window)
{
    if (!window || window->isMaximized() || window->isFullScreen() || !window->screen()) {
        return;
    }
    const QRect area = window->screen()->availableGeometry();
    // Before the window manager has framed the window the two are equal and the margins zero.
    const QSize margins = window->frameGeometry().size() - window->geometry().size();
    const QSize inner = window->size().boundedTo(area.size() - margins).expandedTo(window->minimumSize());
    if (inner != window->size()) {
        window->resize(inner);
    }
    QRect frame(window->frameGeometry().topLeft(), inner + margins);
    if (frame.right() > area.right()) {
        frame.moveRight(area.right());
    }
    if (frame.bottom() > area.bottom()) {
        frame.moveBottom(area.bottom());
    }
    if (frame.left() < area.left()) {
        frame.moveLeft(area.left());
    }
    if (frame.top() < area.top()) {
        frame.moveTop(area.top());
    }
    if (frame.topLeft() != window->frameGeometry().topLeft()) {
        window->move(frame.topLeft()); // a window's position is its frame's
    }
}

} // namespace ow::ui
