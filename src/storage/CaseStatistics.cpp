#include "CaseStatistics.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"

#include <QSqlQuery>
#include <QTime>

#include <functional>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

// The cases received in the period that pass the filter; its values follow (see bindFilter).
const QString CasesWhere =
    u"state <> 'draft' AND created_at >= ? AND created_at < ? AND (? = '' OR authority = ?) "
    "AND (? = '' OR entity_type = ?)"_s;

QString dayStart(const QDate &day)
{
    return sql::toDbTime(QDateTime(day, QTime(0, 0)).toUTC()); // the office's day, in local time
}

QVariantList filterValues(const core::StatisticsFilter &filter)
{
    return {dayStart(filter.from), dayStart(filter.to.addDays(1)),
            filter.authority,      filter.authority,
            filter.entityType,     filter.entityType};
}

// " GROUP BY `columns` LIMIT MaxGroups": a period's facts are bounded whatever the data.
QString groupedBy(const QString &columns)
{
    return u" GROUP BY %1 LIMIT %2"_s.arg(columns).arg(CaseStatistics::MaxGroups);
}

// Runs `statement` with `values` and hands each row of its answer to `row`.
Result<void> eachRow(QSqlDatabase &db, const QString &statement, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return StorageErrors::fromSql(query.lastError());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, sql::bindable(values[i]));
    if (!query.exec())
        return StorageErrors::fromSql(query.lastError());
    while (query.next())
        row(query);
    return {};
}

Result<void> received(QSqlDatabase &db, const QVariantList &values, core::StatisticsFacts &facts)
{
    return eachRow(db,
                   u"SELECT date(created_at, 'localtime'), entity_type, state, count(*) FROM cases WHERE "_s %
                       CasesWhere % groupedBy(u"1, 2, 3"_s),
                   values, [&facts](const QSqlQuery &q) {
                       const auto state = core::CaseStates::fromKey(q.value(2).toString());
                       facts.received.append(
                           {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                            core::Statistics::outcomeOf(state.value_or(core::CaseState::Submitted)),
                            q.value(3).toInt()});
                   });
}

Result<void> licensed(QSqlDatabase &db, const QVariantList &values, core::StatisticsFacts &facts)
{
    return eachRow(db,
                   u"SELECT date(created_at, 'localtime'), date(licensed_at, 'localtime'), entity_type, "
                   "count(*) FROM cases WHERE licensed_at IS NOT NULL AND "_s %
                       CasesWhere % groupedBy(u"1, 2, 3"_s),
                   values, [&facts](const QSqlQuery &q) {
                       facts.licensed.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                              QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                              q.value(2).toString(), q.value(3).toInt()});
                   });
}

// The standard reasons given in the period (by the journal's time), one row per code picked, and
// one per decision given in free text only.
Result<void> reasons(QSqlDatabase &db, const QVariantList &values, core::StatisticsFacts &facts)
{
    using core::CaseAction;
    const QList<CaseAction> actions{CaseAction::RequestCorrection, CaseAction::Refuse, CaseAction::Reject};
    QVariantList all = values;
    for (CaseAction action : actions)
        all.append(core::CaseWorkflow::actionKey(action));
    return eachRow(
        db,
        u"SELECT json_extract(a.detail, '$.action'), coalesce(r.value, ''), count(*) "
        "FROM audit a JOIN cases c ON c.id = a.case_id "
        "LEFT JOIN json_each(json_extract(a.detail, '$.reasonCodes')) r "
        "WHERE a.at >= ? AND a.at < ? AND (? = '' OR c.authority = ?) AND (? = '' OR c.entity_type = ?) "
        "AND json_extract(a.detail, '$.action') IN (?, ?, ?)"_s %
            groupedBy(u"1, 2"_s),
        all, [&](const QSqlQuery &q) {
            for (CaseAction action : actions) {
                if (core::CaseWorkflow::actionKey(action) == q.value(0).toString())
                    facts.reasons.append({action, q.value(1).toString(), q.value(2).toInt()});
            }
        });
}

// Cases accepted per clerk, or received at the counter per workstation (an online application's
// workstation is the exchange's, no counter's load).
Result<QList<core::LoadCount>> load(QSqlDatabase &db, const QString &column, const QVariantList &values)
{
    const QString counterOnly = column == u"workstation"_s ? u" AND origin = 'counter'"_s : QString();
    QList<core::LoadCount> counts;
    auto read =
        eachRow(db,
                u"SELECT %1, count(*) FROM cases WHERE %1 <> ''%2 AND "_s.arg(column, counterOnly) %
                    CasesWhere % u" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %1"_s.arg(CaseStatistics::MaxPeople),
                values, [&counts](const QSqlQuery &q) {
                    counts.append({q.value(0).toString(), q.value(1).toInt()});
                });
    if (!read)
        return read.error();
    return counts;
}

Result<void> channels(QSqlDatabase &db, const QVariantList &values, core::StatisticsFacts &facts)
{
    return eachRow(db, u"SELECT origin, count(*) FROM cases WHERE "_s % CasesWhere % u" GROUP BY 1"_s, values,
                   [&facts](const QSqlQuery &q) {
                       (q.value(0).toString() == u"online"_s ? facts.online : facts.counter) +=
                           q.value(1).toInt();
                   });
}

} // namespace

CaseStatistics::CaseStatistics(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<core::StatisticsFacts> CaseStatistics::facts(const core::StatisticsFilter &filter) const
{
    if (const QString problem = filter.problem(); !problem.isEmpty())
        return StorageErrors::make(u"statistics.filter"_s, problem);
    QSqlDatabase db = m_db->connection();
    const QVariantList values = filterValues(filter);
    core::StatisticsFacts facts;
    if (auto r = received(db, values, facts); !r)
        return r.error();
    if (auto r = licensed(db, values, facts); !r)
        return r.error();
    if (auto r = reasons(db, values, facts); !r)
        return r.error();
    auto clerks = load(db, u"accepted_by"_s, values);
    if (!clerks)
        return clerks.error();
    facts.clerks = clerks.value();
    auto workstations = load(db, u"workstation"_s, values);
    if (!workstations)
        return workstations.error();
    facts.workstations = workstations.value();
    if (auto r = channels(db, values, facts); !r)
        return r.error();
    qCDebug(lcStorageStatistics) << "statistics facts:" << facts.received.size() << "day groups,"
                                 << facts.licensed.size() << "licensed groups," << facts.reasons.size()
                                 << "reasons";
    return facts;
}

QStringList CaseStatistics::authorities() const
{
    QSqlDatabase db = m_db->connection();
    QStringList codes;
    const auto read = eachRow(
        db,
        u"SELECT DISTINCT authority FROM cases WHERE authority <> '' ORDER BY 1 LIMIT %1"_s.arg(MaxPeople),
        {}, [&codes](const QSqlQuery &q) { codes.append(q.value(0).toString()); });
    if (!read)
        qCWarning(lcStorageStatistics) << "authorities of the statistics not read:" << read.error().message;
    return codes;
}

Result<core::StatisticsReport> CaseStatistics::report(const core::StatisticsFilter &filter,
                                                      const core::WorkingCalendar &calendar,
                                                      const core::StatutoryClock &clock) const
{
    auto found = facts(filter);
    if (!found)
        return found.error();
    return core::Statistics::compute(filter, found.value(), calendar, clock,
                                     core::ReasonCatalogue::instance());
}

} // namespace ow::storage
