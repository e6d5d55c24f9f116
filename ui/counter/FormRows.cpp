#include "ui/counter/FormRows.h"

#include <QGridLayout>
#include <QWidget>

namespace ow::ui {

int rowOfFieldPath(const QString &path, QStringView prefix)
{
    if (!path.startsWith(prefix) || path.size() <= prefix.size() || path.at(prefix.size()) != u'[') {
        return -1;
    }
    const qsizetype open = prefix.size() + 1;
    const qsizetype close = path.indexOf(u']', open);
    bool ok = false;
    const int row = close < 0 ? -1 : QStringView(path).mid(open, close - open).toInt(&ok);
    return ok ? row : -1;
}

void retireRowWidgets(QGridLayout *grid, std::initializer_list<QWidget *> widgets)
{
    for (QWidget *w : widgets) {
        grid->removeWidget(w);
        w->hide();
        w->setObjectName(QString());
        w->deleteLater();
    }
}

} // namespace ow::ui
