#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The people who sign in at the exchange: roles, password verifiers, sign-in lockout.
class UserStore
{
public:
    explicit UserStore(ExchangeDatabase &db) : m_db(db) {}

    Result<void> add(const UserRecord &user);
    Result<std::optional<UserRecord>> find(const QString &id);
    Result<QList<UserRecord>> list();
    Result<bool> setDisabled(const QString &id, bool disabled); // false: no such user
    // Counts a wrong password (atomically); at `threshold` the account is locked until `lockUntil`
    // and the count starts again. Returns the user's lock time (invalid: not locked).
    Result<QDateTime> recordSignInFailure(const QString &id, int threshold, const QDateTime &lockUntil);
    // Clears the count and any lock (a good sign-in, or the administrator); false: no such user.
    Result<bool> clearSignInFailures(const QString &id);

private:
    Result<QDateTime> countFailure(const QString &id, int threshold, const QDateTime &lockUntil);

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
