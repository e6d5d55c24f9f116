#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace ow::storage {

// The credit-code serials the exchange reserved for this workstation (its feed's "code_block"
// changes), for licences issued during an outage when the office allows it. Each serves one case;
// each call runs in the caller's transaction on `db`.
class ReservedSerials
{
public:
    // Stores serials received (again: nothing changes).
    static ow::Result<void> store(QSqlDatabase &db, const QList<quint64> &serials, const QDateTime &at);
    // The smallest unused serial, now `caseId`'s; none when every one is used.
    static ow::Result<std::optional<quint64>> take(QSqlDatabase &db, const QString &caseId);
    static ow::Result<int> unusedCount(QSqlDatabase &db);
};

} // namespace ow::storage
