#include "Connectivity.h"

#include "SyncLog.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::sync {

QString connectionStateKey(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Offline:
        return u"offline"_s;
    case ConnectionState::SigningIn:
        return u"signing_in"_s;
    case ConnectionState::Online:
        return u"online"_s;
    case ConnectionState::ServerUnavailable:
        return u"server_unavailable"_s;
    case ConnectionState::CertificateProblem:
        return u"certificate_problem"_s;
    case ConnectionState::SessionExpired:
        break;
    }
    return u"session_expired"_s;
}

Backoff::Backoff(int initialMs, int capMs, std::function<double()> random)
    : m_initial(std::max(1, initialMs)), m_cap(std::max(m_initial, capMs)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] {
            return QRandomGenerator::global()->generateDouble();
        };
}

int Backoff::nextDelayMs()
{
    // initial · 2^n without overflow: stop doubling once past the cap.
    qint64 ceiling = m_initial;
    for (int i = 0; i < m_failures && ceiling < m_cap; ++i)
        ceiling *= 2;
    ceiling = std::min<qint64>(ceiling, m_cap);
    ++m_failures;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return int(ceiling / 2 + qint64(r * double(ceiling - ceiling / 2)));
}

void Backoff::reset()
{
    m_failures = 0;
}

ConnectivityMonitor::ConnectivityMonitor(QObject *parent, std::function<double()> random, Clock clock)
    : QObject(parent), m_backoff(1000, 5 * 60 * 1000, std::move(random)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_nextAttempt = {};
        emit retryDue();
    });
}

bool ConnectivityMonitor::watchNetwork()
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSyncState) << "no network information backend; relying on the exchange's answers";
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                setNetworkReachable(reachability != QNetworkInformation::Reachability::Disconnected);
            });
    if (info->reachability() == QNetworkInformation::Reachability::Disconnected)
        setNetworkReachable(false);
    return true;
}

void ConnectivityMonitor::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    qCInfo(lcSyncState) << "connection" << connectionStateKey(m_state) << "->" << connectionStateKey(state);
    m_state = state;
    emit stateChanged(state);
}

void ConnectivityMonitor::schedule(int delayMs)
{
    m_lastDelayMs = delayMs;
    m_nextAttempt = m_clock().addMSecs(delayMs);
    m_timer.start(delayMs);
    emit retryScheduled(delayMs);
}

void ConnectivityMonitor::signInStarted()
{
    setState(ConnectionState::SigningIn);
}

void ConnectivityMonitor::reportSuccess()
{
    m_backoff.reset();
    m_timer.stop();
    m_nextAttempt = {};
    m_lastError = {};
    setState(ConnectionState::Online);
}

void ConnectivityMonitor::reportFailure(const SyncError &error)
{
    m_lastError = error;
    switch (error.kind) {
    case SyncErrorKind::SessionExpired:
    case SyncErrorKind::Authentication:
        // Retrying cannot help until a person signs in.
        m_timer.stop();
        m_nextAttempt = {};
        setState(ConnectionState::SessionExpired);
        return;
    case SyncErrorKind::Tls:
        setState(ConnectionState::CertificateProblem);
        schedule(std::max(CertificateRetryMinMs, m_backoff.nextDelayMs()));
        return;
    case SyncErrorKind::Configuration:
        m_timer.stop();
        m_nextAttempt = {};
        setState(ConnectionState::CertificateProblem);
        return;
    case SyncErrorKind::Network:
    case SyncErrorKind::Server:
    case SyncErrorKind::Protocol:
    case SyncErrorKind::Storage:
    case SyncErrorKind::Refused:
        break;
    }
    if (!m_networkReachable) {
        setState(ConnectionState::Offline);
        return; // the network coming back triggers the next attempt
    }
    setState(ConnectionState::ServerUnavailable);
    schedule(m_backoff.nextDelayMs());
}

void ConnectivityMonitor::setNetworkReachable(bool reachable)
{
    if (reachable == m_networkReachable)
        return;
    m_networkReachable = reachable;
    qCInfo(lcSyncState) << "network" << (reachable ? "reachable" : "unreachable");
    if (!reachable) {
        m_timer.stop();
        m_nextAttempt = {};
        setState(ConnectionState::Offline);
        return;
    }
    if (m_state != ConnectionState::SessionExpired)
        retryNow();
}

void ConnectivityMonitor::retryNow()
{
    m_backoff.reset();
    schedule(0);
}

} // namespace ow::sync
