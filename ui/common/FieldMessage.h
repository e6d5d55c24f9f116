#pragma once

class QLabel;
class QWidget;

namespace ow::ui {

// The line under a field (or a row of fields) that says what is wrong with it: red, wrapped,
// hidden until there is something to say. One look for every form in the client.
QLabel *newFieldMessage(QWidget *parent);

} // namespace ow::ui
