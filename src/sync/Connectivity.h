#pragma once

#include "SyncError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ow::sync {

enum class ConnectionState
{
    Offline,            // no network (or never connected yet)
    SigningIn,          // an online sign-in is running
    Online,             // the last exchange call succeeded
    ServerUnavailable,  // network or 5xx failures: retrying with backoff
    CertificateProblem, // TLS failed on either side: retrying slowly, a person should look
    SessionExpired,     // no valid session and no refresh: a person must sign in again
};

QString connectionStateKey(ConnectionState state);

// Capped exponential backoff with "equal jitter": the n-th delay is drawn uniformly from
// [d/2, d] with d = min(cap, initial · 2^n), so many counters coming back after one outage do
// not all knock at the same moment. The random source is injected for tests.
class Backoff
{
public:
    explicit Backoff(int initialMs = 1000, int capMs = 5 * 60 * 1000, std::function<double()> random = {});

    int nextDelayMs(); // and counts a failure
    void reset();
    int failures() const { return m_failures; }
    int initialMs() const { return m_initial; }
    int capMs() const { return m_cap; }

private:
    int m_initial;
    int m_cap;
    int m_failures = 0;
    std::function<double()> m_random; // uniform in [0, 1)
};

// The connectivity state machine. The engine reports what happened (success, a SyncError, a
// sign-in starting); the machine decides the state and when to try again, and says so with
// retryDue(). Network reachability changes (QNetworkInformation, where a backend loads; on a
// headless box none may, and then only the exchange's answers count) move it to Offline and
// back without a restart.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ConnectivityMonitor(QObject *parent = nullptr, std::function<double()> random = {},
                                 Clock clock = {});

    ConnectionState state() const { return m_state; }
    // The time the next automatic attempt is due (invalid when none is scheduled).
    QDateTime nextAttemptAt() const { return m_nextAttempt; }
    int lastDelayMs() const { return m_lastDelayMs; }
    const SyncError &lastError() const { return m_lastError; }
    Backoff &backoff() { return m_backoff; }
    // Certificate problems are retried with at least this delay (a person has to fix something).
    static constexpr int CertificateRetryMinMs = 60 * 1000;

    // Tries QNetworkInformation's reachability; false when no backend loads (headless).
    bool watchNetwork();

public slots:
    void signInStarted();
    void reportSuccess();
    void reportFailure(const ow::sync::SyncError &error);
    // Whether the OS reports a usable network.
    void setNetworkReachable(bool reachable);
    // Forget the backoff and try at once (the clerk pressed "sync now", or signed in).
    void retryNow();

signals:
    void stateChanged(ow::sync::ConnectionState state);
    void retryScheduled(int delayMs);
    void retryDue();

private:
    void setState(ConnectionState state);
    void schedule(int delayMs);

    ConnectionState m_state = ConnectionState::Offline;
    Backoff m_backoff;
    Clock m_clock;
    QTimer m_timer;
    QDateTime m_nextAttempt;
    int m_lastDelayMs = 0;
    bool m_networkReachable = true;
    SyncError m_lastError;
};

} // namespace ow::sync
