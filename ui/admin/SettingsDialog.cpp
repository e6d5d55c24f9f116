#include "ui/admin/SettingsDialog.h"

#include "core/Divisions.h"
#include "core/WorkingCalendar.h"
#include "core/WorkstationCode.h"
#include "ui/common/WorkbenchTypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ow::ui {

SettingsDialog::SettingsDialog(Workbench &workbench, QWidget *parent)
    : QDialog(parent), m_settings(workbench.settings),
      m_fromExchange(!workbench.exchangeAuthority().isEmpty()), m_language(new QComboBox(this)),
      m_workstation(new QLineEdit(this)), m_authorityDivision(new QLineEdit(this)),
      m_authorityName(new QLineEdit(this)), m_authorityNote(new QLabel(this)),
      m_timeLimit(new QSpinBox(this)), m_calendar(new QLineEdit(this)),
      m_offlineIssuance(new QCheckBox(this)), m_supervisorsPreCheck(new QCheckBox(this))
{
    const AppSettings &settings = m_settings;
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QStringLiteral("auto"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language"), m_language);

    m_workstation->setObjectName(QStringLiteral("workstationCode"));
    m_workstation->setText(settings.workstationCode());
    m_workstation->setValidator(
        new QRegularExpressionValidator(QRegularExpression(core::WorkstationCode::pattern()), m_workstation));
    m_workstation->setToolTip(tr("Unique in the province; part of every receipt number issued here."));
    form->addRow(tr("&Workstation code"), m_workstation);

    m_authorityDivision->setObjectName(QStringLiteral("authorityDivision"));
    m_authorityDivision->setText(workbench.authorityDivision());
    m_authorityDivision->setMaxLength(6);
    form->addRow(tr("Registration authority &division"), m_authorityDivision);
    m_authorityName->setObjectName(QStringLiteral("authorityName"));
    m_authorityName->setText(workbench.authorityName());
    form->addRow(tr("Registration authority &name"), m_authorityName);
    m_authorityNote->setObjectName(QStringLiteral("authorityNote"));
    m_authorityNote->setWordWrap(true);
    m_authorityNote->setVisible(m_fromExchange);
    if (m_fromExchange) {
        // The exchange's record of this workstation wins over the local setting: read-only here.
        m_authorityDivision->setReadOnly(true);
        m_authorityName->setReadOnly(true);
        m_authorityDivision->setFocusPolicy(Qt::ClickFocus);
        m_authorityName->setFocusPolicy(Qt::ClickFocus);
        QString note = tr("Given by the exchange at the last online sign-in; change it at the exchange "
                          "(onewindow-exchange enrol --authority).");
        if (settings.authorityDivision() != workbench.authorityDivision()) {
            note +=
                QLatin1Char(' ') + tr("The local setting %1 is not used.").arg(settings.authorityDivision());
        }
        m_authorityNote->setText(note);
    }
    form->addRow(QString(), m_authorityNote);

    m_timeLimit->setRange(1, 20);
    m_timeLimit->setValue(settings.timeLimitWorkingDays());
    m_timeLimit->setSuffix(tr(" working days"));
    form->addRow(tr("&Time limit after acceptance"), m_timeLimit);
    m_offlineIssuance->setObjectName(QStringLiteral("offlineIssuance"));
    m_offlineIssuance->setText(
        tr("Issue licences during &outages (provisional, from credit codes reserved while "
           "online; confirmed on the next sync)"));
    m_offlineIssuance->setChecked(settings.offlineIssuance());
    form->addRow(QString(), m_offlineIssuance);
    m_supervisorsPreCheck->setObjectName(QStringLiteral("supervisorsPreCheck"));
    m_supervisorsPreCheck->setText(tr("Supervisors may &pre-check and accept online applications (another "
                                      "supervisor then approves them)"));
    m_supervisorsPreCheck->setChecked(settings.supervisorsPreCheck());
    form->addRow(QString(), m_supervisorsPreCheck);
    addCalendarRow(form, workbench);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

// The office's working-day calendar: a file of the built-in one's form, or empty for the built-in
// one; below it what the calendar in use says of this year and the next.
void SettingsDialog::addCalendarRow(QFormLayout *form, const Workbench &workbench)
{
    auto *row = new QHBoxLayout;
    m_calendar->setObjectName(QStringLiteral("calendarFile"));
    m_calendar->setText(m_settings.calendarFile());
    m_calendar->setPlaceholderText(tr("Built-in (China's public holidays)"));
    m_calendar->setClearButtonEnabled(true);
    row->addWidget(m_calendar, 1);
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Working-day calendar"),
                                                          m_calendar->text(), tr("Calendar files (*.json)"));
        if (!path.isEmpty())
            m_calendar->setText(path);
    });
    row->addWidget(browse);
    form->addRow(tr("Working-day &calendar"), row);
    const int year = QDate::currentDate().year();
    QString note = workbench.calendarProblem();
    const QString caveat = workbench.calendar().caveat(year, year + 1);
    note += (note.isEmpty() || caveat.isEmpty() ? QString() : QStringLiteral(" ")) + caveat;
    auto *label = new QLabel(note, this);
    label->setObjectName(QStringLiteral("calendarNote"));
    label->setWordWrap(true);
    label->setVisible(!note.isEmpty());
    form->addRow(QString(), label);
}

void SettingsDialog::accept()
{
    const QString division =
        m_fromExchange ? m_settings.authorityDivision() : m_authorityDivision->text().trimmed();
    if (!m_fromExchange && !core::Divisions::instance().exists(division)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("\"%1\" is not a division code. Enter the 6-digit code of the registration "
                                "authority's division, e.g. 140105.")
                                 .arg(division));
        m_authorityDivision->setFocus();
        return;
    }
    if (m_workstation->text().size() < 2) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Enter the workstation code: 2 to 8 capital letters or digits."));
        m_workstation->setFocus();
        return;
    }
    const bool languageChanged = m_language->currentData().toString() != m_settings.language();
    const bool workstationChanged =
        m_workstation->text() != m_settings.workstationCode() || division != m_settings.authorityDivision();
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setWorkstationCode(m_workstation->text());
    if (!m_fromExchange) {
        m_settings.setAuthorityDivision(division);
        m_settings.setAuthorityName(m_authorityName->text().trimmed());
    }
    const QString calendar = m_calendar->text().trimmed();
    if (!calendar.isEmpty()) {
        if (auto loaded = core::WorkingCalendar::fromFile(calendar); !loaded) {
            QMessageBox::warning(
                this, windowTitle(),
                loaded.error().message + u'\n' +
                    tr("Choose a calendar file of the built-in one's form, or leave the field "
                       "empty for the built-in calendar."));
            m_calendar->setFocus();
            return;
        }
    }
    m_settings.setTimeLimitWorkingDays(m_timeLimit->value());
    m_settings.setOfflineIssuance(m_offlineIssuance->isChecked());
    m_settings.setSupervisorsPreCheck(m_supervisorsPreCheck->isChecked());
    m_settings.setCalendarFile(calendar);
    m_settings.sync();
    if (languageChanged || workstationChanged) {
        QMessageBox::information(
            this, windowTitle(),
            tr("The language, workstation code and authority take effect at the next start."));
    }
    QDialog::accept();
}

} // namespace ow::ui
