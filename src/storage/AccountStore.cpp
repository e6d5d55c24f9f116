#include "AccountStore.h"

#include "Database.h"
#include "SqlSupport.h"
#include "StorageLog.h"
#include "security/PasswordHash.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ow::storage {

using sql::StorageErrors;

namespace {

struct StoredAccount
{
    LocalAccount account;
    int failures = 0;
    QDateTime lockedUntil;
};

std::optional<StoredAccount> load(QSqlDatabase &db, const QString &userId)
{
    sql::Statement query =
        sql::cached(db, u"SELECT user_id, display_name, role, verifier, failures, locked_until "
                        "FROM accounts WHERE user_id = ?"_s);
    std::optional<StoredAccount> result;
    if (sql::exec(query, {userId}) && query.next()) {
        StoredAccount stored;
        stored.account.userId = query.value(0).toString();
        stored.account.displayName = query.value(1).toString();
        stored.account.role =
            core::CaseStates::roleFromKey(query.value(2).toString()).value_or(core::Role::Clerk);
        stored.account.verifier = query.value(3).toString();
        stored.failures = query.value(4).toInt();
        stored.lockedUntil = sql::fromDbTime(query.value(5));
        result = stored;
    }
    query.finish();
    return result;
}

// Spends the same time on an unknown user as on a known one, so names cannot be probed by timing.
const QString &dummyVerifier()
{
    static const QString verifier = security::PasswordHash::make(u"no such user"_s);
    return verifier;
}

} // namespace

AccountStore::AccountStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<void> AccountStore::upsert(const LocalAccount &account)
{
    if (account.userId.trimmed().isEmpty())
        return StorageErrors::make(u"auth.invalid"_s, tr("An account needs a user name."));
    return m_db->transaction([&]() -> Result<void> {
        QSqlDatabase db = m_db->connection();
        sql::Statement query = sql::cached(
            db, u"INSERT INTO accounts(user_id, display_name, role, verifier, failures, locked_until, "
                u"updated_at) "
                "VALUES (?, ?, ?, ?, 0, NULL, ?) ON CONFLICT(user_id) DO UPDATE SET "
                "display_name = excluded.display_name, role = excluded.role, verifier = excluded.verifier, "
                "updated_at = excluded.updated_at"_s);
        auto result =
            sql::exec(query, {account.userId, account.displayName, core::CaseStates::roleKey(account.role),
                              account.verifier, sql::toDbTime(QDateTime::currentDateTimeUtc())});
        query.finish();
        return result;
    });
}

std::optional<LocalAccount> AccountStore::find(const QString &userId) const
{
    QSqlDatabase db = m_db->connection();
    if (auto stored = load(db, userId))
        return stored->account;
    return std::nullopt;
}

int AccountStore::count() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM accounts"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<LocalAccount> AccountStore::verify(const QString &userId, const QString &password,
                                          const QDateTime &now)
{
    const Error wrong =
        StorageErrors::make(u"auth.unknown_or_wrong"_s, tr("Unknown user name or wrong password."));
    auto lockedError = [](const QDateTime &until) {
        return StorageErrors::make(u"auth.locked"_s,
                                   tr("This account is locked after %1 failed sign-ins until %2. Try again "
                                      "then, or ask a supervisor.")
                                       .arg(MaxFailures)
                                       .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
    };

    QSqlDatabase db = m_db->connection();
    const std::optional<StoredAccount> stored = load(db, userId);
    if (!stored) {
        security::PasswordHash::verify(password, dummyVerifier());
        qCInfo(lcStorageAccounts) << "sign-in refused: unknown user";
        return wrong;
    }
    if (stored->lockedUntil.isValid() && stored->lockedUntil > now) {
        qCInfo(lcStorageAccounts) << "sign-in refused: locked" << userId << "until" << stored->lockedUntil;
        return lockedError(stored->lockedUntil);
    }
    const bool matches = security::PasswordHash::verify(password, stored->account.verifier);

    int failures = 0;
    QDateTime lockedUntil;
    if (!matches) {
        // A lock that has expired starts a fresh count.
        failures = (stored->lockedUntil.isValid() ? 0 : stored->failures) + 1;
        if (failures >= MaxFailures)
            lockedUntil = now.toUTC().addSecs(qint64(LockMinutes) * 60);
    }
    auto recorded = m_db->transaction([&]() -> Result<void> {
        sql::Statement update =
            sql::cached(db, u"UPDATE accounts SET failures = ?, locked_until = ? WHERE user_id = ?"_s);
        auto result = sql::exec(
            update, {lockedUntil.isValid() ? 0 : failures,
                     lockedUntil.isValid() ? QVariant(sql::toDbTime(lockedUntil)) : QVariant(), userId});
        update.finish();
        return result;
    });
    if (!recorded)
        return recorded.error();
    if (matches) {
        qCInfo(lcStorageAccounts) << "offline sign-in" << userId;
        return stored->account;
    }
    if (lockedUntil.isValid()) {
        qCWarning(lcStorageAccounts) << "account locked after" << MaxFailures << "failures:" << userId;
        return lockedError(lockedUntil);
    }
    qCInfo(lcStorageAccounts) << "sign-in refused: wrong password for" << userId << "failure" << failures;
    return wrong;
}

} // namespace ow::storage
