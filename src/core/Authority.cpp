#include "Authority.h"

#include "Divisions.h"

namespace ow::core::Authority {

bool isValid(const QString &code)
{
    return code.size() == 6 && Divisions::instance().exists(code);
}

bool isProvincial(const QString &code)
{
    return isValid(code) && code.endsWith(QLatin1String("0000"));
}

QString province(const QString &code)
{
    return isValid(code) ? code.left(2) : QString();
}

bool covers(const QString &scope, const QString &authority)
{
    if (!isValid(scope) || !isValid(authority)) {
        return false;
    }
    return scope == authority || (isProvincial(scope) && province(scope) == province(authority));
}

bool inJurisdiction(const QString &authority, const QString &division)
{
    if (!isValid(authority) || !isValid(division)) {
        return false;
    }
    if (isProvincial(authority)) {
        return province(authority) == province(division);
    }
    if (authority.endsWith(QLatin1String("00"))) { // a city's bureau: its districts and counties
        return authority.left(4) == division.left(4);
    }
    return authority == division;
}

QString officeName(const QString &code)
{
    if (!isValid(code)) {
        return {};
    }
    const Divisions &divisions = Divisions::instance();
    QString name = divisions.fullName(code);
    const QString provinceName = divisions.name(code.left(2) + QLatin1String("0000"));
    if (!isProvincial(code) && name.startsWith(provinceName)) {
        name.remove(0, provinceName.size());
    }
    return name + QStringLiteral("市场监督管理局");
}

} // namespace ow::core::Authority
