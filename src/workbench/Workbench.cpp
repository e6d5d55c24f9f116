#include "Workbench.h"

#include "AppSettings.h"
#include "Defaults.h"
#include "WorkbenchLog.h"
#include "core/Authority.h"
#include "core/ResidentId.h"
#include "storage/SyncStateStore.h"

#include <QDir>
#include <QUrl>

namespace ow::workbench {

Workbench::Workbench(AppSettings &s, const QString &dir, std::shared_ptr<storage::Database> database)
    : settings(s), dataDir(dir), db(std::move(database)),
      cases(db, s.workstationCode(), s.authorityDivision()), outbox(db), audit(db), search(db),
      enterprises(db), creditLists(db), creditRecords(db), notices(db), attachments(db), accounts(db),
      sheets(db), secrets(Defaults::secretService(), dir),
      sync(std::make_unique<sync::SyncEngine>(db, s.workstationCode(), s.authorityDivision()))
{
    reloadCalendar();
    const std::optional<QString> kept = storage::SyncStateStore(db).value(ExchangeAuthorityKey);
    if (kept && core::Authority::isValid(*kept)) {
        m_exchangeAuthority = *kept;
        useAuthority(m_exchangeAuthority);
    }
    // Before any window's handler: what the sign-in dialog and the window read is already the
    // exchange's authority. A refresh's answer carries it too.
    QObject::connect(sync.get(), &sync::SyncEngine::signedIn, sync.get(),
                     [this](const sync::SessionInfo &session) { adoptExchangeAuthority(session); });
    QObject::connect(sync.get(), &sync::SyncEngine::sessionChanged, sync.get(),
                     [this](const sync::SessionInfo &session) { adoptExchangeAuthority(session); });
}

void Workbench::reloadCalendar()
{
    m_calendarProblem.clear();
    m_calendar = core::WorkingCalendar::builtIn();
    const QString file = settings.calendarFile();
    if (file.isEmpty())
        return;
    auto loaded = core::WorkingCalendar::fromFile(file);
    if (!loaded) {
        m_calendarProblem = loaded.error().message;
        qCWarning(lcWorkbench) << "calendar file not used:" << file << loaded.error().message;
        return;
    }
    m_calendar = std::move(loaded).value();
}

core::StatutoryClock Workbench::clocks() const
{
    return core::StatutoryClock::builtIn().withDecisionDays(settings.timeLimitWorkingDays());
}

QString Workbench::authorityDivision() const
{
    return m_exchangeAuthority.isEmpty() ? settings.authorityDivision() : m_exchangeAuthority;
}

QString Workbench::authorityName() const
{
    const QString division = authorityDivision();
    if (division == settings.authorityDivision()) {
        return settings.authorityName();
    }
    return core::Authority::officeName(division);
}

void Workbench::adoptExchangeAuthority(const sync::SessionInfo &session)
{
    const QString division = session.counterAuthority();
    if (division.isEmpty() || division == m_exchangeAuthority) {
        return;
    }
    if (auto kept = storage::SyncStateStore(db).setValue(ExchangeAuthorityKey, division); !kept) {
        qCWarning(lcWorkbench) << "cannot keep the exchange's authority" << division << kept.error().message;
    }
    if (division != authorityDivision()) {
        qCInfo(lcWorkbench) << "registration authority" << authorityDivision() << "->" << division
                            << "(the exchange's)";
    }
    m_exchangeAuthority = division;
    useAuthority(division);
}

void Workbench::useAuthority(const QString &division)
{
    cases.setAuthorityDivision(division);
    sync->setAuthorityDivision(division);
}

ow::Result<std::shared_ptr<storage::Database>> Workbench::openCache(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir)) {
        qCWarning(lcWorkbench) << "cannot create the data folder" << dataDir;
        return Error{QStringLiteral("storage.open"),
                     tr("The data folder %1 cannot be created. Check that the disk is writable.")
                         .arg(QDir::toNativeSeparators(dataDir)),
                     {}};
    }
    return storage::Database::open(QDir(dataDir).filePath(Defaults::cacheFileName()));
}

ow::Result<std::unique_ptr<Workbench>> Workbench::open(const QString &dataDir, AppSettings &settings)
{
    auto db = openCache(dataDir);
    if (!db) {
        return db.error();
    }
    return std::unique_ptr<Workbench>(new Workbench(settings, dataDir, db.value()));
}

ow::Result<void> Workbench::configureSync()
{
    const sync::ExchangeSettings exchange = settings.exchange();
    if (!exchange.isComplete()) {
        return {};
    }
    const ow::Result<std::optional<QByteArray>> passphrase =
        secrets.read(sync::SecretStore::Pkcs12Passphrase);
    if (!passphrase) {
        return passphrase.error();
    }
    const Result<QSslConfiguration, sync::SyncError> ssl =
        sync::TlsSetup::fromSettings(exchange, passphrase.value().value_or(QByteArray()));
    if (!ssl) {
        return Error{ssl.error().code, ssl.error().message, {}};
    }
    // No refresh token is kept across starts: at a shared counter each person signs in.
    sync->configure(exchange, ssl.value());
    sync->setOfflineIssuance(settings.offlineIssuance());
    if (!ssl.value().privateKey().isNull() && !ssl.value().localCertificate().isNull()) {
        // The QR code of a licence issued offline opens the exchange's public lookup (its port).
        const QUrl lookup = exchange.url;
        m_issuer = storage::CaseStore::ProvisionalIssuer{
            ssl.value().privateKey().toPem(), ssl.value().localCertificate().toPem(),
            QStringLiteral("https://%1:8444/licence/").arg(lookup.host())};
    }
    return {};
}

const storage::CaseStore::ProvisionalIssuer *Workbench::provisionalIssuer() const
{
    return m_issuer && settings.offlineIssuance() ? &*m_issuer : nullptr;
}

core::CreditReport Workbench::creditReport(const core::OneForm &form) const
{
    return core::CreditCheck::check(form, creditLists.lookup(), core::ResidentId::chinaToday());
}

std::optional<core::CreditProfile> Workbench::creditProfile(const QString &code) const
{
    const std::optional<storage::EnterpriseRecord> enterprise = enterprises.find(code);
    if (!enterprise) {
        return std::nullopt;
    }
    const storage::CreditRecordCache::EntityRecord record = creditRecords.recordFor(enterprise->code);
    return core::CreditProfiles::build(
        enterprise->entity(), record.claims, record.records,
        creditLists.entriesFor(core::CreditSubjectKind::Entity, enterprise->code),
        core::ResidentId::chinaToday());
}

bool Workbench::hasCleanRecord(const QString &caseId) const
{
    const std::optional<core::CaseRecord> c = cases.find(caseId);
    if (!c) {
        return false;
    }
    const core::CreditReport report = creditReport(c->form);
    return !report.parties.isEmpty() && report.findings.isEmpty();
}

QString Workbench::noticesDir() const
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("notices"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace ow::workbench
