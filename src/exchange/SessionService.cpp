#include "SessionService.h"

#include "ExchangeLog.h"
#include "http/LogText.h"
#include "security/PasswordHash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace ow::exchange {
namespace {

Error authError(protocol::errors::Code code, const QString &message)
{
    return Error{code, message, {}};
}

// The refusal of `user` at the workstation of `certificate` when the user's registration authority
// does not cover the workstation's (auth.other_authority, 403).
std::optional<ApiResponse> refusedAt(const CertificateRecord &certificate, const UserRecord &user)
{
    const std::optional<Error> other = api::otherAuthority(user.authority, certificate.authority);
    if (!other) {
        return std::nullopt;
    }
    qCInfo(lcExchangeAuth).noquote() << "sign-in of" << http::logText(user.id.toUtf8(), 64) << "of authority"
                                     << user.authority << "refused at" << certificate.code << "of authority"
                                     << certificate.authority;
    ApiResponse refused = ApiResponse::fail(403, other->code, other->message);
    refused.userId = user.id;
    return refused;
}

// A sign-in request's fields: the user name present and at most MaxUserIdLength characters, the
// password present and at most 1,024.
std::optional<ApiResponse> invalidSignIn(const QJsonValue &user, const QJsonValue &password)
{
    if (!user.isString() || user.toString().isEmpty()) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"user\" is missing."), protocol::keys::session::User);
    }
    if (user.toString().size() > SessionService::MaxUserIdLength) {
        return ApiResponse::fail(
            400, protocol::errors::RequestInvalidField,
            QStringLiteral("\"user\" is longer than %1 characters.").arg(SessionService::MaxUserIdLength),
            protocol::keys::session::User);
    }
    if (!password.isString() || password.toString().isEmpty() || password.toString().size() > 1024) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"password\" is missing."),
                                 protocol::keys::session::Password);
    }
    return std::nullopt;
}

// The answer to a sign-in while the account is locked: when it opens again, and Retry-After.
ApiResponse lockedAnswer(const QString &userId, const QDateTime &now, const QDateTime &until)
{
    ApiResponse response =
        ApiResponse::fail(401, protocol::errors::AuthAccountLocked,
                          QStringLiteral("Too many wrong passwords: this account is locked until %1 (UTC).")
                              .arg(until.toString(Qt::ISODate)));
    response.headers.insert("Retry-After", QByteArray::number(std::max<qint64>(1, now.secsTo(until))));
    response.userId = userId;
    return response;
}

} // namespace

SessionService::SessionService(ExchangeStore &store, std::mutex &writeLock)
    : m_store(store), m_writeLock(writeLock)
{}

QString SessionService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString SessionService::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<CertificateRecord> SessionService::identify(const Peer &peer)
{
    if (peer.fingerprint.isEmpty()) {
        return authError(protocol::errors::TlsCertificateUnknown,
                         QStringLiteral("No client certificate was presented."));
    }
    const auto found = m_store.workstations().find(peer.fingerprint);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return authError(protocol::errors::TlsCertificateUnknown,
                         QStringLiteral("This client certificate is not registered at the exchange."));
    }
    if (found.value()->revoked()) {
        return authError(protocol::errors::TlsCertificateRevoked,
                         QStringLiteral("This workstation's certificate was revoked; ask the administrator "
                                        "to enrol the workstation again."));
    }
    return *found.value();
}

Result<Caller> SessionService::authenticate(const CertificateRecord &certificate,
                                            const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        return authError(protocol::errors::AuthTokenInvalid,
                         QStringLiteral("Sign in first (no bearer token)."));
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto session = m_store.sessions().byToken(hashToken(token));
    if (!session) {
        return session.error();
    }
    if (!session.value()) {
        return authError(protocol::errors::AuthTokenInvalid,
                         QStringLiteral("The session is not known; sign in again."));
    }
    if (session.value()->fingerprint != certificate.fingerprint) {
        return authError(protocol::errors::AuthTokenNotBound,
                         QStringLiteral("This session belongs to another workstation's certificate."));
    }
    if (session.value()->expiresAt <= QDateTime::currentDateTimeUtc()) {
        return authError(protocol::errors::AuthTokenExpired,
                         QStringLiteral("The session expired; refresh it or sign in again."));
    }
    const auto user = m_store.users().find(session.value()->userId);
    if (!user) {
        return user.error();
    }
    if (!user.value() || user.value()->disabled) {
        return authError(protocol::errors::AuthAccountDisabled, QStringLiteral("This account is disabled."));
    }
    // The authorities are the store's, so a change there takes effect on the next request.
    if (auto other = api::otherAuthority(user.value()->authority, certificate.authority)) {
        return *other;
    }
    return Caller{certificate, *session.value(), *user.value(), user.value()->authority};
}

ApiResponse SessionService::issueSession(const CertificateRecord &certificate, const UserRecord &user,
                                         const QString &offlineVerifier, const QString &replacedTokenHash)
{
    const QString token = newToken();
    const QString refreshToken = newToken();
    SessionRecord session;
    session.tokenHash = hashToken(token);
    session.refreshHash = hashToken(refreshToken);
    session.userId = user.id;
    session.fingerprint = certificate.fingerprint;
    session.workstation = certificate.code;
    session.createdAt = QDateTime::currentDateTimeUtc();
    session.expiresAt = session.createdAt.addSecs(qint64(TokenMinutes) * 60);
    session.refreshExpiresAt = session.createdAt.addSecs(qint64(RefreshHours) * 3600);
    {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        const Result<void> written = m_store.inTransaction([&]() -> Result<void> {
            if (!replacedTokenHash.isEmpty()) {
                if (auto removed = m_store.sessions().remove(replacedTokenHash); !removed) {
                    return removed;
                }
            }
            if (auto expired = m_store.sessions().removeExpired(session.createdAt); !expired) {
                return expired;
            }
            return m_store.sessions().add(session);
        });
        if (!written) {
            return api::storeFailure(written.error());
        }
    }
    QJsonObject body{
        {protocol::keys::session::Token, token},
        {protocol::keys::session::ExpiresAt, ExchangeDatabase::timeText(session.expiresAt)},
        {protocol::keys::session::RefreshToken, refreshToken},
        {protocol::keys::session::RefreshExpiresAt, ExchangeDatabase::timeText(session.refreshExpiresAt)},
        {protocol::keys::session::User, api::userJson(user)},
        {protocol::keys::session::Workstation, certificate.code},
        {protocol::keys::session::WorkstationAuthority, certificate.authority}};
    if (!offlineVerifier.isEmpty()) {
        body.insert(protocol::keys::session::OfflineVerifier, offlineVerifier);
    }
    ApiResponse response = ApiResponse::ok(body);
    response.userId = user.id;
    return response;
}

ApiResponse SessionService::signIn(const CertificateRecord &certificate, const QJsonObject &body)
{
    if (certificate.kind != u"workstation") {
        return ApiResponse::fail(403, protocol::errors::AuthForbidden,
                                 QStringLiteral("Only a workstation's certificate may sign a person in."));
    }
    const QJsonValue userValue = body.value(protocol::keys::session::User);
    const QJsonValue passwordValue = body.value(protocol::keys::session::Password);
    if (auto invalid = invalidSignIn(userValue, passwordValue)) {
        return *invalid;
    }
    const QString password = passwordValue.toString();
    const auto user = m_store.users().find(userValue.toString());
    if (!user) {
        return api::storeFailure(user.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto locked = [&](const QDateTime &until) {
        return lockedAnswer(userValue.toString(), now, until);
    };
    // The attempt counts before its password is looked at, so guesses sent at once take turns:
    // no more than SignInAttempts of them are ever checked, and a locked account checks none.
    std::optional<UserStore::SignInAttempt> attempt;
    if (user.value()) {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        const auto taken = m_store.users().takeSignInAttempt(user.value()->id, SignInAttempts, now,
                                                             now.addSecs(SignInLockMinutes * 60));
        if (!taken) {
            return api::storeFailure(taken.error());
        }
        attempt = taken.value();
        if (attempt->lockedUntil.isValid()) {
            return locked(attempt->lockedUntil);
        }
    }
    // An unknown user costs as much time as a wrong password, so timing does not tell them apart.
    static const QString decoy = security::PasswordHash::make(QStringLiteral("decoy password"));
    const bool verified =
        security::PasswordHash::verify(password, user.value() ? user.value()->verifier : decoy);
    ApiResponse refused = ApiResponse::fail(401, protocol::errors::AuthInvalidCredentials,
                                            QStringLiteral("User name or password is wrong."));
    refused.userId = userValue.toString();
    if (!user.value()) {
        return refused;
    }
    if (!verified) {
        if (attempt->number < SignInAttempts) {
            return refused;
        }
        const QDateTime until = now.addSecs(SignInLockMinutes * 60);
        const std::lock_guard<std::mutex> lock(m_writeLock);
        if (auto lockedNow = m_store.users().lock(user.value()->id, until); !lockedNow) {
            return api::storeFailure(lockedNow.error());
        }
        qCInfo(lcExchangeAuth).noquote() << "account" << http::logText(user.value()->id.toUtf8(), 64)
                                         << "locked until" << until.toString(Qt::ISODate);
        return locked(until);
    }
    {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        if (auto cleared = m_store.users().clearSignInFailures(user.value()->id); !cleared) {
            return api::storeFailure(cleared.error());
        }
    }
    if (user.value()->disabled) {
        ApiResponse disabled = ApiResponse::fail(401, protocol::errors::AuthAccountDisabled,
                                                 QStringLiteral("This account is disabled."));
        disabled.userId = user.value()->id;
        return disabled;
    }
    // Only at a workstation of the user's own authority (provincial: of the province's); said only
    // after the right password, so it tells a guesser nothing.
    if (auto elsewhere = refusedAt(certificate, *user.value())) {
        return *elsewhere;
    }
    // A fresh verifier for the client's offline sign-in: never the one the exchange stores.
    return issueSession(certificate, *user.value(), security::PasswordHash::make(password), {});
}

ApiResponse SessionService::refresh(const CertificateRecord &certificate, const QJsonObject &body)
{
    const QJsonValue refreshValue = body.value(protocol::keys::session::RefreshToken);
    if (!refreshValue.isString() || refreshValue.toString().isEmpty()) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"refreshToken\" is missing."),
                                 protocol::keys::session::RefreshToken);
    }
    const auto session = m_store.sessions().byRefresh(hashToken(refreshValue.toString()));
    if (!session) {
        return api::storeFailure(session.error());
    }
    if (!session.value()) {
        return ApiResponse::fail(401, protocol::errors::AuthTokenInvalid,
                                 QStringLiteral("The refresh token is not known; sign in again."));
    }
    if (session.value()->fingerprint != certificate.fingerprint) {
        return ApiResponse::fail(
            401, protocol::errors::AuthTokenNotBound,
            QStringLiteral("This session belongs to another workstation's certificate."));
    }
    if (session.value()->refreshExpiresAt <= QDateTime::currentDateTimeUtc()) {
        return ApiResponse::fail(401, protocol::errors::AuthTokenExpired,
                                 QStringLiteral("The session expired; sign in again."));
    }
    const auto user = m_store.users().find(session.value()->userId);
    if (!user) {
        return api::storeFailure(user.error());
    }
    if (!user.value() || user.value()->disabled) {
        return ApiResponse::fail(401, protocol::errors::AuthAccountDisabled,
                                 QStringLiteral("This account is disabled."));
    }
    if (auto elsewhere = refusedAt(certificate, *user.value())) {
        return *elsewhere;
    }
    // The old pair is replaced: a refresh token works once.
    return issueSession(certificate, *user.value(), {}, session.value()->tokenHash);
}

} // namespace ow::exchange
