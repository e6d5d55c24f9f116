#include "ExchangeClient.h"

#include "BoundedJson.h"
#include "SyncLog.h"
#include "core/Authority.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ow::sync {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The state of one request: the body read so far (bounded) and the TLS errors seen.
struct ReplyState
{
    QByteArray body;
    QList<QSslError> sslErrors;
    bool tooLarge = false;
    bool clientCertificate = false; // the request carried a workstation certificate
    bool answered = false;          // the exchange's response began (headers arrived)
};

} // namespace

ExchangeClient::ExchangeClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_limit(BoundedJson::MaxBytes)
{
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ExchangeClient::~ExchangeClient()
{
    // Replies still in flight die with m_nam; their callbacks are not called (they hold a
    // QPointer to this object).
}

void ExchangeClient::configure(const QUrl &baseUrl, const QSslConfiguration &ssl, int timeoutMs)
{
    m_base = baseUrl;
    m_ssl = ssl;
    m_timeoutMs = timeoutMs;
    // A new identity or CA must not reuse a connection made with the old one.
    m_nam->clearConnectionCache();
    m_nam->clearAccessCache();
}

void ExchangeClient::abortAll()
{
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void ExchangeClient::send(const QByteArray &verb, const QString &path, const QJsonObject *body,
                          bool authorised, RawCallback done)
{
    if (!body) {
        sendText(verb, path, nullptr, authorised, std::move(done));
        return;
    }
    const QByteArray text = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    sendText(verb, path, &text, authorised, std::move(done));
}

void ExchangeClient::sendText(const QByteArray &verb, const QString &path, const QByteArray *body,
                              bool authorised, RawCallback done)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (authorised && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = *body;
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, payload);
    auto state = std::make_shared<ReplyState>();
    // Only over TLS can a close mean "no certificate": treat plain HTTP (tests' fakes) as if one were there.
    state->clientCertificate = !m_ssl.localCertificate().isNull() || request.url().scheme() != u"https"_s;
    const qint64 limit = m_limit;

    connect(reply, &QNetworkReply::sslErrors, this, [state](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the errors say why.
        state->sslErrors += errors;
    });
    auto drain = [reply, state, limit] {
        if (state->tooLarge)
            return;
        const qint64 available = reply->bytesAvailable();
        if (state->body.size() + available > limit) {
            state->tooLarge = true;
            reply->abort();
            return;
        }
        state->body += reply->read(available);
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, state, limit] {
        state->answered = true;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, drain);
    QPointer<ExchangeClient> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, state, drain, done, verb, path, limit] {
        reply->deleteLater();
        if (!self)
            return;
        if (!state->tooLarge && reply->isOpen())
            drain();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (state->tooLarge) {
            qCWarning(lcSyncNet) << verb << path << "answer over" << limit << "bytes, cut off";
            SyncError error = SyncErrors::responseTooLarge(limit);
            error.requestId = requestId;
            error.httpStatus = status;
            done(error, requestId);
            return;
        }
        if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
            // A close after the exchange began to answer is not the handshake refusing the workstation.
            SyncError error = SyncErrors::fromNetwork(reply->error(), reply->errorString(), state->sslErrors,
                                                      state->clientCertificate || state->answered);
            qCInfo(lcSyncNet) << verb << path << "failed:" << error.code << reply->errorString()
                              << error.detail;
            done(error, requestId);
            return;
        }
        if (status >= 400) {
            SyncError error = errorFromResponse(status, state->body, requestId);
            qCInfo(lcSyncNet) << verb << path << "HTTP" << status << error.code << "request" << requestId;
            done(error, requestId);
            return;
        }
        auto parsed = BoundedJson::parseObject(state->body);
        if (!parsed) {
            SyncError error = parsed.error();
            error.requestId = requestId;
            error.httpStatus = status;
            qCWarning(lcSyncNet) << verb << path << "unreadable answer:" << error.code << error.detail;
            done(error, requestId);
            return;
        }
        qCDebug(lcSyncNet) << verb << path << "HTTP" << status << state->body.size() << "bytes";
        done(parsed.value(), requestId);
    });
}

template <typename T, typename Parse>
static void finishWith(ExchangeClient::Callback<T> done, Result<QJsonObject, SyncError> raw,
                       const QString &requestId, Parse parse)
{
    if (!raw) {
        done(raw.error());
        return;
    }
    Result<T, SyncError> result = parse(raw.value());
    if (!result) {
        SyncError error = result.error();
        error.requestId = requestId;
        done(error);
        return;
    }
    done(std::move(result));
}

void ExchangeClient::health(Callback<HealthInfo> done)
{
    send("GET", u"/api/v1/health"_s, nullptr, false,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<HealthInfo>(done, std::move(raw), id, &ExchangeClient::parseHealth);
         });
}

void ExchangeClient::signIn(const QString &user, const QString &password, Callback<SessionInfo> done)
{
    const QJsonObject body{{u"user"_s, user}, {u"password"_s, password}};
    send("POST", u"/api/v1/session"_s, &body, false,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<SessionInfo>(done, std::move(raw), id,
                                     [](const QJsonObject &o) { return parseSession(o, true); });
         });
}

void ExchangeClient::refresh(const QString &refreshToken, Callback<SessionInfo> done)
{
    const QJsonObject body{{u"refreshToken"_s, refreshToken}};
    send("POST", u"/api/v1/session/refresh"_s, &body, false,
         [done](Result<QJsonObject, SyncError> raw, const QString &id) {
             finishWith<SessionInfo>(done, std::move(raw), id,
                                     [](const QJsonObject &o) { return parseSession(o, false); });
         });
}

ExchangeClient::PushBatch ExchangeClient::PushBatch::within(QList<core::DomainEvent> events,
                                                            qint64 budgetBytes)
{
    PushBatch batch;
    QByteArray list;
    qsizetype taken = 0;
    for (; taken < events.size(); ++taken) {
        const QByteArray event = QJsonDocument(events.at(taken).toJson()).toJson(QJsonDocument::Compact);
        // The event's bytes in the body, with the comma before it.
        if (taken > 0 && list.size() + event.size() + 1 > budgetBytes)
            break;
        if (taken > 0)
            list += ',';
        list += event;
    }
    events.resize(taken);
    batch.events = std::move(events);
    batch.body = QByteArrayLiteral("{\"events\":[") + list + QByteArrayLiteral("]}");
    return batch;
}

void ExchangeClient::pushEvents(const PushBatch &batch, Callback<PushResponse> done)
{
    QStringList ids;
    for (const core::DomainEvent &event : batch.events)
        ids << event.id;
    sendText("POST", u"/api/v1/events"_s, &batch.body, true,
             [done, ids](Result<QJsonObject, SyncError> raw, const QString &id) {
                 finishWith<PushResponse>(done, std::move(raw), id, [&](const QJsonObject &o) {
                     auto parsed = parsePush(o, ids);
                     if (parsed)
                         parsed.value().requestId = id;
                     return parsed;
                 });
             });
}

void ExchangeClient::changes(qint64 cursor, int limit, Callback<ChangePage> done)
{
    const QString path = u"/api/v1/changes?cursor=%1&limit=%2"_s.arg(cursor).arg(limit);
    send("GET", path, nullptr, true, [done, cursor](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<ChangePage>(done, std::move(raw), id, [&](const QJsonObject &o) {
            auto parsed = parseChanges(o, cursor);
            if (parsed)
                parsed.value().requestId = id;
            return parsed;
        });
    });
}

SyncError ExchangeClient::errorFromResponse(int httpStatus, const QByteArray &body, const QString &requestId)
{
    QString code;
    QString message;
    auto parsed = BoundedJson::parseObject(body);
    if (parsed) {
        const QJsonObject error = parsed.value().value(u"error"_s).toObject();
        code = error.value(u"code"_s).toString();
        message = error.value(u"message"_s).toString();
    }
    return SyncErrors::fromServer(httpStatus, code, message, requestId);
}

Result<HealthInfo, SyncError> ExchangeClient::parseHealth(const QJsonObject &body)
{
    HealthInfo info;
    info.status = body.value(u"status"_s).toString();
    info.version = body.value(u"version"_s).toString();
    info.api = body.value(u"api"_s).toInt();
    info.serverTime = parseTime(body.value(u"serverTime"_s));
    if (info.status.isEmpty())
        return SyncErrors::malformed(u"health without status"_s);
    return info;
}

Result<SessionInfo, SyncError> ExchangeClient::parseSession(const QJsonObject &body, bool expectVerifier)
{
    SessionInfo s;
    s.token = body.value(u"token"_s).toString();
    s.expiresAt = parseTime(body.value(u"expiresAt"_s));
    s.refreshToken = body.value(u"refreshToken"_s).toString();
    s.refreshExpiresAt = parseTime(body.value(u"refreshExpiresAt"_s));
    const QJsonObject user = body.value(u"user"_s).toObject();
    s.userId = user.value(u"id"_s).toString();
    s.displayName = user.value(u"displayName"_s).toString();
    s.role = user.value(u"role"_s).toString();
    s.offlineVerifier = body.value(u"offlineVerifier"_s).toString();
    s.workstation = body.value(u"workstation"_s).toString();
    s.authority = user.value(u"authority"_s).toString();
    s.provincial = user.value(u"provincial"_s).toBool();
    s.workstationAuthority = body.value(u"workstationAuthority"_s).toString();
    if (s.token.isEmpty() || s.refreshToken.isEmpty())
        return SyncErrors::malformed(u"session without token"_s);
    if (expectVerifier && s.userId.isEmpty())
        return SyncErrors::malformed(u"session without user"_s);
    return s;
}

QString SessionInfo::counterAuthority() const
{
    if (core::Authority::isValid(workstationAuthority))
        return workstationAuthority;
    if (!provincial && core::Authority::isValid(authority) && !core::Authority::isProvincial(authority))
        return authority;
    return {};
}

Result<PushResponse, SyncError> ExchangeClient::parsePush(const QJsonObject &body,
                                                          const QStringList &eventIds)
{
    const QJsonArray results = body.value(u"results"_s).toArray();
    if (results.size() != eventIds.size())
        return SyncErrors::malformed(u"%1 results for %2 events"_s.arg(results.size()).arg(eventIds.size()));
    PushResponse response;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        PushResult r;
        r.id = o.value(u"id"_s).toString();
        if (r.id != eventIds.at(i))
            return SyncErrors::malformed(
                u"result %1 is for event %2, not %3"_s.arg(i).arg(r.id, eventIds.at(i)));
        const QString status = o.value(u"status"_s).toString();
        if (status == u"applied"_s)
            r.status = PushStatus::Applied;
        else if (status == u"duplicate"_s)
            r.status = PushStatus::Duplicate;
        else if (status == u"conflict"_s)
            r.status = PushStatus::Conflict;
        else if (status == u"rejected"_s)
            r.status = PushStatus::Rejected;
        else
            return SyncErrors::malformed(u"unknown status \"%1\""_s.arg(status.left(40)));
        r.caseVersion = o.value(u"caseVersion"_s).toInt();
        const QJsonObject error = o.value(u"error"_s).toObject();
        r.errorCode = error.value(u"code"_s).toString();
        r.errorMessage = error.value(u"message"_s).toString();
        r.current = o.value(u"current"_s).toObject();
        response.results.append(std::move(r));
    }
    return response;
}

Result<ChangePage, SyncError> ExchangeClient::parseChanges(const QJsonObject &body, qint64 cursor)
{
    if (!body.value(u"changes"_s).isArray() || !body.value(u"nextCursor"_s).isDouble())
        return SyncErrors::malformed(u"change page without changes or nextCursor"_s);
    ChangePage page;
    // A whole number that fits a qint64; casting any other double to one is undefined behaviour.
    page.nextCursor = body.value(u"nextCursor"_s).toInteger(-1);
    if (page.nextCursor < 0)
        return SyncErrors::malformed(u"nextCursor is not a whole number, 0 or more"_s);
    page.hasMore = body.value(u"hasMore"_s).toBool();
    if (page.nextCursor < cursor)
        return SyncErrors::malformed(u"nextCursor %1 before cursor %2"_s.arg(page.nextCursor).arg(cursor));
    const QJsonArray changes = body.value(u"changes"_s).toArray();
    if (page.hasMore && changes.isEmpty() && page.nextCursor == cursor)
        return SyncErrors::malformed(u"empty page claims more"_s);
    for (const QJsonValue &value : changes) {
        const QJsonObject o = value.toObject();
        Change c;
        c.seq = o.value(u"seq"_s).toInteger();
        c.kind = o.value(u"kind"_s).toString();
        c.caseId = o.value(u"caseId"_s).toString();
        c.record = o.value(u"case"_s).toObject();
        c.origin = o.value(u"origin"_s).toString();
        c.serverTime = parseTime(o.value(u"serverTime"_s));
        page.changes.append(std::move(c));
    }
    return page;
}

} // namespace ow::sync
