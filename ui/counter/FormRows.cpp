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

namespace {

// The field Tab reaches before `editor`: the nearest widget before it in the chain that takes Tab
// focus and is not one of its own (setTabOrder ignores widgets without focus, such as the editor).
QWidget *fieldBefore(QWidget *editor)
{
    for (QWidget *w = editor->previousInFocusChain(); w && w != editor; w = w->previousInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !editor->isAncestorOf(w)) {
            return w;
        }
    }
    return nullptr;
}

} // namespace

void chainTabOrder(QWidget *editor, const QList<QWidget *> &widgets)
{
    QWidget *previous = fieldBefore(editor);
    for (QWidget *w : widgets) {
        if (previous) {
            QWidget::setTabOrder(previous, w);
        }
        previous = w;
    }
}

} // namespace ow::ui
