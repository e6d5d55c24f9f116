// The case list and the review queue: summaries of cases, sorted and filtered in SQL.

#include "CaseStore.h"
#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ow::storage {
namespace {

// The kind of a case about an entity is in its `about` JSON; a simplified deregistration's notice in
// deregistration_notices (one per case), read only while it stands.
const QString SummaryColumns =
    u"SELECT id, receipt_number, name, entity_type, legal_rep, state, updated_at, "
    "created_at, accepted_at, reviewer, review_lock_until, decision_extension, "
    "json_extract(about, '$.kind'), json_extract(about, '$.simplified'), "
    "(SELECT json_extract(n.notice_json, '$.until') FROM deregistration_notices n WHERE n.case_id = cases.id "
    "AND json_extract(n.notice_json, '$.closedOn') IS NULL) FROM cases"_s;

CaseSummary summaryFrom(const sql::Statement &select)
{
    CaseSummary summary;
    summary.id = select.value(0).toString();
    summary.receiptNumber = select.value(1).toString();
    summary.name = select.value(2).toString();
    summary.entityTypeId = select.value(3).toString();
    summary.legalRep = select.value(4).toString();
    summary.state = core::CaseStates::fromKey(select.value(5).toString()).value_or(core::CaseState::Draft);
    summary.updatedAt = sql::fromDbTime(select.value(6));
    summary.createdAt = sql::fromDbTime(select.value(7));
    summary.acceptedAt = sql::fromDbTime(select.value(8));
    summary.reviewer = select.value(9).toString();
    summary.reviewLockUntil = sql::fromDbTime(select.value(10));
    summary.decisionExtension = select.value(11).toInt();
    summary.kind =
        core::CaseKinds::fromKey(select.value(12).toString()).value_or(core::CaseKind::Establishment);
    summary.simplified = summary.kind == core::CaseKind::Deregistration && select.value(13).toInt() == 1;
    summary.noticeUntil = QDate::fromString(select.value(14).toString(), Qt::ISODate);
    return summary;
}

} // namespace

QList<CaseSummary> CaseStore::list(const CaseQuery &query) const
{
    QString order;
    switch (query.sort) {
    case CaseSortColumn::UpdatedAt:
        order = u"updated_at"_s;
        break;
    case CaseSortColumn::Name:
        order = u"name"_s;
        break;
    case CaseSortColumn::State:
        order = u"state"_s;
        break;
    case CaseSortColumn::ReceiptNumber:
        order = u"receipt_number"_s;
        break;
    case CaseSortColumn::AcceptedAt:
        order = u"accepted_at"_s;
        break;
    }
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    QString statement = SummaryColumns;
    if (query.state)
        statement += u" WHERE state = :state"_s;
    statement +=
        u" ORDER BY "_s + order + direction + u", id"_s + direction + u" LIMIT :limit OFFSET :offset"_s;

    QSqlDatabase db = m_db->connection();
    sql::Statement select = sql::cached(db, statement);
    if (query.state)
        select.bindValue(u":state"_s, core::CaseStates::toKey(*query.state));
    select.bindValue(u":limit"_s, query.limit);
    select.bindValue(u":offset"_s, query.offset);
    QList<CaseSummary> result;
    if (!select.exec()) {
        qCWarning(lcStorage) << "case list failed:" << select.lastError().text();
        return result;
    }
    while (select.next())
        result.append(summaryFrom(select));
    select.finish();
    return result;
}

int CaseStore::count(std::optional<core::CaseState> state) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement query = sql::cached(db, state ? u"SELECT count(*) FROM cases WHERE state = ?"_s
                                                 : u"SELECT count(*) FROM cases"_s);
    if (state)
        query.bindValue(0, core::CaseStates::toKey(*state));
    int n = -1;
    if (query.exec() && query.next())
        n = query.value(0).toInt();
    query.finish();
    return n;
}

QList<CaseSummary> CaseStore::inStates(const QList<core::CaseState> &states, int limit) const
{
    QStringList keys;
    for (const core::CaseState state : states)
        keys << u"'"_s + core::CaseStates::toKey(state) + u"'"_s;
    QList<CaseSummary> result;
    if (keys.isEmpty())
        return result;
    QSqlDatabase db = m_db->connection();
    sql::Statement select = sql::cached(db, SummaryColumns + u" WHERE state IN ("_s + keys.join(u',') +
                                                u") ORDER BY id LIMIT ?"_s);
    select.bindValue(0, limit);
    if (!select.exec()) {
        qCWarning(lcStorage) << "case queue failed:" << select.lastError().text();
        return result;
    }
    while (select.next())
        result.append(summaryFrom(select));
    select.finish();
    return result;
}

std::optional<core::CaseRecord> CaseStore::licensedWithCode(const QString &code,
                                                            const QString &exceptCaseId) const
{
    QSqlDatabase db = m_db->connection();
    sql::Statement select = sql::cached(
        db, u"SELECT id FROM cases WHERE credit_code = ? AND id <> ? AND state IN ('licensed', 'published') "
            "ORDER BY licensed_at DESC, updated_at DESC LIMIT 1"_s);
    if (!sql::exec(select, {code.trimmed().toUpper(), exceptCaseId})) {
        qCWarning(lcStorage) << "licensed case by code: lookup failed" << select.lastError().text();
        return std::nullopt;
    }
    const QString id = select.next() ? select.value(0).toString() : QString();
    select.finish();
    return id.isEmpty() ? std::nullopt : find(id);
}

} // namespace ow::storage
