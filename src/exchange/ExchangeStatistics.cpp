#include "ExchangeStatistics.h"

#include "ExchangeDatabase.h"
#include "ExchangeLog.h"
#include "core/CaseState.h"
#include "core/CaseWorkflow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ow::exchange {

namespace st = protocol::statistics;

namespace {

// The WHERE of a figure over table rows whose day column is `day`, and its values in order: the
// period, then the authority (or the province), then the entity type when the filter names one.
// The conditions a filter leaves out are left out of the statement (not `? = ''`), so that each
// variant is planned for what it asks.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const core::StatisticsFilter &filter, const QString &province, const QString &day)
{
    Where where;
    where.sql = QStringLiteral("%1 >= ? AND %1 <= ?").arg(day);
    where.values = {filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)};
    if (!filter.authority.isEmpty()) {
        where.sql += QStringLiteral(" AND authority = ?");
        where.values.append(filter.authority);
    } else {
        where.sql += QStringLiteral(" AND authority LIKE ?");
        where.values.append(QString(province + QLatin1Char('%')));
    }
    if (!filter.entityType.isEmpty()) {
        where.sql += QStringLiteral(" AND entity_type = ?");
        where.values.append(filter.entityType);
    }
    return where;
}

// The cases received in the period that pass the filter.
Where casesWhere(const core::StatisticsFilter &filter, const QString &province)
{
    Where where = whereOf(filter, province, QStringLiteral("received_day"));
    where.sql += QStringLiteral(" AND state <> 'draft'");
    return where;
}

QDate dayOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// The groups `sql` (its WHERE from `where`, its LIMIT one past `most`) answers, each handed to
// `take`: false when there are more than `most`, so the figure is refused rather than cut.
template <typename Take>
Result<bool> readGroups(ExchangeDatabase &db, const QString &sql, const Where &where, int most, Take &&take)
{
    auto rows = db.exec(sql.arg(where.sql).arg(most + 1), where.values);
    if (!rows) {
        return rows.error();
    }
    int read = 0;
    while (rows.value().next()) {
        if (++read > most) {
            return false;
        }
        take(rows.value().row());
    }
    return true;
}

} // namespace

Result<bool> ExchangeStatistics::received(const core::StatisticsFilter &filter, const QString &province,
                                          core::StatisticsFacts &facts)
{
    return readGroups(m_db,
                      QStringLiteral("SELECT received_day, entity_type, state, COUNT(*) FROM cases WHERE %1 "
                                     "GROUP BY received_day, entity_type, state LIMIT %2"),
                      casesWhere(filter, province), st::MaxGroups, [&facts](const QSqlQuery &q) {
                          const auto state = core::CaseStates::fromKey(q.value(2).toString());
                          facts.received.append(
                              {dayOf(q.value(0)), q.value(1).toString(),
                               core::Statistics::outcomeOf(state.value_or(core::CaseState::Submitted)),
                               q.value(3).toInt()});
                      });
}

Result<bool> ExchangeStatistics::licensed(const core::StatisticsFilter &filter, const QString &province,
                                          core::StatisticsFacts &facts)
{
    return readGroups(m_db,
                      QStringLiteral("SELECT received_day, licensed_day, entity_type, COUNT(*) FROM cases "
                                     "WHERE %1 AND licensed_day <> '' GROUP BY received_day, licensed_day, "
                                     "entity_type LIMIT %2"),
                      casesWhere(filter, province), st::MaxGroups, [&facts](const QSqlQuery &q) {
                          facts.licensed.append({dayOf(q.value(0)), dayOf(q.value(1)), q.value(2).toString(),
                                                 q.value(3).toInt()});
                      });
}

Result<bool> ExchangeStatistics::reasons(const core::StatisticsFilter &filter, const QString &province,
                                         core::StatisticsFacts &facts)
{
    using core::CaseAction;
    return readGroups(m_db,
                      QStringLiteral("SELECT action, code, COUNT(*) FROM case_reasons WHERE %1 "
                                     "GROUP BY action, code LIMIT %2"),
                      whereOf(filter, province, QStringLiteral("decided_day")), st::MaxReasons,
                      [&facts](const QSqlQuery &q) {
                          for (CaseAction action :
                               {CaseAction::RequestCorrection, CaseAction::Refuse, CaseAction::Reject}) {
                              if (core::CaseWorkflow::actionKey(action) == q.value(0).toString())
                                  facts.reasons.append({action, q.value(1).toString(), q.value(2).toInt()});
                          }
                      });
}

namespace {

// The busiest of `column` (accepted_by, workstation) among the cases that pass `where`.
Result<QList<core::LoadCount>> load(ExchangeDatabase &db, const QString &column, Where where)
{
    auto rows = db.exec(QStringLiteral("SELECT %1, COUNT(*) FROM cases WHERE %2 AND %1 <> '' GROUP BY %1 "
                                       "ORDER BY COUNT(*) DESC, %1 LIMIT %3")
                            .arg(column, where.sql)
                            .arg(st::MaxPeople),
                        where.values);
    if (!rows) {
        return rows.error();
    }
    QList<core::LoadCount> counts;
    while (rows.value().next()) {
        counts.append({rows.value().row().value(0).toString(), rows.value().row().value(1).toInt()});
    }
    return counts;
}

} // namespace

Result<void> ExchangeStatistics::clerks(const core::StatisticsFilter &filter, const QString &province,
                                        core::StatisticsFacts &facts)
{
    auto counts = load(m_db, QStringLiteral("accepted_by"), casesWhere(filter, province));
    if (!counts) {
        return counts.error();
    }
    facts.clerks = counts.value();
    return {};
}

Result<void> ExchangeStatistics::workstations(const core::StatisticsFilter &filter, const QString &province,
                                              core::StatisticsFacts &facts)
{
    // An online application's workstation is the exchange's, no counter's load.
    Where where = casesWhere(filter, province);
    where.sql += QStringLiteral(" AND origin = 'counter'");
    auto counts = load(m_db, QStringLiteral("workstation"), where);
    if (!counts) {
        return counts.error();
    }
    facts.workstations = counts.value();
    return {};
}

Result<void> ExchangeStatistics::channels(const core::StatisticsFilter &filter, const QString &province,
                                          core::StatisticsFacts &facts)
{
    const Where where = casesWhere(filter, province);
    auto rows = m_db.exec(
        QStringLiteral("SELECT origin, COUNT(*) FROM cases WHERE %1 GROUP BY origin").arg(where.sql),
        where.values);
    if (!rows) {
        return rows.error();
    }
    while (rows.value().next()) {
        const int count = rows.value().row().value(1).toInt();
        (rows.value().row().value(0).toString() == u"online" ? facts.online : facts.counter) += count;
    }
    return {};
}

Result<void> ExchangeStatistics::beginRead()
{
    if (auto begun = m_db.beginUnlocked(); !begun) {
        return begun;
    }
    if (!m_db.isPostgres()) {
        return {};
    }
    // Utility statements, run as they are (not prepared).
    QSqlQuery settings(m_db.connection());
    for (const char *setting :
         {"SET LOCAL work_mem = '64MB'", "SET LOCAL plan_cache_mode = force_custom_plan"}) {
        if (!settings.exec(QLatin1String(setting))) {
            const Error error = m_db.failure(settings.lastError(), QStringLiteral("statistics"));
            m_db.rollback();
            return error;
        }
    }
    return {};
}

void ExchangeStatistics::endRead()
{
    m_db.rollback(); // nothing was written
}

Result<st::Answer> ExchangeStatistics::facts(const core::StatisticsFilter &filter, const QString &province)
{
    if (auto begun = beginRead(); !begun) {
        return begun.error();
    }
    Result<st::Answer> answer = read(filter, province);
    endRead();
    return answer;
}

Result<st::Answer> ExchangeStatistics::read(const core::StatisticsFilter &filter, const QString &province)
{
    st::Answer answer;
    answer.asOf = QDateTime::currentDateTimeUtc();
    core::StatisticsFacts &facts = answer.facts;
    for (auto figure :
         {&ExchangeStatistics::received, &ExchangeStatistics::licensed, &ExchangeStatistics::reasons}) {
        const Result<bool> whole = (this->*figure)(filter, province, facts);
        if (!whole) {
            return whole.error();
        }
        answer.complete = answer.complete && whole.value();
    }
    for (auto figure :
         {&ExchangeStatistics::clerks, &ExchangeStatistics::workstations, &ExchangeStatistics::channels}) {
        if (auto read = (this->*figure)(filter, province, facts); !read) {
            return read.error();
        }
    }
    qCDebug(lcExchangeStatistics) << "statistics of" << filter.from << filter.to << "province" << province
                                  << facts.received.size() << "day groups," << facts.licensed.size()
                                  << "licensed groups," << facts.reasons.size() << "reasons";
    return answer;
}

} // namespace ow::exchange
