#pragma once

#include "core/CreditProfile.h"
#include "core/Result.h"
#include "core/StatutoryClock.h"
#include "core/WorkingCalendar.h"
#include "storage/AccountStore.h"
#include "storage/AttachmentStore.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/CreditListCache.h"
#include "storage/CreditRecordCache.h"
#include "storage/Database.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/NoticeCache.h"
#include "storage/OutboxStore.h"
#include "storage/SearchIndex.h"
#include "storage/SheetLedger.h"
#include "sync/SecretStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

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
    storage::CreditListCache creditLists;     // the credit lists as of the last sync
    storage::CreditRecordCache creditRecords; // departments' claims and records as of the last sync
    storage::NoticeCache notices;             // simplified deregistrations' notices as of the last sync
    storage::AttachmentStore attachments;
    storage::AccountStore accounts;
    storage::SheetLedger sheets; // numbered blank stock of licences

    sync::SecretStore secrets;
    std::unique_ptr<sync::SyncEngine> sync;

    QString noticesDir() const; // where notice PDFs are written
    // The form's parties checked against the cached credit lists today (China's date).
    core::CreditReport creditReport(const core::OneForm &form) const;
    // The credit record of registered entity `code` today (China's date) from the enterprise cache,
    // the departments' claims and records and the lists' entries about it; none when the cache does
    // not know the entity.
    std::optional<core::CreditProfile> creditProfile(const QString &code) const;
    // Whether every party of the case was checked and none is on a list: the green channel (优先办理).
    bool hasCleanRecord(const QString &caseId) const;

    // The registration authority of this counter's new cases, receipt numbers and name checks: the
    // one the exchange gave at the last online sign-in (kept in the cache, so an offline sign-in
    // knows it too), else the settings' (a counter that never reached an exchange).
    QString authorityDivision() const;
    // The exchange's authority for this workstation; empty until an online sign-in gave one.
    QString exchangeAuthority() const { return m_exchangeAuthority; }
    // The office's name printed on notices: the settings' when they name the authority in use,
    // else the name of the exchange's authority (core::Authority::officeName).
    QString authorityName() const;
    // Takes the authority of an online sign-in's answer (sync::SessionInfo::counterAuthority), keeps
    // it in the cache and gives it to the stores; an answer without one changes nothing.
    void adoptExchangeAuthority(const sync::SessionInfo &session);

    // Points the sync engine at the exchange of the settings, with the workstation certificate's
    // passphrase from the secret store. Ok when not configured at all (the counter works offline);
    // an error says what is wrong with the configuration.
    ow::Result<void> configureSync();
    bool syncConfigured() const { return sync && sync->isConfigured(); }
    // What signs a licence issued while the exchange cannot be reached: the workstation's identity
    // at the exchange; none before configureSync() found one, or when the office does not allow it.
    const storage::CaseStore::ProvisionalIssuer *provisionalIssuer() const;

    // The office's working-day calendar: the settings' file when it loads, else the built-in one
    // (calendarProblem() then says why the file was not used). Read again by reloadCalendar().
    const core::WorkingCalendar &calendar() const { return m_calendar; }
    QString calendarProblem() const { return m_calendarProblem; }
    void reloadCalendar();
    // The statutory clocks, with the office's decision limit (AppSettings::timeLimitWorkingDays).
    core::StatutoryClock clocks() const;

    static inline const QString ExchangeAuthorityKey = QStringLiteral("exchange.authority");

private:
    std::optional<storage::CaseStore::ProvisionalIssuer> m_issuer;
    Workbench(AppSettings &settings, const QString &dataDir, std::shared_ptr<storage::Database> db);
    void useAuthority(const QString &division);

    QString m_exchangeAuthority;
    core::WorkingCalendar m_calendar;
    QString m_calendarProblem;
};

} // namespace ow::workbench
