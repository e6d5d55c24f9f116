#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <mutex>

namespace ow::exchange {

// Who is asking: the certificate of the connection, the bearer token's session, and sign-in
// (password, lockout after repeated failures) and refresh, which issue a session.
class SessionService
{
public:
    static constexpr int TokenMinutes = 15;
    static constexpr int RefreshHours = 12;
    static constexpr int MaxUserIdLength = 64; // the store's column
    static constexpr int SignInAttempts = 5;   // wrong passwords in a row before the account locks
    static constexpr int SignInLockMinutes = 15;

    SessionService(ExchangeStore &store, std::mutex &writeLock);

    // The certificate of the connection, as registered: unknown or revoked ones are refused.
    Result<CertificateRecord> identify(const Peer &peer);
    // The session behind `Authorization: Bearer <token>` on this certificate.
    Result<Caller> authenticate(const CertificateRecord &certificate, const QByteArray &authorization);

    ApiResponse signIn(const CertificateRecord &certificate, const QJsonObject &body);
    ApiResponse refresh(const CertificateRecord &certificate, const QJsonObject &body);

    static QString hashToken(const QString &token);
    static QString newToken();

private:
    ApiResponse issueSession(const CertificateRecord &certificate, const UserRecord &user,
                             const QString &offlineVerifier, const QString &replacedTokenHash);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
