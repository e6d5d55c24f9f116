#include "SealChain.h"

#include "LicenceSeal.h"

#include <QList>
#include <QTimeZone>

#include <algorithm>
#include <openssl/x509v3.h>

namespace ow::security::seal {
namespace {

constexpr int MaxCaCertificates = 16;
constexpr qsizetype MaxCaPemBytes = 1024 * 1024;

// A date in UTC, as the messages give a certificate's ends.
QString date(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

} // namespace

QDateTime judgedAt(X509 *signer, const QDate &issuedOn, X509 *issuer)
{
    // The date as any office's clock reads it: from its first moment at UTC+14 to its last at UTC−12.
    const QDateTime dayStart(issuedOn, QTime(0, 0), QTimeZone(14 * 3600));
    const QDateTime dayEnd(issuedOn, QTime(23, 59, 59), QTimeZone(-12 * 3600));
    QDateTime from = notBefore(signer);
    if (const QDateTime issuerFrom = notBefore(issuer); issuerFrom.isValid() && issuerFrom > from) {
        from = issuerFrom;
    }
    return from.isValid() ? std::clamp(from, dayStart, dayEnd) : dayStart;
}

QString chainProblem(X509 *signer, const QByteArray &caPem, const QDate &issuedOn)
{
    const std::vector<CertPtr> cas = caPem.size() <= MaxCaPemBytes
                                         ? certificatesFromPem(caPem, MaxCaCertificates)
                                         : std::vector<CertPtr>();
    StorePtr store(X509_STORE_new());
    StoreContextPtr context(X509_STORE_CTX_new());
    if (cas.empty() || !store || !context) {
        return LicenceSeal::tr(
            "The registry CA's certificate given cannot be read, so no signer can be trusted.");
    }
    X509 *issuer = nullptr;
    for (const CertPtr &ca : cas) {
        X509_STORE_add_cert(store.get(), ca.get()); // the store takes its own reference
        if (!issuer && X509_check_issued(ca.get(), signer) == X509_V_OK) {
            issuer = ca.get();
        }
    }
    const QDateTime at = judgedAt(signer, issuedOn, issuer);
    if (X509_STORE_CTX_init(context.get(), store.get(), signer, nullptr) != 1) {
        return LicenceSeal::tr("The signer's certificate cannot be checked: %1").arg(takeErrors());
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(context.get()) == 1) {
        return {};
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    const bool ofSigner = X509_STORE_CTX_get_error_depth(context.get()) == 0;
    const QString issued = issuedOn.toString(Qt::ISODate);
    takeErrors();
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return ofSigner
                   ? LicenceSeal::tr("The signer's certificate expired on %1, before the licence's date of "
                                     "issue (%2).")
                         .arg(date(notAfter(signer)), issued)
                   : LicenceSeal::tr("The registry CA's certificate had expired on the licence's date of "
                                     "issue (%1).")
                         .arg(issued);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return ofSigner
                   ? LicenceSeal::tr("The signer's certificate became valid only on %1, after the licence's "
                                     "date of issue (%2).")
                         .arg(date(notBefore(signer)), issued)
                   : LicenceSeal::tr("The registry CA's certificate was not yet valid on the licence's date "
                                     "of issue (%1).")
                         .arg(issued);
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return LicenceSeal::tr("The signer's certificate (%1) was not issued by this registry CA.")
            .arg(subjectLine(signer));
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return LicenceSeal::tr("The signer's certificate names this registry CA as its issuer, but the CA's "
                               "signature on it does not verify: it is forged or was changed.");
    default:
        return LicenceSeal::tr("The registry CA does not accept the signer's certificate: %1")
            .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
}

} // namespace ow::security::seal
