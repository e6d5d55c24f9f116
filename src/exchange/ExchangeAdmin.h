#pragma once

#include "ExchangeStore.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange {

// What the `onewindow-exchange` admin commands do, callable from tests and the fixture too.
class ExchangeAdmin
{
public:
    // CA, server certificate, signing key, portal certificate and the store: the SQLite file in
    // `dir`, or the PostgreSQL database `store` (recorded in the directory's store.conf, so every
    // later command on `dir` uses it).
    static Result<void> initialise(const QString &dir, const QStringList &extraHosts = {},
                                   const std::optional<StoreLocation> &store = std::nullopt);

    struct Enrolment
    {
        QString fingerprint;
        QString serial;
        QDateTime notAfter;
    };
    // Issues a workstation certificate, writes it as PKCS#12 (0600) to `outPath` with
    // `passphrase`, and registers its fingerprint and its registration authority (core::Authority).
    // A workstation may hold several certificates.
    static Result<Enrolment> enrol(const QString &dir, const QString &workstation, const QString &outPath,
                                   const QString &passphrase, const QString &authority);
    // Revokes every certificate of the workstation; returns how many were revoked.
    static Result<int> revoke(const QString &dir, const QString &workstation);

    // A user of registration authority `authority` (core::Authority; a province code gives the
    // provincial scope: every authority of the province).
    static Result<void> addUser(const QString &dir, const QString &id, const QString &displayName,
                                const QString &role, const QString &password, const QString &authority);
    static Result<QList<UserRecord>> users(const QString &dir);
    static Result<void> setUserDisabled(const QString &dir, const QString &id, bool disabled);
    // Lifts a sign-in lock and clears the count of wrong passwords.
    static Result<void> unlockUser(const QString &dir, const QString &id);
    static Result<QList<CertificateRecord>> certificates(const QString &dir);
    // The request log (see ExchangeStore::requestLog): what happened to the request id a clerk reads out.
    static Result<QList<RequestLogEntry>> requestLog(const QString &dir, const QString &requestId,
                                                     const QString &workstation, const QDateTime &since,
                                                     int limit);

    // The store of an exchange directory for an admin command; admin.not_initialised when `dir` is none.
    static Result<std::unique_ptr<ExchangeStore>> openStore(const QString &dir);

    // Whether `code` is a valid workstation code (W01, COUNTER-3: letters, digits, '-', at most 32).
    static bool isValidWorkstationCode(const QString &code);
    // admin.invalid unless `authority` is a registration authority (core::Authority::isValid).
    static Result<void> checkAuthority(const QString &authority);
    // The first line of a passphrase or password file, without its line end.
    static Result<QString> readSecretFile(const QString &path);
};

} // namespace ow::exchange
