#pragma once

// A counter with no exchange for the GUI tests: the real Workbench over a SQLite cache in the
// test's directory, and local accounts to sign in with (header-only: only GUI tests include it).
#include "core/CaseState.h"
#include "security/PasswordHash.h"
#include "storage/AccountStore.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QDir>
#include <QString>

#include <memory>

namespace ow::test {

struct OfflineCounter
{
    std::unique_ptr<workbench::AppSettings> settings;
    std::unique_ptr<workbench::Workbench> wb;
    QString error; // why the workbench did not open
};

// Workstation `code` of `authority`, its settings in `dir`/settings.ini, its cache in `dir`/data.
inline OfflineCounter openOfflineCounter(const QString &dir, const QString &code,
                                         const QString &authority = QStringLiteral("140105"))
{
    OfflineCounter counter;
    counter.settings =
        std::make_unique<workbench::AppSettings>(QDir(dir).filePath(QStringLiteral("settings.ini")));
    counter.settings->setWorkstationCode(code);
    counter.settings->setAuthorityDivision(authority);
    auto opened = workbench::Workbench::open(QDir(dir).filePath(QStringLiteral("data")), *counter.settings);
    if (opened) {
        counter.wb = std::move(opened.value());
    } else {
        counter.error = opened.error().message;
    }
    return counter;
}

// A local account of `role` signing in with `password` (scrypt's cost made small for tests).
inline storage::LocalAccount localAccount(const QString &id, const QString &name, core::Role role,
                                          const QString &password)
{
    storage::LocalAccount account;
    account.userId = id;
    account.displayName = name;
    account.role = role;
    account.verifier = security::PasswordHash::make(password, {10, 8, 1});
    return account;
}

} // namespace ow::test
