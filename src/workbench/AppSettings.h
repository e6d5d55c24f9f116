#pragma once

#include "core/CaseWorkflow.h"
#include "sync/ExchangeSettings.h"

#include <QSettings>
#include <QString>

#include <memory>

namespace ow::workbench {

// The one typed settings class: no raw QSettings key strings elsewhere. Unset values read as
// the one set of defaults (Defaults.h).
class AppSettings
{
public:
    // Settings in `fileName` (INI) if given, else the user's configuration for the application.
    explicit AppSettings(const QString &fileName = {});

    QString language() const; // "auto" (follow the system locale), "zh_CN" or "en"
    void setLanguage(const QString &language);

    QString workstationCode() const; // e.g. "W01"; unique in the province
    void setWorkstationCode(const QString &code);

    QString authorityDivision() const; // registration authority's 6-digit division
    void setAuthorityDivision(const QString &division);

    QString authorityName() const; // printed on notices
    void setAuthorityName(const QString &name);

    int timeLimitWorkingDays() const;
    void setTimeLimitWorkingDays(int days);

    // The office's working-day calendar (core::WorkingCalendar's file form); empty: the built-in one.
    QString calendarFile() const;
    void setCalendarFile(const QString &path);

    // Whether the office lets this counter issue licences while the exchange cannot be reached
    // (provisional, from credit-code serials reserved while online); off unless an office says so.
    bool offlineIssuance() const;
    void setOfflineIssuance(bool allowed);

    // Whether supervisors may pre-check and accept online applications as clerks do (off: clerks
    // only, and a supervisor reviews what a clerk accepted).
    bool supervisorsPreCheck() const;
    void setSupervisorsPreCheck(bool allowed);
    // The office's settings as the workflow checks them (core::OfficePolicy).
    core::OfficePolicy officePolicy() const;

    QString lastUser() const;
    void setLastUser(const QString &userId);

    // Where the exchange is and which CA and workstation certificate to use (no secrets here).
    sync::ExchangeSettings exchange() const;
    void setExchange(const sync::ExchangeSettings &exchange);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ow::workbench
