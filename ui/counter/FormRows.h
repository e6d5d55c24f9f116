#pragma once

#include <QString>

#include <initializer_list>

class QGridLayout;
class QWidget;

namespace ow::ui {

// Helpers shared by the editors that hold one row of widgets per entry (investors, key personnel).

// The row of a field path such as "investors[2].idNumber" for the prefix "investors", or -1.
int rowOfFieldPath(const QString &path, QStringView prefix);

// Takes a removed row's widgets out of the grid. They are hidden and unnamed at once and deleted
// later, because the row's remove button may be the sender of the signal being handled.
void retireRowWidgets(QGridLayout *grid, std::initializer_list<QWidget *> widgets);

} // namespace ow::ui
