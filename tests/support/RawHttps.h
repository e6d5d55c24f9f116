#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslSocket>

namespace ow::test {

// A hand-made HTTPS client for the attack tests: it writes exactly the bytes it is given, as
// fast or as slowly as the test asks, and reads what the exchange answers (or that it closed).
// QNetworkAccessManager cannot send a lying head, stall in the middle of one, or keep writing a
// body after the answer came.
class RawHttps
{
public:
    explicit RawHttps(const QSslConfiguration &ssl);

    // Connects and finishes the TLS handshake; false when either fails.
    bool connectTo(quint16 port, int timeoutMs = 10000);
    void write(const QByteArray &bytes);
    // Writes `total` body bytes (as chunks of 64 KiB when `chunked`, the last chunk only when all
    // were written) while reading; stops early when the exchange answered or closed. Never has
    // more than 1 MiB waiting in its own buffer. Returns how many body bytes it handed to TLS.
    qint64 streamBody(qint64 total, bool chunked, int timeoutMs);
    // Waits until a whole answer (head and Content-Length body) arrived, or the connection closed.
    bool waitForAnswer(int timeoutMs);
    // Waits until the exchange closes the connection.
    bool waitForClose(int timeoutMs);

    int status() const;       // 0 before an answer's head arrived
    QJsonObject json() const; // the answer's body
    QByteArray body() const;  // the answer's body as it came (e.g. in gzip)
    QString errorCode() const { return json().value(u"error").toObject().value(u"code").toString(); }
    QByteArray header(const QByteArray &name) const;
    bool closed() const;
    QSslSocket &socket() { return m_socket; }

private:
    bool answerComplete() const;

    QSslSocket m_socket;
    QByteArray m_received;
};

// Resident memory of this process in bytes (VmRSS), for tests that bound the exchange's memory.
qint64 residentBytes();

} // namespace ow::test
