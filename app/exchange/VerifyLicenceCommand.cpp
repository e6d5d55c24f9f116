// onewindow-exchange verify-licence: a licence's QR text verified offline with the registry CA's
// certificate (security::LicenceSeal; docs/licence-signature.md).
#include "CommandLine.h"
#include "Commands.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"
#include "exchange/LicenceAdmin.h"
#include "security/LicenceSeal.h"

#include <QFile>
#include <QSet>

#include <cstdio>

namespace ow::exchange::cli {
namespace {

using security::LicenceSeal;
using security::SealCheck;

// Enough for any QR code; more is read only to be refused as too long.
constexpr qint64 MaxInputBytes = 64 * 1024;
constexpr qint64 MaxCaBytes = 1024 * 1024;

Result<QByteArray> readBounded(const QString &path, qint64 max)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("licence.cannot_read"),
                     QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                     {}};
    }
    return file.read(max + 1);
}

Result<QByteArray> readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return Error{QStringLiteral("licence.cannot_read"), QStringLiteral("Cannot read standard input"), {}};
    }
    return in.read(MaxInputBytes + 1);
}

// The revoked workstation certificates the exchange's store knows of, or none (with a warning).
QSet<QString> revokedSerialsOf(const QString &dir)
{
    QSet<QString> serials;
    const auto certificates = ExchangeAdmin::certificates(dir);
    if (!certificates) {
        err() << "onewindow-exchange: warning: cannot read the revoked certificates of " << dir << " ("
              << certificates.error().message << "); checking without them.\n";
        return serials;
    }
    for (const CertificateRecord &c : certificates.value()) {
        if (c.revoked()) {
            serials.insert(c.serial);
        }
    }
    return serials;
}

void printEssentials(const security::LicenceEssentials &e)
{
    const auto line = [](const char *label, const QString &value) {
        out() << label << (value.isEmpty() ? QStringLiteral("-") : value) << '\n';
    };
    line("Credit code:            ", e.creditCode);
    line("Name:                   ", e.name);
    line("Entity type:            ", e.entityType);
    line("Legal representative:   ", e.legalRepresentative);
    line("Registered capital:     ", e.registeredCapital);
    line("Established on:         ", e.establishedOn.toString(Qt::ISODate));
    line("Domicile:               ", e.domicile);
    line("Registration authority: ", e.authorityName);
    line("Issued on:              ", e.issuedOn.toString(Qt::ISODate));
    line("Sheet number:           ", e.sheetNumber);
    line("Provisional:            ", e.provisional ? QStringLiteral("yes") : QStringLiteral("no"));
}

void printCheck(const SealCheck &check)
{
    out() << "Verdict: " << LicenceSeal::verdictName(check.verdict) << '\n';
    out() << "Why:     " << check.reason << '\n';
    if (!check.signerSubject.isEmpty()) {
        out() << "Signer:  " << check.signerSubject << " (serial " << check.signerSerial << ", "
              << LicenceSeal::algorithmName(check.algorithm) << ")\n";
    }
    if (check.essentials.creditCode.isEmpty()) {
        return;
    }
    const bool trusted = check.verdict == SealCheck::Verdict::Valid ||
                         check.verdict == SealCheck::Verdict::Provisional ||
                         check.verdict == SealCheck::Verdict::Revoked;
    out() << (trusted ? "The licence says:\n" : "What it claims (not to be trusted):\n");
    printEssentials(check.essentials);
}

int exitCodeOf(SealCheck::Verdict verdict)
{
    return verdict == SealCheck::Verdict::Valid ? 0 : verdict == SealCheck::Verdict::Provisional ? 2 : 1;
}

} // namespace

int verifyLicence(Options &options, const QString & /*sub*/)
{
    const std::optional<QString> ca = options.value(QStringLiteral("ca"));
    const std::optional<QString> dir = options.value(QStringLiteral("dir"));
    const std::optional<QString> file = options.value(QStringLiteral("file"));
    const QStringList revokedCodes = options.values(QStringLiteral("revoked-code"));
    const QStringList revokedSerials = options.values(QStringLiteral("revoked-serial"));
    const QStringList texts = options.positionals();
    QStringList errors = options.errors();
    if (!ca && !dir) {
        errors.append(QStringLiteral("--ca FILE or --dir D is required (the registry CA's certificate)"));
    }
    if (texts.size() > 1 || (!texts.isEmpty() && file)) {
        errors.append(
            QStringLiteral("give one QR text: as the argument, with --file F, or on standard input"));
    }
    if (!errors.isEmpty()) {
        usageError(errors);
        return 1; // 2 means provisional here
    }
    const QString caPath = ca.value_or(dir ? ExchangePaths(*dir).caCert() : QString());
    const Result<QByteArray> caPem = readBounded(caPath, MaxCaBytes);
    if (!caPem) {
        return fail(caPem.error());
    }
    const Result<QByteArray> input = !texts.isEmpty() ? Result<QByteArray>(texts.first().toUtf8())
                                     : file           ? readBounded(*file, MaxInputBytes)
                                                      : readStdin();
    if (!input) {
        return fail(input.error());
    }
    QSet<QString> serials(revokedSerials.begin(), revokedSerials.end());
    QSet<QString> codes(revokedCodes.begin(), revokedCodes.end());
    if (dir) {
        serials += revokedSerialsOf(*dir);
        if (const auto revoked = LicenceAdmin::revokedCodes(*dir); revoked) {
            codes += revoked.value();
        } else {
            err() << "onewindow-exchange: warning: cannot read the revoked licences of " << *dir << " ("
                  << revoked.error().message << "); checking without them.\n";
        }
    }
    const SealCheck check = LicenceSeal::verify(input.value().trimmed(), caPem.value(), codes, serials);
    printCheck(check);
    out().flush();
    return exitCodeOf(check.verdict);
}

} // namespace ow::exchange::cli
