#pragma once

#include "storage/ConflictStore.h"

#include <QDateTime>
#include <QString>

// How a conflict is named on screen: shared by the conflicts list and its details. No rules here;
// what may be decided is storage::ConflictResolver's and core::CaseWorkflow's.
namespace ow::ui::conflicttext {

// A time as the counter shows it (local, to the minute), or "".
QString timeText(const QDateTime &t);
// The case's receipt number from either side, or "".
QString receiptOf(const storage::SyncConflict &c);
// The enterprise name, else the receipt number, else the start of the case id.
QString caseName(const storage::SyncConflict &c);
// The case's name with its receipt number, else its receipt number, else the start of its id.
QString caseLabel(const storage::SyncConflict &c);
// The workflow action's label for an event type ("case.accepted" -> "Accept"), else the type.
QString eventLabel(const QString &type);

} // namespace ow::ui::conflicttext
