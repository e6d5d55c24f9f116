#include "ExchangeServer.h"

#include "ExchangeLog.h"
#include "ExchangeStore.h"
#include "LicenceRegistry.h"
#include "http/HttpConnection.h"
#include "http/MutualTls.h"
#include "http/PublicConnection.h"
#include "http/ServerState.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <exception>
#include <sys/resource.h>
#include <thread>

namespace ow::exchange {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Every connection is a descriptor: allow as many as the system lets this process have.
void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

Error bindError(const ServerOptions &options, int port, const QString &why)
{
    return Error{QStringLiteral("server.bind"),
                 QStringLiteral("Cannot listen on %1:%2: %3.").arg(options.host).arg(port).arg(why),
                 {}};
}

// Licences confirmed but not yet published (by an exchange from before publication was its own act)
// are published before the first request.
Result<void> publishPending(ExchangeStore &store)
{
    const Result<int> published =
        store.inTransaction([&] { return LicenceRegistry(store).publishPending(); });
    if (!published) {
        return published.error();
    }
    if (published.value() > 0) {
        qCInfo(lcExchangeServer) << "published" << published.value() << "licence(s) confirmed before";
    }
    return {};
}

} // namespace

struct ExchangeServer::Private
{
    ServerOptions options;
    // Declared first, so it goes last: connections use it until the event loop is gone.
    std::unique_ptr<http::ServerState> state;
    std::unique_ptr<net::ssl::context> tls;
    std::unique_ptr<net::io_context> io;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::unique_ptr<net::steady_timer> acceptRetry;
    // The public lookup's listener, when served.
    std::unique_ptr<net::ssl::context> publicTls;
    std::unique_ptr<tcp::acceptor> publicAcceptor;
    std::vector<std::thread> ioThreads;
    std::atomic<int> port{0};
    std::atomic<int> publicPort{0};
    std::atomic<bool> running{false};

    Result<void> configure();
    Result<std::unique_ptr<tcp::acceptor>> listen(int onPort);
    void accept();
    void onAccept(boost::system::error_code ec, tcp::socket socket);
    void acceptPublic();
    void teardown();
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

int ExchangeServer::publicPort() const
{
    return d->publicPort;
}

bool ExchangeServer::isRunning() const
{
    return d->running;
}

Result<void> ExchangeServer::Private::configure()
{
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
        if (auto published = publishPending(*store.value()); !published) {
            return published.error();
        }
    }
    tls = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
    if (auto configured = http::configureMutualTls(tls->native_handle(), options.dir); !configured) {
        return configured.error();
    }
    state = std::make_unique<http::ServerState>(options);
    auto signer = LicenceSigner::load(ExchangePaths(options.dir), options.lookupPrefix);
    if (!signer) {
        return signer.error();
    }
    state->signer = std::move(signer).value();
    const QString prefix = QStringLiteral("onewindow-exchange-%1-").arg(quintptr(this), 0, 16);
    state->storeWorkers = std::make_unique<http::WorkerPool>(options.threads, options.queueLimit,
                                                             database.value(), prefix + QStringLiteral("w"));
    state->signInWorkers = std::make_unique<http::WorkerPool>(options.signInThreads, options.queueLimit,
                                                              database.value(), prefix + QStringLiteral("s"));
    if (options.publicPort >= 0) {
        publicTls = std::make_unique<net::ssl::context>(net::ssl::context::tls_server);
        if (auto configured = http::configurePublicTls(publicTls->native_handle(), options.dir);
            !configured) {
            return configured.error();
        }
        state->publicWorkers = std::make_unique<http::WorkerPool>(
            options.publicThreads, options.publicQueueLimit, database.value(), prefix + QStringLiteral("p"));
    }
    RequestLogWriter::Options logOptions;
    logOptions.retentionDays = options.requestLogRetentionDays;
    state->requestLog = std::make_unique<RequestLogWriter>(database.value(), prefix + QStringLiteral("log"),
                                                           state->writeLock, logOptions);
    return {};
}

Result<std::unique_ptr<tcp::acceptor>> ExchangeServer::Private::listen(int onPort)
{
    boost::system::error_code ec;
    tcp::resolver resolver(*io);
    const auto endpoints = resolver.resolve(options.host.toStdString(), std::to_string(onPort),
                                            tcp::resolver::numeric_service, ec);
    if (ec || endpoints.empty()) {
        return bindError(options, onPort, QStringLiteral("not an address of this machine"));
    }
    const tcp::endpoint endpoint = endpoints.begin()->endpoint();
    auto bound = std::make_unique<tcp::acceptor>(*io);
    bound->open(endpoint.protocol(), ec);
    // SO_REUSEADDR lets a restarted exchange listen at once after the last one's connections;
    // it never lets two listen on one port (that would take SO_REUSEPORT).
    if (!ec) {
        bound->set_option(net::socket_base::reuse_address(true), ec);
    }
    if (!ec) {
        bound->bind(endpoint, ec);
    }
    if (!ec) {
        bound->listen(net::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        const QString why = ec == net::error::address_in_use
                                ? QStringLiteral("the address is in use (another exchange is running?)")
                                : QString::fromStdString(ec.message());
        return bindError(options, onPort, why);
    }
    return bound;
}

void ExchangeServer::Private::accept()
{
    acceptor->async_accept(net::make_strand(*io), [this](boost::system::error_code ec, tcp::socket socket) {
        onAccept(ec, std::move(socket));
    });
}

void ExchangeServer::Private::onAccept(boost::system::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted || !acceptor->is_open()) {
        return;
    }
    if (ec) {
        // Out of descriptors, most likely: try again shortly instead of spinning.
        qCWarning(lcExchangeServer).noquote() << "accept failed:" << QString::fromStdString(ec.message());
        acceptRetry->expires_after(std::chrono::milliseconds(50));
        acceptRetry->async_wait([this](boost::system::error_code waited) {
            if (!waited) {
                accept();
            }
        });
        return;
    }
    if (state->connections.load() >= options.maxConnections) {
        qCWarning(lcExchangeServer) << "connection limit reached" << options.maxConnections
                                    << "; refusing one";
        socket.close(ec);
    } else {
        socket.set_option(tcp::no_delay(true), ec);
        std::make_shared<http::HttpConnection>(std::move(socket), *tls, *state)->start();
    }
    accept();
}

void ExchangeServer::Private::acceptPublic()
{
    publicAcceptor->async_accept(
        net::make_strand(*io), [this](boost::system::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || !publicAcceptor->is_open()) {
                return;
            }
            if (!ec && state->publicConnections.load() < options.publicMaxConnections) {
                socket.set_option(tcp::no_delay(true), ec);
                std::make_shared<http::PublicConnection>(std::move(socket), *publicTls, *state)->start();
            } else {
                socket.close(ec); // out of descriptors, or too many at once: refused, the API unharmed
            }
            acceptPublic();
        });
}

Result<int> ExchangeServer::start()
{
    if (d->running) {
        return d->port.load();
    }
    raiseDescriptorLimit();
    if (auto configured = d->configure(); !configured) {
        d->teardown();
        return configured.error();
    }
    d->io = std::make_unique<net::io_context>(std::max(1, d->options.ioThreads));
    auto listening = d->listen(d->options.port);
    if (!listening) {
        d->teardown();
        return listening.error();
    }
    d->acceptor = std::move(listening).value();
    d->port = d->acceptor->local_endpoint().port();
    if (d->publicTls) {
        auto lookup = d->listen(d->options.publicPort);
        if (!lookup) {
            d->teardown();
            return lookup.error();
        }
        d->publicAcceptor = std::move(lookup).value();
        d->publicPort = d->publicAcceptor->local_endpoint().port();
    }
    d->acceptRetry = std::make_unique<net::steady_timer>(*d->io);
    d->accept();
    if (d->publicAcceptor) {
        d->acceptPublic();
    }
    for (int i = 0; i < std::max(1, d->options.ioThreads); ++i) {
        d->ioThreads.emplace_back([io = d->io.get()] {
            // A handler that throws ends that connection, never the event loop.
            for (;;) {
                try {
                    io->run();
                    return;
                } catch (const std::exception &e) {
                    qCCritical(lcExchangeServer) << "event loop handler failed:" << e.what();
                }
            }
        });
    }
    d->running = true;
    qCInfo(lcExchangeServer).noquote()
        << "listening on" << QStringLiteral("https://%1:%2").arg(d->options.host).arg(d->port.load());
    if (d->publicAcceptor) {
        qCInfo(lcExchangeServer).noquote() << "public licence lookup on"
                                           << QStringLiteral("https://%1:%2%3")
                                                  .arg(d->options.host)
                                                  .arg(d->publicPort.load())
                                                  .arg(QString::fromLatin1(PublicLookup::PathPrefix));
    }
    return d->port.load();
}

void ExchangeServer::Private::teardown()
{
    if (io && acceptor) {
        net::post(*io, [this] {
            boost::system::error_code ignored;
            acceptor->close(ignored);
            if (publicAcceptor) {
                publicAcceptor->close(ignored);
            }
            acceptRetry->cancel();
        });
    }
    if (state && state->storeWorkers) {
        // The requests under way end; the waiting ones are dropped with their connections.
        state->storeWorkers->stop();
        if (state->signInWorkers) {
            state->signInWorkers->stop();
        }
        if (state->publicWorkers) {
            state->publicWorkers->stop();
        }
    }
    if (io) {
        io->stop();
    }
    for (std::thread &thread : ioThreads) {
        thread.join();
    }
    ioThreads.clear();
    acceptRetry.reset();
    acceptor.reset();
    publicAcceptor.reset();
    publicPort = 0;
    io.reset(); // destroys the connections still open
    tls.reset();
    publicTls.reset();
    state.reset(); // the request log writes what is queued
}

void ExchangeServer::stop()
{
    d->teardown();
    d->running = false;
}

} // namespace ow::exchange
