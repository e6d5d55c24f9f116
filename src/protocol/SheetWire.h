#pragma once

#include "core/BlankStock.h"

#include <QJsonObject>

#include <optional>

// The numbered blank stock on the wire (docs/protocol.md, POST /api/v1/sheets and the feed's
// "stock_batch" and "sheet" changes): one reader and one writer for both sides.
namespace ow::protocol::sheetwire {

QJsonObject toJson(const core::SheetUse &use);
// An entry as sent; nothing when a key is missing or of the wrong kind, the copy or the use is not
// one of theirs, the serial is not 1..MaxSerial or the time is not one. Texts are taken as they
// are: their bounds are the receiver's rules (core::BlankStock).
std::optional<core::SheetUse> useFromJson(const QJsonObject &json);

QJsonObject toJson(const core::StockBatch &batch);
// A batch as sent; nothing when it breaks core::BlankStock::batchProblem or names no authority.
std::optional<core::StockBatch> batchFromJson(const QJsonObject &json);

} // namespace ow::protocol::sheetwire
