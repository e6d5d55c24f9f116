#include "SyncError.h"

#include "protocol/ErrorTexts.h"

#include <QSslCertificate>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ow::sync {

QString SyncError::displayText() const
{
    if (requestId.isEmpty())
        return message;
    return SyncErrors::tr("%1 (request ID %2)").arg(message, requestId);
}

SyncError SyncErrors::make(SyncErrorKind kind, const QString &code, const QString &message, bool retryable)
{
    SyncError e;
    e.kind = kind;
    e.code = code;
    e.message = message;
    e.retryable = retryable;
    return e;
}

QString SyncErrors::kindName(SyncErrorKind kind)
{
    switch (kind) {
    case SyncErrorKind::Network:
        return u"network"_s;
    case SyncErrorKind::Tls:
        return u"tls"_s;
    case SyncErrorKind::Authentication:
        return u"authentication"_s;
    case SyncErrorKind::SessionExpired:
        return u"session_expired"_s;
    case SyncErrorKind::Server:
        return u"server"_s;
    case SyncErrorKind::Refused:
        return u"refused"_s;
    case SyncErrorKind::Protocol:
        return u"protocol"_s;
    case SyncErrorKind::Storage:
        return u"storage"_s;
    case SyncErrorKind::Configuration:
        break;
    }
    return u"configuration"_s;
}

namespace {

SyncErrorKind kindOf(protocol::ErrorClass errorClass)
{
    switch (errorClass) {
    case protocol::ErrorClass::SignIn:
        return SyncErrorKind::Authentication;
    case protocol::ErrorClass::Session:
        return SyncErrorKind::SessionExpired;
    case protocol::ErrorClass::Certificate:
        return SyncErrorKind::Tls;
    case protocol::ErrorClass::Server:
        return SyncErrorKind::Server;
    case protocol::ErrorClass::Refused:
    case protocol::ErrorClass::Event:
        break;
    }
    return SyncErrorKind::Refused;
}

} // namespace

SyncError SyncErrors::fromServer(int status, const QString &code, const QString &serverMessage,
                                 const QString &requestId)
{
    SyncError e;
    e.httpStatus = status;
    e.requestId = requestId;
    e.code = code.isEmpty() ? u"http.%1"_s.arg(status) : code;
    e.detail = serverMessage;
    e.kind = SyncErrorKind::Refused;

    if (const protocol::ErrorSpec *spec = protocol::ProtocolErrors::find(code); spec && spec->message) {
        // The protocol's text for a code the client shows; what the code asks decides the kind.
        e.kind = kindOf(spec->errorClass);
        e.message = protocol::ProtocolErrors::message(code);
        e.retryable = e.kind == SyncErrorKind::Server;
    } else if (status >= 500) {
        e.kind = SyncErrorKind::Server;
        e.retryable = true;
        e.message = status == 503 || code == protocol::errors::ServerUnavailable
                        ? tr("The exchange is temporarily unavailable; it will be tried again shortly.")
                        : tr("The exchange had an internal error (HTTP %1); it will be tried again shortly.")
                              .arg(status);
    } else if (status == 401) {
        e.kind = SyncErrorKind::SessionExpired;
        e.message = tr("The exchange asks to sign in again.");
    } else if (status == 408 || status == 429) {
        e.kind = SyncErrorKind::Server;
        e.retryable = true;
        e.message = tr("The exchange is busy (HTTP %1); it will be tried again shortly.").arg(status);
    } else {
        e.message = tr("The exchange refused the request (HTTP %1, %2).").arg(status).arg(e.code);
    }
    return e;
}

SyncError SyncErrors::fromSslErrors(const QList<QSslError> &errors)
{
    SyncError e;
    e.kind = SyncErrorKind::Tls;
    QStringList details;
    for (const QSslError &error : errors)
        details << error.errorString();
    e.detail = details.join(u"; "_s);

    auto has = [&](std::initializer_list<QSslError::SslError> kinds) -> const QSslError * {
        for (const QSslError &error : errors) {
            for (QSslError::SslError kind : kinds) {
                if (error.error() == kind)
                    return &error;
            }
        }
        return nullptr;
    };
    const QString nothingSent = tr("Nothing was sent.");
    if (const QSslError *error = has({QSslError::CertificateExpired})) {
        e.code = u"tls.server_certificate_expired"_s;
        e.message = tr("The exchange's certificate expired on %1. Ask the exchange's administrator to renew "
                       "it. %2")
                        .arg(error->certificate().expiryDate().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                             nothingSent);
    } else if (const QSslError *notYet = has({QSslError::CertificateNotYetValid})) {
        e.code = u"tls.server_certificate_not_yet_valid"_s;
        e.message =
            tr("The exchange's certificate is valid only from %1. Check this computer's date and time. "
               "%2")
                .arg(notYet->certificate().effectiveDate().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                     nothingSent);
    } else if (const QSslError *mismatch = has({QSslError::HostNameMismatch})) {
        e.code = u"tls.host_name_mismatch"_s;
        const QStringList names = mismatch->certificate().subjectAlternativeNames().values();
        e.message =
            tr("The exchange's certificate was issued for another address (%1). Check the exchange "
               "address in the settings. %2")
                .arg(names.isEmpty()
                         ? mismatch->certificate().subjectInfo(QSslCertificate::CommonName).join(u", "_s)
                         : names.join(u", "_s),
                     nothingSent);
    } else if (has({QSslError::CertificateRevoked})) {
        e.code = u"tls.server_certificate_revoked"_s;
        e.message = tr("The exchange's certificate has been revoked. %1").arg(nothingSent);
    } else if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
                    QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
                    QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
                    QSslError::CertificateRejected})) {
        e.code = u"tls.untrusted_server"_s;
        e.message = tr("The exchange's certificate is not issued by the registry CA configured here (it is "
                       "self-signed or from another CA). Check the exchange address and the CA bundle in the "
                       "settings. %1")
                        .arg(nothingSent);
    } else if (has({QSslError::NoPeerCertificate})) {
        e.code = u"tls.no_server_certificate"_s;
        e.message = tr("The exchange presented no certificate. %1").arg(nothingSent);
    } else {
        e.code = u"tls.invalid_server_certificate"_s;
        e.message = tr("The exchange's certificate cannot be verified (%1). %2").arg(e.detail, nothingSent);
    }
    return e;
}

SyncError SyncErrors::fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                  const QList<QSslError> &sslErrors, bool clientCertificateConfigured)
{
    if (!sslErrors.isEmpty())
        return fromSslErrors(sslErrors);
    SyncError e;
    e.detail = errorString;
    // With TLS 1.3 the exchange refuses a missing or unacceptable client certificate with an
    // alert after the handshake; Qt reports it as a read error whose text is OpenSSL's alert.
    const bool certificateAlert = errorString.contains(u"alert"_s, Qt::CaseInsensitive) &&
                                  (errorString.contains(u"certificate"_s, Qt::CaseInsensitive) ||
                                   errorString.contains(u"handshake failure"_s, Qt::CaseInsensitive));
    // Without a certificate of its own the workstation is always refused: the exchange sends that
    // alert and closes the connection. Whether the client reads the alert before it notices the
    // close depends on timing (a write into the closed connection can fail first), so a close in
    // or just after the handshake means the same here.
    const bool refusedWithoutCertificate =
        !clientCertificateConfigured && (certificateAlert || error == QNetworkReply::RemoteHostClosedError ||
                                         error == QNetworkReply::SslHandshakeFailedError);
    // No certificate error on our side, yet the handshake failed: the exchange ended it, which it
    // does when this workstation presents no certificate or one it does not accept.
    if (certificateAlert || refusedWithoutCertificate || error == QNetworkReply::SslHandshakeFailedError) {
        e.kind = SyncErrorKind::Tls;
        e.retryable = false;
        if (refusedWithoutCertificate ||
            errorString.contains(u"certificate required"_s, Qt::CaseInsensitive)) {
            e.code = u"tls.client_certificate_required"_s;
            e.message = tr("The exchange requires this workstation's certificate, and none is configured. "
                           "Import the workstation's PKCS#12 file in the settings. Nothing was sent.");
        } else {
            e.code = u"tls.handshake_failed"_s;
            e.message = tr("The exchange refused the secure connection: this workstation's certificate is "
                           "missing, not issued by the registry, or revoked. Nothing was sent.");
        }
        return e;
    }
    e.kind = SyncErrorKind::Network;
    e.retryable = true;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        e.code = u"net.refused"_s;
        e.message = tr("The exchange does not answer (connection refused); it will be tried again.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.code = u"net.host_not_found"_s;
        e.message = tr("The exchange's address cannot be found; check the network or the address.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.code = u"net.timeout"_s;
        e.message = tr("The exchange did not answer in time; it will be tried again.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.code = u"net.closed"_s;
        e.message = tr("The exchange closed the connection; it will be tried again.");
        break;
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        e.code = u"net.down"_s;
        e.message = tr("The network is not available; the exchange will be tried again.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.code = u"net.proxy"_s;
        e.message = tr("The network proxy failed; it will be tried again.");
        break;
    default:
        e.code = u"net.error"_s;
        e.message =
            tr("The connection to the exchange failed (%1); it will be tried again.").arg(errorString);
        break;
    }
    return e;
}

SyncError SyncErrors::responseTooLarge(qint64 limit)
{
    return make(
        SyncErrorKind::Protocol, u"response.too_large"_s,
        tr("The exchange's answer was larger than %1 MiB and was cut off.").arg(limit / (1024 * 1024)), true);
}

SyncError SyncErrors::responseTooDeep(int limit)
{
    return make(SyncErrorKind::Protocol, u"response.too_deep"_s,
                tr("The exchange's answer was nested deeper than %1 levels and was refused.").arg(limit),
                true);
}

SyncError SyncErrors::malformed(const QString &what)
{
    SyncError e = make(SyncErrorKind::Protocol, u"response.malformed"_s,
                       tr("The exchange's answer could not be read; it will be tried again."), true);
    e.detail = what;
    return e;
}

SyncError SyncErrors::storage(const QString &message)
{
    return make(SyncErrorKind::Storage, u"sync.storage"_s,
                tr("The local database could not store the synchronised data: %1").arg(message), true);
}

} // namespace ow::sync
