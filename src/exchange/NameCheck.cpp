#include "NameCheck.h"

#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "core/EnterpriseName.h"
#include "core/NameClash.h"
#include "protocol/ErrorCodes.h"

namespace ow::exchange::NameCheck {
namespace {

const QString NameField = QStringLiteral("form.proposedName");

// The licences holding the 字号 within the authority, as core::NameClash reads them.
Result<QList<core::NameHolder>> holders(ExchangeStore &store, const core::CaseRecord &record,
                                        const QString &tradeName)
{
    const QString authority = record.form.authorityDivision;
    const auto licences = store.licences().withTradeName(authority, tradeName, record.id);
    if (!licences) {
        return licences.error();
    }
    QList<core::NameHolder> found;
    for (const LicenceStore::Stored &stored : licences.value()) {
        core::NameHolder holder;
        holder.name = stored.entity.name;
        holder.code = stored.entity.code;
        if (stored.entity.status == core::RegisteredEntity::StatusDeregistered) {
            holder.kind = core::NameHolder::Kind::Deregistered;
            holder.since = stored.entity.statusSince;
        }
        found.append(holder);
    }
    const auto former = store.licences().formerNames(authority, tradeName);
    if (!former) {
        return former.error();
    }
    found.append(former.value());
    return found;
}

// A branch's name starts with its parent's registered name, when the parent's licence is here.
Result<std::optional<Error>> parentProblem(ExchangeStore &store, const core::CaseRecord &record)
{
    const QString parentCode = record.form.parentCode.trimmed().toUpper();
    if (parentCode.isEmpty()) {
        return std::optional<Error>();
    }
    const auto parent = store.licences().byCode(parentCode);
    if (!parent) {
        return parent.error();
    }
    if (!parent.value()) {
        return std::optional<Error>();
    }
    const core::RuleResult named =
        core::EnterpriseName::checkBranchParent(record.form.proposedName, parent.value()->entity.name);
    if (named) {
        return std::optional<Error>();
    }
    return std::optional<Error>(Error{protocol::errors::LicenceNameTaken, named.reason, NameField});
}

} // namespace

Result<std::optional<Error>> problem(ExchangeStore &store, const core::CaseRecord &record, const QDate &today)
{
    if (auto parent = parentProblem(store, record); !parent || parent.value()) {
        return parent;
    }
    const core::NameParts parts = core::EnterpriseName::parse(record.form.proposedName);
    if (parts.tradeName.isEmpty()) {
        return std::optional<Error>();
    }
    const auto candidates = holders(store, record, parts.tradeName);
    if (!candidates) {
        return candidates.error();
    }
    // A change's entity does not clash with itself, nor with its own former names.
    QStringList related = core::NameClash::relatedCodes(record.form);
    if (!record.subjectCode.isEmpty())
        related.append(record.subjectCode.toUpper());
    const auto clash = core::NameClash::find(record.form.proposedName, candidates.value(), related, today);
    if (!clash) {
        return std::optional<Error>();
    }
    qCInfo(lcExchangeIngest) << "name of case" << record.id << "clashes with" << clash->holder.code
                             << clash->holder.name;
    return std::optional<Error>(Error{protocol::errors::LicenceNameTaken, clash->reason, NameField});
}

} // namespace ow::exchange::NameCheck
