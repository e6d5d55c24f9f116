#include "ui/counter/EnterpriseDetailsDialog.h"

#include "core/Divisions.h"
#include "core/EntityType.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ow::ui {
namespace {

QLabel *value(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

EnterpriseDetailsDialog::EnterpriseDetailsDialog(const storage::EnterpriseRecord &e, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Registered enterprise — %1").arg(e.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(e.entityTypeId);
    const core::Divisions &divisions = core::Divisions::instance();
    form->addRow(tr("Name"), value(e.name, QStringLiteral("enterpriseName"), this));
    form->addRow(tr("Unified social credit code"), value(e.code, QStringLiteral("enterpriseCode"), this));
    form->addRow(tr("Entity type"),
                 value(type ? type->name : e.entityTypeId, QStringLiteral("enterpriseType"), this));
    form->addRow(type && !type->representativeTitle.isEmpty() ? type->representativeTitle
                                                              : tr("Legal representative"),
                 value(e.legalRep, QStringLiteral("enterpriseLegalRep"), this));
    form->addRow(tr("Trade name and industry"),
                 value(e.tradeName.isEmpty() ? QString() : tr("%1 · %2").arg(e.tradeName, e.industry),
                       QStringLiteral("enterpriseTradeName"), this));
    form->addRow(tr("Registration authority"),
                 value(e.authorityDivision.isEmpty()
                           ? QString()
                           : tr("%1 (%2)").arg(divisions.fullName(e.authorityDivision), e.authorityDivision),
                       QStringLiteral("enterpriseAuthority"), this));
    form->addRow(
        tr("Established"),
        value(e.established.isValid() ? QLocale().toString(e.established, QLocale::LongFormat) : QString(),
              QStringLiteral("enterpriseEstablished"), this));
    layout->addLayout(form);
    auto *note =
        new QLabel(tr("From this workstation's copy of the registry; the exchange keeps it current."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace ow::ui
