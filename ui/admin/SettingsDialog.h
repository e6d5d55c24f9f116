#pragma once

#include "ui/common/WorkbenchTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ow::ui {

// The office's settings at this workstation: language, workstation code, registration
// authority and its time limit. Written to AppSettings only when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    AppSettings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_workstation;
    QLineEdit *m_authorityDivision;
    QLineEdit *m_authorityName;
    QSpinBox *m_timeLimit;
};

} // namespace ow::ui
