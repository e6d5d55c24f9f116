// Crash safety: a writer process is killed with SIGKILL at random moments while it stores cases.
// After each kill the file must open, hold everything the writer reported as committed, pass
// PRAGMA integrity_check, keep case versions, audit entries and outbox events consistent with
// each other, and the audit chain must verify.

#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every case version has its audit entry; every sent (non-local) version its outbox event
    // with the same event id; no audit entry or event without its case version.
    static QString checkConsistency(const std::shared_ptr<Database> &db)
    {
        QSqlDatabase c = db->connection();
        QHash<QString, int> versions;
        QSqlQuery query(c);
        query.exec(QStringLiteral("SELECT id, version FROM cases"));
        while (query.next())
            versions.insert(query.value(0).toString(), query.value(1).toInt());

        QHash<QString, QSet<int>> audited;
        QHash<QString, QString> sentEvent; // "case/version" -> event id
        query.exec(QStringLiteral("SELECT case_id, detail FROM audit ORDER BY seq"));
        while (query.next()) {
            const QString caseId = query.value(0).toString();
            const QJsonObject detail = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
            const int version = detail.value(QStringLiteral("version")).toInt();
            if (!versions.contains(caseId) || version < 1 || version > versions.value(caseId))
                return QStringLiteral("audit entry without its case change: %1 v%2").arg(caseId).arg(version);
            if (audited[caseId].contains(version))
                return QStringLiteral("two audit entries for %1 v%2").arg(caseId).arg(version);
            audited[caseId].insert(version);
            if (detail.value(QStringLiteral("sent")).toBool())
                sentEvent.insert(caseId + u'/' + QString::number(version),
                                 detail.value(QStringLiteral("eventId")).toString());
        }
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (audited.value(it.key()).size() != it.value())
                return QStringLiteral("case %1 v%2 has %3 audit entries")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(audited.value(it.key()).size());
        }
        int events = 0;
        query.exec(QStringLiteral("SELECT case_id, case_version, event_id FROM outbox"));
        while (query.next()) {
            ++events;
            const QString key = query.value(0).toString() + u'/' + query.value(1).toString();
            if (sentEvent.value(key) != query.value(2).toString())
                return QStringLiteral("outbox event without its case change: %1").arg(key);
        }
        if (events != sentEvent.size())
            return QStringLiteral("%1 sent versions but %2 outbox events").arg(sentEvent.size()).arg(events);
        query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM cases) - (SELECT count(*) FROM search_entry WHERE "
                           "kind = 0)"));
        if (!query.next() || query.value(0).toInt() != 0)
            return QStringLiteral("search entries do not match the cases");
        return {};
    }

private slots:
    void survivesSigkillAtRandomMoments()
    {
        constexpr int Runs = 40;
        const QString writer = QStringLiteral(OW_CRASH_WRITER);
        const QString path = m_dir.filePath(QStringLiteral("crash.db"));
        QRandomGenerator random(QRandomGenerator::global()->generate());
        QHash<QString, int> committed; // what the writer reported, over all runs
        int kills = 0;
        int lines = 0;
        QElapsedTimer total;
        total.start();
        for (int run = 0; run < Runs; ++run) {
            QProcess process;
            process.start(writer, {path, QString::number(random.generate())});
            QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
            QTest::qWait(int(random.bounded(5, 250)));
            if (process.state() == QProcess::Running) {
                process.kill(); // SIGKILL
                ++kills;
            }
            QVERIFY(process.waitForFinished(10000));
            const QByteArray error = process.readAllStandardError();
            QVERIFY2(process.exitStatus() == QProcess::CrashExit || process.exitCode() == 0,
                     error.constData());
            // Lines cut off by the kill are incomplete: only whole lines count.
            const QList<QByteArray> output = process.readAllStandardOutput().split('\n');
            for (qsizetype i = 0; i + 1 < output.size(); ++i) {
                const QList<QByteArray> parts = output[i].split(' ');
                QCOMPARE(parts.size(), 2);
                const QString id = QString::fromLatin1(parts[0]);
                committed[id] = std::max(committed.value(id), parts[1].toInt());
                ++lines;
            }

            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            auto db = opened.value();
            {
                QSqlQuery check(db->connection());
                QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
                QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            }
            CaseStore store(db, QStringLiteral("W01"), QStringLiteral("140105"));
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                const auto record = store.find(it.key());
                QVERIFY2(record.has_value(), qPrintable(QStringLiteral("lost case ") + it.key()));
                QVERIFY2(record->version >= it.value(),
                         qPrintable(QStringLiteral("lost version of ") + it.key()));
            }
            const QString inconsistency = checkConsistency(db);
            QVERIFY2(inconsistency.isEmpty(), qPrintable(inconsistency));
            auto chain = AuditJournal(db).verify();
            QVERIFY2(chain.ok(), qPrintable(chain.ok() ? QString() : chain.error().message));
        }
        qInfo("%d runs, %d killed, %d commits reported, %d cases, %lld ms", Runs, kills, lines,
              int(committed.size()), total.elapsed());
        QVERIFY(kills >= Runs / 2);
        QVERIFY(lines > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_storage_crash.moc"
