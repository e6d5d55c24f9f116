#pragma once

#include "ExchangeRecords.h"
#include "core/Result.h"
#include "protocol/ErrorCodes.h"
#include "protocol/PushStatus.h"
#include "protocol/WireKeys.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace ow::exchange {

// What crosses HTTP: the server turns a request into these and an ApiResponse into the answer.

// Who is on the other end of the TLS connection: the verified client certificate.
struct Peer
{
    QString fingerprint; // SHA-256 of the DER, lowercase hex
    QString commonName;  // for the logs only: who the caller is comes from the enrolment of its fingerprint
};

// One API answer: a status and a JSON body, or an error the server turns into the error body.
struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    Error error;     // set when status >= 400
    QByteArray text; // when set, the answer's body as it is (JSON text made by the service), not `body`
    QString userId;
    QHash<QByteArray, QByteArray> headers;

    static ApiResponse ok(QJsonObject body, int status = 200)
    {
        return {status, std::move(body), {}, {}, {}, {}};
    }
    static ApiResponse json(QByteArray jsonText, int status = 200)
    {
        return {status, {}, {}, std::move(jsonText), {}, {}};
    }
    static ApiResponse fail(int status, const QString &code, const QString &message,
                            const QString &field = {})
    {
        return {status, {}, Error{code, message, field}, {}, {}, {}};
    }
};

// An authenticated request: the signed-in user on an enrolled certificate.
struct Caller
{
    CertificateRecord certificate;
    std::optional<SessionRecord> session;
    std::optional<UserRecord> user;
    // The registration authority the caller acts for (core::Authority): the signed-in user's, from
    // the exchange's user store, checked against the certificate's workstation on every request;
    // never from a payload. A province's code is the provincial scope.
    QString authority;
};

namespace api {

// HTTP status of an auth/tls error code (401, 403), of an unavailable store (503), else 500.
int statusFor(const Error &error);
// A failure of the store as an answer: 503 when it is busy or unreachable, else 500.
ApiResponse storeFailure(const Error &error);
// {"code", "message"[, "field"]}
QJsonObject errorJson(const Error &error);
// {"id", "displayName", "role"}
QJsonObject userJson(const UserRecord &user);
// 403 auth.forbidden with `message`.
ApiResponse forbidden(const QString &message);
// The answers of `one(item, index)` (a Result<QJsonObject>) to each of `items` (anything with
// size() and at(i)) in their order, appended to `answers`; the first failure stops them and is
// returned.
template <typename Items, typename One> Result<void> answerEach(Items &&items, One &&one, QJsonArray &answers)
{
    for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
        const Result<QJsonObject> answer = one(items.at(i), i);
        if (!answer) {
            return answer.error();
        }
        answers.append(answer.value());
    }
    return {};
}
// The same into a new array: {"results": …} of a batch.
template <typename Items, typename One> Result<QJsonArray> answerEach(Items &&items, One &&one)
{
    QJsonArray answers;
    if (auto answered = answerEach(std::forward<Items>(items), std::forward<One>(one), answers); !answered) {
        return answered.error();
    }
    return answers;
}
// Whether `id` is a UUID written as the protocol writes one (no braces): event, sheet and proposal ids.
bool isUuid(const QString &id);
// The registry's day at `at`: China's date (UTC+8) by the exchange's clock.
QDate registryDay(const QDateTime &at);
// Whether the user of `userAuthority` may sign in or act at a workstation of `workstationAuthority`
// (core::Authority::covers); else the auth.other_authority error (403).
std::optional<Error> otherAuthority(const QString &userAuthority, const QString &workstationAuthority);

} // namespace api
} // namespace ow::exchange
