#include "ExchangeAdmin.h"

#include "ExchangeLog.h"
#include "ExchangePaths.h"
#include "Pki.h"
#include "core/Authority.h"
#include "core/WorkstationCode.h"
#include "security/PasswordHash.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ow::exchange {
namespace {

const QString AdminConnection = QStringLiteral("onewindow-exchange-admin");

} // namespace

Result<std::unique_ptr<ExchangeStore>> ExchangeAdmin::openStore(const QString &dir)
{
    const ExchangePaths paths(dir);
    if (!QFileInfo::exists(paths.caCert())) {
        return Error{
            QStringLiteral("admin.not_initialised"),
            QStringLiteral("%1 is not an exchange directory; run `onewindow-exchange init --dir %1` first.")
                .arg(paths.root),
            {}};
    }
    return ExchangeStore::openDirectory(dir, AdminConnection);
}

namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("admin.invalid"), message, {}};
}

} // namespace

bool ExchangeAdmin::isValidWorkstationCode(const QString &code)
{
    return core::WorkstationCode::isValid(code);
}

Result<void> ExchangeAdmin::checkAuthority(const QString &authority)
{
    if (!core::Authority::isValid(authority)) {
        return invalid(QStringLiteral("\"%1\" is not a registration authority (--authority): a 6-digit GB/T "
                                      "2260 division code that exists, e.g. 140105 for 小店区, or a "
                                      "province's code such as 140000 for the provincial scope.")
                           .arg(authority));
    }
    return {};
}

Result<QString> ExchangeAdmin::readSecretFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return invalid(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r'))) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        return invalid(QStringLiteral("%1 is empty.").arg(path));
    }
    return line;
}

Result<void> ExchangeAdmin::initialise(const QString &dir, const QStringList &extraHosts,
                                       const std::optional<StoreLocation> &store)
{
    const ExchangePaths paths(dir);
    const StoreLocation location = store.value_or(StoreLocation::sqlite(paths.database()));
    if (location.isPostgres()) {
        // Reachable and not another exchange's, before anything is written to the directory.
        auto opened = ExchangeStore::open(location, AdminConnection);
        if (!opened) {
            return opened.error();
        }
        const auto existing = opened.value()->workstations().list();
        if (!existing) {
            return existing.error();
        }
        if (!existing.value().isEmpty()) {
            return invalid(QStringLiteral("%1 already holds an exchange; for another exchange process copy "
                                          "the first one's directory instead of running init again.")
                               .arg(location.display()));
        }
    }
    if (auto made = Pki::initialise(paths, extraHosts); !made) {
        return made;
    }
    if (location.isPostgres()) {
        if (auto written = StoreLocation::writeForDirectory(dir, location); !written) {
            return written;
        }
    }
    QFile portalPem(paths.portalCert());
    if (!portalPem.open(QIODevice::ReadOnly)) {
        return invalid(QStringLiteral("Cannot read %1").arg(paths.portalCert()));
    }
    auto opened = ExchangeStore::open(location, AdminConnection);
    if (!opened) {
        return opened.error();
    }
    CertificateRecord portal;
    portal.fingerprint = Pki::fingerprintOfPem(portalPem.readAll());
    portal.code = QStringLiteral("portal");
    portal.kind = QStringLiteral("service");
    portal.issuedAt = QDateTime::currentDateTimeUtc();
    portal.notAfter = portal.issuedAt.addDays(Pki::ServerDays);
    return opened.value()->workstations().add(portal);
}

Result<ExchangeAdmin::Enrolment> ExchangeAdmin::enrol(const QString &dir, const QString &workstation,
                                                      const QString &outPath, const QString &passphrase,
                                                      const QString &authority)
{
    if (!isValidWorkstationCode(workstation)) {
        return invalid(
            QStringLiteral(
                "\"%1\" is not a workstation code: 2 to 8 capital letters or digits (it is part of every "
                "receipt number).")
                .arg(workstation));
    }
    if (passphrase.size() < 8) {
        return invalid(QStringLiteral("The PKCS#12 passphrase must have at least 8 characters."));
    }
    if (auto checked = checkAuthority(authority); !checked) {
        return checked.error();
    }
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    const ExchangePaths paths(dir);
    const Result<IssuedCertificate> issued =
        Pki::issueClient(paths, workstation, CertificateKind::Workstation);
    if (!issued) {
        return issued.error();
    }
    QFile caFile(paths.caCert());
    if (!caFile.open(QIODevice::ReadOnly)) {
        return invalid(QStringLiteral("Cannot read %1").arg(paths.caCert()));
    }
    const Result<QByteArray> p12 = Pki::toPkcs12(issued.value(), caFile.readAll(), passphrase, workstation);
    if (!p12) {
        return p12.error();
    }
    if (auto written = Pki::writeSecretFile(outPath, p12.value()); !written) {
        return written.error();
    }
    CertificateRecord record;
    record.fingerprint = issued.value().fingerprint;
    record.code = workstation;
    record.kind = QStringLiteral("workstation");
    record.serial = issued.value().serial;
    record.issuedAt = QDateTime::currentDateTimeUtc();
    record.notAfter = issued.value().notAfter;
    record.authority = authority;
    if (auto added = store.value()->workstations().add(record); !added) {
        QFile::remove(outPath);
        return added.error();
    }
    qCInfo(lcExchangePki) << "enrolled" << workstation << "of authority" << authority << record.fingerprint;
    return Enrolment{record.fingerprint, record.serial, record.notAfter};
}

Result<int> ExchangeAdmin::revoke(const QString &dir, const QString &workstation)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    const Result<int> revoked =
        store.value()->workstations().revoke(workstation, QDateTime::currentDateTimeUtc());
    if (revoked && revoked.value() == 0) {
        return invalid(QStringLiteral("No valid certificate of workstation %1 to revoke.").arg(workstation));
    }
    return revoked;
}

Result<void> ExchangeAdmin::addUser(const QString &dir, const QString &id, const QString &displayName,
                                    const QString &role, const QString &password, const QString &authority)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!idPattern.match(id).hasMatch()) {
        return invalid(
            QStringLiteral("\"%1\" is not a user id (lowercase letters, digits, '.', '_', '-').").arg(id));
    }
    if (displayName.trimmed().isEmpty()) {
        return invalid(QStringLiteral("A user needs a name (--name)."));
    }
    const std::optional<core::Role> parsed = core::CaseStates::roleFromKey(role);
    if (!parsed) {
        return invalid(QStringLiteral("\"%1\" is not a role: clerk, supervisor or admin.").arg(role));
    }
    if (password.size() < 8) {
        return invalid(QStringLiteral("The password must have at least 8 characters."));
    }
    if (auto checked = checkAuthority(authority); !checked) {
        return checked;
    }
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    if (auto existing = store.value()->users().find(id); !existing) {
        return existing.error();
    } else if (existing.value()) {
        return invalid(QStringLiteral("User %1 exists already.").arg(id));
    }
    UserRecord user;
    user.id = id;
    user.displayName = displayName.trimmed();
    user.role = *parsed;
    user.verifier = security::PasswordHash::make(password);
    user.createdAt = QDateTime::currentDateTimeUtc();
    user.authority = authority;
    if (user.verifier.isEmpty()) {
        return invalid(QStringLiteral("Cannot hash the password."));
    }
    return store.value()->users().add(user);
}

Result<QList<UserRecord>> ExchangeAdmin::users(const QString &dir)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    return store.value()->users().list();
}

Result<void> ExchangeAdmin::setUserDisabled(const QString &dir, const QString &id, bool disabled)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    const Result<bool> changed = store.value()->users().setDisabled(id, disabled);
    if (!changed) {
        return changed.error();
    }
    if (!changed.value()) {
        return invalid(QStringLiteral("No user %1.").arg(id));
    }
    return {};
}

Result<void> ExchangeAdmin::unlockUser(const QString &dir, const QString &id)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    const Result<bool> changed = store.value()->users().clearSignInFailures(id);
    if (!changed) {
        return changed.error();
    }
    if (!changed.value()) {
        return invalid(QStringLiteral("No user %1.").arg(id));
    }
    return {};
}

Result<QList<RequestLogEntry>> ExchangeAdmin::requestLog(const QString &dir, const QString &requestId,
                                                         const QString &workstation, const QDateTime &since,
                                                         int limit)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    return store.value()->requestLog().find(requestId, workstation, since, limit);
}

Result<QList<CertificateRecord>> ExchangeAdmin::certificates(const QString &dir)
{
    auto store = openStore(dir);
    if (!store) {
        return store.error();
    }
    return store.value()->workstations().list();
}

} // namespace ow::exchange
