// The outbox (pending oldest first, acknowledge, attempts) and the audit journal (hash chain,
// append-only triggers, verify() naming the first changed or removed entry).

#include "storage/AuditJournal.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/SheetLedger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace ow::storage;
using namespace Qt::StringLiterals;

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    void appendAudit(int n)
    {
        auto r = m_db->transaction([&]() -> Result<void> {
            QSqlDatabase db = m_db->connection();
            for (int i = 0; i < n; ++i) {
                AuditEntry entry;
                entry.caseId = QStringLiteral("case-%1").arg(i % 3);
                entry.action = QStringLiteral("case.saved");
                entry.actor = QStringLiteral("clerk01");
                entry.workstation = QStringLiteral("W01");
                entry.at = QDateTime(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC).addSecs(i);
                entry.reason = i == 2 ? QStringLiteral("材料不全") : QString();
                entry.detail = QJsonObject{{QStringLiteral("version"), i + 1}};
                if (auto a = AuditJournal::append(db, entry); !a)
                    return a;
            }
            return {};
        });
        QVERIFY(r.ok());
    }

    bool tamper(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_no_update")) &&
               query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_no_delete")) && query.exec(sql);
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(QStringLiteral("journal-%1.db").arg(++n))).value();
    }
    void cleanup() { m_db.reset(); }

    void outboxIsOldestFirstAndAcknowledged()
    {
        OutboxStore outbox(m_db);
        QStringList ids;
        auto r = m_db->transaction([&]() -> Result<void> {
            QSqlDatabase db = m_db->connection();
            for (int i = 0; i < 5; ++i) {
                core::DomainEvent event;
                event.id = i == 3 ? QString() : QUuid::createUuid().toString(QUuid::WithoutBraces);
                event.type = QStringLiteral("case.accepted");
                event.caseId = QStringLiteral("case-%1").arg(i);
                event.caseVersion = i + 1;
                event.actor = QStringLiteral("clerk01");
                event.workstation = QStringLiteral("W01");
                event.deviceTime = QDateTime(QDate(2026, 11, 26), QTime(4, 0, i), Qt::UTC);
                event.payload =
                    QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("名称"), QStringLiteral("太原")}};
                if (auto a = OutboxStore::append(db, event); !a)
                    return a;
            }
            return {};
        });
        QVERIFY(r.ok());
        QCOMPARE(outbox.count(), 5);
        const auto pending = outbox.pending(10);
        QCOMPARE(pending.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(pending[i].caseId, QStringLiteral("case-%1").arg(i));
            QCOMPARE(pending[i].payload.value(QStringLiteral("n")).toInt(), i);
            QCOMPARE(pending[i].payload.value(QStringLiteral("名称")).toString(), QStringLiteral("太原"));
            QCOMPARE(pending[i].deviceTime, QDateTime(QDate(2026, 11, 26), QTime(4, 0, i), Qt::UTC));
            QVERIFY(!QUuid::fromString(pending[i].id).isNull()); // made when written if missing
            ids << pending[i].id;
        }
        QCOMPARE(outbox.pending(2).size(), 2);

        // The wire form is the event as DomainEvent writes it, payload and all, without parsing it.
        const auto wire = outbox.pendingOnWire(10);
        QCOMPARE(wire.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(wire[i].id, pending[i].id);
            QCOMPARE(wire[i].caseId, pending[i].caseId);
            QCOMPARE(wire[i].actor, pending[i].actor);
            QCOMPARE(wire[i].json, pending[i].toJsonText());
        }
        QCOMPARE(outbox.pendingOnWire(2).size(), 2);

        QVERIFY(outbox.recordAttempt({ids[0]}).ok());
        QVERIFY(outbox.recordAttempt({ids[0], ids[1]}).ok());
        QCOMPARE(outbox.attempts(ids[0]), 2);
        QCOMPARE(outbox.attempts(ids[1]), 1);

        QVERIFY(outbox.acknowledge({ids[0], ids[2], QStringLiteral("unknown")}).ok());
        QCOMPARE(outbox.count(), 3);
        const auto rest = outbox.pending(10);
        QCOMPARE(rest[0].id, ids[1]);
        QCOMPARE(rest[1].id, ids[3]);
        QCOMPARE(rest[2].id, ids[4]);

        // A damaged payload (not JSON) goes out as an empty one, for the exchange to refuse that
        // event alone, instead of breaking the whole batch's body.
        QSqlQuery damage(m_db->connection());
        QVERIFY(damage.exec(
            QStringLiteral("UPDATE outbox SET payload = '{\"n\":' WHERE event_id = '%1'").arg(ids[3])));
        const auto afterDamage = outbox.pendingOnWire(10);
        QCOMPARE(afterDamage.size(), 3);
        QCOMPARE(
            QJsonDocument::fromJson(afterDamage[1].json).object().value(QStringLiteral("payload")).toObject(),
            QJsonObject());
        QCOMPARE(QJsonDocument::fromJson(afterDamage[2].json)
                     .object()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("n"))
                     .toInt(),
                 4);
    }

    void auditChainVerifies()
    {
        AuditJournal audit(m_db);
        QVERIFY(audit.verify().ok()); // empty
        appendAudit(6);
        QCOMPARE(audit.count(), 6);
        QVERIFY(audit.verify().ok());
        const auto entries = audit.forCase(QStringLiteral("case-0"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].sequence, 1);
        QCOMPARE(entries[0].previousHash, QString());
        QCOMPARE(entries[1].sequence, 4);
        QCOMPARE(entries[1].hash, AuditJournal::computeHash(entries[1].previousHash, entries[1]));
        QCOMPARE(entries[0].hash.size(), 64);
    }

    void auditIsAppendOnly()
    {
        appendAudit(2);
        QSqlQuery query(m_db->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET actor = 'x' WHERE seq = 1")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit WHERE seq = 2")));
        QVERIFY(AuditJournal(m_db).verify().ok());
    }

    // A licence the exchange issued on a registration that had moved on (SheetLedger::LicenceRebased)
    // awaits a reprint until a sheet is printed or reprinted after it; a voided sheet is no reprint.
    void aRebasedLicenceAwaitsItsReprint_data()
    {
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<bool>("awaits");
        const QString rebased = SheetLedger::LicenceRebased;
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("printed only") << QStringList{u"sheet.printed"_s} << false;
        QTest::newRow("printed, then rebased") << QStringList{u"sheet.printed"_s, rebased} << true;
        QTest::newRow("rebased, then voided") << QStringList{rebased, u"sheet.voided"_s} << true;
        QTest::newRow("rebased, then reprinted") << QStringList{rebased, u"sheet.reprinted"_s} << false;
        QTest::newRow("rebased, printed, rebased again")
            << QStringList{rebased, u"sheet.printed"_s, rebased} << true;
    }
    void aRebasedLicenceAwaitsItsReprint()
    {
        QFETCH(QStringList, actions);
        QFETCH(bool, awaits);
        QList<AuditEntry> entries;
        for (const QString &action : actions) {
            AuditEntry entry;
            entry.caseId = u"case-1"_s;
            entry.action = action;
            entries.append(entry);
        }
        QCOMPARE(SheetLedger::awaitsReprint(entries), awaits);
    }

    void tamperingIsFound_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("entry");
        QTest::newRow("actor changed")
            << QStringLiteral("UPDATE audit SET actor = 'super01' WHERE seq = 3") << 3;
        QTest::newRow("reason changed") << QStringLiteral("UPDATE audit SET reason = '' WHERE seq = 3") << 3;
        QTest::newRow("detail changed")
            << QStringLiteral("UPDATE audit SET detail = '{\"version\":9}' WHERE seq = 2") << 2;
        QTest::newRow("time changed")
            << QStringLiteral("UPDATE audit SET at = '2026-11-27T04:00:00.000Z' WHERE seq = 5") << 5;
        QTest::newRow("middle removed") << QStringLiteral("DELETE FROM audit WHERE seq = 4") << 4;
        QTest::newRow("first removed") << QStringLiteral("DELETE FROM audit WHERE seq = 1") << 1;
        QTest::newRow("last removed") << QStringLiteral("DELETE FROM audit WHERE seq = 6") << 6;
        QTest::newRow("entry rehashed")
            << QStringLiteral("UPDATE audit SET actor = 'x', hash = 'ff' || substr(hash, 3) WHERE seq = 2")
            << 2;
    }

    void tamperingIsFound()
    {
        QFETCH(QString, sql);
        QFETCH(int, entry);
        appendAudit(6);
        QVERIFY(tamper(sql));
        auto result = AuditJournal(m_db).verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("audit.broken"));
        QVERIFY2(result.error().message.contains(QStringLiteral("entry %1 ").arg(entry)),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "test_storage_journal.moc"
