#pragma once

// A counter as the sync integration tests need it: its own cache in a temporary directory, the
// case store and the real SyncEngine configured for a test exchange (ExchangeFixture).

#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "support/ExchangeFixture.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>

#include <memory>

namespace ow::test {

struct SyncClient
{
    QTemporaryDir dir;
    std::shared_ptr<storage::Database> db;
    std::unique_ptr<storage::CaseStore> cases;
    std::unique_ptr<sync::SyncEngine> engine;

    // Online sign-in, and the sync it starts; false when either failed.
    bool signIn(const QString &user, int timeoutMs = 60000);
    // The same for a user the test added with its own password.
    bool signIn(const QString &user, const QString &password, int timeoutMs = 60000);
    // One sync; its result (false also when it did not finish in time).
    bool sync(int timeoutMs = 60000);
};

// Workstation `code` of `exchange` with its own enrolled certificate; `authority` is the counter's
// authority division. Null (with a warning) when the cache or the TLS set-up failed.
std::unique_ptr<SyncClient> makeSyncClient(const ExchangeFixture &exchange, const QString &code,
                                           const QString &authority);
// The same with the TLS material given: `caBundle` as the only trust, the PKCS#12 `p12` (none when
// empty) and its passphrase; `code` is the local workstation code.
std::unique_ptr<SyncClient> makeSyncClient(const QUrl &url, const QString &caBundle, const QString &p12,
                                           const QString &passphrase, const QString &code,
                                           const QString &authority);

} // namespace ow::test
