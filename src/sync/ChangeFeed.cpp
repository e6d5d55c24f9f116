#include "ChangeFeed.h"

namespace ow::sync {

std::optional<core::CaseRecord> caseOfChange(const Change &change)
{
    if (change.kind != u"case")
        return std::nullopt;
    core::CaseRecord record = core::CaseRecord::fromJson(change.record);
    if (record.id.isEmpty())
        record.id = change.caseId;
    return record;
}

} // namespace ow::sync
