#pragma once

#include "LicenceStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace ow::exchange {

// The public lookup of a published licence (what a licence's QR code opens): GET /licence/<code>,
// answered with the registered entity's public fields only (core::RegisteredEntity) as a page for
// a phone's browser, or as JSON (`?format=json`, or Accept: application/json). Nothing else is
// answered: no other path, no method but GET and HEAD, nothing of the mutual-TLS API. The
// transport (http::PublicConnection) asks route() first, then the store for the code, then found().
class PublicLookup
{
public:
    static inline const QByteArray PathPrefix = QByteArrayLiteral("/licence/");

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray accept;
    };
    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        bool head = false; // HEAD: the body's length is sent, not the body
    };

    // An answer at once (a bad method, path or code), or the credit code to look up.
    static std::variant<Answer, QString> route(const Request &request);
    // The answer for the code route() gave, with what the store holds for it (none: not found; a
    // licence not yet published is not found either).
    static Answer found(const Request &request, const QString &code,
                        const std::optional<LicenceStore::Stored> &stored);
    // The answer when too many requests came from one address, or the store is busy.
    static Answer refused(const Request &request, int status);

    // The public fields of `entity`, as the JSON answer and the page show them.
    static QJsonObject publicJson(const core::RegisteredEntity &entity);

private:
    static bool wantsJson(const Request &request);
    static Answer message(const Request &request, int status, const QString &title, const QString &text);
};

} // namespace ow::exchange
