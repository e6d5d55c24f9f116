#pragma once

class QWidget;

namespace ow::ui {

// Keeps a top-level window, frame included, inside the available area of its screen (task bars
// excluded): shrinks it to that area and moves it in, for a geometry saved on a larger screen or
// offset by a window manager. A maximised or full-screen window is left as it is.
void keepInsideScreen(QWidget *window);

} // namespace ow::ui
