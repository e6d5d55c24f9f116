#pragma once

#include "core/CaseState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ow::exchange {

// The rows of the exchange's store, as the stores of each concern read and write them.

struct UserRecord
{
    QString id;
    QString displayName;
    core::Role role = core::Role::Clerk;
    QString verifier; // PasswordHash verifier, never the password
    bool disabled = false;
    QDateTime createdAt;
    int failedSignIns = 0; // wrong passwords since the last sign-in or lock
    QDateTime lockedUntil; // online sign-in refused until then; invalid: not locked
    QString authority;     // registration authority (core::Authority); a province code: provincial
};

// A client certificate the CA issued: a workstation's or a service's (the portal).
struct CertificateRecord
{
    QString fingerprint; // SHA-256 of the DER, lowercase hex
    QString code;        // workstation code (CN), or the service name
    QString kind;        // "workstation" | "service"
    QString serial;
    QDateTime issuedAt;
    QDateTime notAfter;
    QDateTime revokedAt; // invalid while valid
    QString authority;   // a workstation's registration authority (core::Authority); empty for a service
    bool revoked() const { return revokedAt.isValid(); }
};

struct SessionRecord
{
    QString tokenHash;   // SHA-256 hex of the bearer token; the token itself is never stored
    QString refreshHash; // SHA-256 hex of the refresh token
    QString userId;
    QString fingerprint; // the client certificate the session is bound to
    QString workstation;
    QDateTime expiresAt;
    QDateTime refreshExpiresAt;
    QDateTime createdAt;
};

struct ChangeRecord
{
    qint64 seq = 0;
    QString kind; // "case"
    QString caseId;
    QString caseJson; // the case's compact JSON, as the exchange made and stored it
    QDateTime serverTime;
    QString origin;    // "online" or the workstation code
    QString authority; // the case's registration authority
};

struct RequestLogEntry
{
    QString requestId;
    QDateTime at;
    QString method;
    QString path;
    int status = 0;
    QString errorCode;
    QString fingerprint;
    QString workstation;
    QString userId;
    qint64 durationMs = 0;
};

} // namespace ow::exchange
