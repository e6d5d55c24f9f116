// The connectivity state machine and its backoff, with the random source and the clock injected.

#include "sync/Connectivity.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ow::sync;

namespace {
SyncError errorOf(SyncErrorKind kind)
{
    SyncError e;
    e.kind = kind;
    e.code = QStringLiteral("test");
    return e;
}
} // namespace

class TestConnectivity : public QObject
{
    Q_OBJECT

private slots:
    void backoffDoublesUpToTheCapWithJitter()
    {
        double r = 1.0;
        Backoff backoff(1000, 60000, [&] { return r; });
        // The top of each jitter band: 1, 2, 4 … seconds, then the cap.
        const QList<int> top{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
        for (int expected : top)
            QCOMPARE(backoff.nextDelayMs(), expected);
        backoff.reset();
        r = 0.0; // the bottom of the band: half
        QCOMPARE(backoff.nextDelayMs(), 500);
        QCOMPARE(backoff.nextDelayMs(), 1000);
        r = 0.5;
        QCOMPARE(backoff.nextDelayMs(), 3000); // band [2000, 4000]
        QCOMPARE(backoff.failures(), 3);
    }

    void backoffNeverOverflows()
    {
        Backoff backoff(1000, 300000, [] { return 0.999999; });
        for (int i = 0; i < 1000; ++i) {
            const int delay = backoff.nextDelayMs();
            QVERIFY(delay >= 500 && delay <= 300000);
        }
        QVERIFY(backoff.nextDelayMs() >= 150000);
    }

    void failuresAndSuccess()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        ConnectivityMonitor monitor(
            nullptr, [] { return 1.0; }, [&] { return now; });
        QSignalSpy states(&monitor, &ConnectivityMonitor::stateChanged);
        QSignalSpy scheduled(&monitor, &ConnectivityMonitor::retryScheduled);
        QCOMPARE(monitor.state(), ConnectionState::Offline);

        monitor.signInStarted();
        QCOMPARE(monitor.state(), ConnectionState::SigningIn);
        monitor.reportSuccess();
        QCOMPARE(monitor.state(), ConnectionState::Online);

        monitor.reportFailure(errorOf(SyncErrorKind::Network));
        QCOMPARE(monitor.state(), ConnectionState::ServerUnavailable);
        QCOMPARE(scheduled.last().at(0).toInt(), 1000);
        QCOMPARE(monitor.nextAttemptAt(), now.addMSecs(1000));
        monitor.reportFailure(errorOf(SyncErrorKind::Server));
        QCOMPARE(scheduled.last().at(0).toInt(), 2000);
        monitor.reportFailure(errorOf(SyncErrorKind::Protocol));
        QCOMPARE(scheduled.last().at(0).toInt(), 4000);

        monitor.reportSuccess();
        QCOMPARE(monitor.state(), ConnectionState::Online);
        QVERIFY(!monitor.nextAttemptAt().isValid());
        monitor.reportFailure(errorOf(SyncErrorKind::Network));
        QCOMPARE(scheduled.last().at(0).toInt(), 1000); // the backoff started over

        QCOMPARE(states.size(), 5); // signing in, online, unavailable, online, unavailable
    }

    void certificateProblemRetriesSlowly()
    {
        ConnectivityMonitor monitor(nullptr, [] { return 0.0; });
        QSignalSpy scheduled(&monitor, &ConnectivityMonitor::retryScheduled);
        monitor.reportFailure(errorOf(SyncErrorKind::Tls));
        QCOMPARE(monitor.state(), ConnectionState::CertificateProblem);
        QCOMPARE(scheduled.last().at(0).toInt(), ConnectivityMonitor::CertificateRetryMinMs);
        monitor.reportFailure(errorOf(SyncErrorKind::Configuration));
        QCOMPARE(monitor.state(), ConnectionState::CertificateProblem);
        QVERIFY(!monitor.nextAttemptAt().isValid()); // settings must change first
    }

    void sessionExpiredWaitsForSignIn()
    {
        ConnectivityMonitor monitor(nullptr, [] { return 0.0; });
        QSignalSpy scheduled(&monitor, &ConnectivityMonitor::retryScheduled);
        monitor.reportFailure(errorOf(SyncErrorKind::Network));
        QCOMPARE(scheduled.size(), 1);
        monitor.reportFailure(errorOf(SyncErrorKind::SessionExpired));
        QCOMPARE(monitor.state(), ConnectionState::SessionExpired);
        QVERIFY(!monitor.nextAttemptAt().isValid());
        // The network coming back does not retry: only a sign-in can help.
        monitor.setNetworkReachable(false);
        QCOMPARE(monitor.state(), ConnectionState::Offline);
        monitor.signInStarted();
        QCOMPARE(monitor.state(), ConnectionState::SigningIn);
        monitor.reportFailure(errorOf(SyncErrorKind::Authentication));
        QCOMPARE(monitor.state(), ConnectionState::SessionExpired);
    }

    void networkLossAndReturn()
    {
        ConnectivityMonitor monitor(nullptr, [] { return 1.0; });
        QSignalSpy due(&monitor, &ConnectivityMonitor::retryDue);
        monitor.reportSuccess();
        monitor.setNetworkReachable(false);
        QCOMPARE(monitor.state(), ConnectionState::Offline);
        // Failures while offline schedule nothing: the network's return will.
        monitor.reportFailure(errorOf(SyncErrorKind::Network));
        QCOMPARE(monitor.state(), ConnectionState::Offline);
        QVERIFY(!monitor.nextAttemptAt().isValid());
        monitor.setNetworkReachable(true);
        QCOMPARE(monitor.lastDelayMs(), 0);
        QTRY_COMPARE(due.size(), 1);
    }

    void retryTimerFires()
    {
        ConnectivityMonitor monitor(nullptr, [] { return 0.0; });
        monitor.backoff() = Backoff(20, 1000, [] { return 0.0; });
        QSignalSpy due(&monitor, &ConnectivityMonitor::retryDue);
        monitor.reportFailure(errorOf(SyncErrorKind::Server));
        QCOMPARE(monitor.lastDelayMs(), 10);
        QTRY_COMPARE(due.size(), 1);
        QVERIFY(!monitor.nextAttemptAt().isValid());
    }

    void watchNetworkDegradesGracefully()
    {
        ConnectivityMonitor monitor;
        // With or without a backend, it must not fail or change the state by itself on a
        // machine whose network is up (loopback only counts as "unknown", not "disconnected").
        const bool watching = monitor.watchNetwork();
        qInfo() << "network information backend:" << watching;
        QVERIFY(monitor.state() == ConnectionState::Offline);
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "test_sync_connectivity.moc"
