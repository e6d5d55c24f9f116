#include "Notice.h"
#include "core/EntityType.h"
#include "core/Materials.h"
#include "core/PriorApproval.h"

namespace ow::licence {

NoticeData NoticeData::fromCase(const core::CaseRecord &record, NoticeKind kind, const QString &authorityName,
                                const QString &clerkName, const QDate &date,
                                const std::optional<core::DeregistrationNotice> &notice)
{
    NoticeData data;
    data.kind = kind;
    data.authorityName = authorityName;
    data.receiptNumber = record.receiptNumber;
    data.applicantName = record.form.proposedName.trimmed();
    data.legalRep = record.form.legalRep.name.trimmed();
    data.date = date;
    data.clerk = clerkName;
    data.reason = record.lastReason.trimmed();

    const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
    data.entityTypeName = type && !type->name.isEmpty() ? type->name : record.form.entityTypeId;
    if (type)
        data.legalRepTitle = type->representativeTitle;

    if (kind == NoticeKind::Acceptance) {
        if (const auto running = core::Deregistration::noticeOf(record, notice, &data.noticeExpected)) {
            data.noticeFrom = running->from;
            data.noticeUntil = running->until;
        }
    }
    if (kind == NoticeKind::Correction) {
        const QList<core::MaterialItem> missing =
            core::PriorApproval::missingMaterials(record.form, record.materials);
        for (const core::MaterialItem &item : missing) {
            // The notice is a Chinese document: prefer the catalogue's Chinese title over the
            // checklist's (possibly translated) one.
            QString title;
            if (type) {
                for (const core::MaterialSpec &spec : type->materials) {
                    if (spec.id == item.id) {
                        title = spec.title;
                        break;
                    }
                }
            }
            if (title.isEmpty())
                title = item.title.isEmpty() ? item.id : item.title;
            data.items << title;
        }
    }
    return data;
}

} // namespace ow::licence
