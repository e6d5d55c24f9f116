#pragma once

#include "ExchangePaths.h"
#include "core/CaseRecord.h"
#include "core/Result.h"
#include "security/LicenceEssentials.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ow::exchange {

// The registration authority's signature on the licences the exchange confirms (issue 10 §3): the
// authority's signing key and certificate of the exchange directory, loaded once when the server
// starts, and the address the licence's QR code opens (the public lookup). The key never leaves
// the exchange; what it signs is security::LicenceSeal's QR text.
class LicenceSigner
{
public:
    // The default address of the public lookup: `<prefix><credit code>`.
    static constexpr char DefaultLookupPrefix[] = "https://127.0.0.1:8444/licence/";

    // Loads the signer of an exchange directory; a directory an older `init` made gets the
    // certificate for its existing key first (Pki::ensureSigningCertificate).
    static Result<std::unique_ptr<LicenceSigner>>
    load(const ExchangePaths &paths, const QString &lookupPrefix = QLatin1String(DefaultLookupPrefix));

    // The signed essentials of a licensed case (its credit code assigned; security::essentialsOfCase,
    // the texts the counter prints): the QR text.
    Result<QByteArray> seal(const core::CaseRecord &record) const;

private:
    LicenceSigner(QByteArray keyPem, QByteArray certificatePem, QString lookupPrefix);

    QByteArray m_keyPem;
    QByteArray m_certificatePem;
    QString m_lookupPrefix;
};

} // namespace ow::exchange
