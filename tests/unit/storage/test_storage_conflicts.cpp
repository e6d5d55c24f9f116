// Conflicts found while syncing and what a supervisor decides about them (ConflictResolver), on
// real SQLite files: the case, the outbox, the audit journal and the conflict change together.
#include "StorageTestSupport.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/ConflictResolver.h"
#include "storage/ConflictStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/SheetLedger.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using namespace ow::storage;
using core::CaseAction;
using core::CaseState;

Q_DECLARE_METATYPE(ow::core::Actor)
Q_DECLARE_METATYPE(ow::storage::ConflictChoice)

class TestConflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_cases;

    // A case accepted at this counter: version 2, its acceptance waiting in the outbox.
    core::CaseRecord acceptedCase(int n)
    {
        auto draft = m_cases->perform(test::newCase(n), test::request(CaseAction::SaveDraft, test::clerk()));
        if (!draft)
            return {};
        auto request = test::request(CaseAction::Accept, test::clerk());
        request.at = test::fixedTime();
        auto accepted = m_cases->perform(draft.value(), request);
        return accepted ? accepted.value() : core::CaseRecord{};
    }

    // The exchange's version of `local`: moved on elsewhere to `version`, another legal representative.
    static core::CaseRecord exchangeVersion(const core::CaseRecord &local, int version)
    {
        core::CaseRecord remote = local;
        remote.version = version;
        remote.form.legalRep.name = QStringLiteral("王芳");
        remote.lastReason = QStringLiteral("changed at the exchange");
        return remote;
    }

    // The push answered "conflict" for the case's unsent event, carrying `remote`.
    qint64 pushConflict(const core::CaseRecord &local, const core::CaseRecord &remote)
    {
        const QList<core::DomainEvent> pending = OutboxStore(m_db).pending(100);
        SyncConflict conflict;
        conflict.caseId = local.id;
        conflict.kind = ConflictKind::PushConflict;
        for (const core::DomainEvent &e : pending) {
            if (e.caseId == local.id) {
                conflict.eventId = e.id;
                conflict.localEvent = e.toJson();
                break;
            }
        }
        conflict.localCase = local.toJson();
        conflict.remoteCase = remote.toJson();
        conflict.errorCode = QStringLiteral("case.stale");
        ConflictStore store(m_db);
        if (!store.settlePush({}, {conflict}))
            return 0;
        const auto open = store.list();
        return open.isEmpty() ? 0 : open.last().id;
    }

    Result<RemoteApplyOutcome> pull(const core::CaseRecord &remote)
    {
        Result<RemoteApplyOutcome> outcome = RemoteApplyOutcome::Invalid;
        const auto done = m_db->transaction([&]() -> Result<void> {
            QSqlDatabase c = m_db->connection();
            outcome = m_cases->applyRemote(c, remote, QStringLiteral("req-7"));
            return outcome ? Result<void>() : Result<void>(outcome.error());
        });
        return done ? outcome : Result<RemoteApplyOutcome>(done.error());
    }

    QList<core::DomainEvent> outboxOf(const QString &caseId) const
    {
        QList<core::DomainEvent> result;
        for (const core::DomainEvent &e : OutboxStore(m_db).pending(1000)) {
            if (e.caseId == caseId)
                result.append(e);
        }
        return result;
    }

    std::optional<AuditEntry> lastAudit(const QString &caseId, const QString &action) const
    {
        const auto entries = AuditJournal(m_db).forCase(caseId);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->action == action)
                return *it;
        }
        return std::nullopt;
    }

    std::optional<SyncConflict> conflict(qint64 id) const
    {
        for (const SyncConflict &c : ConflictStore(m_db).list(false))
            if (c.id == id)
                return c;
        return std::nullopt;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("conflicts-%1.db").arg(++n)));
        QVERIFY(db);
        m_db = db.value();
        m_cases = std::make_unique<CaseStore>(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
    }

    void cleanup()
    {
        m_cases.reset();
        m_db.reset();
    }

    void keepingTheExchangesVersionReplacesOursAndDropsItsChangesWithATrace()
    {
        const core::CaseRecord local = acceptedCase(1);
        QCOMPARE(local.version, 2);
        const core::DomainEvent sent = outboxOf(local.id).first();
        const core::CaseRecord remote = exchangeVersion(local, 3);
        const qint64 id = pushConflict(local, remote);
        QVERIFY(id > 0);
        QVERIFY(outboxOf(local.id).isEmpty()); // the refused event waits in the conflict

        ConflictResolver resolver(m_db, *m_cases);
        QVERIFY(ConflictResolver::canKeepExchange(*conflict(id)));
        QVERIFY(resolver.resolve(id, ConflictChoice::KeepExchange, test::supervisor(),
                                 QStringLiteral("phoned the applicant")));
        const auto now = m_cases->find(local.id);
        QVERIFY(now);
        QCOMPARE(now->version, 3);
        QCOMPARE(now->form.legalRep.name, QStringLiteral("王芳"));
        QCOMPARE(now->receiptNumber, local.receiptNumber);
        QVERIFY(outboxOf(local.id).isEmpty());

        const auto resolved = conflict(id);
        QVERIFY(resolved && !resolved->isOpen());
        QCOMPARE(resolved->resolvedBy, QStringLiteral("super01"));
        QCOMPARE(ConflictResolver::choiceOf(resolved->resolution), ConflictChoice::KeepExchange);
        const auto audit = lastAudit(local.id, QStringLiteral("conflict.kept_exchange"));
        QVERIFY(audit);
        QCOMPARE(audit->reason, QStringLiteral("phoned the applicant"));
        QCOMPARE(audit->detail.value(u"conflictEvent").toObject().value(u"id").toString(), sent.id);
        QCOMPARE(audit->detail.value(u"localCase").toObject().value(u"version").toInt(), 2);
        QVERIFY(AuditJournal(m_db).verify());

        // Once is enough: a second decision about the same conflict changes nothing.
        const auto again =
            resolver.resolve(id, ConflictChoice::SendOursAgain, test::supervisor(), QStringLiteral("again"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("storage.not_found"));
        QVERIFY(outboxOf(local.id).isEmpty());
    }

    void sendingOursAgainQueuesItOnTheExchangesVersionBeforeLaterChanges()
    {
        const core::CaseRecord local = acceptedCase(2);
        const core::DomainEvent sent = outboxOf(local.id).first();
        const qint64 id = pushConflict(local, exchangeVersion(local, 5));
        QVERIFY(id > 0);
        // A later change to the case, made before the supervisor looked (still unsent, version 3).
        core::DomainEvent later = sent;
        later.id = QStringLiteral("later-change");
        later.caseVersion = 3;
        QVERIFY(m_db->transaction([&] {
            QSqlDatabase c = m_db->connection();
            return OutboxStore::append(c, later);
        }));

        ConflictResolver resolver(m_db, *m_cases);
        QVERIFY(ConflictResolver::canSendOursAgain(*conflict(id)));
        QVERIFY(resolver.resolve(id, ConflictChoice::SendOursAgain, test::supervisor(),
                                 QStringLiteral("our acceptance stands")));
        const QList<core::DomainEvent> queued = outboxOf(local.id);
        QCOMPARE(queued.size(), 2);
        QVERIFY(queued.at(0).id != sent.id); // a new event: the old one was answered "conflict"
        QCOMPARE(queued.at(0).type, sent.type);
        QCOMPARE(queued.at(0).payload, sent.payload);
        QCOMPARE(queued.at(0).actor, sent.actor);
        QCOMPARE(queued.at(0).caseVersion, 6);
        QCOMPARE(queued.at(1).id, later.id); // kept: answered "duplicate" if it was applied
        QCOMPARE(queued.at(1).caseVersion, 7);
        QCOMPARE(m_cases->find(local.id)->version, 5);
        const auto audit = lastAudit(local.id, QStringLiteral("conflict.sent_again"));
        QVERIFY(audit);
        QCOMPARE(audit->detail.value(u"queuedEvents").toArray().size(), 2);
        QCOMPARE(ConflictResolver::choiceOf(conflict(id)->resolution), ConflictChoice::SendOursAgain);
    }

    void newerVersionWhileOursIsUnsentBecomesAConflictAndCanBeRebased()
    {
        const core::CaseRecord local = acceptedCase(3);
        const core::DomainEvent unsent = outboxOf(local.id).first();
        const auto outcome = pull(exchangeVersion(local, 4));
        QVERIFY(outcome);
        QCOMPARE(outcome.value(), RemoteApplyOutcome::Conflict);
        QCOMPARE(m_cases->find(local.id)->form.legalRep.name, local.form.legalRep.name); // not overwritten
        const QList<SyncConflict> open = ConflictStore(m_db).list();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, ConflictKind::PullConflict);
        QCOMPARE(open.first().requestId, QStringLiteral("req-7"));

        ConflictResolver resolver(m_db, *m_cases);
        QVERIFY(resolver.resolve(open.first().id, ConflictChoice::SendOursAgain, test::supervisor(),
                                 QStringLiteral("ours first")));
        const QList<core::DomainEvent> queued = outboxOf(local.id);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().id, unsent.id); // never sent, or answered "duplicate": same id
        QCOMPARE(queued.first().caseVersion, 5);
        QCOMPARE(m_cases->find(local.id)->version, 4);
    }

    void theExchangesCopyOfOurOwnVersionIsTheTruthOnceSent()
    {
        const core::CaseRecord local = acceptedCase(10);
        QCOMPARE(local.version, 2);
        // As the exchange stored the acceptance: its own clock's time.
        core::CaseRecord stored = local;
        stored.acceptedAt = local.acceptedAt.addSecs(-90);
        // While the acceptance is unsent, the local copy stays as it is (the push settles it).
        QCOMPARE(pull(stored).value(), RemoteApplyOutcome::AlreadyCurrent);
        QCOMPARE(m_cases->find(local.id)->acceptedAt, local.acceptedAt);
        QCOMPARE(ConflictStore(m_db).list().size(), 0);

        QStringList sent;
        for (const core::DomainEvent &e : outboxOf(local.id))
            sent << e.id;
        QVERIFY(OutboxStore(m_db).acknowledge(sent));
        QCOMPARE(pull(stored).value(), RemoteApplyOutcome::Refreshed);
        QCOMPARE(m_cases->find(local.id)->acceptedAt, stored.acceptedAt);
        QCOMPARE(m_cases->find(local.id)->version, 2);
        // An older version never replaces a newer one.
        core::CaseRecord older = stored;
        older.version = 1;
        older.state = CaseState::Draft;
        QCOMPARE(pull(older).value(), RemoteApplyOutcome::AlreadyCurrent);
        QCOMPARE(m_cases->find(local.id)->state, CaseState::Accepted);
        QCOMPARE(ConflictStore(m_db).list().size(), 0);
    }

    void pulledVersionKeptDropsTheUnsentChange()
    {
        const core::CaseRecord local = acceptedCase(4);
        QCOMPARE(pull(exchangeVersion(local, 4)).value(), RemoteApplyOutcome::Conflict);
        const qint64 id = ConflictStore(m_db).list().first().id;
        QVERIFY(ConflictResolver(m_db, *m_cases)
                    .resolve(id, ConflictChoice::KeepExchange, test::supervisor(), QStringLiteral("theirs")));
        QCOMPARE(m_cases->find(local.id)->version, 4);
        QCOMPARE(m_cases->find(local.id)->form.legalRep.name, QStringLiteral("王芳"));
        QVERIFY(outboxOf(local.id).isEmpty());
        const auto audit = lastAudit(local.id, QStringLiteral("conflict.kept_exchange"));
        QVERIFY(audit);
        QCOMPARE(audit->detail.value(u"droppedEvents").toArray().size(), 1);
    }

    void receiptNumberHeldByAnotherCaseIsAConflictNotAStuckPull()
    {
        const core::CaseRecord mine = acceptedCase(5);
        QVERIFY(!mine.receiptNumber.isEmpty());
        // The exchange sends another case numbered the same (this workstation's cache was set up again).
        core::CaseRecord theirs = exchangeVersion(test::newCase(6), 3);
        theirs.id = QStringLiteral("exchange-case-6");
        theirs.state = CaseState::Accepted;
        theirs.receiptNumber = mine.receiptNumber;
        const auto outcome = pull(theirs);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome.value(), RemoteApplyOutcome::Conflict);
        QVERIFY(!m_cases->find(theirs.id));
        const SyncConflict recorded = ConflictStore(m_db).list().first();
        QCOMPARE(recorded.errorCode, QStringLiteral("case.receipt_taken"));
        QCOMPARE(recorded.caseId, theirs.id);
        QCOMPARE(core::CaseRecord::fromJson(recorded.localCase).id, mine.id);
        QVERIFY(!ConflictResolver::canSendOursAgain(recorded));

        // Keeping the exchange's version cannot work while the number is held: refused, nothing changed.
        const auto kept = ConflictResolver(m_db, *m_cases)
                              .resolve(recorded.id, ConflictChoice::KeepExchange, test::supervisor(),
                                       QStringLiteral("take theirs"));
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, QStringLiteral("case.receipt_taken"));
        QVERIFY(conflict(recorded.id)->isOpen());
        QVERIFY(!m_cases->find(theirs.id));
        // Marked resolved (IT renumbers by hand), the next pages go on.
        QVERIFY(ConflictResolver(m_db, *m_cases)
                    .resolve(recorded.id, ConflictChoice::MarkResolved, test::supervisor(),
                             QStringLiteral("reported to IT")));
        QVERIFY(lastAudit(theirs.id, QStringLiteral("conflict.marked_resolved")));
    }

    void receiptNumbersGoOnAfterTheOnesTheFeedBroughtBack()
    {
        // A case this workstation numbered 0007 before its cache was set up again comes back.
        core::CaseRecord old = exchangeVersion(test::newCase(7), 3);
        old.id = QStringLiteral("numbered-before");
        old.state = CaseState::Accepted;
        old.receiptNumber = QStringLiteral("140105-%1-W01-0007")
                                .arg(test::fixedTime().toLocalTime().toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(pull(old).value(), RemoteApplyOutcome::Inserted);
        const core::CaseRecord next = acceptedCase(8);
        QVERIFY(next.receiptNumber.endsWith(QStringLiteral("-W01-0008")));
    }

    // What the exchange said of an applied event goes into the journal in the push's own
    // transaction: the acknowledged events leave the outbox and the note is there, or neither.
    void aPushsNotesAreJournalledWithItsSettlement()
    {
        const core::CaseRecord local = acceptedCase(10);
        const QList<core::DomainEvent> pending = OutboxStore(m_db).pending(100);
        QVERIFY(!pending.isEmpty());
        AuditEntry note;
        note.caseId = local.id;
        note.action = SheetLedger::LicenceRebased;
        note.actor = QStringLiteral("clerk01");
        note.workstation = QStringLiteral("W01");
        note.at = test::fixedTime();
        QStringList ids;
        for (const core::DomainEvent &e : pending)
            ids << e.id;
        const int before = AuditJournal(m_db).count();
        QVERIFY(ConflictStore(m_db).settlePush(ids, {}, {note}));
        QCOMPARE(OutboxStore(m_db).count(), 0);
        QCOMPARE(AuditJournal(m_db).count(), before + 1);
        QVERIFY(SheetLedger::awaitsReprint(AuditJournal(m_db).forCase(local.id)));
        QVERIFY(AuditJournal(m_db).verify().ok());
    }

    // A settlement frees its events' pages without zeroing them (their text lives on in the cases);
    // the connection deletes securely again afterwards, for whatever else it deletes.
    void settlingLeavesTheConnectionDeletingSecurely()
    {
        acceptedCase(11);
        QStringList ids;
        for (const core::DomainEvent &e : OutboxStore(m_db).pending(100))
            ids << e.id;
        QVERIFY(!ids.isEmpty());
        QVERIFY(ConflictStore(m_db).settlePush(ids, {}));
        QCOMPARE(OutboxStore(m_db).count(), 0);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA secure_delete")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void aNoteIsRequiredAndRejectedChangesAreNotSentAgain()
    {
        const core::CaseRecord local = acceptedCase(9);
        const qint64 id = pushConflict(local, exchangeVersion(local, 3));
        ConflictResolver resolver(m_db, *m_cases);
        const auto noNote = resolver.resolve(id, ConflictChoice::KeepExchange, test::supervisor(), u"  "_qs);
        QVERIFY(!noNote);
        QCOMPARE(noNote.error().code, QStringLiteral("conflict.note_missing"));
        QVERIFY(conflict(id)->isOpen());

        SyncConflict rejected = *conflict(id);
        rejected.kind = ConflictKind::PushRejected;
        QVERIFY(!ConflictResolver::canSendOursAgain(rejected));
        rejected.remoteCase = {};
        QVERIFY(!ConflictResolver::canKeepExchange(rejected));
    }

    // Who may decide is core::CaseWorkflow::mayResolveConflicts; the resolver enforces it itself,
    // whatever a view offers: anyone else is refused and the case, the outbox, the journal and
    // the conflict stay as they were.
    void onlyASupervisorResolves_data()
    {
        QTest::addColumn<core::Actor>("actor");
        QTest::addColumn<ConflictChoice>("choice");
        QTest::addColumn<bool>("allowed");
        const core::Actor clerk = test::clerk();
        const core::Actor nobody{QString(), core::Role::Supervisor, QStringLiteral("W01")};
        const core::Actor admin{QStringLiteral("admin01"), core::Role::Admin, QStringLiteral("W01")};
        QTest::newRow("clerk keeps the exchange's") << clerk << ConflictChoice::KeepExchange << false;
        QTest::newRow("clerk sends again") << clerk << ConflictChoice::SendOursAgain << false;
        QTest::newRow("clerk marks resolved") << clerk << ConflictChoice::MarkResolved << false;
        QTest::newRow("nobody signed in") << nobody << ConflictChoice::MarkResolved << false;
        QTest::newRow("supervisor keeps the exchange's")
            << test::supervisor() << ConflictChoice::KeepExchange << true;
        QTest::newRow("supervisor sends again")
            << test::supervisor() << ConflictChoice::SendOursAgain << true;
        QTest::newRow("admin marks resolved") << admin << ConflictChoice::MarkResolved << true;
    }

    void onlyASupervisorResolves()
    {
        QFETCH(core::Actor, actor);
        QFETCH(ConflictChoice, choice);
        QFETCH(bool, allowed);
        QCOMPARE(core::CaseWorkflow::mayResolveConflicts(actor.role), actor.role != core::Role::Clerk);

        const core::CaseRecord local = acceptedCase(10);
        const qint64 id = pushConflict(local, exchangeVersion(local, 3));
        QVERIFY(id > 0);
        const qsizetype journal = AuditJournal(m_db).forCase(local.id).size();
        const qsizetype outbox = outboxOf(local.id).size();

        const auto done =
            ConflictResolver(m_db, *m_cases).resolve(id, choice, actor, QStringLiteral("decided"));
        QCOMPARE(bool(done), allowed);
        if (allowed)
            return;
        QCOMPARE(done.error().code, QStringLiteral("conflict.role"));
        QVERIFY(!done.error().message.isEmpty());
        QVERIFY(conflict(id)->isOpen());
        QVERIFY(conflict(id)->resolvedBy.isEmpty());
        const auto now = m_cases->find(local.id);
        QVERIFY(now);
        QCOMPARE(now->version, local.version);
        QCOMPARE(now->form.legalRep.name, local.form.legalRep.name);
        QCOMPARE(AuditJournal(m_db).forCase(local.id).size(), journal);
        QCOMPARE(outboxOf(local.id).size(), outbox);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "test_storage_conflicts.moc"
