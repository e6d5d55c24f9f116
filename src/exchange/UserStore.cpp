#include "UserStore.h"

#include "ExchangeDatabase.h"

namespace ow::exchange {
namespace {

const QString Columns = QStringLiteral("id, display_name, role, verifier, disabled, created_at, authority");
const QString SelectColumns = Columns + QStringLiteral(", failed_sign_ins, locked_until");

UserRecord userFrom(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = core::CaseStates::roleFromKey(q.value(2).toString()).value_or(core::Role::Clerk);
    u.verifier = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    u.createdAt = ExchangeDatabase::timeFromText(q.value(5).toString());
    u.authority = q.value(6).toString();
    u.failedSignIns = q.value(7).toInt();
    u.lockedUntil = ExchangeDatabase::timeFromText(q.value(8).toString());
    return u;
}

} // namespace

Result<void> UserStore::add(const UserRecord &user)
{
    return m_db.run(QStringLiteral("INSERT INTO users (") + Columns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {user.id, user.displayName, core::CaseStates::roleKey(user.role), user.verifier,
                     user.disabled ? 1 : 0, ExchangeDatabase::timeText(user.createdAt), user.authority});
}

Result<std::optional<UserRecord>> UserStore::find(const QString &id)
{
    return m_db.one(QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM users WHERE id = ?"),
                    {id}, userFrom);
}

Result<QList<UserRecord>> UserStore::list()
{
    return m_db.all(QStringLiteral("SELECT ") + SelectColumns + QStringLiteral(" FROM users ORDER BY id"), {},
                    userFrom);
}

Result<bool> UserStore::setDisabled(const QString &id, bool disabled)
{
    return m_db.changedAny(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                           {disabled ? 1 : 0, id});
}

Result<UserStore::SignInAttempt> UserStore::takeSignInAttempt(const QString &id, int threshold,
                                                              const QDateTime &now,
                                                              const QDateTime &lockUntil)
{
    return m_db.inTransaction([&] { return countAttempt(id, threshold, now, lockUntil); });
}

Result<UserStore::SignInAttempt> UserStore::countAttempt(const QString &id, int threshold,
                                                         const QDateTime &now, const QDateTime &lockUntil)
{
    const auto user = find(id);
    if (!user) {
        return user.error();
    }
    if (!user.value()) {
        return SignInAttempt{};
    }
    const int used = user.value()->failedSignIns;
    if (user.value()->lockedUntil.isValid() && user.value()->lockedUntil > now) {
        return SignInAttempt{used, user.value()->lockedUntil};
    }
    if (used >= threshold) {
        if (auto locked = lock(id, lockUntil); !locked) {
            return locked.error();
        }
        return SignInAttempt{used, lockUntil};
    }
    if (auto counted = m_db.run(
            QStringLiteral("UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?"), {id});
        !counted) {
        return counted.error();
    }
    return SignInAttempt{used + 1, {}};
}

Result<void> UserStore::lock(const QString &id, const QDateTime &until)
{
    return m_db.run(QStringLiteral("UPDATE users SET failed_sign_ins = 0, locked_until = ? WHERE id = ?"),
                    {ExchangeDatabase::timeText(until), id});
}

Result<bool> UserStore::clearSignInFailures(const QString &id)
{
    return m_db.changedAny(
        QStringLiteral("UPDATE users SET failed_sign_ins = 0, locked_until = '' WHERE id = ?"), {id});
}

} // namespace ow::exchange
