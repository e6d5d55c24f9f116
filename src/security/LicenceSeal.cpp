#include "LicenceSeal.h"

#include "SealChain.h"
#include "SealOpenSsl.h"

#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <openssl/x509v3.h>

namespace ow::security {
namespace {

Q_LOGGING_CATEGORY(lcSeal, "onewindow.security.seal")

using Verdict = SealCheck::Verdict;

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// The parts of a QR text, as read; nothing in them is trusted yet.
struct Parts
{
    QByteArray address;    // before '#': the lookup page of the code
    QByteArray signedText; // everything the signature covers: up to the '.' before it
    QByteArray json;
    QByteArray signature;
    QByteArray certificate;
    bool canonical = true; // false when a part's base64 is not the one seal() writes
};

bool isPrintableAscii(const QByteArray &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Strict base64url without padding: nullopt for any other character. `canonical` is cleared when
// the text is not exactly what encoding the bytes gives (spare bits set).
std::optional<QByteArray> decode(const QByteArray &text, bool &canonical)
{
    if (text.isEmpty() || text.contains('=')) {
        return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    canonical = canonical && result.decoded.toBase64(Base64Url) == text;
    return result.decoded;
}

Result<Parts> split(const QByteArray &qrText)
{
    const auto bad = [](const QString &why) {
        return Error{QStringLiteral("seal.malformed"), why, {}};
    };
    if (qrText.isEmpty()) {
        return bad(LicenceSeal::tr("The QR code is empty."));
    }
    if (qrText.size() > LicenceSeal::MaxQrTextBytes) {
        return bad(LicenceSeal::tr("The QR code holds %1 bytes; a licence's holds at most %2.")
                       .arg(qrText.size())
                       .arg(LicenceSeal::MaxQrTextBytes));
    }
    if (!isPrintableAscii(qrText)) {
        return bad(LicenceSeal::tr("The QR code holds characters a licence's never does (spaces, control "
                                   "characters or non-ASCII bytes)."));
    }
    const qsizetype hash = qrText.indexOf('#');
    const QByteArray marker = QByteArray(LicenceSeal::Marker) + '.';
    if (hash < 0 || !qrText.mid(hash + 1).startsWith(marker)) {
        return bad(LicenceSeal::tr("This is not a licence's QR code: it has no \"#%1.\" after the address.")
                       .arg(QLatin1StringView(LicenceSeal::Marker)));
    }
    const QList<QByteArray> fields = qrText.mid(hash + 1 + marker.size()).split('.');
    if (fields.size() != 3) {
        return bad(LicenceSeal::tr("The licence's QR code has %1 parts after \"#%2.\" instead of 3 (data, "
                                   "signature, certificate): it is cut short or was changed.")
                       .arg(fields.size())
                       .arg(QLatin1StringView(LicenceSeal::Marker)));
    }
    Parts parts;
    parts.address = qrText.left(hash);
    parts.signedText = qrText.left(hash + 1 + marker.size() + fields.at(0).size());
    const auto json = decode(fields.at(0), parts.canonical);
    const auto signature = decode(fields.at(1), parts.canonical);
    const auto certificate = decode(fields.at(2), parts.canonical);
    if (!json || !signature || !certificate) {
        return bad(LicenceSeal::tr("A part of the licence's QR code is not base64url text."));
    }
    parts.json = *json;
    parts.signature = *signature;
    parts.certificate = *certificate;
    return parts;
}

enum class Role
{
    Authority,
    Workstation,
    None
};

// What the signer's certificate lets it sign: the authority's signing certificate and the
// workstations' (OU), for digital signatures, and never a CA.
Role roleOf(X509 *signer)
{
    const bool signs = (X509_get_key_usage(signer) & KU_DIGITAL_SIGNATURE) != 0 && X509_check_ca(signer) == 0;
    const QString unit = seal::organisationalUnit(signer);
    if (!signs) {
        return Role::None;
    }
    if (unit == QLatin1StringView(LicenceSeal::AuthorityUnit)) {
        return Role::Authority;
    }
    return unit == QLatin1StringView(LicenceSeal::WorkstationUnit) ? Role::Workstation : Role::None;
}

// A serial as compared: lowercase hex without separators and leading zeros.
QString normalisedSerial(const QString &serial)
{
    QString hex = serial.toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    while (hex.size() > 1 && hex.startsWith(QLatin1Char('0'))) {
        hex.remove(0, 1);
    }
    return hex;
}

bool isRevokedSerial(const QSet<QString> &revoked, const QString &serial)
{
    const QString wanted = normalisedSerial(serial);
    return std::any_of(revoked.begin(), revoked.end(),
                       [&](const QString &s) { return normalisedSerial(s) == wanted; });
}

SealCheck &judge(SealCheck &check, Verdict verdict, const QString &reason)
{
    check.verdict = verdict;
    check.reason = reason;
    return check;
}

// The verdict on a QR whose signature verified and whose signer chains to the CA.
SealCheck &classify(SealCheck &check, X509 *signer, const QSet<QString> &revokedCodes,
                    const QSet<QString> &revokedSerials)
{
    const Role role = roleOf(signer);
    if (role == Role::None) {
        return judge(check, Verdict::UnknownKey,
                     LicenceSeal::tr("The signer's certificate (%1) is this CA's, but not one that signs "
                                     "licences (the authority's signing certificate or a workstation's).")
                         .arg(check.signerSubject));
    }
    if (role == Role::Workstation && !check.essentials.provisional) {
        return judge(
            check, Verdict::Altered,
            LicenceSeal::tr("A workstation signed this licence, but it does not say it is provisional: "
                            "only the registration authority confirms a licence."));
    }
    if (revokedCodes.contains(check.essentials.creditCode)) {
        return judge(check, Verdict::Revoked,
                     LicenceSeal::tr("The licence of %1 is genuine but has been revoked.")
                         .arg(check.essentials.creditCode));
    }
    if (isRevokedSerial(revokedSerials, check.signerSerial)) {
        return judge(check, Verdict::Revoked,
                     LicenceSeal::tr("The licence is genuine, but the certificate that signed it (serial %1) "
                                     "has been revoked.")
                         .arg(check.signerSerial));
    }
    if (role == Role::Workstation) {
        return judge(
            check, Verdict::Provisional,
            LicenceSeal::tr("Provisional: printed during an outage and signed by workstation %1, not "
                            "yet confirmed by the registration authority.")
                .arg(seal::commonName(signer)));
    }
    if (check.essentials.provisional) {
        return judge(
            check, Verdict::Provisional,
            LicenceSeal::tr("Provisional: the registration authority signed it as not yet confirmed."));
    }
    return judge(check, Verdict::Valid,
                 LicenceSeal::tr("Signed by the registration authority (%1) with %2.")
                     .arg(check.signerSubject, LicenceSeal::algorithmName(check.algorithm)));
}

Error sealError(const char *code, const QString &message)
{
    qCWarning(lcSeal) << "cannot seal:" << code << message;
    return Error{QString::fromLatin1(code), message, {}};
}

// Whether the signer may sign these essentials: the authority's certificate what is confirmed, a
// workstation's what is provisional; and its certificate valid on the date of issue.
Result<void> checkSigner(X509 *cert, const LicenceEssentials &essentials)
{
    const Role role = roleOf(cert);
    if (role == Role::None) {
        return sealError("seal.wrong_signer",
                         LicenceSeal::tr("The certificate %1 does not sign licences: that is the authority's "
                                         "signing certificate (OU=%2) or a workstation's (OU=%3).")
                             .arg(seal::subjectLine(cert), QLatin1StringView(LicenceSeal::AuthorityUnit),
                                  QLatin1StringView(LicenceSeal::WorkstationUnit)));
    }
    if ((role == Role::Workstation) != essentials.provisional) {
        return sealError(
            "seal.wrong_signer",
            role == Role::Workstation
                ? LicenceSeal::tr("A workstation signs only provisional licences.")
                : LicenceSeal::tr("The registration authority's signature confirms a licence: it "
                                  "does not sign a provisional one."));
    }
    const QDateTime at = seal::judgedAt(cert, essentials.issuedOn);
    if (at < seal::notBefore(cert) || at > seal::notAfter(cert)) {
        return sealError("seal.certificate_not_valid",
                         LicenceSeal::tr("The signer's certificate (valid %1 to %2) is not valid on the "
                                         "licence's date of issue, %3.")
                             .arg(seal::notBefore(cert).toString(Qt::ISODate),
                                  seal::notAfter(cert).toString(Qt::ISODate),
                                  essentials.issuedOn.toString(Qt::ISODate)));
    }
    return {};
}

Result<void> checkPrefix(const QString &prefix)
{
    const QByteArray bytes = prefix.toLatin1();
    if (QString::fromLatin1(bytes) != prefix || bytes.size() > LicenceSeal::MaxLookupPrefixBytes ||
        bytes.contains('#') || (!bytes.isEmpty() && !isPrintableAscii(bytes))) {
        return sealError(
            "seal.invalid_prefix",
            LicenceSeal::tr("The lookup address must be printable ASCII without spaces or '#', at "
                            "most %1 characters (percent-encode the rest).")
                .arg(LicenceSeal::MaxLookupPrefixBytes));
    }
    return {};
}

} // namespace

Result<QByteArray> LicenceSeal::seal(const LicenceEssentials &essentials, const QByteArray &privateKeyPem,
                                     const QByteArray &signerCertificatePem, const QString &lookupUrlPrefix)
{
    if (auto checked = LicenceEssentialsJson::check(essentials); !checked) {
        return checked.error();
    }
    if (auto prefix = checkPrefix(lookupUrlPrefix); !prefix) {
        return prefix.error();
    }
    const seal::KeyPtr key = seal::privateKeyFromPem(privateKeyPem);
    if (!key) {
        return sealError("seal.bad_key", tr("The signing key cannot be read: %1").arg(seal::takeErrors()));
    }
    const std::optional<SealAlgorithm> algorithm = seal::algorithmOf(key.get());
    if (!algorithm) {
        return sealError("seal.unsupported_key",
                         tr("The signing key is a %1 key; a licence is signed with SM2 or ECDSA P-256 only.")
                             .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    }
    const seal::CertPtr cert = seal::certificateFromPem(signerCertificatePem);
    if (!cert) {
        return sealError("seal.bad_certificate",
                         tr("The signer's certificate cannot be read: %1").arg(seal::takeErrors()));
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), key.get()) != 1) {
        seal::takeErrors();
        return sealError("seal.key_mismatch",
                         tr("The signing key is not the key of the signer's certificate."));
    }
    if (auto signer = checkSigner(cert.get(), essentials); !signer) {
        return signer.error();
    }
    const QByteArray signedText = lookupUrlPrefix.toLatin1() + essentials.creditCode.toLatin1() + '#' +
                                  Marker + '.' + LicenceEssentialsJson::write(essentials).toBase64(Base64Url);
    const QByteArray signature = seal::sign(key.get(), *algorithm, signedText);
    const QByteArray der = seal::certificateToDer(cert.get());
    if (signature.isEmpty() || der.isEmpty()) {
        return sealError("seal.failed", tr("Cannot sign the licence: %1").arg(seal::takeErrors()));
    }
    const QByteArray text = signedText + '.' + signature.toBase64(Base64Url) + '.' + der.toBase64(Base64Url);
    if (text.size() > MaxSealedBytes) {
        return sealError("seal.too_long",
                         tr("The sealed licence takes %1 bytes; a QR code holds at most %2. Shorten the "
                            "lookup address or the longest texts (name, domicile).")
                             .arg(text.size())
                             .arg(MaxSealedBytes));
    }
    return text;
}

SealCheck LicenceSeal::verify(const QByteArray &qrText, const QByteArray &caCertificatePem,
                              const QSet<QString> &revokedCodes, const QSet<QString> &revokedSerials)
{
    SealCheck check;
    const Result<Parts> read = split(qrText);
    if (!read) {
        return judge(check, Verdict::Malformed, read.error().message);
    }
    const Parts &parts = read.value();
    const seal::CertPtr signer = seal::certificateFromDer(parts.certificate);
    if (!signer) {
        return judge(check, Verdict::Malformed,
                     tr("The signer's certificate in the QR code cannot be read."));
    }
    check.signerSubject = seal::subjectLine(signer.get());
    check.signerSerial = seal::serialHex(signer.get());
    EVP_PKEY *key = X509_get0_pubkey(signer.get()); // owned by the certificate
    const std::optional<SealAlgorithm> algorithm = seal::algorithmOf(key);
    if (!algorithm) {
        seal::takeErrors();
        return judge(check, Verdict::UnknownKey, tr("The signer's key is neither SM2 nor ECDSA P-256."));
    }
    check.algorithm = *algorithm;
    // The signature first: a changed byte anywhere it covers is Altered, whatever it became.
    if (!parts.canonical || !seal::verify(key, *algorithm, parts.signedText, parts.signature)) {
        return judge(check, Verdict::Altered,
                     tr("The signature does not verify over the licence's data: it was changed after it was "
                        "signed, or signed with another key than its certificate's."));
    }
    const Result<LicenceEssentials> essentials = LicenceEssentialsJson::read(parts.json);
    if (!essentials) {
        return judge(check, Verdict::Malformed, essentials.error().message);
    }
    check.essentials = essentials.value();
    if (!parts.address.endsWith(check.essentials.creditCode.toLatin1())) {
        return judge(check, Verdict::Malformed,
                     tr("The lookup address in the QR code does not end with the licence's code %1.")
                         .arg(check.essentials.creditCode));
    }
    if (const QString problem = seal::chainProblem(signer.get(), caCertificatePem, check.essentials.issuedOn);
        !problem.isEmpty()) {
        return judge(check, Verdict::UnknownKey, problem);
    }
    return classify(check, signer.get(), revokedCodes, revokedSerials);
}

Result<LicenceEssentials> LicenceSeal::peek(const QByteArray &qrText)
{
    const Result<Parts> read = split(qrText);
    if (!read) {
        return read.error();
    }
    return LicenceEssentialsJson::read(read.value().json);
}

QString LicenceSeal::algorithmName(SealAlgorithm algorithm)
{
    return algorithm == SealAlgorithm::Sm2Sm3 ? tr("SM2 with SM3") : tr("ECDSA P-256 with SHA-256");
}

QString LicenceSeal::verdictName(SealCheck::Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("valid");
    case Verdict::Provisional:
        return tr("provisional");
    case Verdict::Altered:
        return tr("altered");
    case Verdict::UnknownKey:
        return tr("unknown key");
    case Verdict::Revoked:
        return tr("revoked");
    case Verdict::Malformed:
        break;
    }
    return tr("malformed");
}

} // namespace ow::security
