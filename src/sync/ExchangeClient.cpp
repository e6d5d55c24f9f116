#include "ExchangeClient.h"

#include "BoundedJson.h"
#include "ChangeFeed.h"
#include "ExchangeClientFinish.h"
#include "SyncLog.h"
#include "core/Authority.h"
#include "core/IsoTime.h"
#include "protocol/ChangesWire.h"
#include "protocol/Gzip.h"
#include "protocol/WireKeys.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace ow::sync {

using protocol::Endpoint;
namespace keys = protocol::keys;

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    return core::isotime::fromText(value.toString());
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

// Reads `reply` into `state` as it arrives, never more than `limit` bytes: an answer announced or
// growing past it is aborted and marked too large. Answers the function that takes what is there.
std::function<void()> readBounded(QNetworkReply *reply, const std::shared_ptr<ReplyState> &state,
                                  qint64 limit)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [state](const QList<QSslError> &errors) {
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
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, limit] {
        state->answered = true;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > limit) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, drain);
    return drain;
}

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
    m_exchangeTakesGzip = false; // until this exchange says so
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

void ExchangeClient::send(protocol::Endpoint endpoint, const QUrlQuery &query, const QJsonObject *body,
                          RawCallback done)
{
    if (!body) {
        sendText(endpoint, query, nullptr, std::move(done));
        return;
    }
    const QByteArray text = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    sendText(endpoint, query, &text, std::move(done));
}

void ExchangeClient::sendText(protocol::Endpoint endpoint, const QUrlQuery &query, const QByteArray *body,
                              RawCallback done)
{
    Outgoing outgoing;
    outgoing.query = query;
    outgoing.body = body;
    outgoing.contentType = QByteArrayLiteral("application/json");
    outgoing.compressible = true;
    outgoing.limit = m_limit;
    const QString path = protocol::path(endpoint);
    transfer(endpoint, outgoing, [done, path](Result<Answer, SyncError> answer) {
        if (!answer) {
            done(answer.error(), answer.error().requestId);
            return;
        }
        auto parsed = BoundedJson::parseObject(answer.value().body);
        if (!parsed) {
            SyncError error = parsed.error();
            error.requestId = answer.value().requestId;
            error.httpStatus = answer.value().status;
            qCWarning(lcSyncNet) << path << "unreadable answer:" << error.code << error.detail;
            done(error, answer.value().requestId);
            return;
        }
        done(parsed.value(), answer.value().requestId);
    });
}

QNetworkRequest ExchangeClient::requestFor(protocol::Endpoint endpoint, const Outgoing &outgoing) const
{
    const protocol::EndpointSpec &spec = protocol::spec(endpoint);
    const QString path = protocol::path(endpoint, outgoing.resource);
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!outgoing.query.isEmpty())
        url.setQuery(outgoing.query);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    // Asked for here, so QNetworkAccessManager leaves the answer as it came (it decodes only what
    // it asked for itself, and bounds that by a ratio past decompressedSafetyCheckThreshold, not
    // by a size): transfer() inflates it with the protocol's codec, within the answer's limit.
    request.setRawHeader("Accept-Encoding", protocol::gzip::Token.toByteArray());
    if (spec.auth == protocol::Auth::Bearer && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (outgoing.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(outgoing.contentType));
    return request;
}

QByteArray ExchangeClient::wireBody(const Outgoing &outgoing, QNetworkRequest &request) const
{
    if (!outgoing.body)
        return {};
    if (!outgoing.compressible || !m_exchangeTakesGzip || outgoing.body->size() < protocol::gzip::WorthFrom)
        return *outgoing.body;
    request.setRawHeader("Content-Encoding", protocol::gzip::Token.toByteArray());
    return protocol::gzip::compress(*outgoing.body);
}

Result<QByteArray, SyncError> ExchangeClient::decodedBody(const QByteArray &contentEncoding,
                                                          const QByteArray &body, qint64 limit)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return body;
    if (coding != protocol::gzip::Token)
        return SyncErrors::malformed(
            u"an answer in an encoding not asked for (%1)"_s.arg(QString::fromLatin1(coding.left(40))));
    auto inflated = protocol::gzip::inflate(body, limit);
    if (inflated)
        return std::move(inflated.value());
    if (inflated.error().failure == protocol::gzip::Failure::TooLarge)
        return SyncErrors::responseTooLarge(limit);
    return SyncErrors::malformed(u"a gzip answer that cannot be read: "_s + inflated.error().detail);
}

void ExchangeClient::transfer(protocol::Endpoint endpoint, const Outgoing &outgoing, AnswerCallback done)
{
    const QByteArray verb = protocol::spec(endpoint).method.toByteArray();
    const QString path = protocol::path(endpoint, outgoing.resource);
    QNetworkRequest request = requestFor(endpoint, outgoing);
    const QByteArray body = wireBody(outgoing, request);
    QNetworkReply *reply =
        verb == "HEAD" ? m_nam->head(request) : m_nam->sendCustomRequest(request, verb, body);
    auto state = std::make_shared<ReplyState>();
    // Only over TLS can a close mean "no certificate": treat plain HTTP (tests' fakes) as if one were there.
    state->clientCertificate = !m_ssl.localCertificate().isNull() || request.url().scheme() != u"https"_s;
    const qint64 limit = outgoing.limit;

    const std::function<void()> drain = readBounded(reply, state, limit);
    if (outgoing.onSent) {
        connect(reply, &QNetworkReply::uploadProgress, this, outgoing.onSent);
    }
    QPointer<ExchangeClient> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, state, drain, done, verb, path, limit] {
        reply->deleteLater();
        if (!self)
            return;
        if (!state->tooLarge && reply->isOpen())
            drain();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (protocol::gzip::accepts(reply->rawHeader("Accept-Encoding")))
            self->m_exchangeTakesGzip = true;
        if (state->tooLarge) {
            qCWarning(lcSyncNet) << verb << path << "answer over" << limit << "bytes, cut off";
            SyncError error = SyncErrors::responseTooLarge(limit);
            error.requestId = requestId;
            error.httpStatus = status;
            done(error);
            return;
        }
        if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
            // A close after the exchange began to answer is not the handshake refusing the workstation.
            SyncError error = SyncErrors::fromNetwork(reply->error(), reply->errorString(), state->sslErrors,
                                                      state->clientCertificate || state->answered);
            error.requestId = requestId;
            qCInfo(lcSyncNet) << verb << path << "failed:" << error.code << reply->errorString()
                              << error.detail;
            done(error);
            return;
        }
        auto decoded = decodedBody(reply->rawHeader("Content-Encoding"), state->body, limit);
        if (!decoded) {
            SyncError error = decoded.error();
            error.requestId = requestId;
            error.httpStatus = status;
            qCWarning(lcSyncNet) << verb << path << "answer unreadable:" << error.code << error.detail;
            done(error);
            return;
        }
        state->body = std::move(decoded.value());
        if (status >= 400) {
            SyncError error = errorFromResponse(status, state->body, requestId);
            qCInfo(lcSyncNet) << verb << path << "HTTP" << status << error.code << "request" << requestId;
            done(error);
            return;
        }
        qCDebug(lcSyncNet) << verb << path << "HTTP" << status << state->body.size() << "bytes";
        Answer answer{status, std::move(state->body), requestId, {}};
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        done(std::move(answer));
    });
}

void ExchangeClient::health(Callback<HealthInfo> done)
{
    send(Endpoint::Health, {}, nullptr, [done](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<HealthInfo>(done, std::move(raw), id, &ExchangeClient::parseHealth);
    });
}

void ExchangeClient::signIn(const QString &user, const QString &password, Callback<SessionInfo> done)
{
    const QJsonObject body{{keys::session::User, user}, {keys::session::Password, password}};
    send(Endpoint::Session, {}, &body, [done](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<SessionInfo>(done, std::move(raw), id,
                                [](const QJsonObject &o) { return parseSession(o, true); });
    });
}

void ExchangeClient::refresh(const QString &refreshToken, Callback<SessionInfo> done)
{
    const QJsonObject body{{keys::session::RefreshToken, refreshToken}};
    send(Endpoint::SessionRefresh, {}, &body, [done](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<SessionInfo>(done, std::move(raw), id,
                                [](const QJsonObject &o) { return parseSession(o, false); });
    });
}

ExchangeClient::PushBatch ExchangeClient::PushBatch::within(const QList<QByteArray> &events,
                                                            qint64 budgetBytes)
{
    PushBatch batch;
    batch.body = QByteArrayLiteral("{\"") + QByteArray(keys::push::Events.data(), keys::push::Events.size()) +
                 QByteArrayLiteral("\":[");
    qsizetype listBytes = 0; // the events' bytes in the body, with the commas between them
    for (; batch.count < events.size(); ++batch.count) {
        const QByteArray &event = events.at(batch.count);
        if (batch.count > 0 && listBytes + event.size() + 1 > budgetBytes)
            break;
        if (batch.count > 0) {
            batch.body += ',';
            ++listBytes;
        }
        batch.body += event;
        listBytes += event.size();
    }
    batch.body += QByteArrayLiteral("]}");
    return batch;
}

QByteArray ExchangeClient::PushBatch::framed(const QString &batchId, const QString &follows) const
{
    // {"batch":"…","follows":"…", then the events as `body` has them (UUIDs need no escaping).
    QByteArray framed;
    framed.reserve(body.size() + 96);
    framed += "{\"";
    framed.append(keys::push::Batch.data(), keys::push::Batch.size());
    framed += "\":\"" + batchId.toLatin1() + "\",";
    if (!follows.isEmpty()) {
        framed += '"';
        framed.append(keys::push::Follows.data(), keys::push::Follows.size());
        framed += "\":\"" + follows.toLatin1() + "\",";
    }
    framed += QByteArrayView(body).sliced(1);
    return framed;
}

void ExchangeClient::pushEvents(const PushBatch &batch, const QString &batchId, const QString &follows,
                                const QStringList &ids, Callback<PushResponse> done)
{
    const QByteArray body = batch.framed(batchId, follows);
    sendText(Endpoint::Events, {}, &body, [done, ids](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<PushResponse>(done, std::move(raw), id, [&](const QJsonObject &o) {
            auto parsed = parsePush(o, ids);
            if (parsed)
                parsed.value().requestId = id;
            return parsed;
        });
    });
}

void ExchangeClient::changes(qint64 cursor, int limit, Callback<ChangePage> done, qint64 skipLicencesTo,
                             std::function<void(qint64 next)> ahead)
{
    Outgoing outgoing;
    outgoing.query.addQueryItem(protocol::query::Cursor, QString::number(cursor));
    outgoing.query.addQueryItem(protocol::query::Limit, QString::number(limit));
    if (skipLicencesTo > cursor)
        outgoing.query.addQueryItem(protocol::query::SkipLicencesTo, QString::number(skipLicencesTo));
    outgoing.limit = m_limit;
    // A page is parsed and its cases decoded on a pool thread: SyncEngine asks for the next page as
    // soon as one arrives, so the next one is read there while this thread stores the one before.
    // The answer comes back on this object's thread, and never once it is destroyed.
    transfer(Endpoint::Changes, outgoing, [this, done, cursor, ahead](Result<Answer, SyncError> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        if (ahead) {
            if (const auto next = protocol::changes::peekNextCursor(answer.value().body);
                next && *next > cursor)
                ahead(*next);
        }
        using Page = std::shared_ptr<Result<ChangePage, SyncError>>;
        auto promise = std::make_shared<QPromise<Page>>();
        QFuture<Page> page = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise, answer = std::move(answer.value()), cursor] {
            promise->addResult(std::make_shared<Result<ChangePage, SyncError>>(
                readPage(answer.body, answer.status, answer.requestId, cursor)));
            promise->finish();
        });
        page.then(this, [done](const Page &read) { done(std::move(*read)); });
    });
}

Result<ChangePage, SyncError> ExchangeClient::readPage(const QByteArray &body, int httpStatus,
                                                       const QString &requestId, qint64 cursor)
{
    Result<QJsonObject, SyncError> parsed = BoundedJson::parseObject(body);
    if (!parsed) {
        SyncError error = parsed.error();
        error.requestId = requestId;
        error.httpStatus = httpStatus;
        qCWarning(lcSyncNet) << protocol::path(Endpoint::Changes) << "unreadable answer:" << error.code
                             << error.detail;
        return error;
    }
    Result<ChangePage, SyncError> page = parseChanges(parsed.value(), cursor);
    if (!page) {
        SyncError error = page.error();
        error.requestId = requestId;
        return error;
    }
    ChangePage &read = page.value();
    read.requestId = requestId;
    read.cases.reserve(read.changes.size());
    for (Change &change : read.changes) {
        std::optional<core::CaseRecord> record = caseOfChange(change);
        read.cases.append(record ? std::optional(storage::RemoteCase::of(std::move(*record))) : std::nullopt);
        if (read.cases.last())
            change.record = {}; // decoded: its parsed text is freed here, not where the page is stored
    }
    return page;
}

void ExchangeClient::reserveCodes(int count, Callback<QList<quint64>> done)
{
    const QJsonObject body{{keys::codeBlocks::Count, count}};
    send(Endpoint::CodeBlocks, {}, &body, [done](Result<QJsonObject, SyncError> raw, const QString &id) {
        finishWith<QList<quint64>>(
            done, std::move(raw), id, [](const QJsonObject &o) -> Result<QList<quint64>, SyncError> {
                const std::optional<QList<quint64>> serials =
                    reservedSerials(o.value(keys::codeBlocks::Serials));
                if (!serials)
                    return SyncErrors::malformed(u"code block without valid serials"_s);
                return *serials;
            });
    });
}

SyncError ExchangeClient::errorFromResponse(int httpStatus, const QByteArray &body, const QString &requestId)
{
    QString code;
    QString message;
    auto parsed = BoundedJson::parseObject(body);
    if (parsed) {
        const QJsonObject error = parsed.value().value(keys::error::Error).toObject();
        code = error.value(keys::error::Code).toString();
        message = error.value(keys::error::Message).toString();
    }
    return SyncErrors::fromServer(httpStatus, code, message, requestId);
}

Result<HealthInfo, SyncError> ExchangeClient::parseHealth(const QJsonObject &body)
{
    HealthInfo info;
    namespace k = keys::health;
    info.status = body.value(k::Status).toString();
    info.version = body.value(k::Version).toString();
    info.api = body.value(k::Api).toInt();
    info.serverTime = parseTime(body.value(k::ServerTime));
    if (info.status.isEmpty())
        return SyncErrors::malformed(u"health without status"_s);
    return info;
}

Result<SessionInfo, SyncError> ExchangeClient::parseSession(const QJsonObject &body, bool expectVerifier)
{
    SessionInfo s;
    namespace k = keys::session;
    s.token = body.value(k::Token).toString();
    s.expiresAt = parseTime(body.value(k::ExpiresAt));
    s.refreshToken = body.value(k::RefreshToken).toString();
    s.refreshExpiresAt = parseTime(body.value(k::RefreshExpiresAt));
    const QJsonObject user = body.value(k::User).toObject();
    s.userId = user.value(k::UserId).toString();
    s.displayName = user.value(k::UserDisplayName).toString();
    s.role = user.value(k::UserRole).toString();
    s.offlineVerifier = body.value(k::OfflineVerifier).toString();
    s.workstation = body.value(k::Workstation).toString();
    s.authority = user.value(k::UserAuthority).toString();
    s.provincial = user.value(k::UserProvincial).toBool();
    s.workstationAuthority = body.value(k::WorkstationAuthority).toString();
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
    namespace k = keys::push;
    const QJsonArray results = body.value(k::Results).toArray();
    if (results.size() != eventIds.size())
        return SyncErrors::malformed(u"%1 results for %2 events"_s.arg(results.size()).arg(eventIds.size()));
    PushResponse response;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject o = results.at(i).toObject();
        PushResult r;
        r.id = o.value(k::Id).toString();
        if (r.id != eventIds.at(i))
            return SyncErrors::malformed(
                u"result %1 is for event %2, not %3"_s.arg(i).arg(r.id, eventIds.at(i)));
        const QString status = o.value(k::Status).toString();
        const std::optional<PushStatus> known = protocol::pushStatusFromWire(status);
        if (!known)
            return SyncErrors::malformed(u"unknown status \"%1\""_s.arg(status.left(40)));
        r.status = *known;
        r.caseVersion = o.value(k::CaseVersion).toInt();
        const QJsonObject error = o.value(k::Error).toObject();
        r.errorCode = error.value(keys::error::Code).toString();
        r.errorMessage = error.value(keys::error::Message).toString();
        r.current = o.value(k::Current).toObject();
        // A duplicate carries the first answer's, so a resend after a lost answer is told too.
        r.rebased = (r.status == PushStatus::Applied || r.status == PushStatus::Duplicate) &&
                    o.value(k::Rebased).toBool();
        response.results.append(std::move(r));
    }
    return response;
}

Result<ChangePage, SyncError> ExchangeClient::parseChanges(const QJsonObject &body, qint64 cursor)
{
    namespace k = keys::changes;
    if (!body.value(k::Changes).isArray() || !body.value(k::NextCursor).isDouble())
        return SyncErrors::malformed(u"change page without changes or nextCursor"_s);
    ChangePage page;
    // A whole number that fits a qint64; casting any other double to one is undefined behaviour.
    page.nextCursor = body.value(k::NextCursor).toInteger(-1);
    if (page.nextCursor < 0)
        return SyncErrors::malformed(u"nextCursor is not a whole number, 0 or more"_s);
    page.hasMore = body.value(k::HasMore).toBool();
    if (page.nextCursor < cursor)
        return SyncErrors::malformed(u"nextCursor %1 before cursor %2"_s.arg(page.nextCursor).arg(cursor));
    const QJsonArray changes = body.value(k::Changes).toArray();
    if (page.hasMore && changes.isEmpty() && page.nextCursor == cursor)
        return SyncErrors::malformed(u"empty page claims more"_s);
    for (const QJsonValue &value : changes) {
        const QJsonObject o = value.toObject();
        Change c;
        c.seq = o.value(k::Seq).toInteger();
        c.kind = o.value(k::Kind).toString();
        c.caseId = o.value(k::CaseId).toString();
        c.record = o.value(k::Case).toObject();
        c.origin = o.value(k::Origin).toString();
        c.serverTime = parseTime(o.value(k::ServerTime));
        page.changes.append(std::move(c));
    }
    return page;
}

} // namespace ow::sync
