#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// Signed-in sessions, by the hashes of their bearer and refresh tokens (never the tokens).
class SessionStore
{
public:
    explicit SessionStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const SessionRecord &session);
    Result<std::optional<SessionRecord>> byToken(const QString &tokenHash);
    Result<std::optional<SessionRecord>> byRefresh(const QString &refreshHash);
    Result<void> remove(const QString &tokenHash);
    Result<void> removeExpired(const QDateTime &now);
    Result<int> count();

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
