#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace ow::sync {

// What kind of failure, so the connectivity state machine knows what to do next.
enum class SyncErrorKind
{
    Network,        // unreachable, reset, timeout: retry with backoff
    Tls,            // certificate problem on either side: nothing was sent
    Authentication, // wrong password, disabled account: a person must act
    SessionExpired, // token expired or invalid: refresh, else sign in again
    Server,         // 5xx: retry with backoff
    Refused,        // other 4xx: this request will not succeed as it is
    Protocol,       // an answer that breaks the protocol (too large, too deep, malformed)
    Storage,        // the local database failed
    Configuration,  // settings, CA bundle, certificate file
};

// A failure talking to the exchange: a stable code, a translated message for the clerk, and
// what the support desk needs (the exchange's request id, the HTTP status).
struct SyncError
{
    QString code;    // e.g. "auth.token_expired", "tls.untrusted_server", "net.timeout"
    QString message; // translated; says what is wrong and what to do
    QString requestId;
    int httpStatus = 0;
    bool retryable = false;
    SyncErrorKind kind = SyncErrorKind::Network;
    QString detail; // untranslated technical detail for the log (server message, Qt error)

    // The message with the request id, as the sync log shows it.
    QString displayText() const;
};

// The translated texts of every sync failure, in one place.
class SyncErrors
{
    Q_DECLARE_TR_FUNCTIONS(SyncErrors)
public:
    static SyncError make(SyncErrorKind kind, const QString &code, const QString &message, bool retryable);
    // An {"error": {...}} answer of the exchange; the codes the client shows get the protocol's
    // translated text (protocol::ProtocolErrors), the others one by HTTP status.
    static SyncError fromServer(int httpStatus, const QString &code, const QString &serverMessage,
                                const QString &requestId);
    // A transport failure of QNetworkReply; `sslErrors` are those reported during the handshake.
    // `clientCertificateConfigured`: whether the request carried a workstation certificate (without
    // one the exchange always refuses, so a close in or just after the handshake means that).
    static SyncError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
                                 const QList<QSslError> &sslErrors, bool clientCertificateConfigured = true);
    // The most telling of the handshake's certificate errors, with a precise message.
    static SyncError fromSslErrors(const QList<QSslError> &errors);
    static SyncError responseTooLarge(qint64 limit);
    static SyncError responseTooDeep(int limit);
    static SyncError malformed(const QString &what);
    static SyncError storage(const QString &message);
    static QString kindName(SyncErrorKind kind);
};

} // namespace ow::sync
