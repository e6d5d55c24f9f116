#include "CaseState.h"

#include <array>
#include <utility>

namespace ow::core {
namespace {

struct StateInfo
{
    CaseState state;
    const char *key;
    const char *label; // translated in the CaseStates context
    bool final;
};

// DOMAIN §3. Keys are stored and exchanged; never rename them.
constexpr std::array<StateInfo, 11> StateTable{{
    {CaseState::Draft, "draft", QT_TRANSLATE_NOOP("CaseStates", "Draft"), false},
    {CaseState::Submitted, "submitted", QT_TRANSLATE_NOOP("CaseStates", "Submitted online"), false},
    {CaseState::CorrectionRequired, "correction_required",
     QT_TRANSLATE_NOOP("CaseStates", "Correction required"), false},
    {CaseState::Refused, "refused", QT_TRANSLATE_NOOP("CaseStates", "Refused"), true},
    {CaseState::Accepted, "accepted", QT_TRANSLATE_NOOP("CaseStates", "Accepted"), false},
    {CaseState::UnderReview, "under_review", QT_TRANSLATE_NOOP("CaseStates", "Under review"), false},
    {CaseState::Approved, "approved", QT_TRANSLATE_NOOP("CaseStates", "Approved"), false},
    {CaseState::Rejected, "rejected", QT_TRANSLATE_NOOP("CaseStates", "Rejected"), true},
    {CaseState::Licensed, "licensed", QT_TRANSLATE_NOOP("CaseStates", "Licensed"), false},
    {CaseState::Published, "published", QT_TRANSLATE_NOOP("CaseStates", "Published"), true},
    {CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseStates", "Withdrawn"), true},
}};

struct RoleInfo
{
    Role role;
    const char *key;
    const char *label;
};

constexpr std::array<RoleInfo, 3> RoleTable{{
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("CaseStates", "Counter clerk")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("CaseStates", "Supervisor")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("CaseStates", "Administrator")},
}};

const StateInfo &info(CaseState state)
{
    for (const StateInfo &s : StateTable) {
        if (s.state == state) {
            return s;
        }
    }
    return StateTable.front();
}

} // namespace

QList<CaseState> CaseStates::all()
{
    QList<CaseState> states;
    for (const StateInfo &s : StateTable) {
        states.append(s.state);
    }
    return states;
}

QString CaseStates::toKey(CaseState state)
{
    return QLatin1String(info(state).key);
}

std::optional<CaseState> CaseStates::fromKey(const QString &key)
{
    for (const StateInfo &s : StateTable) {
        if (key == QLatin1String(s.key)) {
            return s.state;
        }
    }
    return std::nullopt;
}

QString CaseStates::label(CaseState state)
{
    return QCoreApplication::translate("CaseStates", info(state).label);
}

bool CaseStates::isFinal(CaseState state)
{
    return info(state).final;
}

QString CaseStates::roleKey(Role role)
{
    for (const RoleInfo &r : RoleTable) {
        if (r.role == role) {
            return QLatin1String(r.key);
        }
    }
    return {};
}

std::optional<Role> CaseStates::roleFromKey(const QString &key)
{
    for (const RoleInfo &r : RoleTable) {
        if (key == QLatin1String(r.key)) {
            return r.role;
        }
    }
    return std::nullopt;
}

QString CaseStates::roleLabel(Role role)
{
    for (const RoleInfo &r : RoleTable) {
        if (r.role == role) {
            return QCoreApplication::translate("CaseStates", r.label);
        }
    }
    return {};
}

} // namespace ow::core
