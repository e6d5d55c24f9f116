#include "CreditListAdmin.h"
#include "DepartmentService.h"
#include "ExchangeLog.h"
#include "core/Authority.h"
#include "core/CreditList.h"
#include "core/ResidentId.h"

#include <QUuid>

namespace ow::exchange {
namespace {

namespace k = protocol::keys::department;
namespace e = protocol::errors;
using core::CreditRecords;

// A list entry's id at the exchange: derived from the department and its own id, so a resend is
// the same entry and two departments' ids never meet.
const QUuid EntryNamespace = QUuid::fromString(QStringLiteral("{6a4f31b2-7d2e-4c0b-9a51-0e9f3c1d2b7a}"));

QString entryIdOf(const QString &department, const QString &ownId)
{
    return QUuid::createUuidV5(EntryNamespace, department + QLatin1Char(':') + ownId)
        .toString(QUuid::WithoutBraces);
}

QJsonObject answer(const QString &id, protocol::PushStatus status, const std::optional<Error> &error = {})
{
    QJsonObject result{{k::Id, id}, {k::Status, protocol::toWire(status)}};
    if (error)
        result.insert(k::Error, api::errorJson(*error));
    return result;
}

Error unknownEntity(const QString &code)
{
    return Error{QString(e::DepartmentUnknownEntity),
                 QStringLiteral("No entity of this department's authority is registered as %1.").arg(code),
                 {}};
}

// The records and list entries of a request, read before anything is stored: a malformed item, or
// one over a bound, refuses the whole request (400, its path); one naming another department 403.
struct Items
{
    QList<core::CreditRecord> records;
    QList<core::CreditEntry> entries;
    QStringList entryIds; // the department's own id of each entry
};

std::optional<ApiResponse> readItems(const core::Department &department, const QJsonObject &body,
                                     Items *items)
{
    const QJsonValue records = body.value(k::Records);
    const QJsonValue entries = body.value(k::ListEntries);
    if ((!records.isUndefined() && !records.isArray()) || (!entries.isUndefined() && !entries.isArray()))
        return ApiResponse::fail(400, e::RequestInvalidField,
                                 QStringLiteral("\"records\" and \"listEntries\" are arrays."));
    for (const auto &[list, key] :
         {std::pair{records.toArray(), k::Records}, std::pair{entries.toArray(), k::ListEntries}}) {
        if (list.size() > DepartmentService::MaxItems)
            return ApiResponse::fail(
                413, e::ListTooLong,
                QStringLiteral("At most %1 items per list and request.").arg(DepartmentService::MaxItems),
                QString(key));
    }
    const QJsonArray recordList = records.toArray();
    for (qsizetype i = 0; i < recordList.size(); ++i) {
        const QJsonObject json = recordList.at(i).toObject();
        const std::optional<core::CreditRecord> record = CreditRecords::fromJson(json);
        const QString path = QStringLiteral("records[%1]").arg(i);
        if (!record)
            return ApiResponse::fail(
                400, e::RequestInvalidField,
                QStringLiteral("Record %1 is not a credit record within its bounds.").arg(i), path);
        if (!record->department.isEmpty() && record->department != department.code)
            return api::forbidden(QStringLiteral("A department records only under its own code."));
        items->records.append(*record);
    }
    const QJsonArray entryList = entries.toArray();
    for (qsizetype i = 0; i < entryList.size(); ++i) {
        const std::optional<core::CreditEntry> entry = core::CreditList::fromJson(entryList.at(i).toObject());
        const QString path = QStringLiteral("listEntries[%1]").arg(i);
        if (!entry || !CreditRecords::isValidItemId(entry->id))
            return ApiResponse::fail(
                400, e::RequestInvalidField,
                QStringLiteral("List entry %1 is not a list entry within its bounds.").arg(i), path);
        if (!entry->source.isEmpty() && entry->source != QStringLiteral("department:") + department.code)
            return api::forbidden(QStringLiteral("A department records only under its own code."));
        items->entries.append(*entry);
        items->entryIds.append(entry->id);
    }
    return std::nullopt;
}

} // namespace

ApiResponse DepartmentService::records(const core::Department &department, const QJsonObject &body)
{
    Items items;
    if (std::optional<ApiResponse> refused = readItems(department, body, &items)) {
        refused->userId = department.code;
        return *refused;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto record = [&](const core::CreditRecord &one, qsizetype i) {
        return recordOne(department, one, QStringLiteral("records[%1]").arg(i), now);
    };
    const auto entry = [&](const core::CreditEntry &one, qsizetype i) {
        return listEntryOne(department, one, QStringLiteral("listEntries[%1]").arg(i), now);
    };
    ApiResponse response = inTransaction([&]() -> Result<QJsonArray> {
        QJsonArray results;
        if (auto done = api::answerEach(items.records, record, results); !done)
            return done.error();
        if (auto done = api::answerEach(items.entries, entry, results); !done)
            return done.error();
        return results;
    });
    response.userId = department.code;
    return response;
}

Result<QJsonObject> DepartmentService::recordOne(const core::Department &department,
                                                 core::CreditRecord record, const QString &path,
                                                 const QDateTime &now)
{
    // Who recorded it and when are the exchange's, never the body's.
    record.department = department.code;
    record.departmentName = department.name;
    record.creditCode = record.creditCode.trimmed().toUpper();
    record.recordedAt = now;
    QString field;
    if (const QString problem = CreditRecords::problem(record, core::ResidentId::chinaToday(), &field);
        !problem.isEmpty())
        return answer(record.id, protocol::PushStatus::Rejected,
                      Error{QString(e::RequestInvalidField), problem, path + QLatin1Char('.') + field});
    const auto entity = entityFor(department, record.creditCode);
    if (!entity)
        return entity.error();
    if (!entity.value())
        return answer(record.id, protocol::PushStatus::Rejected, unknownEntity(record.creditCode));
    record.entityName = entity.value()->name;
    const Result<bool> added = m_store.departments().addRecord(record);
    if (!added)
        return added.error();
    if (!added.value())
        return answer(record.id, protocol::PushStatus::Duplicate);
    const QString changeId = QStringLiteral("record:") + entryIdOf(department.code, record.id);
    if (auto appended = m_store.feed().append(
            QString(protocol::keys::changes::KindCreditRecord), changeId, CreditRecords::toJson(record),
            QStringLiteral("department:") + department.code, now,
            core::Authority::province(entity.value()->authorityDivision) + QStringLiteral("0000"));
        !appended)
        return appended.error();
    qCInfo(lcExchangeDepartment) << "department" << department.code << "recorded"
                                 << CreditRecords::kindKey(record.kind) << record.id << "for"
                                 << record.creditCode;
    return answer(record.id, protocol::PushStatus::Applied);
}

Result<QJsonObject> DepartmentService::listEntryOne(const core::Department &department,
                                                    core::CreditEntry entry, const QString &path,
                                                    const QDateTime &now)
{
    const QString ownId = entry.id;
    entry.authorityCode = department.authority;
    entry.recordedAt = now;
    entry.id = entryIdOf(department.code, ownId);
    entry.source = QStringLiteral("department:") + department.code;
    entry.recordedBy = department.code;
    if (entry.authority.trimmed().isEmpty())
        entry.authority = department.name;
    const auto stored = m_store.creditLists().byId(entry.id);
    if (!stored)
        return stored.error();
    if (stored.value())
        return answer(ownId, protocol::PushStatus::Duplicate);
    if (entry.subjectKind == core::CreditSubjectKind::Entity) {
        const auto entity = entityFor(department, entry.subject);
        if (!entity)
            return entity.error();
        if (!entity.value())
            return answer(ownId, protocol::PushStatus::Rejected, unknownEntity(entry.subject));
    }
    if (const QString problem = core::CreditList::problem(entry, core::ResidentId::chinaToday());
        !problem.isEmpty())
        return answer(ownId, protocol::PushStatus::Rejected,
                      Error{QString(e::RequestInvalidField), problem, path});
    const Result<core::CreditEntry> added = CreditListAdmin::add(m_store, entry, department.authority);
    if (!added)
        return added.error();
    qCInfo(lcExchangeDepartment) << "department" << department.code << "listed"
                                 << core::CreditList::key(entry.list) << "entry" << ownId;
    return answer(ownId, protocol::PushStatus::Applied);
}

} // namespace ow::exchange
