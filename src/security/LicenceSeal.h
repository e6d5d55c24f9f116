#pragma once

#include "LicenceEssentials.h"
#include "SealAlgorithm.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace ow::security {

// The outcome of verifying a licence's QR code: the verdict, exactly why, and what it says.
struct SealCheck
{
    enum class Verdict
    {
        Valid,       // signed by the registration authority's certificate from this CA
        Provisional, // genuine, but signed by a workstation during an outage: not yet confirmed
        Altered,     // the signature does not verify over the data (or contradicts its signer)
        UnknownKey,  // the signer's certificate is not this CA's, or was not valid on the date of issue
        Revoked,     // genuine, but its credit code or the signer's certificate is on the revoked lists
        Malformed,   // not a licence QR code of this format at all
    };

    Verdict verdict = Verdict::Malformed;
    QString reason; // translated (English source): says exactly why
    // What the QR code says: set from Altered on (empty for Malformed); to be trusted only when the
    // verdict is Valid, Provisional or Revoked.
    LicenceEssentials essentials;
    SealAlgorithm algorithm = SealAlgorithm::Sm2Sm3;
    QString signerSubject; // RFC 2253, e.g. "CN=OneWindow Registry licence signing,OU=authority,O=…"
    QString signerSerial;  // lowercase hex, as Pki reports it

    bool isValid() const { return verdict == Verdict::Valid; }
};

// The registration authority's electronic signature on a licence (docs/licence-signature.md), in the
// licence's QR code:
//
//   <lookupUrlPrefix><creditCode>#OWL1.<b64url(essentials JSON)>.<b64url(signature DER)>.<b64url(signer DER)>
//
// A phone's scanner opens the public lookup page; a verifier reads the part after '#'. The signature
// covers every byte before its '.' (address, marker and essentials). SM2 keys sign with SM3 and the
// SM2 ID "1234567812345678", P-256 keys with ECDSA over SHA-256. Anyone holding the registry CA's
// certificate verifies it offline.
class LicenceSeal
{
    Q_DECLARE_TR_FUNCTIONS(LicenceSeal)
public:
    static constexpr char Marker[] = "OWL1";
    static constexpr char Sm2Id[] = "1234567812345678";
    // The certificate's OU that makes a signature the authority's; a workstation's is provisional.
    static constexpr char AuthorityUnit[] = "authority";
    static constexpr char WorkstationUnit[] = "workstation";
    // The most a sealed text may have: a QR code's capacity at level M (licence::QrCode::MaxPayloadBytes).
    static constexpr int MaxSealedBytes = 2331;
    // The most verify() reads: more is refused before anything is parsed.
    static constexpr int MaxQrTextBytes = 2900;
    static constexpr int MaxLookupPrefixBytes = 256;

    // The QR text of `essentials` signed with `privateKeyPem` (SM2 or P-256, unencrypted PEM), whose
    // certificate `signerCertificatePem` goes along. `lookupUrlPrefix` is printable ASCII without '#'
    // (percent-encode anything else). Errors: seal.invalid_essentials (field set), seal.bad_key,
    // seal.unsupported_key (neither SM2 nor P-256), seal.bad_certificate, seal.key_mismatch,
    // seal.wrong_signer (a workstation's seal must be provisional; other OUs do not sign licences),
    // seal.certificate_not_valid (not valid on issuedOn), seal.invalid_prefix, seal.too_long
    // (over MaxSealedBytes), seal.failed (OpenSSL).
    static Result<QByteArray> seal(const LicenceEssentials &essentials, const QByteArray &privateKeyPem,
                                   const QByteArray &signerCertificatePem, const QString &lookupUrlPrefix);

    // Checks `qrText` against the registry CA (`caCertificatePem`, one or more PEM certificates) with
    // nothing else: no network, no clock (the signer's certificate must chain to the CA and be valid
    // at some moment of the essentials' date of issue). `revokedCodes` are credit codes whose
    // licence is revoked, `revokedSerials` signer certificates' serials (hex, any case). Never
    // crashes, whatever the bytes.
    static SealCheck verify(const QByteArray &qrText, const QByteArray &caCertificatePem,
                            const QSet<QString> &revokedCodes = {}, const QSet<QString> &revokedSerials = {});

    // The essentials a QR text carries, read without checking anything: what a counter shows of its
    // own cases' licences (whether the one it holds is still provisional), never a verdict.
    static Result<LicenceEssentials> peek(const QByteArray &qrText);

    // "SM2 with SM3" or "ECDSA P-256 with SHA-256".
    static QString algorithmName(SealAlgorithm algorithm);
    // "valid", "provisional", "altered", "unknown key", "revoked", "malformed" (translated).
    static QString verdictName(SealCheck::Verdict verdict);
};

} // namespace ow::security
