#include "FaultProxy.h"

#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <sys/socket.h>

namespace ow::test {

namespace {

const QByteArray HeaderEnd = QByteArrayLiteral("\r\n\r\n");

// RST instead of FIN when the socket is closed.
void resetOnClose(QAbstractSocket *socket)
{
    if (!socket || socket->socketDescriptor() < 0)
        return;
    const linger hard{1, 0};
    (void)::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
}

void closeSocket(QAbstractSocket *socket, bool reset)
{
    if (!socket)
        return;
    socket->disconnect();
    if (reset) {
        resetOnClose(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    // What was written goes out before the FIN; the socket goes when it is closed.
    socket->flush();
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

// One HTTP/1.1 message at the start of `buffer`: its length when complete, else -1. Knows
// Content-Length and chunked bodies (the exchange sends the former).
qsizetype messageLength(const QByteArray &buffer, QByteArray *firstLine = nullptr,
                        QByteArray *headers = nullptr)
{
    const qsizetype end = buffer.indexOf(HeaderEnd);
    if (end < 0)
        return -1;
    const QByteArray head = buffer.left(end);
    const qsizetype lineEnd = head.indexOf("\r\n");
    if (firstLine)
        *firstLine = lineEnd < 0 ? head : head.left(lineEnd);
    if (headers)
        *headers = head;
    qint64 length = 0;
    bool chunked = false;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    const qsizetype bodyStart = end + HeaderEnd.size();
    if (chunked) {
        const qsizetype last = buffer.indexOf("\r\n0\r\n\r\n", bodyStart - 2);
        return last < 0 ? -1 : last + 7;
    }
    return buffer.size() - bodyStart >= length ? bodyStart + length : -1;
}

QByteArray headerValue(const QByteArray &headers, const QByteArray &wanted)
{
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == wanted)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

class FaultProxy::Listener : public QTcpServer
{
public:
    std::function<void(qintptr)> accept;

protected:
    void incomingConnection(qintptr descriptor) override { accept(descriptor); }
};

struct FaultProxy::Pipe
{
    QPointer<QTcpSocket> down;
    QPointer<QTcpSocket> up;
    QByteArray toServerBeforeConnect;
    QByteArray held[2];
    bool stalled[2] = {false, false};
    bool closed = false;
    int onTheWay = 0;              // chunks on the slow link, not yet written
    bool closeWhenArrived = false; // a clean close waits for them
};

struct FaultProxy::HttpPipe
{
    QPointer<QSslSocket> down;
    QPointer<QSslSocket> up;
    bool upReady = false;
    QByteArray fromClient;
    QByteArray fromServer;
    QByteArray pendingRequest; // waiting for the upstream connection
    bool awaiting = false;     // a request is at the exchange
    bool hasFault = false;
    HttpFault fault;
    QByteArray path;
    bool closed = false;
};

FaultProxy::FaultProxy(QObject *parent) : QObject(parent), m_listener(new Listener)
{
    m_listener->setParent(this);
}

FaultProxy::~FaultProxy()
{
    for (const auto &pipe : std::as_const(m_pipes))
        pipe->closed = true;
    for (const auto &pipe : std::as_const(m_httpPipes))
        pipe->closed = true;
}

bool FaultProxy::listenTcp(quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    m_listener->accept = [this](qintptr descriptor) {
        acceptTcp(descriptor);
    };
    m_clock.start();
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

bool FaultProxy::listenTls(quint16 upstreamPort, const QSslConfiguration &server,
                           const QSslConfiguration &upstream)
{
    m_upstreamPort = upstreamPort;
    m_serverSsl = server;
    m_upstreamSsl = upstream;
    m_listener->accept = [this](qintptr descriptor) {
        acceptTls(descriptor);
    };
    m_clock.start();
    return m_listener->listen(QHostAddress::LocalHost, 0);
}

QSslConfiguration FaultProxy::serverConfiguration(const QString &certPemPath, const QString &keyPemPath)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPemPath);
    if (!certificates.isEmpty())
        ssl.setLocalCertificate(certificates.first());
    QFile key(keyPemPath);
    if (key.open(QIODevice::ReadOnly))
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

quint16 FaultProxy::port() const
{
    return m_listener->serverPort();
}

void FaultProxy::addFault(const TcpFault &fault)
{
    m_tcpFaults.append(fault);
}

void FaultProxy::addFault(const HttpFault &fault)
{
    m_httpFaults.append(fault);
}

qsizetype FaultProxy::pendingFaults() const
{
    return m_tcpFaults.size() + m_httpFaults.size();
}

void FaultProxy::fire(const QString &description, const QString &requestId)
{
    m_fired.append({description, requestId, m_clock.elapsed()});
    qInfo("proxy fault: %s %s", qPrintable(description), qPrintable(requestId));
    emit faultFired(description);
}

void FaultProxy::resetAll()
{
    const auto pipes = m_pipes;
    for (const auto &pipe : pipes)
        closePipe(pipe, true);
    const auto httpPipes = m_httpPipes;
    for (const auto &pipe : httpPipes)
        closeHttpPipe(pipe, true);
}

// ---- TCP mode --------------------------------------------------------------------------------

void FaultProxy::acceptTcp(qintptr descriptor)
{
    auto pipe = std::make_shared<Pipe>();
    pipe->down = new QTcpSocket(this);
    if (!pipe->down->setSocketDescriptor(descriptor)) {
        delete pipe->down;
        return;
    }
    ++m_connections;
    pipe->up = new QTcpSocket(this);
    m_pipes.append(pipe);
    std::weak_ptr<Pipe> weak = pipe;
    connect(pipe->down, &QTcpSocket::readyRead, this, [this, weak] {
        if (auto p = weak.lock(); p && !p->closed)
            forward(p, Direction::ToServer, p->down->readAll());
    });
    connect(pipe->up, &QTcpSocket::readyRead, this, [this, weak] {
        if (auto p = weak.lock(); p && !p->closed)
            forward(p, Direction::ToClient, p->up->readAll());
    });
    connect(pipe->up, &QTcpSocket::connected, this, [weak] {
        if (auto p = weak.lock(); p && !p->closed && !p->toServerBeforeConnect.isEmpty()) {
            p->up->write(p->toServerBeforeConnect);
            p->toServerBeforeConnect.clear();
        }
    });
    // A close on one side closes the other (after what is buffered for it).
    connect(pipe->down, &QTcpSocket::disconnected, this, [this, weak] {
        if (auto p = weak.lock())
            closePipe(p, false);
    });
    connect(pipe->up, &QTcpSocket::disconnected, this, [this, weak] {
        // While the answer is stalled, the close waits for the end of the stall.
        if (auto p = weak.lock(); p && !p->stalled[int(Direction::ToClient)])
            closePipe(p, false);
    });
    connect(pipe->up, &QTcpSocket::errorOccurred, this, [this, weak](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        if (auto p = weak.lock())
            closePipe(p, true);
    });
    pipe->up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::forward(const std::shared_ptr<Pipe> &pipe, Direction direction, QByteArray data)
{
    const int d = int(direction);
    QTcpSocket *target = direction == Direction::ToServer ? pipe->up : pipe->down;
    auto write = [&](const QByteArray &bytes) {
        if (bytes.isEmpty() || !target)
            return;
        if (pipe->stalled[d]) {
            pipe->held[d] += bytes;
        } else if (direction == Direction::ToServer && target->state() != QAbstractSocket::ConnectedState) {
            pipe->toServerBeforeConnect += bytes;
        } else {
            deliver(pipe, direction, bytes);
        }
    };
    while (!data.isEmpty()) {
        if (m_tcpFaults.isEmpty() || m_tcpFaults.first().direction != direction) {
            m_counted[d] += data.size();
            write(data);
            return;
        }
        const TcpFault fault = m_tcpFaults.first();
        const qint64 remaining = fault.afterBytes - m_counted[d];
        if (data.size() < remaining) {
            m_counted[d] += data.size();
            write(data);
            return;
        }
        write(data.left(remaining));
        data = data.mid(remaining);
        m_tcpFaults.removeFirst();
        m_counted[0] = m_counted[1] = 0;
        const QString where = QStringLiteral("after %1 bytes to the %2")
                                  .arg(fault.afterBytes)
                                  .arg(direction == Direction::ToClient ? QStringLiteral("client")
                                                                        : QStringLiteral("exchange"));
        switch (fault.kind) {
        case TcpFault::Kind::Reset:
            fire(QStringLiteral("tcp reset ") + where);
            closePipe(pipe, true);
            return;
        case TcpFault::Kind::Truncate:
            fire(QStringLiteral("tcp truncate ") + where);
            closePipe(pipe, false);
            return;
        case TcpFault::Kind::Stall: {
            fire(QStringLiteral("tcp stall %1 ms ").arg(fault.stallMs) + where);
            pipe->stalled[d] = true;
            std::weak_ptr<Pipe> weak = pipe;
            QTimer::singleShot(fault.stallMs, this, [this, weak, d, direction] {
                auto p = weak.lock();
                if (!p || p->closed)
                    return;
                p->stalled[d] = false;
                QTcpSocket *to = direction == Direction::ToServer ? p->up : p->down;
                if (to && !p->held[d].isEmpty())
                    to->write(p->held[d]);
                p->held[d].clear();
                if (!p->up || p->up->state() == QAbstractSocket::UnconnectedState)
                    closePipe(p, false);
            });
            break; // the rest of `data` is held
        }
        }
    }
}

void FaultProxy::setLink(int oneWayDelayMs, qint64 bytesPerSecond)
{
    m_delayMs = std::max(0, oneWayDelayMs);
    m_bytesPerSecond = std::max<qint64>(0, bytesPerSecond);
}

void FaultProxy::deliver(const std::shared_ptr<Pipe> &pipe, Direction direction, const QByteArray &bytes)
{
    const int d = int(direction);
    m_carried[d] += bytes.size();
    if (m_delayMs == 0 && m_bytesPerSecond == 0) {
        QTcpSocket *target = direction == Direction::ToServer ? pipe->up : pipe->down;
        if (target)
            target->write(bytes);
        return;
    }
    // Segments of a few KiB, as a link carries them: each leaves when the link has sent the ones
    // before it, and arrives the one-way delay later.
    constexpr qsizetype Segment = 4096;
    const qint64 nowUs = m_clock.nsecsElapsed() / 1000;
    std::weak_ptr<Pipe> weak = pipe;
    for (qsizetype at = 0; at < bytes.size(); at += Segment) {
        const QByteArray segment = bytes.mid(at, Segment);
        qint64 leaves = nowUs;
        if (m_bytesPerSecond > 0) {
            leaves = std::max(nowUs, m_linkFreeAtUs[d]) + segment.size() * 1000000 / m_bytesPerSecond;
            m_linkFreeAtUs[d] = leaves;
        }
        const qint64 arrivesInMs = std::max<qint64>(0, (leaves - nowUs) / 1000 + m_delayMs);
        ++pipe->onTheWay;
        QTimer::singleShot(std::chrono::milliseconds(arrivesInMs), Qt::PreciseTimer, this,
                           [this, weak, direction, segment] {
                               auto p = weak.lock();
                               if (!p)
                                   return;
                               --p->onTheWay;
                               QTcpSocket *target = direction == Direction::ToServer ? p->up : p->down;
                               if (!p->closed && target)
                                   target->write(segment);
                               if (p->onTheWay == 0 && p->closeWhenArrived)
                                   closePipe(p, false);
                           });
    }
}

void FaultProxy::closePipe(const std::shared_ptr<Pipe> &pipe, bool reset)
{
    if (pipe->closed)
        return;
    if (!reset && pipe->onTheWay > 0) {
        pipe->closeWhenArrived = true;
        return;
    }
    pipe->closed = true;
    closeSocket(pipe->down, reset);
    closeSocket(pipe->up, reset);
    m_pipes.removeOne(pipe);
}

// ---- TLS mode --------------------------------------------------------------------------------

void FaultProxy::acceptTls(qintptr descriptor)
{
    auto pipe = std::make_shared<HttpPipe>();
    pipe->down = new QSslSocket(this);
    if (!pipe->down->setSocketDescriptor(descriptor)) {
        delete pipe->down;
        return;
    }
    ++m_connections;
    m_httpPipes.append(pipe);
    pipe->down->setSslConfiguration(m_serverSsl);
    std::weak_ptr<HttpPipe> weak = pipe;
    connect(pipe->down, &QSslSocket::readyRead, this, [this, weak] {
        if (auto p = weak.lock(); p && !p->closed) {
            p->fromClient += p->down->readAll();
            processRequests(p);
        }
    });
    connect(pipe->down, &QSslSocket::disconnected, this, [this, weak] {
        if (auto p = weak.lock())
            closeHttpPipe(p, false);
    });
    connect(pipe->down, &QSslSocket::errorOccurred, this, [this, weak](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        if (auto p = weak.lock())
            closeHttpPipe(p, true);
    });
    pipe->down->startServerEncryption();
}

void FaultProxy::connectUpstream(const std::shared_ptr<HttpPipe> &pipe)
{
    pipe->upReady = false;
    pipe->up = new QSslSocket(this);
    pipe->up->setSslConfiguration(m_upstreamSsl);
    std::weak_ptr<HttpPipe> weak = pipe;
    QSslSocket *up = pipe->up;
    connect(up, &QSslSocket::encrypted, this, [weak] {
        auto p = weak.lock();
        if (!p || p->closed)
            return;
        p->upReady = true;
        if (!p->pendingRequest.isEmpty()) {
            p->up->write(p->pendingRequest);
            p->pendingRequest.clear();
        }
    });
    connect(up, &QSslSocket::readyRead, this, [this, weak] {
        if (auto p = weak.lock(); p && !p->closed) {
            p->fromServer += p->up->readAll();
            processResponse(p);
        }
    });
    auto gone = [this, weak, up] {
        auto p = weak.lock();
        if (!p || p->closed || p->up != up)
            return;
        // The exchange closed its side (keep-alive over): the next request opens a new
        // connection; a request it left unanswered fails at the client as it would directly.
        up->disconnect();
        up->deleteLater();
        p->up = nullptr;
        p->upReady = false;
        if (p->awaiting)
            closeHttpPipe(p, true);
    };
    connect(up, &QSslSocket::disconnected, this, gone);
    connect(up, &QSslSocket::errorOccurred, this, gone);
    up->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_upstreamPort);
}

QByteArray FaultProxy::replacement(const HttpFault &fault, const QString &requestId) const
{
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(fault.status) + ' ' + reason(fault.status) + "\r\n";
    response += "Content-Type: application/json\r\n";
    response += "Content-Length: " + QByteArray::number(fault.body.size()) + "\r\n";
    if (!requestId.isEmpty())
        response += "X-Request-Id: " + requestId.toLatin1() + "\r\n";
    response += "Connection: keep-alive\r\n\r\n";
    return response + fault.body;
}

void FaultProxy::processRequests(const std::shared_ptr<HttpPipe> &pipe)
{
    while (!pipe->closed && !pipe->awaiting) {
        QByteArray firstLine;
        const qsizetype length = messageLength(pipe->fromClient, &firstLine);
        if (length < 0)
            return;
        const QByteArray request = pipe->fromClient.left(length);
        pipe->fromClient.remove(0, length);
        ++m_requests;
        const QList<QByteArray> parts = firstLine.split(' ');
        pipe->path = parts.size() > 1 ? parts.at(1) : QByteArray();

        pipe->hasFault = false;
        for (qsizetype i = 0; i < m_httpFaults.size(); ++i) {
            HttpFault &candidate = m_httpFaults[i];
            if (!pipe->path.startsWith(candidate.pathPrefix.toLatin1()))
                continue;
            if (candidate.skip > 0) {
                --candidate.skip;
                break; // only the first matching fault counts this request
            }
            pipe->fault = candidate;
            pipe->hasFault = true;
            m_httpFaults.removeAt(i);
            break;
        }
        if (pipe->hasFault && !pipe->fault.forward) {
            const QString id =
                pipe->fault.withRequestId
                    ? QStringLiteral("proxy-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                    : QString();
            fire(QStringLiteral("http %1 instead of %2")
                     .arg(pipe->fault.status)
                     .arg(QString::fromLatin1(pipe->path)),
                 id);
            pipe->down->write(replacement(pipe->fault, id));
            pipe->hasFault = false;
            continue;
        }
        pipe->awaiting = true;
        if (!pipe->up)
            connectUpstream(pipe);
        if (pipe->upReady)
            pipe->up->write(request);
        else
            pipe->pendingRequest += request;
    }
}

void FaultProxy::processResponse(const std::shared_ptr<HttpPipe> &pipe)
{
    if (!pipe->awaiting)
        return;
    QByteArray headers;
    const qsizetype length = messageLength(pipe->fromServer, nullptr, &headers);
    if (length < 0)
        return;
    const QByteArray response = pipe->fromServer.left(length);
    pipe->fromServer.remove(0, length);
    pipe->awaiting = false;
    if (pipe->hasFault) {
        pipe->hasFault = false;
        const QString id =
            pipe->fault.withRequestId ? QString::fromLatin1(headerValue(headers, "x-request-id")) : QString();
        fire(QStringLiteral("http %1 after the exchange answered %2")
                 .arg(pipe->fault.status)
                 .arg(QString::fromLatin1(pipe->path)),
             id);
        pipe->down->write(replacement(pipe->fault, id));
    } else {
        pipe->down->write(response);
    }
    if (headerValue(headers, "connection").toLower() == "close" && pipe->up) {
        pipe->up->disconnect();
        closeSocket(pipe->up, false);
        pipe->up = nullptr;
        pipe->upReady = false;
    }
    processRequests(pipe);
}

void FaultProxy::closeHttpPipe(const std::shared_ptr<HttpPipe> &pipe, bool reset)
{
    if (pipe->closed)
        return;
    pipe->closed = true;
    closeSocket(pipe->down, reset);
    closeSocket(pipe->up, reset);
    m_httpPipes.removeOne(pipe);
}

} // namespace ow::test
