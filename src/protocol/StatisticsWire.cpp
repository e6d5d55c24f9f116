#include "StatisticsWire.h"

#include "Endpoints.h"
#include "ErrorCodes.h"
#include "WireKeys.h"
#include "core/Authority.h"
#include "core/EntityType.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <limits>

namespace ow::protocol::statistics {

namespace k = keys::statistics;

namespace {

constexpr double MaxCount = double(std::numeric_limits<int>::max());

// The reasons' actions, as CaseWorkflow::actionKey names them.
const QList<core::CaseAction> &reasonActions()
{
    static const QList<core::CaseAction> actions{core::CaseAction::RequestCorrection,
                                                 core::CaseAction::Refuse, core::CaseAction::Reject};
    return actions;
}

std::optional<QDate> dayOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

std::optional<QString> textOf(const QJsonValue &value)
{
    if (!value.isString() || value.toString().size() > MaxText)
        return std::nullopt;
    return value.toString();
}

std::optional<int> countOf(const QJsonValue &value)
{
    const double n = value.toDouble(-1);
    if (!value.isDouble() || n < 0 || n > MaxCount || n != double(qint64(n)))
        return std::nullopt;
    return int(n);
}

std::optional<core::Outcome> outcomeOf(const QJsonValue &value)
{
    for (core::Outcome outcome : core::Statistics::outcomes()) {
        if (core::Statistics::outcomeKey(outcome) == value.toString())
            return outcome;
    }
    return std::nullopt;
}

std::optional<core::CaseAction> actionOf(const QJsonValue &value)
{
    for (core::CaseAction action : reasonActions()) {
        if (core::CaseWorkflow::actionKey(action) == value.toString())
            return action;
    }
    return std::nullopt;
}

// The rows of list `key`: each an array of `width` values; nothing when the list is not one.
std::optional<QList<QJsonArray>> rowsOf(const QJsonObject &json, QLatin1StringView key, int width, int max)
{
    const QJsonValue list = json.value(key);
    if (!list.isArray() || list.toArray().size() > max)
        return std::nullopt;
    QList<QJsonArray> rows;
    rows.reserve(list.toArray().size());
    for (const QJsonValue &row : list.toArray()) {
        if (!row.isArray() || row.toArray().size() != width)
            return std::nullopt;
        rows.append(row.toArray());
    }
    return rows;
}

std::optional<QList<core::LoadCount>> loadOf(const QJsonObject &json, QLatin1StringView key)
{
    const auto rows = rowsOf(json, key, 2, MaxPeople);
    if (!rows)
        return std::nullopt;
    QList<core::LoadCount> load;
    for (const QJsonArray &row : *rows) {
        const auto who = textOf(row.at(0));
        const auto count = countOf(row.at(1));
        if (!who || !count)
            return std::nullopt;
        load.append({*who, *count});
    }
    return load;
}

bool readReceived(const QJsonObject &json, core::StatisticsFacts &facts)
{
    const auto rows = rowsOf(json, k::Received, 4, MaxGroups);
    if (!rows)
        return false;
    for (const QJsonArray &row : *rows) {
        const auto day = dayOf(row.at(0));
        const auto type = textOf(row.at(1));
        const auto outcome = outcomeOf(row.at(2));
        const auto count = countOf(row.at(3));
        if (!day || !type || !outcome || !count)
            return false;
        facts.received.append({*day, *type, *outcome, *count});
    }
    return true;
}

bool readLicensed(const QJsonObject &json, core::StatisticsFacts &facts)
{
    const auto rows = rowsOf(json, k::Licensed, 4, MaxGroups);
    if (!rows)
        return false;
    for (const QJsonArray &row : *rows) {
        const auto received = dayOf(row.at(0));
        const auto licensed = dayOf(row.at(1));
        const auto type = textOf(row.at(2));
        const auto count = countOf(row.at(3));
        if (!received || !licensed || !type || !count)
            return false;
        facts.licensed.append({*received, *licensed, *type, *count});
    }
    return true;
}

bool readReasons(const QJsonObject &json, core::StatisticsFacts &facts)
{
    const auto rows = rowsOf(json, k::Reasons, 3, MaxReasons);
    if (!rows)
        return false;
    for (const QJsonArray &row : *rows) {
        const auto action = actionOf(row.at(0));
        const auto code = textOf(row.at(1));
        const auto count = countOf(row.at(2));
        if (!action || !code || !count)
            return false;
        facts.reasons.append({*action, *code, *count});
    }
    return true;
}

Error invalid(QLatin1StringView field, const QString &message)
{
    return Error{QString(errors::RequestInvalidField), message, QString(field)};
}

std::optional<QDate> queryDay(const QString &text)
{
    return text.size() == 10 ? dayOf(QJsonValue(text)) : std::nullopt;
}

} // namespace

QString granularityKey(core::Granularity granularity)
{
    switch (granularity) {
    case core::Granularity::Day:
        return QStringLiteral("day");
    case core::Granularity::Week:
        return QStringLiteral("week");
    case core::Granularity::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<core::Granularity> granularityFromKey(const QString &key)
{
    for (core::Granularity g : {core::Granularity::Day, core::Granularity::Week, core::Granularity::Month}) {
        if (granularityKey(g) == key)
            return g;
    }
    return std::nullopt;
}

QString queryOf(const core::StatisticsFilter &filter)
{
    QUrlQuery query;
    query.addQueryItem(query::From, filter.from.toString(Qt::ISODate));
    query.addQueryItem(query::To, filter.to.toString(Qt::ISODate));
    query.addQueryItem(query::Granularity, granularityKey(filter.granularity));
    query.addQueryItem(query::Authority, filter.authority);
    query.addQueryItem(query::Type, filter.entityType);
    return query.toString(QUrl::FullyEncoded);
}

Result<core::StatisticsFilter> filterFromQuery(const QString &from, const QString &to,
                                               const QString &granularity, const QString &authority,
                                               const QString &type)
{
    core::StatisticsFilter filter;
    const auto first = queryDay(from);
    if (!first)
        return invalid(query::From, QStringLiteral("\"from\" must be a date, yyyy-MM-dd."));
    const auto last = queryDay(to);
    if (!last)
        return invalid(query::To, QStringLiteral("\"to\" must be a date, yyyy-MM-dd."));
    filter.from = *first;
    filter.to = *last;
    const auto buckets = granularity.isEmpty() ? core::Granularity::Day : granularityFromKey(granularity);
    if (!buckets)
        return invalid(query::Granularity, QStringLiteral("\"granularity\" must be day, week or month."));
    filter.granularity = *buckets;
    if (!authority.isEmpty() && !core::Authority::isValid(authority))
        return invalid(query::Authority,
                       QStringLiteral("\"authority\" must be a registration authority's 6-digit code."));
    filter.authority = authority;
    if (!type.isEmpty() && !core::EntityTypeCatalog::instance().find(type))
        return invalid(query::Type, QStringLiteral("\"type\" must be an entity type's id."));
    filter.entityType = type;
    if (const QString problem = filter.problem(); !problem.isEmpty())
        return invalid(query::To, problem);
    return filter;
}

QJsonObject toJson(const Answer &answer)
{
    const core::StatisticsFacts &facts = answer.facts;
    QJsonArray received;
    for (const core::DayCount &d : facts.received)
        received.append(QJsonArray{d.day.toString(Qt::ISODate), d.entityType,
                                   core::Statistics::outcomeKey(d.outcome), d.count});
    QJsonArray licensed;
    for (const core::DurationCount &d : facts.licensed)
        licensed.append(QJsonArray{d.received.toString(Qt::ISODate), d.licensed.toString(Qt::ISODate),
                                   d.entityType, d.count});
    QJsonArray reasons;
    for (const core::ReasonCount &r : facts.reasons)
        reasons.append(QJsonArray{core::CaseWorkflow::actionKey(r.action), r.code, r.count});
    const auto load = [](const QList<core::LoadCount> &counts) {
        QJsonArray list;
        for (const core::LoadCount &c : counts)
            list.append(QJsonArray{c.who, c.count});
        return list;
    };
    return {{k::AsOf, answer.asOf.toUTC().toString(Qt::ISODateWithMs)},
            {k::Complete, answer.complete},
            {k::Online, facts.online},
            {k::Counter, facts.counter},
            {k::Received, received},
            {k::Licensed, licensed},
            {k::Reasons, reasons},
            {k::Clerks, load(facts.clerks)},
            {k::Workstations, load(facts.workstations)}};
}

std::optional<Answer> answerFromJson(const QJsonObject &json)
{
    Answer answer;
    const QJsonValue complete = json.value(k::Complete);
    const auto online = countOf(json.value(k::Online));
    const auto counter = countOf(json.value(k::Counter));
    if (!complete.isBool() || !online || !counter || !json.value(k::AsOf).isString())
        return std::nullopt;
    answer.complete = complete.toBool();
    answer.asOf = QDateTime::fromString(json.value(k::AsOf).toString(), Qt::ISODateWithMs);
    answer.facts.online = *online;
    answer.facts.counter = *counter;
    if (!readReceived(json, answer.facts) || !readLicensed(json, answer.facts) ||
        !readReasons(json, answer.facts))
        return std::nullopt;
    auto clerks = loadOf(json, k::Clerks);
    auto workstations = loadOf(json, k::Workstations);
    if (!clerks || !workstations)
        return std::nullopt;
    answer.facts.clerks = std::move(*clerks);
    answer.facts.workstations = std::move(*workstations);
    return answer;
}

} // namespace ow::protocol::statistics
