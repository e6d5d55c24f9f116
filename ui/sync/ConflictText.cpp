#include "ui/sync/ConflictText.h"

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"

using namespace Qt::StringLiterals;

namespace ow::ui::conflicttext {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString receiptOf(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        const QString receipt = side.value(u"receiptNumber").toString();
        if (!receipt.isEmpty())
            return receipt;
    }
    return {};
}

QString caseName(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        const QString name = core::CaseRecord::fromJson(side).form.proposedName;
        if (!name.isEmpty())
            return name;
    }
    const QString receipt = receiptOf(c);
    return receipt.isEmpty() ? c.caseId.left(8) : receipt;
}

QString caseLabel(const storage::SyncConflict &c)
{
    for (const QJsonObject &side : {c.localCase, c.remoteCase}) {
        if (side.isEmpty())
            continue;
        const core::CaseRecord r = core::CaseRecord::fromJson(side);
        if (!r.form.proposedName.isEmpty())
            return r.receiptNumber.isEmpty() ? r.form.proposedName
                                             : u"%1 (%2)"_s.arg(r.form.proposedName, r.receiptNumber);
        if (!r.receiptNumber.isEmpty())
            return r.receiptNumber;
    }
    return c.caseId.left(8);
}

QString eventLabel(const QString &type)
{
    for (const core::CaseWorkflow::Transition &t : core::CaseWorkflow::transitions()) {
        if (QLatin1String(t.eventType) == type)
            return core::CaseWorkflow::actionLabel(t.action);
    }
    return type;
}

} // namespace ow::ui::conflicttext
