#pragma once

// Shared fixtures of the storage tests: a valid one form, a checklist, actors and requests.

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"

#include <QDateTime>
#include <QString>

namespace ow::test {

// A one form for a limited company that passes OneFormValidator; `n` varies the names.
core::OneForm validForm(int n = 0);
// A checklist with every required item satisfied.
QList<core::MaterialItem> completeMaterials();
// A new draft case (version 0) with a valid form and complete materials.
core::CaseRecord newCase(int n = 0);

core::Actor clerk(const QString &userId = QStringLiteral("clerk01"),
                  const QString &workstation = QStringLiteral("W01"));
core::Actor supervisor(const QString &userId = QStringLiteral("super01"));
core::TransitionRequest request(core::CaseAction action, const core::Actor &actor,
                                const QString &reason = {});
// A fixed acceptance day (2026-11-26, noon UTC) so receipt numbers are predictable.
QDateTime fixedTime();

} // namespace ow::test
