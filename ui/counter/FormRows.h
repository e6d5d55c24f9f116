#pragma once

#include <QList>
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

// Puts `widgets` (an editor's rows, created after the window was built, in reading order) right
// after the focusable field before `editor` in the Tab chain: rows added later would otherwise be
// reached only after everything else in the window.
void chainTabOrder(QWidget *editor, const QList<QWidget *> &widgets);

} // namespace ow::ui
