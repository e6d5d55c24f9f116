#pragma once

#include "core/CaseState.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

struct LocalAccount
{
    QString userId;
    QString displayName;
    core::Role role = core::Role::Clerk;
    QString verifier; // PasswordHash string; never a password
};

// Accounts that may sign in at this workstation without the exchange: the demo set for now,
// later the verifier kept from the last online sign-in. Locks after repeated failures.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)
public:
    explicit AccountStore(std::shared_ptr<Database> db);

    ow::Result<void> upsert(const LocalAccount &account);
    std::optional<LocalAccount> find(const QString &userId) const;
    int count() const;

    // Checks the password against the stored verifier. Errors: "auth.unknown_or_wrong"
    // (one message for both, so names cannot be probed), "auth.locked" (says until when).
    ow::Result<LocalAccount> verify(const QString &userId, const QString &password,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
