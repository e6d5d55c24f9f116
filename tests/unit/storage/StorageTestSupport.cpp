#include "StorageTestSupport.h"

#include "support/CaseForms.h"

namespace ow::test {

core::OneForm validForm(int n)
{
    return forms::limitedCompany(n);
}

QList<core::MaterialItem> completeMaterials()
{
    return forms::completeMaterials();
}

core::CaseRecord newCase(int n)
{
    core::CaseRecord record;
    record.form = validForm(n);
    record.materials = completeMaterials();
    return record;
}

core::Actor clerk(const QString &userId, const QString &workstation)
{
    return core::Actor{userId, core::Role::Clerk, workstation};
}

core::Actor supervisor(const QString &userId)
{
    return core::Actor{userId, core::Role::Supervisor, QStringLiteral("W09")};
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC);
}

core::TransitionRequest request(core::CaseAction action, const core::Actor &actor, const QString &reason)
{
    core::TransitionRequest r;
    r.action = action;
    r.actor = actor;
    r.reason = reason;
    r.at = fixedTime();
    return r;
}

} // namespace ow::test
