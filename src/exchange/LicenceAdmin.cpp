#include "LicenceAdmin.h"

#include "ExchangeAdmin.h"
#include "LicenceRegistry.h"
#include "NoticeRegistry.h"

#include <QDateTime>

namespace ow::exchange {

Result<bool> LicenceAdmin::revoke(const QString &dir, const QString &code, const QString &decision,
                                  const QDate &decidedOn)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store) {
        return store.error();
    }
    ExchangeStore &s = *store.value();
    if (auto begun = s.begin(); !begun) {
        return begun.error();
    }
    const Result<bool> revoked =
        LicenceRegistry(s).revoke(code, decision, decidedOn, QDateTime::currentDateTimeUtc());
    if (!revoked || !revoked.value()) {
        s.rollback();
        return revoked;
    }
    if (auto committed = s.commit(); !committed) {
        return committed.error();
    }
    return true;
}

Result<bool> LicenceAdmin::deregister(const QString &dir, const QString &code, const QDate &on)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store) {
        return store.error();
    }
    ExchangeStore &s = *store.value();
    if (auto begun = s.begin(); !begun) {
        return begun.error();
    }
    const Result<bool> done = LicenceRegistry(s).deregister(code, on, QDateTime::currentDateTimeUtc());
    if (!done || !done.value()) {
        s.rollback();
        return done;
    }
    if (auto committed = s.commit(); !committed) {
        return committed.error();
    }
    return true;
}

Result<core::DeregistrationNotice> LicenceAdmin::object(const QString &dir, const QString &code,
                                                        const QString &by, const QString &text)
{
    auto store = ExchangeAdmin::openStore(dir);
    if (!store) {
        return store.error();
    }
    ExchangeStore &s = *store.value();
    if (auto begun = s.begin(); !begun) {
        return begun.error();
    }
    const auto objected = NoticeRegistry(s).object(code, by, text, QDateTime::currentDateTimeUtc());
    if (!objected) {
        s.rollback();
        return objected;
    }
    if (auto committed = s.commit(); !committed) {
        return committed.error();
    }
    return objected;
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
