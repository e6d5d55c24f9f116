// EnterpriseDirectory: the names held within an authority, for the name check (core::NameClash).
#include "Database.h"
#include "EnterpriseDirectory.h"
#include "SqlSupport.h"
#include "core/CaseState.h"
#include "core/EnterpriseName.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {
namespace {

// Cases whose proposed name is still taken: everything but the refused, rejected and withdrawn.
QStringList pendingStateKeys()
{
    QStringList keys;
    for (core::CaseState state : core::CaseStates::all()) {
        if (state != core::CaseState::Refused && state != core::CaseState::Rejected &&
            state != core::CaseState::Withdrawn)
            keys << u"'"_s + core::CaseStates::toKey(state) + u"'"_s;
    }
    return keys;
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

void addEnterprises(QSqlDatabase &db, const QString &tradeName, const QString &authority,
                    QList<core::NameHolder> &holders)
{
    sql::Statement query = sql::cached(db, u"SELECT code, name, status, status_since FROM enterprises "
                                           "WHERE authority = ? AND trade_name = ?"_s);
    if (sql::exec(query, {authority, tradeName})) {
        while (query.next()) {
            core::NameHolder holder;
            holder.code = query.value(0).toString();
            holder.name = query.value(1).toString();
            if (query.value(2).toString() == core::RegisteredEntity::StatusDeregistered) {
                holder.kind = core::NameHolder::Kind::Deregistered;
                holder.since = dateOf(query.value(3));
            }
            holders.append(holder);
        }
    }
    query.finish();
}

void addFormerNames(QSqlDatabase &db, const QString &tradeName, const QString &authority,
                    QList<core::NameHolder> &holders)
{
    sql::Statement query = sql::cached(
        db, u"SELECT f.code, f.name, f.changed_on, coalesce(e.name, '') FROM enterprise_former_names f "
            "LEFT JOIN enterprises e ON e.code = f.code WHERE f.authority = ? AND f.trade_name = ?"_s);
    if (sql::exec(query, {authority, tradeName})) {
        while (query.next()) {
            core::NameHolder holder;
            holder.kind = core::NameHolder::Kind::FormerName;
            holder.code = query.value(0).toString();
            holder.name = query.value(1).toString();
            holder.since = dateOf(query.value(2));
            holder.entityName = query.value(3).toString();
            holders.append(holder);
        }
    }
    query.finish();
}

// Local cases keep only the whole proposed name; few are pending, so split them here.
void addCases(QSqlDatabase &db, const QString &tradeName, const QString &authority,
              const QString &ignoreCaseId, QList<core::NameHolder> &holders)
{
    static const QString pending = pendingStateKeys().join(u", "_s);
    sql::Statement cases = sql::cached(db, u"SELECT id, name, coalesce(receipt_number, ''), credit_code FROM "
                                           u"cases WHERE authority = ? AND id <> ? AND "
                                           "state IN ("_s +
                                               pending + u")"_s);
    if (sql::exec(cases, {authority, ignoreCaseId})) {
        while (cases.next()) {
            const QString name = cases.value(1).toString();
            if (core::EnterpriseName::parse(name).tradeName != tradeName)
                continue;
            core::NameHolder holder;
            holder.kind = core::NameHolder::Kind::Case;
            holder.caseId = cases.value(0).toString();
            holder.name = name;
            holder.receiptNumber = cases.value(2).toString();
            // A licensed case's name is its enterprise's: related to it as the enterprise is (a
            // change of that enterprise does not clash with the case that registered it).
            holder.code = cases.value(3).toString();
            holders.append(holder);
        }
    }
    cases.finish();
}

} // namespace

QList<core::NameHolder> EnterpriseDirectory::nameHolders(const QString &tradeName,
                                                         const QString &authorityDivision,
                                                         const QString &ignoreCaseId) const
{
    QList<core::NameHolder> holders;
    if (tradeName.isEmpty())
        return holders;
    QSqlDatabase db = m_db->connection();
    addEnterprises(db, tradeName, authorityDivision, holders);
    addFormerNames(db, tradeName, authorityDivision, holders);
    addCases(db, tradeName, authorityDivision, ignoreCaseId, holders);
    return holders;
}

std::optional<core::NameClashFound> EnterpriseDirectory::findNameClash(const QString &proposedName,
                                                                       const QString &authorityDivision,
                                                                       const QStringList &relatedCodes,
                                                                       const QString &ignoreCaseId,
                                                                       const QDate &today) const
{
    const core::NameParts parts = core::EnterpriseName::parse(proposedName);
    return core::NameClash::find(proposedName, nameHolders(parts.tradeName, authorityDivision, ignoreCaseId),
                                 relatedCodes, today);
}

} // namespace ow::storage
