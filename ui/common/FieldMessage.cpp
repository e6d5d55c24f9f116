#include "ui/common/FieldMessage.h"

#include <QLabel>

namespace ow::ui {

QLabel *newFieldMessage(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setProperty("fieldError", true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace ow::ui
