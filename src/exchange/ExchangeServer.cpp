#include "ExchangeServer.h"

#include "ExchangeLog.h"
#include "ExchangePaths.h"
#include "ExchangeService.h"
#include "ExchangeStore.h"
#include "OpenSslSupport.h"
#include "RequestBody.h"
#include "RequestLogWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <httplib.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <thread>

namespace ow::exchange {
namespace {

// What the logger needs to know about the request this worker thread is serving.
struct RequestContext
{
    QString requestId;
    QElapsedTimer timer;
    QString errorCode;
    QString fingerprint;
    QString workstation;
    QString userId;
};

thread_local ExchangeStore *t_store = nullptr;
thread_local RequestContext t_request;

std::string jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

void writeError(httplib::Response &res, int status, const Error &error)
{
    QJsonObject body{{QStringLiteral("code"), error.code},
                     {QStringLiteral("message"), error.message},
                     {QStringLiteral("requestId"), t_request.requestId}};
    if (!error.field.isEmpty()) {
        body.insert(QStringLiteral("field"), error.field);
    }
    t_request.errorCode = error.code;
    res.status = status;
    res.set_content(jsonBody({{QStringLiteral("error"), body}}), "application/json; charset=utf-8");
}

void writeResponse(httplib::Response &res, const ApiResponse &api)
{
    t_request.userId = api.userId.isEmpty() ? t_request.userId : api.userId;
    for (auto it = api.headers.cbegin(); it != api.headers.cend(); ++it) {
        res.set_header(it.key().toStdString(), it.value().toStdString());
    }
    if (api.status >= 400) {
        writeError(res, api.status, api.error);
        return;
    }
    res.status = api.status;
    res.set_content(jsonBody(api.body), "application/json; charset=utf-8");
}

Peer peerOf(const httplib::Request &req)
{
    Peer peer;
    if (!req.ssl || SSL_get_verify_result(req.ssl) != X509_V_OK) {
        return peer;
    }
    const ssl::CertPtr cert(SSL_get1_peer_certificate(req.ssl));
    if (!cert) {
        return peer;
    }
    peer.fingerprint = ssl::fingerprint(cert.get());
    peer.commonName = ssl::commonName(cert.get());
    peer.unit = ssl::organisationalUnit(cert.get());
    return peer;
}

// Workers that each hold their own store connection for their whole life (Qt SQL connections
// belong to the thread that opened them).
class WorkerPool final : public httplib::TaskQueue
{
public:
    WorkerPool(int count, const StoreLocation &database, const QString &prefix)
    {
        for (int i = 0; i < count; ++i) {
            const QString connection = prefix + QString::number(i);
            m_threads.emplace_back([this, database, connection] { work(database, connection); });
        }
    }
    ~WorkerPool() override { shutdown(); }

    void enqueue(std::function<void()> fn) override
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_jobs.push_back(std::move(fn));
        }
        m_ready.notify_one();
    }

    void shutdown() override
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_ready.notify_all();
        for (std::thread &t : m_threads) {
            if (t.joinable()) {
                t.join();
            }
        }
    }

private:
    void work(const StoreLocation &database, const QString &connection)
    {
        auto store = ExchangeStore::open(database, connection);
        if (store) {
            t_store = store.value().get();
        } else {
            qCCritical(lcExchangeServer) << "worker cannot open the store:" << store.error().message;
        }
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_ready.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
                if (m_jobs.empty()) {
                    break;
                }
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
        t_store = nullptr;
    }

    std::vector<std::thread> m_threads;
    std::deque<std::function<void()>> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_stopping = false;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

struct ExchangeServer::Private
{
    ServerOptions options;
    std::unique_ptr<httplib::SSLServer> server;
    std::thread thread;
    std::mutex writeLock;
    std::atomic<int> port{0};
    std::atomic<bool> running{false};
    std::unique_ptr<RequestLogWriter> requestLog;

    Result<void> configure();
    void route();
    template <typename Handler> httplib::Server::Handler endpoint(bool needsSession, Handler handler);
    void log(const httplib::Request &req, const httplib::Response &res);
};

ExchangeServer::ExchangeServer(ServerOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

ExchangeServer::~ExchangeServer()
{
    stop();
}

int ExchangeServer::port() const
{
    return d->port;
}

bool ExchangeServer::isRunning() const
{
    return d->running;
}

Result<void> ExchangeServer::Private::configure()
{
    const ExchangePaths paths(options.dir);
    const ssl::CertPtr ca = ssl::certFromPem(readAll(paths.caCert()));
    const ssl::CertPtr cert = ssl::certFromPem(readAll(paths.serverCert()));
    const ssl::KeyPtr key = ssl::keyFromPem(readAll(paths.serverKey()));
    if (!ca || !cert || !key) {
        return Error{QStringLiteral("server.configuration"),
                     QStringLiteral("Cannot read ca.crt, server.crt and server.key in %1; run "
                                    "`onewindow-exchange init --dir %1` first.")
                         .arg(paths.root),
                     {}};
    }
    const Result<StoreLocation> database = StoreLocation::forDirectory(options.dir);
    if (!database) {
        return database.error();
    }
    {
        // The store must exist and be at this version before workers open it.
        auto store = ExchangeStore::open(database.value(), QStringLiteral("onewindow-exchange-startup"));
        if (!store) {
            return store.error();
        }
        qCInfo(lcExchangeServer).noquote() << "store:" << database.value().display();
    }
    server = std::make_unique<httplib::SSLServer>([&](SSL_CTX &context) {
        SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
        SSL_CTX_set_options(&context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION |
                                          SSL_OP_CIPHER_SERVER_PREFERENCE);
        if (SSL_CTX_use_certificate(&context, cert.get()) != 1 ||
            SSL_CTX_use_PrivateKey(&context, key.get()) != 1 || SSL_CTX_check_private_key(&context) != 1) {
            return false;
        }
        // Only the registry CA's certificates: the handshake fails without one (or with another CA's).
        X509_STORE *trusted = X509_STORE_new();
        if (!trusted || X509_STORE_add_cert(trusted, ca.get()) != 1) {
            X509_STORE_free(trusted);
            return false;
        }
        SSL_CTX_set_cert_store(&context, trusted);
        STACK_OF(X509_NAME) *names = sk_X509_NAME_new_null();
        if (names) {
            sk_X509_NAME_push(names, X509_NAME_dup(X509_get_subject_name(ca.get())));
            SSL_CTX_set_client_CA_list(&context, names);
        }
        SSL_CTX_set_verify(&context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
        static const unsigned char sessionContext[] = "onewindow-exchange";
        SSL_CTX_set_session_id_context(&context, sessionContext, sizeof sessionContext - 1);
        return true;
    });
    if (!server->is_valid()) {
        return Error{QStringLiteral("server.configuration"),
                     QStringLiteral("Cannot set up TLS: %1").arg(ssl::lastError()),
                     {}};
    }
    const QString prefix = QStringLiteral("onewindow-exchange-%1-").arg(quintptr(this), 0, 16);
    RequestLogWriter::Options logOptions;
    logOptions.retentionDays = options.requestLogRetentionDays;
    requestLog = std::make_unique<RequestLogWriter>(database.value(), prefix + QStringLiteral("log"),
                                                    writeLock, logOptions);
    const int threads = options.threads;
    server->new_task_queue = [location = database.value(), prefix, threads] {
        return new WorkerPool(threads, location, prefix);
    };
    server->set_payload_max_length(size_t(options.maxBodyBytes));
    server->set_keep_alive_max_count(10000);
    server->set_keep_alive_timeout(options.keepAliveSeconds);
    server->set_read_timeout(10, 0);
    server->set_write_timeout(10, 0);
    server->set_tcp_nodelay(true);
    route();
    return {};
}

template <typename Handler>
httplib::Server::Handler ExchangeServer::Private::endpoint(bool needsSession, Handler handler)
{
    const auto serve = [this, needsSession, handler](const httplib::Request &req, httplib::Response &res) {
        if (!t_store) {
            writeError(res, 503,
                       Error{QStringLiteral("server.unavailable"),
                             QStringLiteral("The exchange's store is not open."),
                             {}});
            return;
        }
        ExchangeService service(*t_store, writeLock);
        const Peer peer = peerOf(req);
        t_request.fingerprint = peer.fingerprint;
        t_request.workstation = peer.commonName;
        const Result<CertificateRecord> certificate = service.identify(peer);
        if (!certificate) {
            writeError(res, ExchangeService::statusFor(certificate.error()), certificate.error());
            return;
        }
        std::optional<Caller> caller;
        if (needsSession) {
            Result<Caller> authenticated = service.authenticate(
                certificate.value(), QByteArray::fromStdString(req.get_header_value("Authorization")));
            if (!authenticated) {
                writeError(res, ExchangeService::statusFor(authenticated.error()), authenticated.error());
                return;
            }
            caller = authenticated.value();
            t_request.userId = caller->user->id;
        }
        QJsonObject body;
        if (req.method == "POST") {
            Result<QJsonObject> parsed = parseRequestBody(QByteArray::fromStdString(req.body));
            if (!parsed) {
                writeError(res, 400, parsed.error());
                return;
            }
            body = std::move(parsed).value();
        }
        writeResponse(res, handler(service, certificate.value(), caller, req, body));
    };
    return [serve](const httplib::Request &req, httplib::Response &res) {
        serve(req, res);
        // The store's connection was lost (a database restart, an administrator ending sessions):
        // nothing was written, so the request runs once more on a new connection instead of
        // failing the first caller of each worker.
        if (res.status == 503 && t_store && t_store->connectionLost()) {
            qCInfo(lcExchangeServer) << "store connection lost; running" << QString::fromStdString(req.path)
                                     << "again on a new one";
            res = httplib::Response{};
            res.set_header("X-Request-Id", t_request.requestId.toStdString()); // as the pre-routing set it
            t_request.errorCode.clear();
            serve(req, res);
        }
    };
}

void ExchangeServer::Private::route()
{
    using Req = httplib::Request;
    using Opt = std::optional<Caller>;
    server->set_pre_routing_handler([](const Req &, httplib::Response &res) {
        t_request = RequestContext{};
        t_request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t_request.timer.start();
        res.set_header("X-Request-Id", t_request.requestId.toStdString());
        return httplib::Server::HandlerResponse::Unhandled;
    });
    server->set_error_handler(httplib::Server::HandlerWithResponse([](const Req &, httplib::Response &res) {
        if (t_request.requestId.isEmpty()) {
            t_request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            t_request.timer.start();
        }
        if (!res.has_header("X-Request-Id")) {
            res.set_header("X-Request-Id", t_request.requestId.toStdString());
        }
        if (!res.body.empty()) {
            return httplib::Server::HandlerResponse::Unhandled; // ours already
        }
        const int status = res.status;
        if (status == 404) {
            writeError(res, 404,
                       Error{QStringLiteral("request.not_found"), QStringLiteral("No such endpoint."), {}});
        } else if (status == 413) {
            writeError(res, 413,
                       Error{QStringLiteral("request.too_large"),
                             QStringLiteral("The request body is larger than 8 MiB."),
                             {}});
        } else if (status < 500) {
            writeError(res, status,
                       Error{QStringLiteral("request.malformed"), QStringLiteral("Bad request."), {}});
        } else {
            writeError(res, status,
                       Error{QStringLiteral("server.internal"), QStringLiteral("Internal error."), {}});
        }
        return httplib::Server::HandlerResponse::Handled;
    }));
    server->set_exception_handler([](const Req &, httplib::Response &res, std::exception_ptr) {
        writeError(res, 500, Error{QStringLiteral("server.internal"), QStringLiteral("Internal error."), {}});
    });
    server->set_logger([this](const Req &req, const httplib::Response &res) { log(req, res); });

    server->Get("/api/v1/health",
                endpoint(false, [](ExchangeService &s, const CertificateRecord &, const Opt &, const Req &,
                                   const QJsonObject &) { return s.health(); }));
    server->Post("/api/v1/session",
                 endpoint(false, [](ExchangeService &s, const CertificateRecord &c, const Opt &, const Req &,
                                    const QJsonObject &body) { return s.signIn(c, body); }));
    server->Post("/api/v1/session/refresh",
                 endpoint(false, [](ExchangeService &s, const CertificateRecord &c, const Opt &, const Req &,
                                    const QJsonObject &body) { return s.refresh(c, body); }));
    server->Post(
        "/api/v1/events",
        endpoint(true, [](ExchangeService &s, const CertificateRecord &, const Opt &caller, const Req &,
                          const QJsonObject &body) { return s.pushEvents(*caller, body); }));
    server->Get("/api/v1/changes", endpoint(true, [](ExchangeService &s, const CertificateRecord &,
                                                     const Opt &caller, const Req &req, const QJsonObject &) {
                    return s.changes(*caller, QString::fromStdString(req.get_param_value("cursor")),
                                     QString::fromStdString(req.get_param_value("limit")));
                }));
    server->Post("/api/v1/intake",
                 endpoint(false, [](ExchangeService &s, const CertificateRecord &c, const Opt &, const Req &,
                                    const QJsonObject &body) { return s.intake(c, body); }));
    server->Get("/api/v1/admin/users",
                endpoint(true, [](ExchangeService &s, const CertificateRecord &, const Opt &caller,
                                  const Req &, const QJsonObject &) { return s.adminUsers(*caller); }));
    server->Get(
        "/api/v1/admin/workstations",
        endpoint(true, [](ExchangeService &s, const CertificateRecord &, const Opt &caller, const Req &,
                          const QJsonObject &) { return s.adminWorkstations(*caller); }));
}

void ExchangeServer::Private::log(const httplib::Request &req, const httplib::Response &res)
{
    RequestLogEntry entry;
    entry.requestId = t_request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                    : t_request.requestId;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.method = QString::fromStdString(req.method);
    entry.path = QString::fromStdString(req.path).left(512);
    entry.status = res.status;
    entry.errorCode = t_request.errorCode;
    entry.fingerprint = t_request.fingerprint;
    entry.workstation = t_request.workstation;
    entry.userId = t_request.userId;
    entry.durationMs = t_request.timer.isValid() ? t_request.timer.elapsed() : 0;
    if (res.status >= 400) {
        qCInfo(lcExchangeRequest).noquote()
            << entry.requestId << entry.method << entry.path << entry.status << entry.errorCode
            << entry.workstation << entry.userId << entry.durationMs << "ms";
    } else {
        qCDebug(lcExchangeRequest).noquote() << entry.requestId << entry.method << entry.path << entry.status
                                             << entry.workstation << entry.userId << entry.durationMs << "ms";
    }
    if (requestLog) {
        requestLog->add(std::move(entry));
    }
    t_request = RequestContext{};
}

Result<int> ExchangeServer::start()
{
    if (d->running) {
        return d->port.load();
    }
    if (auto configured = d->configure(); !configured) {
        return configured.error();
    }
    const std::string host = d->options.host.toStdString();
    int port = d->options.port;
    if (port == 0) {
        port = d->server->bind_to_any_port(host);
    } else if (!d->server->bind_to_port(host, port)) {
        port = -1;
    }
    if (port <= 0) {
        return Error{QStringLiteral("server.bind"),
                     QStringLiteral("Cannot listen on %1:%2 (in use, or not an address of this machine).")
                         .arg(d->options.host)
                         .arg(d->options.port),
                     {}};
    }
    d->port = port;
    d->running = true;
    d->thread = std::thread([this] {
        d->server->listen_after_bind();
        d->running = false;
    });
    qCInfo(lcExchangeServer).noquote()
        << "listening on" << QStringLiteral("https://%1:%2").arg(d->options.host).arg(port);
    return port;
}

void ExchangeServer::stop()
{
    if (d->server) {
        // httplib's stop() does nothing before its loop runs: wait for the loop (or its end).
        while (d->running && !d->server->is_running()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        d->server->stop();
    }
    if (d->thread.joinable()) {
        d->thread.join();
    }
    d->requestLog.reset(); // writes what is queued
    d->running = false;
}

Result<void> ExchangeServer::run()
{
    const Result<int> started = start();
    if (!started) {
        return started.error();
    }
    if (d->thread.joinable()) {
        d->thread.join();
    }
    return {};
}

} // namespace ow::exchange
