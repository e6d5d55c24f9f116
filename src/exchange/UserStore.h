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
    // A sign-in attempt, counted before its password is checked, so that guesses sent at once
    // are counted one after the other: `number` is this attempt's place since the last good
    // sign-in; `lockedUntil` is valid when the account is locked (then nothing is checked).
    struct SignInAttempt
    {
        int number = 0;
        QDateTime lockedUntil;
    };
    // In one write transaction: a locked account stays locked (not counted); one whose
    // `threshold` attempts are used up is locked until `lockUntil`; otherwise the attempt counts.
    Result<SignInAttempt> takeSignInAttempt(const QString &id, int threshold, const QDateTime &now,
                                            const QDateTime &lockUntil);
    // Locks the account until `until` and starts the count again.
    Result<void> lock(const QString &id, const QDateTime &until);
    // Clears the count and any lock (a good sign-in, or the administrator); false: no such user.
    Result<bool> clearSignInFailures(const QString &id);

private:
    Result<SignInAttempt> countAttempt(const QString &id, int threshold, const QDateTime &now,
                                       const QDateTime &lockUntil);

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
