#include "SheetWire.h"

#include "WireKeys.h"

namespace ow::protocol::sheetwire {
namespace {

namespace k = keys::sheets;
using core::BlankStock;

// A serial as JSON sends it: a whole number (a double holds 12 digits exactly).
std::optional<quint64> serialOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 1 || d > double(BlankStock::MaxSerial) || d != double(qint64(d)))
        return std::nullopt;
    return quint64(d);
}

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject toJson(const core::SheetUse &use)
{
    QJsonObject json{{k::Id, use.id},
                     {k::CaseId, use.caseId},
                     {k::Copy, BlankStock::copyKey(use.copy)},
                     {k::Serial, qint64(use.serial)},
                     {k::Use, BlankStock::useKey(use.kind)},
                     {k::Reason, use.reason},
                     {k::Actor, use.actor},
                     {k::Workstation, use.workstation},
                     {k::At, timeText(use.at)}};
    if (!use.creditCode.isEmpty())
        json.insert(k::CreditCode, use.creditCode);
    if (!use.batch.isEmpty())
        json.insert(k::Batch, use.batch);
    return json;
}

std::optional<core::SheetUse> useFromJson(const QJsonObject &json)
{
    for (QLatin1StringView key : {k::Id, k::CaseId, k::Copy, k::Use, k::Actor, k::At}) {
        if (!json.value(key).isString())
            return std::nullopt;
    }
    const std::optional<core::SheetCopy> copy = BlankStock::copyFromKey(json.value(k::Copy).toString());
    const std::optional<core::SheetUseKind> kind = BlankStock::useFromKey(json.value(k::Use).toString());
    const std::optional<quint64> serial = serialOf(json.value(k::Serial));
    const QDateTime at = QDateTime::fromString(json.value(k::At).toString(), Qt::ISODateWithMs);
    if (!copy || !kind || !serial || !at.isValid())
        return std::nullopt;
    core::SheetUse use;
    use.id = json.value(k::Id).toString();
    use.caseId = json.value(k::CaseId).toString();
    use.copy = *copy;
    use.serial = *serial;
    use.kind = *kind;
    use.reason = json.value(k::Reason).toString();
    use.actor = json.value(k::Actor).toString();
    use.workstation = json.value(k::Workstation).toString();
    use.at = at.toUTC();
    use.creditCode = json.value(k::CreditCode).toString();
    use.batch = json.value(k::Batch).toString();
    return use;
}

QJsonObject toJson(const core::StockBatch &batch)
{
    return {{k::Batch, batch.id},
            {k::Authority, batch.authority},
            {k::Copy, BlankStock::copyKey(batch.copy)},
            {k::From, qint64(batch.first)},
            {k::To, qint64(batch.last)},
            {k::RegisteredAt, timeText(batch.registeredAt)}};
}

std::optional<core::StockBatch> batchFromJson(const QJsonObject &json)
{
    const std::optional<core::SheetCopy> copy = BlankStock::copyFromKey(json.value(k::Copy).toString());
    const std::optional<quint64> first = serialOf(json.value(k::From));
    const std::optional<quint64> last = serialOf(json.value(k::To));
    if (!copy || !first || !last)
        return std::nullopt;
    core::StockBatch batch;
    batch.id = json.value(k::Batch).toString();
    batch.authority = json.value(k::Authority).toString();
    batch.copy = *copy;
    batch.first = *first;
    batch.last = *last;
    batch.registeredAt =
        QDateTime::fromString(json.value(k::RegisteredAt).toString(), Qt::ISODateWithMs).toUTC();
    if (batch.authority.isEmpty() || batch.authority.size() > 12 ||
        !BlankStock::batchProblem(batch).isEmpty())
        return std::nullopt;
    return batch;
}

} // namespace ow::protocol::sheetwire
