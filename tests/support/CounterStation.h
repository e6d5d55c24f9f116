#pragma once

#include "support/ExchangeFixture.h"
#include "workbench/AppSettings.h"
#include "workbench/Workbench.h"

#include <QString>

#include <memory>

namespace ow::test {

// A counter workstation of the GUI tests: its own data directory and settings file, the real
// Workbench (SQLite cache, SyncEngine) configured with the fixture's certificate for `code`.
struct CounterStation
{
    std::unique_ptr<workbench::AppSettings> settings;
    std::unique_ptr<workbench::Workbench> wb;

    explicit operator bool() const { return wb != nullptr; }
};

// Opens workstation `code` under `dir` (data-<code>, settings-<code>.ini) connected to `exchange`;
// `prepare` may change its settings before the workbench opens. Empty, with `error` set, on failure.
CounterStation openCounter(const ExchangeFixture &exchange, const QString &dir, const QString &code,
                           QString *error = nullptr,
                           const std::function<void(workbench::AppSettings &)> &prepare = {});

// Signs `user` in online with `password` (the fixture's when empty) and waits for the sync that
// follows; false when the sign-in fails or the sync does not finish within 20 s.
bool signInAndSync(workbench::Workbench &wb, const QString &user, const QString &password = {});

// Runs one sync now and waits for it to finish; false if it does not within 30 s.
bool syncOnce(workbench::Workbench &wb);

} // namespace ow::test
