#pragma once

#include "core/Result.h"
#include "storage/AccountStore.h"
#include "storage/AttachmentStore.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/OutboxStore.h"
#include "storage/SearchIndex.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace ow::workbench {

class AppSettings;

// Everything a signed-in counter works with: the local cache and its stores, opened once, the
// secret store and the sync engine. No widgets: the window (ui/) and tools use it alike.
class Workbench
{
    Q_DECLARE_TR_FUNCTIONS(Workbench)
public:
    // Opens (or creates) the case cache `cases.sqlite` in `dataDir`.
    static ow::Result<std::unique_ptr<Workbench>> open(const QString &dataDir, AppSettings &settings);
    // Only the cache: creates `dataDir` if needed and opens `cases.sqlite` in it (moved aside when
    // damaged, see storage::Database). What the headless sync tool opens.
    static ow::Result<std::shared_ptr<storage::Database>> openCache(const QString &dataDir);

    AppSettings &settings;
    QString dataDir;
    std::shared_ptr<storage::Database> db;
    storage::CaseStore cases;
    storage::OutboxStore outbox;
    storage::AuditJournal audit;
    storage::SearchIndex search;
    storage::EnterpriseDirectory enterprises;
    storage::AttachmentStore attachments;
    storage::AccountStore accounts;

    sync::SecretStore secrets;
    std::unique_ptr<sync::SyncEngine> sync;

    QString noticesDir() const; // where notice PDFs are written

    // Points the sync engine at the exchange of the settings, with the workstation certificate's
    // passphrase from the secret store. Ok when not configured at all (the counter works offline);
    // an error says what is wrong with the configuration.
    ow::Result<void> configureSync();
    bool syncConfigured() const { return sync && sync->isConfigured(); }

private:
    Workbench(AppSettings &settings, const QString &dataDir, std::shared_ptr<storage::Database> db);
};

} // namespace ow::workbench
