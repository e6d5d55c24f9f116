#include "SheetService.h"

#include "ExchangeLog.h"
#include "core/Authority.h"
#include "protocol/SheetWire.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace ow::exchange {
namespace {

namespace k = protocol::keys::sheets;
namespace e = protocol::errors;
using core::BlankStock;

Error refusal(QLatin1StringView code, const QString &message, const QString &field = {})
{
    return Error{QString(code), message, field};
}

QJsonObject answer(const QString &id, protocol::PushStatus status, const std::optional<Error> &error = {})
{
    QJsonObject result{{k::Id, id}, {k::Status, protocol::toWire(status)}};
    if (error) {
        result.insert(k::Error, api::errorJson(*error));
    }
    return result;
}

// The sheets carrying the licence now: printed or reprinted and not voided since; originals first,
// each paper by serial.
QString currentSheets(QList<core::SheetUse> uses)
{
    std::sort(uses.begin(), uses.end(), [](const core::SheetUse &a, const core::SheetUse &b) {
        return std::pair(a.copy, a.serial) < std::pair(b.copy, b.serial);
    });
    QStringList sheets;
    for (const core::SheetUse &use : std::as_const(uses)) {
        if (use.kind == core::SheetUseKind::Voided) {
            continue;
        }
        const bool voided = std::any_of(uses.begin(), uses.end(), [&](const core::SheetUse &v) {
            return v.kind == core::SheetUseKind::Voided && v.copy == use.copy && v.serial == use.serial;
        });
        if (!voided) {
            sheets << BlankStock::copyKey(use.copy) + QLatin1Char(' ') + BlankStock::serialText(use.serial);
        }
    }
    return sheets.join(QStringLiteral(", "));
}

} // namespace

ApiResponse SheetService::record(const Caller &caller, const QJsonObject &body)
{
    if (caller.user->role == core::Role::Admin || caller.certificate.kind != u"workstation") {
        return api::forbidden(
            QStringLiteral("Only a counter's workstation records the use of licence sheets."));
    }
    const QJsonValue list = body.value(k::Sheets);
    if (!list.isArray()) {
        return ApiResponse::fail(400, e::RequestInvalidField, QStringLiteral("\"sheets\" must be an array."),
                                 k::Sheets);
    }
    const QJsonArray entries = list.toArray();
    if (entries.size() > BlankStock::MaxUsesPerRequest) {
        return ApiResponse::fail(
            413, e::RequestTooLarge,
            QStringLiteral("At most %1 sheets per request.").arg(BlankStock::MaxUsesPerRequest));
    }
    QList<core::SheetUse> uses;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const std::optional<core::SheetUse> use = protocol::sheetwire::useFromJson(entries.at(i).toObject());
        if (!use || !api::isUuid(use->id) || use->caseId.size() > 64 || use->actor.size() > 64) {
            return ApiResponse::fail(400, e::RequestInvalidField,
                                     QStringLiteral("Sheet %1 is not a sheet entry (id a UUID, caseId, copy, "
                                                    "serial, use, actor, at).")
                                         .arg(i),
                                     QStringLiteral("sheets[%1]").arg(i));
        }
        uses.append(*use);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::lock_guard<std::mutex> lock(m_writeLock);
    const Result<QJsonArray> results = m_store.inTransaction([&] {
        return api::answerEach(
            uses, [&](const core::SheetUse &use, qsizetype) { return recordOne(caller, use, now); });
    });
    if (!results) {
        return api::storeFailure(results.error());
    }
    ApiResponse response = ApiResponse::ok({{k::Results, results.value()}});
    response.userId = caller.user->id;
    return response;
}

Result<QJsonObject> SheetService::recordOne(const Caller &caller, core::SheetUse use, const QDateTime &now)
{
    const Result<bool> known = m_store.stock().hasUse(use.id);
    if (!known) {
        return known.error();
    }
    if (known.value()) {
        return answer(use.id, protocol::PushStatus::Duplicate);
    }
    QString authority; // the case's, which the batch must be of
    const Result<std::optional<Error>> refused = judge(caller, use, &authority);
    if (!refused) {
        return refused.error();
    }
    if (refused.value()) {
        qCInfo(lcExchangeStock) << "sheet" << BlankStock::copyKey(use.copy) << use.serial << "of case"
                                << use.caseId << "refused:" << refused.value()->code;
        return answer(use.id, protocol::PushStatus::Rejected, refused.value());
    }
    use.workstation = caller.certificate.code;
    if (auto added = m_store.stock().addUse(use, now); !added) {
        return added.error();
    }
    if (auto appended =
            m_store.feed().append(QString(protocol::keys::changes::KindSheet), use.caseId,
                                  protocol::sheetwire::toJson(use), use.workstation, now, authority);
        !appended) {
        return appended.error();
    }
    if (auto updated = updateLicence(use.caseId); !updated) {
        return updated.error();
    }
    qCInfo(lcExchangeStock) << "sheet" << BlankStock::copyKey(use.copy) << use.serial
                            << BlankStock::useKey(use.kind) << "for case" << use.caseId << "by" << use.actor;
    return answer(use.id, protocol::PushStatus::Applied);
}

Result<std::optional<Error>> SheetService::judge(const Caller &caller, core::SheetUse &use,
                                                 QString *authority)
{
    using Refusal = std::optional<Error>;
    if (use.actor != caller.user->id) {
        return Refusal(
            refusal(e::AuthActorMismatch, QStringLiteral("A sheet is recorded by the signed-in user.")));
    }
    if (const QString problem = BlankStock::reasonProblem(use.kind, use.reason); !problem.isEmpty()) {
        return Refusal(
            Error{problem,
                  problem == e::FieldTooLong
                      ? QStringLiteral("A reason has at most %1 characters.").arg(BlankStock::MaxReasonLength)
                      : QStringLiteral("Voiding or reprinting a sheet needs a reason."),
                  QString(k::Reason)});
    }
    const Result<std::optional<core::CaseRecord>> found = m_store.cases().byId(use.caseId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Refusal(refusal(e::CaseUnknown, QStringLiteral("No such case at the exchange.")));
    }
    const core::CaseRecord &record = *found.value();
    *authority = record.form.authorityDivision;
    if (!core::Authority::covers(caller.authority, *authority)) {
        return Refusal(refusal(e::CaseOtherAuthority, QStringLiteral("The case is another authority's.")));
    }
    if ((record.state != core::CaseState::Licensed && record.state != core::CaseState::Published) ||
        record.creditCode.isEmpty()) {
        return Refusal(refusal(e::StockNotLicensed, QStringLiteral("The case's licence is not confirmed.")));
    }
    use.creditCode = record.creditCode;
    const Result<std::optional<core::StockBatch>> batch = m_store.stock().holding(use.copy, use.serial);
    if (!batch) {
        return batch.error();
    }
    if (!batch.value()) {
        return Refusal(refusal(e::StockOutsideBatch, QStringLiteral("No batch of %1 stock holds sheet %2.")
                                                         .arg(BlankStock::copyKey(use.copy))
                                                         .arg(use.serial)));
    }
    if (batch.value()->authority != *authority) {
        return Refusal(refusal(e::StockForeignBatch,
                               QStringLiteral("Sheet %1 is of another authority's batch.").arg(use.serial)));
    }
    use.batch = batch.value()->id;
    const Result<QList<core::SheetUse>> earlier = m_store.stock().usesOf(use.copy, use.serial);
    if (!earlier) {
        return earlier.error();
    }
    QList<core::SheetUseKind> kinds;
    bool otherCase = false;
    for (const core::SheetUse &before : earlier.value()) {
        kinds << before.kind;
        otherCase = otherCase || before.caseId != use.caseId;
    }
    if (!BlankStock::useProblem(kinds, use.kind).isEmpty() || otherCase) {
        return Refusal(refusal(e::StockSerialUsed, QStringLiteral("Sheet %1 (%2) was used already.")
                                                       .arg(use.serial)
                                                       .arg(BlankStock::copyKey(use.copy))));
    }
    return Refusal();
}

Result<void> SheetService::updateLicence(const QString &caseId)
{
    const Result<QList<core::SheetUse>> uses = m_store.stock().usesOfCase(caseId);
    if (!uses) {
        return uses.error();
    }
    return m_store.licences().setSheets(caseId, currentSheets(uses.value()));
}

} // namespace ow::exchange
