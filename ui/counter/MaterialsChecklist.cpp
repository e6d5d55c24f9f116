#include "ui/counter/MaterialsChecklist.h"

#include "core/Limits.h"
#include "ui/counter/FormRows.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace ow::ui {
namespace {

constexpr int AttachmentsPerItem = core::Limits::maxCount(core::LimitScope::Case, "materials[].attachments");

} // namespace

MaterialsChecklist::MaterialsChecklist(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
}

void MaterialsChecklist::setItems(const QList<core::MaterialItem> &items)
{
    for (const Row &r : std::as_const(m_rows)) {
        for (QWidget *w : std::initializer_list<QWidget *>{r.title, r.status, r.attach, r.files}) {
            m_grid->removeWidget(w);
            delete w;
        }
    }
    m_rows.clear();
    QList<QWidget *> tabOrder;
    for (const core::MaterialItem &item : items) {
        Row r{item, new QLabel(this), new QComboBox(this), new QPushButton(tr("Attach scan…"), this),
              new QLabel(this)};
        const int index = int(m_rows.size());
        r.title->setText(item.required ? item.title + QStringLiteral(" *") : item.title);
        r.title->setWordWrap(true);
        r.title->setBuddy(r.status);
        r.status->setObjectName(QStringLiteral("materialStatus%1").arg(index));
        r.status->setAccessibleName(item.title);
        for (core::MaterialStatus s : {core::MaterialStatus::Missing, core::MaterialStatus::OriginalSeen,
                                       core::MaterialStatus::CopyKept, core::MaterialStatus::Scanned}) {
            r.status->addItem(core::MaterialStatuses::label(s), int(s));
        }
        r.status->setCurrentIndex(r.status->findData(int(item.status)));
        r.attach->setToolTip(tr("Attach a scanned file for \"%1\"").arg(item.title));
        r.attach->setEnabled(item.attachments.size() < AttachmentsPerItem);
        m_grid->addWidget(r.title, index, 0);
        m_grid->addWidget(r.status, index, 1);
        m_grid->addWidget(r.attach, index, 2);
        m_grid->addWidget(r.files, index, 3);
        connect(r.status, &QComboBox::currentIndexChanged, this, [this, index] {
            m_rows[index].item.status = core::MaterialStatus(m_rows.at(index).status->currentData().toInt());
            refreshFiles(index);
            emit changed();
        });
        connect(r.attach, &QPushButton::clicked, this, [this, index] { attachTo(index); });
        tabOrder << r.status << r.attach;
        m_rows.append(r);
        refreshFiles(index);
    }
    chainTabOrder(this, tabOrder);
}

QList<core::MaterialItem> MaterialsChecklist::items() const
{
    QList<core::MaterialItem> list;
    for (const Row &r : m_rows) {
        list.append(r.item);
    }
    return list;
}

void MaterialsChecklist::setReadOnly(bool readOnly)
{
    for (const Row &r : std::as_const(m_rows)) {
        r.status->setEnabled(!readOnly);
        r.attach->setVisible(!readOnly);
    }
}

void MaterialsChecklist::showMissing(bool show)
{
    m_showMissing = show;
    for (int i = 0; i < m_rows.size(); ++i) {
        refreshFiles(i);
    }
}

QComboBox *MaterialsChecklist::statusBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : nullptr;
}

void MaterialsChecklist::attachTo(int row)
{
    if (!m_attach) {
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Attach a scan"), QString(),
                                     tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    const QString hash = m_attach(file, &error);
    if (hash.isEmpty()) {
        QMessageBox::warning(this, tr("Scan not attached"), error);
        return;
    }
    Row &r = m_rows[row];
    if (!r.item.attachments.contains(hash)) {
        r.item.attachments.append(hash);
    }
    // Issue 8: no more scans per item than the one table of limits allows (core/Limits.h).
    r.attach->setEnabled(r.item.attachments.size() < AttachmentsPerItem);
    r.status->setCurrentIndex(r.status->findData(int(core::MaterialStatus::Scanned)));
    refreshFiles(row);
    emit changed();
}

void MaterialsChecklist::refreshFiles(int row)
{
    const Row &r = m_rows.at(row);
    const bool missing = r.item.required && r.item.status == core::MaterialStatus::Missing;
    if (!r.item.attachments.isEmpty()) {
        r.files->setText(tr("%n scan(s)", nullptr, int(r.item.attachments.size())));
    } else {
        r.files->setText(missing && m_showMissing ? tr("missing") : QString());
    }
    r.files->setStyleSheet(missing && m_showMissing ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace ow::ui
