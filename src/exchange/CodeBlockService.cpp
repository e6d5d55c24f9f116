#include "CodeBlockService.h"

#include "ExchangeLog.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>

namespace ow::exchange {
namespace {

QJsonArray serialsJson(const QList<quint64> &serials)
{
    QJsonArray list;
    for (quint64 serial : serials) {
        list.append(qint64(serial));
    }
    return list;
}

} // namespace

ApiResponse CodeBlockService::reserve(const Caller &caller, const QJsonObject &body)
{
    namespace keys = protocol::keys::codeBlocks;
    if (caller.user->role == core::Role::Admin || caller.certificate.kind != u"workstation") {
        return api::forbidden(QStringLiteral("Only a counter's workstation holds credit-code serials."));
    }
    const QJsonValue countValue = body.value(keys::Count);
    const int count = countValue.isUndefined() ? DefaultCount : countValue.toInt(-1);
    if (count < 1 || count > MaxUnused) {
        return ApiResponse::fail(
            400, protocol::errors::RequestInvalidField,
            QStringLiteral("\"count\" must be a whole number from 1 to %1.").arg(MaxUnused), keys::Count);
    }
    const QString workstation = caller.certificate.code;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::lock_guard<std::mutex> lock(m_writeLock);
    const Result<QList<quint64>> unused = m_store.inTransaction([&]() -> Result<QList<quint64>> {
        const Result<QList<quint64>> drawn =
            m_store.creditCodes().reserve(workstation, caller.certificate.authority, count, MaxUnused, now);
        if (!drawn) {
            return drawn.error();
        }
        if (!drawn.value().isEmpty()) {
            const QJsonObject block{{keys::Workstation, workstation},
                                    {keys::Serials, serialsJson(drawn.value())},
                                    {keys::ReservedAt, ExchangeDatabase::timeText(now)}};
            if (auto appended = m_store.feed().append(QString(protocol::keys::changes::KindCodeBlock),
                                                      QStringLiteral("code-block:") + workstation, block,
                                                      workstation, now, caller.certificate.authority);
                !appended) {
                return appended.error();
            }
        }
        return m_store.creditCodes().unusedReserved(workstation);
    });
    if (!unused) {
        return api::storeFailure(unused.error());
    }
    ApiResponse response =
        ApiResponse::ok({{keys::Workstation, workstation}, {keys::Serials, serialsJson(unused.value())}});
    response.userId = caller.user->id;
    return response;
}

} // namespace ow::exchange
