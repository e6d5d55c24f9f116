#pragma once

#include "ui/common/WorkbenchTypes.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ow::ui {

// The office's settings at this workstation: language, workstation code, registration
// authority, its time limit and its working-day calendar. Written to AppSettings only when the dialog is
// accepted. Once an online sign-in gave the workstation's authority, the exchange's is shown read-only with a
// note (it is the one in use; the local setting is kept but not used).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workbench &workbench, QWidget *parent = nullptr);

    void accept() override;

private:
    AppSettings &m_settings;
    bool m_fromExchange;
    QComboBox *m_language;
    QLineEdit *m_workstation;
    QLineEdit *m_authorityDivision;
    QLineEdit *m_authorityName;
    QLabel *m_authorityNote;
    QSpinBox *m_timeLimit;
    QLineEdit *m_calendar;
    QCheckBox *m_offlineIssuance;
    QCheckBox *m_supervisorsPreCheck;

    void addCalendarRow(QFormLayout *form, const Workbench &workbench);
};

} // namespace ow::ui
