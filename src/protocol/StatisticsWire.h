#pragma once

#include "core/Result.h"
#include "core/Statistics.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// The supervisors' statistics of the province on the wire (docs/protocol.md, GET /api/v1/statistics):
// the filter as a query and back, the facts (core::StatisticsFacts, aggregated by the exchange's
// store) as JSON and back. One writer and one reader for both sides; the counter computes the
// figures from the facts with its own calendar and clocks (core::Statistics::compute), as it does
// for its own cache.
//
//   GET /api/v1/statistics?from=2026-01-01&to=2026-12-31&granularity=week&authority=&type= →
//   {"asOf", "complete", "online", "counter", "received": [[day, type, outcome, count]…],
//    "licensed": [[received, licensed, type, count]…], "reasons": [[action, code, count]…],
//    "clerks": [[user, count]…], "workstations": [[code, count]…]}
//
// Each list is bounded (MaxGroups, MaxReasons, MaxPeople); "complete" is false when the exchange
// stopped a list at its bound.
namespace ow::protocol::statistics {

inline constexpr int MaxGroups = 100'000; // rows of `received` or `licensed`
inline constexpr int MaxReasons = 1'000;
inline constexpr int MaxPeople = 200; // clerks or workstations listed, busiest first
inline constexpr int MaxText = 64;    // an entity type, a user, a workstation, a reason code

QString granularityKey(core::Granularity granularity);
std::optional<core::Granularity> granularityFromKey(const QString &key);

// "from=…&to=…&granularity=…&authority=…&type=…", percent-encoded.
QString queryOf(const core::StatisticsFilter &filter);

// The filter a request asks for, each value as the query gave it (already decoded); a
// request.invalid_field error naming the parameter when a date is not yyyy-MM-dd, the granularity
// not one of day, week, month, the authority not a registration authority's code, the type not an
// entity type, or the period cannot be answered (core::StatisticsFilter::problem).
Result<core::StatisticsFilter> filterFromQuery(const QString &from, const QString &to,
                                               const QString &granularity, const QString &authority,
                                               const QString &type);

struct Answer
{
    core::StatisticsFacts facts;
    QDateTime asOf;       // the exchange's clock when it read them
    bool complete = true; // false: a list was stopped at its bound
};

QJsonObject toJson(const Answer &answer);
// The answer as the counter reads it; nothing when it is not one: a key missing or of the wrong
// kind, a list over its bound, a row not of its shape (a date not yyyy-MM-dd, an outcome or an
// action not one of theirs, a text over MaxText, a count not a whole number 0 or more).
std::optional<Answer> answerFromJson(const QJsonObject &json);

} // namespace ow::protocol::statistics
