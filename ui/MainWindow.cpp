#include "MainWindow.h"

namespace ow::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("OneWindow"));
}

} // namespace ow::ui
