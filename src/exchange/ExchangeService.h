#pragma once

#include "ExchangeStore.h"
#include "core/OneForm.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <mutex>

namespace ow::exchange {

// Who is on the other end of the TLS connection: the verified client certificate.
struct Peer
{
    QString fingerprint; // SHA-256 of the DER, lowercase hex
    QString commonName;
    QString unit; // "workstation" | "service"
};

// One API answer: a status and a JSON body, or an error the server turns into the error body.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    Error error; // set when status >= 400
    QString userId;
    QHash<QByteArray, QByteArray> headers;

    static ApiResponse ok(QJsonObject body, int status = 200)
    {
        return {status, std::move(body), {}, {}, {}};
    }
    static ApiResponse fail(int status, const QString &code, const QString &message,
                            const QString &field = {})
    {
        return {status, {}, Error{code, message, field}, {}, {}};
    }
};

// An authenticated request: the signed-in user on an enrolled certificate.
struct Caller
{
    CertificateRecord certificate;
    std::optional<SessionRecord> session;
    std::optional<UserRecord> user;
};

// The exchange's API without HTTP: what each endpoint does to the store. One instance per worker
// thread (its store is that thread's connection); writers share `writeLock`, so SQLite sees one
// writer at a time and the change feed's sequence commits in order.
class ExchangeService
{
public:
    static constexpr int TokenMinutes = 15;
    static constexpr int RefreshHours = 12;
    static constexpr int SignInAttempts = 5; // wrong passwords in a row before the account locks
    static constexpr int SignInLockMinutes = 15;
    static constexpr int MaxEventsPerBatch = 500;
    static constexpr int MaxChangesPerPage = 500;
    static constexpr int DefaultChangesPerPage = 100;

    ExchangeService(ExchangeStore &store, std::mutex &writeLock);

    ApiResponse health() const;

    // The certificate of the connection, as registered: unknown or revoked ones are refused.
    Result<CertificateRecord> identify(const Peer &peer);
    // The session behind `Authorization: Bearer <token>` on this certificate.
    Result<Caller> authenticate(const CertificateRecord &certificate, const QByteArray &authorization);

    ApiResponse signIn(const CertificateRecord &certificate, const QJsonObject &body);
    ApiResponse refresh(const CertificateRecord &certificate, const QJsonObject &body);
    ApiResponse pushEvents(const Caller &caller, const QJsonObject &body);
    ApiResponse changes(const Caller &caller, const QString &cursor, const QString &limit);
    ApiResponse intake(const CertificateRecord &certificate, const QJsonObject &body);
    ApiResponse adminUsers(const Caller &caller);
    ApiResponse adminWorkstations(const Caller &caller);

    // Creates an online application in state `submitted` and its change; the intake endpoint
    // and `onewindow-exchange demo-applications` both come here.
    struct Receipt
    {
        QString caseId;
        QDateTime receivedAt;
        bool duplicate = false; // the submission id was seen before: the first application's receipt
    };
    // `submissionId` (the portal's own id of the submission, may be empty) makes a resend create
    // nothing: it gets the first receipt.
    Result<Receipt> submitApplication(const core::OneForm &form, const QList<core::MaterialItem> &materials,
                                      const QString &submissionId = {});

    static QString hashToken(const QString &token);
    static QString newToken();
    static int statusFor(const Error &error); // HTTP status of an auth/tls error code

private:
    struct EventOutcome;
    QJsonObject applyEvent(const Caller &caller, const QJsonObject &eventJson, bool &failed,
                           Error &storeError);
    ApiResponse issueSession(const CertificateRecord &certificate, const UserRecord &user,
                             const QString &offlineVerifier, const QString &replacedTokenHash);

    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
