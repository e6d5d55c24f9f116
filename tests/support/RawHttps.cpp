#include "RawHttps.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

namespace ow::test {

RawHttps::RawHttps(const QSslConfiguration &ssl)
{
    m_socket.setSslConfiguration(ssl);
    QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { m_received += m_socket.readAll(); });
}

bool RawHttps::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return m_socket.waitForEncrypted(timeoutMs);
}

void RawHttps::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

qint64 RawHttps::streamBody(qint64 total, bool chunked, int timeoutMs)
{
    const QByteArray block(64 * 1024, 'x');
    const QByteArray chunk = QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n";
    QDeadlineTimer deadline(timeoutMs);
    qint64 sent = 0;
    while (sent < total && !deadline.hasExpired()) {
        if (closed() || answerComplete()) {
            return sent;
        }
        if (m_socket.bytesToWrite() < 1024 * 1024) {
            m_socket.write(chunked ? chunk : block);
            sent += block.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    if (chunked && sent >= total) {
        m_socket.write("0\r\n\r\n");
    }
    return sent;
}

bool RawHttps::answerComplete() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    const QByteArray length = header("content-length");
    return m_received.size() - (end + 4) >= length.toLongLong();
}

bool RawHttps::waitForAnswer(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!answerComplete() && !closed() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return answerComplete();
}

bool RawHttps::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!closed() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return closed();
}

int RawHttps::status() const
{
    if (!m_received.startsWith("HTTP/1.")) {
        return 0;
    }
    const QList<QByteArray> line = m_received.left(m_received.indexOf("\r\n")).split(' ');
    return line.size() >= 2 ? line.at(1).toInt() : 0;
}

QJsonObject RawHttps::json() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QJsonObject() : QJsonDocument::fromJson(m_received.mid(end + 4)).object();
}

QByteArray RawHttps::body() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

QByteArray RawHttps::header(const QByteArray &name) const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = m_received.left(end < 0 ? 0 : end).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower()) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

bool RawHttps::closed() const
{
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

} // namespace ow::test
