#pragma once

#include "core/Materials.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace ow::ui {

// The materials checklist (一套材料) of the entity type: each item marked original seen,
// copy kept, scanned or missing, with scans attached as files.
class MaterialsChecklist : public QWidget
{
    Q_OBJECT
public:
    // Stores a scan and returns its SHA-256, or an error message (empty hash).
    using AttachFn = std::function<QString(const QString &filePath, QString *error)>;

    explicit MaterialsChecklist(QWidget *parent = nullptr);

    void setItems(const QList<core::MaterialItem> &items);
    QList<core::MaterialItem> items() const;
    void setAttachHandler(AttachFn fn) { m_attach = std::move(fn); }
    void setReadOnly(bool readOnly);
    void showMissing(bool show);

    QComboBox *statusBox(int row) const;
    int count() const { return int(m_rows.size()); }

signals:
    void changed();

private:
    struct Row
    {
        core::MaterialItem item;
        QLabel *title;
        QComboBox *status;
        QPushButton *attach;
        QLabel *files;
    };
    void attachTo(int row);
    void refreshFiles(int row);

    QList<Row> m_rows;
    QGridLayout *m_grid;
    AttachFn m_attach;
    bool m_showMissing = false;
};

} // namespace ow::ui
