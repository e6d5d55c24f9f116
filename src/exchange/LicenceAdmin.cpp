#include "LicenceAdmin.h"

#include "ExchangeAdmin.h"
#include "LicenceRegistry.h"
#include "NoticeRegistry.h"

#include <QDateTime>

namespace ow::exchange {

namespace {

// Runs `act` on the store of exchange directory `dir` in one write transaction: committed when it
// succeeded and `keep` holds for what it answered, else rolled back. Its answer either way.
template <typename T, typename Act, typename Keep>
Result<T> inOneTransaction(const QString &dir, Act act, Keep keep)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store) {
        return store.error();
    }
    ExchangeStore &s = *store.value();
    if (auto begun = s.begin(); !begun) {
        return begun.error();
    }
    Result<T> done = act(s);
    if (!done || !keep(done.value())) {
        s.rollback();
        return done;
    }
    if (auto committed = s.commit(); !committed) {
        return committed.error();
    }
    return done;
}

bool changedSomething(bool changed)
{
    return changed;
}

} // namespace

Result<bool> LicenceAdmin::revoke(const QString &dir, const QString &code, const QString &decision,
                                  const QDate &decidedOn)
{
    return inOneTransaction<bool>(
        dir,
        [&](ExchangeStore &s) {
            return LicenceRegistry(s).revoke(code, decision, decidedOn, QDateTime::currentDateTimeUtc());
        },
        changedSomething);
}

Result<bool> LicenceAdmin::deregister(const QString &dir, const QString &code, const QDate &on)
{
    return inOneTransaction<bool>(
        dir,
        [&](ExchangeStore &s) {
            return LicenceRegistry(s).deregister(code, on, QDateTime::currentDateTimeUtc());
        },
        changedSomething);
}

Result<core::DeregistrationNotice> LicenceAdmin::object(const QString &dir, const QString &code,
                                                        const QString &by, const QString &text)
{
    return inOneTransaction<core::DeregistrationNotice>(
        dir,
        [&](ExchangeStore &s) {
            return NoticeRegistry(s).object(code, by, text, QDateTime::currentDateTimeUtc());
        },
        [](const core::DeregistrationNotice &) { return true; });
}

Result<QSet<QString>> LicenceAdmin::revokedCodes(const QString &dir)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store) {
        return store.error();
    }
    return store.value()->licences().codesWithStatus(core::RegisteredEntity::StatusRevoked);
}

} // namespace ow::exchange
