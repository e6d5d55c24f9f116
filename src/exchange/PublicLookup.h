#pragma once

#include "LicenceStore.h"
#include "core/Deregistration.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace ow::exchange {

// The public lookup of a published licence (what a licence's QR code opens): GET /licence/<code>,
// answered with the registered entity's public fields only (core::RegisteredEntity: its former names
// too) and its simplified deregistration's public notice while it runs, as a page for a phone's
// browser, or as JSON (`?format=json`, or Accept: application/json); and GET /notices, the notices of
// simplified deregistrations running today (简易注销公告), newest first, at most NoticeListLimit.
// Nothing else is answered: no other path, no method but GET and HEAD, nothing of the mutual-TLS
// API. The transport (http::PublicConnection) asks route() first, then the store for the query,
// then found() or notices(), with the day by the exchange's clock.
class PublicLookup
{
public:
    static inline const QByteArray PathPrefix = QByteArrayLiteral("/licence/");
    static inline const QByteArray NoticesPath = QByteArrayLiteral("/notices");
    static constexpr int NoticeListLimit = 100;

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

    // What route() asks of the store: the licence of `code`, or (empty code) the running notices.
    struct Query
    {
        QString code;
        bool notices() const { return code.isEmpty(); }
    };

    // An answer at once (a bad method, path or code), or what to look up.
    static std::variant<Answer, Query> route(const Request &request);
    // The answer for the code route() gave, with what the store holds for it (none: not found; a
    // licence not yet published is not found either) and its latest deregistration notice, shown
    // while it runs on `today`.
    static Answer found(const Request &request, const QString &code,
                        const std::optional<LicenceStore::Stored> &stored,
                        const std::optional<core::DeregistrationNotice> &notice, const QDate &today);
    // The list of the notices running on `today` (NoticeStore::running).
    static Answer notices(const Request &request, const QList<core::DeregistrationNotice> &running,
                          const QDate &today);
    // The answer when too many requests came from one address, or the store is busy.
    static Answer refused(const Request &request, int status);

    // The public fields of `entity`, as the JSON answer and the page show them.
    static QJsonObject publicJson(const core::RegisteredEntity &entity);

private:
    static bool wantsJson(const Request &request);
    static QJsonObject noticeJson(const core::DeregistrationNotice &notice);
    static Answer message(const Request &request, int status, const QString &title, const QString &text);
};

} // namespace ow::exchange
