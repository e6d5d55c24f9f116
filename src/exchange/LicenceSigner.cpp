#include "LicenceSigner.h"

#include "ExchangeLog.h"
#include "Pki.h"
#include "core/LicenceText.h"
#include "protocol/ErrorCodes.h"
#include "security/LicenceSeal.h"

#include <QFile>

namespace ow::exchange {
namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{protocol::errors::ServerInternal,
                     QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()),
                     {}};
    }
    return file.readAll();
}

} // namespace

LicenceSigner::LicenceSigner(QByteArray keyPem, QByteArray certificatePem, QString lookupPrefix)
    : m_keyPem(std::move(keyPem)), m_certificatePem(std::move(certificatePem)),
      m_lookupPrefix(std::move(lookupPrefix))
{}

Result<std::unique_ptr<LicenceSigner>> LicenceSigner::load(const ExchangePaths &paths,
                                                           const QString &lookupPrefix)
{
    if (auto ensured = Pki::ensureSigningCertificate(paths); !ensured) {
        return ensured.error();
    }
    const Result<QByteArray> key = readFile(paths.signingKey());
    if (!key) {
        return key.error();
    }
    const Result<QByteArray> certificate = readFile(paths.signingCert());
    if (!certificate) {
        return certificate.error();
    }
    return std::unique_ptr<LicenceSigner>(new LicenceSigner(key.value(), certificate.value(), lookupPrefix));
}

Result<QByteArray> LicenceSigner::seal(const core::CaseRecord &record) const
{
    Result<QByteArray> sealed = security::LicenceSeal::seal(security::essentialsOfCase(record), m_keyPem,
                                                            m_certificatePem, m_lookupPrefix);
    if (!sealed) {
        qCWarning(lcExchangeIngest) << "licence of case" << record.id
                                    << "not sealed:" << sealed.error().message;
    }
    return sealed;
}

} // namespace ow::exchange
