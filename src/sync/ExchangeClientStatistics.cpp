// ExchangeClient: the province's statistics facts (docs/protocol.md, GET /api/v1/statistics), for an
// administrator or a provincial supervisor; read within the protocol's bounds
// (protocol::statistics::answerFromJson), so a hostile answer is an error, never a crash.
#include "ExchangeClient.h"
#include "ExchangeClientFinish.h"
#include "SyncLog.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ow::sync {

void ExchangeClient::statistics(const core::StatisticsFilter &filter,
                                Callback<protocol::statistics::Answer> done)
{
    send(protocol::Endpoint::Statistics, QUrlQuery(protocol::statistics::queryOf(filter)), nullptr,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<protocol::statistics::Answer>(done, std::move(raw), id, parseStatistics);
         });
}

Result<protocol::statistics::Answer, SyncError> ExchangeClient::parseStatistics(const QJsonObject &body)
{
    std::optional<protocol::statistics::Answer> answer = protocol::statistics::answerFromJson(body);
    if (!answer)
        return SyncErrors::malformed(u"statistics answer not readable or over its bounds"_s);
    qCDebug(lcSyncPull) << "province statistics:" << answer->facts.received.size() << "day groups,"
                        << answer->facts.licensed.size() << "licensed groups";
    return std::move(*answer);
}

} // namespace ow::sync
