// next-step --dir D [--user NAME]: what an office's IT staff does next with an installed exchange,
// read off its data folder — initialise it, add the first administrator, enrol a workstation, start
// the service — with the exact command for it. The Debian package's postinst prints it.
#include "CommandLine.h"
#include "Commands.h"
#include "core/CaseState.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"

#include <QFileInfo>
#include <QHostInfo>

#include <algorithm>
#include <unistd.h>

namespace ow::exchange::cli {

namespace {

// The store is opened only by the folder's owner: a file SQLite made for anyone else (its -wal and
// -shm) would lock the service out of its own store.
bool ownedByCaller(const QString &dir)
{
    return QFileInfo(dir).ownerId() == ::getuid();
}

void step(int number, const QString &what, const QString &command)
{
    out() << number << ". " << what << '\n' << "   " << command << '\n';
}

} // namespace

int nextStep(Options &options, const QString & /*sub*/)
{
    const QString dir = options.required(QStringLiteral("dir"));
    const QString user = options.value(QStringLiteral("user")).value_or(QStringLiteral("onewindow-exchange"));
    if (!options.errors().isEmpty()) {
        return usageError(options.errors());
    }
    const QString as = QStringLiteral("sudo -u %1 onewindow-exchange").arg(user);
    const bool initialised = QFileInfo::exists(ExchangePaths(dir).caCert());
    bool hasAdmin = false;
    bool hasWorkstation = false;
    if (initialised && ownedByCaller(dir)) {
        if (const auto users = ExchangeAdmin::users(dir)) {
            hasAdmin = std::any_of(users.value().cbegin(), users.value().cend(), [](const UserRecord &u) {
                return u.role == ow::core::Role::Admin && !u.disabled;
            });
        }
        if (const auto certificates = ExchangeAdmin::certificates(dir)) {
            hasWorkstation = std::any_of(
                certificates.value().cbegin(), certificates.value().cend(), [](const CertificateRecord &c) {
                    return c.kind == QLatin1StringView("workstation") && !c.revoked();
                });
        }
    }
    const bool knowsMore = ownedByCaller(dir);
    out() << "OneWindow exchange, data folder " << dir << ":\n";
    int number = 1;
    if (!initialised) {
        step(
            number++,
            QStringLiteral("Initialise it (certificate authority, server certificate for this host, store):"),
            QStringLiteral("%1 init --dir %2 --host %3").arg(as, dir, QHostInfo::localHostName()));
    }
    if (!hasAdmin) {
        step(number++,
             knowsMore || !initialised
                 ? QStringLiteral("Add the first administrator (the password from a file only you can read):")
                 : QStringLiteral("If there is no administrator yet, add one:"),
             QStringLiteral("%1 user add --dir %2 --id admin01 --name 管理员 --role admin --authority 140000 "
                            "--password-file /root/admin.password")
                 .arg(as, dir));
    }
    if (!hasWorkstation) {
        step(number++,
             QStringLiteral(
                 "Enrol each counter workstation (give the .p12 and its passphrase to the counter):"),
             QStringLiteral("%1 enrol --dir %2 --workstation W01 --authority 140105 --out /tmp/W01.p12 "
                            "--passphrase-file /root/W01.passphrase")
                 .arg(as, dir));
    }
    step(number++, QStringLiteral("Start the exchange now and at every boot:"),
         QStringLiteral("sudo systemctl enable --now onewindow-exchange"));
    out() << "   The counters connect to https://" << QHostInfo::localHostName() << ":8443 with "
          << ExchangePaths(dir).caCert() << " as the certificate authority.\n";
    return 0;
}

} // namespace ow::exchange::cli
