#pragma once

// Internal to ow_security: whether a seal's signer certificate chains to the registry CA on the
// licence's date of issue.

#include "SealOpenSsl.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ow::security::seal {

// The moment of the date of issue at which a signer's certificate is judged. Only the day of
// signing is known, not the time, nor the time zone of the office's clock that dated it (the
// exchange dates a licence by its machine's local time, core::StatutoryClock::officeDate): the
// first moment of that calendar day anywhere (UTC+14 to UTC−12) at which the certificate and its
// issuer, when given, were valid — the day's start, or the later notBefore.
QDateTime judgedAt(X509 *signer, const QDate &issuedOn, X509 *issuer = nullptr);

// Why `signer` is not a certificate the CA in `caPem` (one or more PEM certificates) issued and
// that was valid at judgedAt(signer, issuedOn); empty when it is. X509_verify_cert with the CA as
// the only trust anchor and the check time set, never the machine's clock.
QString chainProblem(X509 *signer, const QByteArray &caPem, const QDate &issuedOn);

} // namespace ow::security::seal
