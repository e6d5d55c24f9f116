#include "DepartmentService.h"

#include "ExchangeLog.h"
#include "core/Authority.h"

#include <algorithm>

namespace ow::exchange {
namespace {

namespace k = protocol::keys::department;
namespace e = protocol::errors;
using core::CreditRecords;

QString provinceOf(const QString &authority)
{
    return core::Authority::province(authority) + QStringLiteral("0000");
}

QJsonObject deliveryJson(const DepartmentDelivery &d)
{
    // Items queued before schema 16 were registrations and do not say so.
    const QJsonValue occasion = d.item.value(k::Occasion);
    QJsonObject json{{k::Cursor, d.seq},
                     {k::Occasion, occasion.isString() ? occasion
                                                       : QJsonValue(protocol::toWire(
                                                             protocol::DeliveryOccasion::Registration))},
                     {k::Entity, d.item.value(k::Entity)},
                     {k::LicensedItems, d.item.value(k::LicensedItems)},
                     {k::QueuedAt, d.queuedAt.toString(Qt::ISODateWithMs)}};
    if (d.item.contains(k::Changed))
        json.insert(k::Changed, d.item.value(k::Changed));
    return json;
}

} // namespace

Result<int> DepartmentService::deliver(ExchangeStore &store, const core::RegisteredEntity &entity,
                                       const Occasion &occasion, const QDateTime &at)
{
    const Result<QList<core::Department>> departments = store.departments().all();
    if (!departments)
        return departments.error();
    const QString key = occasion.what == protocol::DeliveryOccasion::Change
                            ? protocol::toWire(occasion.what) + QLatin1Char(':') + occasion.changeCase
                            : protocol::toWire(occasion.what);
    int queued = 0;
    for (const core::Department &department : departments.value()) {
        // A change reaches a department the entity concerned before it, too: a licensing department
        // whose items left the scope learns that they did.
        if (!CreditRecords::concerns(department, entity) &&
            !(occasion.before && CreditRecords::concerns(department, *occasion.before)))
            continue;
        // The public registration (core::RegisteredEntity: no ID numbers, phones or investors), and
        // for a licensing department the scope items that need its licences (双告知).
        QJsonObject item{{k::Occasion, protocol::toWire(occasion.what)},
                         {k::Entity, entity.toJson()},
                         {k::LicensedItems,
                          QJsonArray::fromStringList(CreditRecords::licensedItemsFor(department, entity))}};
        if (occasion.before)
            item.insert(k::Changed, QJsonArray::fromStringList(
                                        core::RegisteredEntity::changedKeys(*occasion.before, entity)));
        const Result<bool> added = store.departments().enqueue(department.code, entity.code, key, item, at);
        if (!added)
            return added.error();
        queued += added.value() ? 1 : 0;
    }
    if (queued > 0)
        qCInfo(lcExchangeDepartment) << key << "of" << entity.code << "queued for" << queued
                                     << "department(s)";
    return queued;
}

ApiResponse DepartmentService::registrations(const core::Department &department, const QString &cursorText,
                                             const QString &limitText)
{
    bool cursorOk = true;
    bool limitOk = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    const int limit = limitText.isEmpty() ? MaxPage : limitText.toInt(&limitOk);
    if (!cursorOk || cursor < 0 || !limitOk || limit < 1 || limit > MaxPage) {
        return ApiResponse::fail(
            400, e::RequestInvalidField,
            QStringLiteral("cursor is a whole number from 0, limit from 1 to %1.").arg(MaxPage));
    }
    const Result<qint64> acknowledged = m_store.departments().acknowledged(department.code);
    if (!acknowledged)
        return api::storeFailure(acknowledged.error());
    // What was acknowledged is never sent again: the department has it.
    const qint64 after = std::max(cursor, acknowledged.value());
    const Result<QList<DepartmentDelivery>> page =
        m_store.departments().deliveries(department.code, after, limit + 1);
    if (!page)
        return api::storeFailure(page.error());
    QJsonArray list;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, page.value().size()); ++i)
        list.append(deliveryJson(page.value().at(i)));
    ApiResponse response = ApiResponse::ok({{k::Registrations, list},
                                            {k::Acknowledged, acknowledged.value()},
                                            {k::HasMore, page.value().size() > limit}});
    response.userId = department.code;
    return response;
}

ApiResponse DepartmentService::acknowledge(const core::Department &department, const QJsonObject &body)
{
    const QJsonValue value = body.value(k::Cursor);
    const qint64 cursor = value.toInteger(-1);
    if (!value.isDouble() || cursor < 0 || double(cursor) != value.toDouble()) {
        return ApiResponse::fail(400, e::RequestInvalidField,
                                 QStringLiteral("\"cursor\" is a whole number from 0."), k::Cursor);
    }
    const std::lock_guard<std::mutex> lock(m_writeLock);
    if (auto begun = m_store.begin(); !begun)
        return api::storeFailure(begun.error());
    const Result<qint64> last = m_store.departments().lastQueued(department.code);
    Result<void> written = last ? Result<void>() : Result<void>(last.error());
    if (written && cursor > last.value()) {
        m_store.rollback();
        return ApiResponse::fail(
            400, e::DepartmentBadCursor,
            QStringLiteral("The queue ends at %1; cursor %2 is past it.").arg(last.value()).arg(cursor),
            k::Cursor);
    }
    if (written)
        written = m_store.departments().acknowledge(department.code, cursor);
    const Result<qint64> now =
        written ? m_store.departments().acknowledged(department.code) : Result<qint64>(0);
    if (!written || !now) {
        m_store.rollback();
        return api::storeFailure(written ? now.error() : written.error());
    }
    if (auto committed = m_store.commit(); !committed)
        return api::storeFailure(committed.error());
    ApiResponse response = ApiResponse::ok({{k::Acknowledged, now.value()}});
    response.userId = department.code;
    return response;
}

Result<std::optional<core::RegisteredEntity>> DepartmentService::entityFor(const core::Department &department,
                                                                           const QString &code)
{
    using Found = std::optional<core::RegisteredEntity>;
    const auto stored = m_store.licences().byCode(code);
    if (!stored)
        return stored.error();
    if (!stored.value() ||
        !core::Authority::covers(department.authority, stored.value()->entity.authorityDivision))
        return Found();
    return Found(stored.value()->entity);
}

ApiResponse DepartmentService::inTransaction(const std::function<Result<QJsonArray>()> &each)
{
    const std::lock_guard<std::mutex> lock(m_writeLock);
    const Result<QJsonArray> results = m_store.inTransaction(each);
    if (!results)
        return api::storeFailure(results.error());
    return ApiResponse::ok({{k::Results, results.value()}});
}

ApiResponse DepartmentService::claims(const core::Department &department, const QJsonObject &body)
{
    const QJsonValue list = body.value(k::Claims);
    if (!list.isArray())
        return ApiResponse::fail(400, e::RequestInvalidField, QStringLiteral("\"claims\" must be an array."),
                                 k::Claims);
    const QJsonArray items = list.toArray();
    if (items.size() > MaxClaims)
        return ApiResponse::fail(413, e::ListTooLong,
                                 QStringLiteral("At most %1 claims per request.").arg(MaxClaims), k::Claims);
    QStringList codes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue code = items.at(i).toObject().value(k::CreditCode);
        if (!code.isString() || code.toString().isEmpty() || code.toString().size() > 18)
            return ApiResponse::fail(
                400, e::RequestInvalidField,
                QStringLiteral("Claim %1 has no credit code of at most 18 characters.").arg(i),
                QStringLiteral("claims[%1].creditCode").arg(i));
        codes.append(code.toString().trimmed().toUpper());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiResponse response = inTransaction([&] {
        return api::answerEach(
            codes, [&](const QString &code, qsizetype) { return claimOne(department, code, now); });
    });
    response.userId = department.code;
    return response;
}

Result<QJsonObject> DepartmentService::claimOne(const core::Department &department, const QString &code,
                                                const QDateTime &now)
{
    const auto answer = [&code](protocol::PushStatus status, const std::optional<Error> &error = {}) {
        QJsonObject result{{k::CreditCode, code}, {k::Status, protocol::toWire(status)}};
        if (error)
            result.insert(k::Error, api::errorJson(*error));
        return result;
    };
    const auto entity = entityFor(department, code);
    if (!entity)
        return entity.error();
    if (!entity.value())
        return answer(
            protocol::PushStatus::Rejected,
            Error{QString(e::DepartmentUnknownEntity),
                  QStringLiteral("No entity of this department's authority is registered as %1.").arg(code),
                  {}});
    const core::DepartmentClaim claim{department.code, department.name, code, entity.value()->name, now};
    const Result<bool> added = m_store.departments().addClaim(claim);
    if (!added)
        return added.error();
    if (!added.value())
        return answer(protocol::PushStatus::Duplicate);
    if (auto appended = m_store.feed().append(
            QString(protocol::keys::changes::KindClaim), QStringLiteral("claim:") + code,
            CreditRecords::claimToJson(claim), QStringLiteral("department:") + department.code, now,
            provinceOf(entity.value()->authorityDivision));
        !appended)
        return appended.error();
    qCInfo(lcExchangeDepartment) << "department" << department.code << "claimed" << code;
    return answer(protocol::PushStatus::Applied);
}

} // namespace ow::exchange
