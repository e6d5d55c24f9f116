// ExchangeClient: the ledger of numbered blank stock (docs/protocol.md, POST /api/v1/sheets).
#include "ExchangeClient.h"
#include "protocol/SheetWire.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace k = protocol::keys::sheets;

void ExchangeClient::recordSheets(const QList<core::SheetUse> &uses, Callback<QList<SheetResult>> done)
{
    QJsonArray list;
    QStringList ids;
    for (const core::SheetUse &use : uses) {
        list.append(protocol::sheetwire::toJson(use));
        ids << use.id;
    }
    const QJsonObject body{{k::Sheets, list}};
    send(protocol::Endpoint::Sheets, {}, &body,
         [done, ids](Result<QJsonObject, SyncError> raw, const QString &id) {
             if (!raw) {
                 done(raw.error());
                 return;
             }
             Result<QList<SheetResult>, SyncError> parsed = parseSheets(raw.value(), ids);
             if (!parsed) {
                 SyncError error = parsed.error();
                 error.requestId = id;
                 done(error);
                 return;
             }
             done(std::move(parsed));
         });
}

Result<QList<SheetResult>, SyncError> ExchangeClient::parseSheets(const QJsonObject &body,
                                                                  const QStringList &ids)
{
    const QJsonArray results = body.value(k::Results).toArray();
    if (results.size() != ids.size())
        return SyncErrors::malformed(
            u"sheets: %1 results for %2 entries"_s.arg(results.size()).arg(ids.size()));
    QList<SheetResult> list;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        const std::optional<PushStatus> status = protocol::pushStatusFromWire(o.value(k::Status).toString());
        if (o.value(k::Id).toString() != ids.at(i) || !status || *status == PushStatus::Conflict)
            return SyncErrors::malformed(u"sheets: result %1 does not answer its entry"_s.arg(i));
        const QJsonObject error = o.value(k::Error).toObject();
        list.append(SheetResult{ids.at(i), *status,
                                error.value(protocol::keys::error::Code).toString().left(64),
                                error.value(protocol::keys::error::Message).toString().left(2000)});
    }
    return list;
}

} // namespace ow::sync
