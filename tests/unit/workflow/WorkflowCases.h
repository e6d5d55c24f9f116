#pragma once

// What the tests of the case workflow share: a clerk and a supervisor of the demo office, a request
// of theirs at a fixed time, and a case in a given state accepted by clerk01.
#include "core/CaseWorkflow.h"

#include <QMetaType>

Q_DECLARE_METATYPE(ow::core::CaseState)
Q_DECLARE_METATYPE(ow::core::CaseAction)
Q_DECLARE_METATYPE(ow::core::Role)
Q_DECLARE_METATYPE(ow::core::ReasonRule)

namespace ow::test::workflow {

inline core::Actor clerk(const QString &id = QStringLiteral("clerk01"))
{
    return {id, core::Role::Clerk, QStringLiteral("W01")};
}

inline core::Actor supervisor(const QString &id = QStringLiteral("super01"))
{
    return {id, core::Role::Supervisor, QStringLiteral("W02")};
}

inline core::TransitionRequest request(core::CaseAction action, const core::Actor &actor,
                                       const QString &reason = {})
{
    core::TransitionRequest r;
    r.action = action;
    r.actor = actor;
    r.reason = reason;
    r.at = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC);
    return r;
}

inline core::CaseRecord caseIn(core::CaseState state)
{
    core::CaseRecord r;
    r.id = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
    r.state = state;
    r.version = 3;
    r.acceptedBy = QStringLiteral("clerk01");
    return r;
}

} // namespace ow::test::workflow
