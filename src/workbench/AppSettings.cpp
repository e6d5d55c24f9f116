#include "AppSettings.h"

#include "Defaults.h"

namespace ow::workbench {
namespace {
namespace Key {
const QString Language = QStringLiteral("ui/language");
const QString Workstation = QStringLiteral("office/workstationCode");
const QString AuthorityDivision = QStringLiteral("office/authorityDivision");
const QString AuthorityName = QStringLiteral("office/authorityName");
const QString TimeLimit = QStringLiteral("office/timeLimitWorkingDays");
const QString OfflineIssuance = QStringLiteral("office/offlineIssuance");
const QString SupervisorsPreCheck = QStringLiteral("office/supervisorsPreCheck");
const QString CalendarFile = QStringLiteral("office/calendarFile");
const QString LastUser = QStringLiteral("session/lastUser");
const QString Geometry = QStringLiteral("ui/mainWindowGeometry");
const QString State = QStringLiteral("ui/mainWindowState");
} // namespace Key
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

QString AppSettings::language() const
{
    return m_settings->value(Key::Language, Defaults::language()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::Language, language);
}

QString AppSettings::workstationCode() const
{
    return m_settings->value(Key::Workstation, Defaults::workstationCode()).toString();
}

void AppSettings::setWorkstationCode(const QString &code)
{
    m_settings->setValue(Key::Workstation, code);
}

QString AppSettings::authorityDivision() const
{
    return m_settings->value(Key::AuthorityDivision, Defaults::authorityDivision()).toString();
}

void AppSettings::setAuthorityDivision(const QString &division)
{
    m_settings->setValue(Key::AuthorityDivision, division);
}

QString AppSettings::authorityName() const
{
    return m_settings->value(Key::AuthorityName, Defaults::authorityName()).toString();
}

void AppSettings::setAuthorityName(const QString &name)
{
    m_settings->setValue(Key::AuthorityName, name);
}

int AppSettings::timeLimitWorkingDays() const
{
    return m_settings->value(Key::TimeLimit, Defaults::timeLimitWorkingDays).toInt();
}

void AppSettings::setTimeLimitWorkingDays(int days)
{
    m_settings->setValue(Key::TimeLimit, days);
}

bool AppSettings::offlineIssuance() const
{
    return m_settings->value(Key::OfflineIssuance, false).toBool();
}

void AppSettings::setOfflineIssuance(bool allowed)
{
    m_settings->setValue(Key::OfflineIssuance, allowed);
}

bool AppSettings::supervisorsPreCheck() const
{
    return m_settings->value(Key::SupervisorsPreCheck, false).toBool();
}

void AppSettings::setSupervisorsPreCheck(bool allowed)
{
    m_settings->setValue(Key::SupervisorsPreCheck, allowed);
}

core::OfficePolicy AppSettings::officePolicy() const
{
    core::OfficePolicy policy;
    policy.supervisorsPreCheck = supervisorsPreCheck();
    return policy;
}

QString AppSettings::calendarFile() const
{
    return m_settings->value(Key::CalendarFile).toString();
}

void AppSettings::setCalendarFile(const QString &path)
{
    m_settings->setValue(Key::CalendarFile, path);
}

QString AppSettings::lastUser() const
{
    return m_settings->value(Key::LastUser).toString();
}

void AppSettings::setLastUser(const QString &userId)
{
    m_settings->setValue(Key::LastUser, userId);
}

sync::ExchangeSettings AppSettings::exchange() const
{
    return sync::ExchangeSettings::load(*m_settings);
}

void AppSettings::setExchange(const sync::ExchangeSettings &exchange)
{
    exchange.save(*m_settings);
}

QByteArray AppSettings::mainWindowGeometry() const
{
    return m_settings->value(Key::Geometry).toByteArray();
}

void AppSettings::setMainWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::Geometry, geometry);
}

QByteArray AppSettings::mainWindowState() const
{
    return m_settings->value(Key::State).toByteArray();
}

void AppSettings::setMainWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::State, state);
}

} // namespace ow::workbench
