#include "StorageTestSupport.h"
#include "core/Deregistration.h"
#include "core/UsccCode.h"
#include "storage/AuditJournal.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/NoticeCache.h"
#include "storage/OutboxStore.h"
#include "storage/SearchIndex.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace ow::storage;
using core::CaseAction;
using core::CaseState;

class TestCaseStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    core::CaseRecord createDraft(CaseStore &store, int n)
    {
        auto created = store.perform(test::newCase(n), test::request(CaseAction::SaveDraft, test::clerk()));
        if (!created)
            qWarning() << created.error().code << created.error().message;
        return created.value();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("cases-%1.db").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    void newDraftIsStoredWithEventAuditAndSearchEntry()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        const core::CaseRecord draft = createDraft(store, 1);
        QVERIFY(!draft.id.isEmpty());
        QCOMPARE(draft.version, 1);
        QCOMPARE(draft.state, CaseState::Draft);

        const auto found = store.find(draft.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->version, 1);
        QCOMPARE(found->form, test::validForm(1));
        QCOMPARE(found->materials, test::completeMaterials());
        QCOMPARE(found->workstation, QStringLiteral("W01"));
        QCOMPARE(found->createdBy, QStringLiteral("clerk01"));

        // A draft save is local: audited, not queued for the exchange.
        OutboxStore outbox(m_db);
        QCOMPARE(outbox.count(), 0);
        AuditJournal audit(m_db);
        const auto entries = audit.forCase(draft.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].action, QStringLiteral("case.saved"));
        QCOMPARE(entries[0].detail.value(QStringLiteral("sent")).toBool(), false);
        QVERIFY(audit.verify().ok());

        // Acceptance is queued, with the event id the audit entry names.
        auto accepted = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        const auto events = outbox.pending(10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].caseId, draft.id);
        QCOMPARE(events[0].caseVersion, 2);
        QCOMPARE(events[0].type, QStringLiteral("case.accepted"));
        QVERIFY(!QUuid::fromString(events[0].id).isNull());
        QCOMPARE(audit.forCase(draft.id).at(1).detail.value(QStringLiteral("eventId")).toString(),
                 events[0].id);

        // The materials checklist is kept in the case's row, as MaterialItem's JSON.
        QCOMPARE(scalar(QStringLiteral("SELECT json_array_length(materials) FROM cases WHERE id = '%1'")
                            .arg(draft.id)),
                 3);
        QCOMPARE(store.find(draft.id)->materials, draft.materials);

        SearchIndex search(m_db);
        const auto hits = search.search(draft.form.proposedName);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].refId, draft.id);
        QCOMPARE(hits[0].rank, MatchRank::Exact);
    }

    void savingRewritesFormAndMaterials()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        core::CaseRecord draft = createDraft(store, 2);
        draft.form.investors.removeLast();
        draft.form.personnel.clear();
        draft.materials.removeLast();
        auto saved = store.perform(draft, test::request(CaseAction::SaveDraft, test::clerk()));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved.value().version, 2);
        QCOMPARE(scalar(QStringLiteral("SELECT json_array_length(materials) FROM cases WHERE id = '%1'")
                            .arg(draft.id)),
                 2);
        QCOMPARE(store.find(draft.id)->form, draft.form);
        QCOMPARE(store.find(draft.id)->materials, draft.materials);
        QCOMPARE(OutboxStore(m_db).count(), 0);
        QCOMPARE(AuditJournal(m_db).count(), 2);
    }

    void staleVersionIsRefusedAndChangesNothing()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        const core::CaseRecord v1 = createDraft(store, 3);
        core::CaseRecord first = v1;
        first.form.phone = QStringLiteral("0351-7654321");
        QVERIFY(store.perform(first, test::request(CaseAction::SaveDraft, test::clerk())).ok());

        core::CaseRecord second = v1; // loaded before the first save
        second.form.phone = QStringLiteral("0351-1111111");
        auto result = store.perform(second, test::request(CaseAction::SaveDraft, test::clerk()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("storage.stale"));
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(store.find(v1.id)->form.phone, QStringLiteral("0351-7654321"));
        QCOMPARE(store.find(v1.id)->version, 2);
        QCOMPARE(AuditJournal(m_db).count(), 2);

        // A "new" case whose id is already stored is stale too.
        core::CaseRecord clash = test::newCase(3);
        clash.id = v1.id;
        auto again = store.perform(clash, test::request(CaseAction::SaveDraft, test::clerk()));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("storage.stale"));
    }

    void acceptIssuesReceiptNumbersInSequence()
    {
        CaseStore w01(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        CaseStore w02(m_db, QStringLiteral("W02"), QStringLiteral("140105"));
        QStringList receipts;
        for (int i = 0; i < 3; ++i) {
            const core::CaseRecord draft = createDraft(w01, 10 + i);
            auto accepted = w01.perform(draft, test::request(CaseAction::Accept, test::clerk()));
            QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
            QCOMPARE(accepted.value().state, CaseState::Accepted);
            receipts << accepted.value().receiptNumber;
            QCOMPARE(w01.find(draft.id)->receiptNumber, accepted.value().receiptNumber);
        }
        QCOMPARE(receipts, (QStringList{QStringLiteral("140105-20261126-W01-0001"),
                                        QStringLiteral("140105-20261126-W01-0002"),
                                        QStringLiteral("140105-20261126-W01-0003")}));
        // Another workstation numbers on its own, and never collides.
        const core::CaseRecord other = createDraft(w02, 20);
        auto accepted =
            w02.perform(other, test::request(CaseAction::Accept,
                                             test::clerk(QStringLiteral("clerk02"), QStringLiteral("W02"))));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value().receiptNumber, QStringLiteral("140105-20261126-W02-0001"));
        // The receipt is searchable, case-insensitively.
        const auto hits = SearchIndex(m_db).search(QStringLiteral("140105-20261126-w02-0001"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].refId, other.id);
        QCOMPARE(hits[0].rank, MatchRank::Exact);

        const auto audit = AuditJournal(m_db).forCase(other.id);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit[1].detail.value(QStringLiteral("receiptNumber")).toString(),
                 accepted.value().receiptNumber);
        QVERIFY(AuditJournal(m_db).verify().ok());
    }

    void refusedTransitionRollsBackEverything()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        core::CaseRecord draft = createDraft(store, 30);
        const int outboxBefore = OutboxStore(m_db).count();

        // Accept with an invalid form: the workflow refuses after the receipt number was drawn.
        core::CaseRecord invalid = draft;
        invalid.form.legalRep.idNumber = QStringLiteral("123");
        auto refused = store.perform(invalid, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("workflow.form_invalid"));
        QCOMPARE(store.find(draft.id)->version, 1);
        QCOMPARE(store.find(draft.id)->form, draft.form);
        QCOMPARE(OutboxStore(m_db).count(), outboxBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM receipt_sequence")), 0);

        // A supervisor-only action by a clerk.
        auto wrongRole = store.perform(draft, test::request(CaseAction::Approve, test::clerk()));
        QVERIFY(!wrongRole.ok());
        QCOMPARE(store.find(draft.id)->state, CaseState::Draft);

        // The next acceptance still gets the first number of the day.
        auto accepted = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value().receiptNumber, QStringLiteral("140105-20261126-W01-0001"));
    }

    void fullLifecycleWithFourEyes()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        core::CaseRecord record = createDraft(store, 40);
        auto step = [&](CaseAction action, const core::Actor &actor) {
            auto r = store.perform(record, test::request(action, actor, QStringLiteral("材料齐全")));
            if (r)
                record = r.value();
            return r;
        };
        QVERIFY(step(CaseAction::Accept, test::supervisor(QStringLiteral("super01"))).ok());
        QVERIFY(step(CaseAction::TakeForReview, test::supervisor(QStringLiteral("super01"))).ok());
        auto sameSupervisor = step(CaseAction::Approve, test::supervisor(QStringLiteral("super01")));
        QVERIFY(!sameSupervisor.ok());
        QCOMPARE(sameSupervisor.error().code, QStringLiteral("workflow.four_eyes"));
        QCOMPARE(store.find(record.id)->state, CaseState::UnderReview);
        const int versionBefore = store.find(record.id)->version;

        // After the first supervisor's review lock has run out, a second one takes and approves.
        auto later = test::request(CaseAction::TakeForReview, test::supervisor(QStringLiteral("super02")));
        later.at = test::fixedTime().addSecs(5 * 3600);
        auto taken = store.perform(record, later);
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().message));
        later.action = CaseAction::Approve;
        later.reason = QStringLiteral("材料齐全，符合法定条件");
        auto approved = store.perform(taken.value(), later);
        QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
        QCOMPARE(store.find(record.id)->state, CaseState::Approved);
        QCOMPARE(store.find(record.id)->version, versionBefore + 2);
        // Every version but the first (a local draft save) produced an event to send.
        QCOMPARE(OutboxStore(m_db).count(), store.find(record.id)->version - 1);
        QCOMPARE(int(AuditJournal(m_db).forCase(record.id).size()), store.find(record.id)->version);
    }

    void listSortsFiltersAndPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("updated desc") << int(CaseSortColumn::UpdatedAt) << true;
        QTest::newRow("name asc") << int(CaseSortColumn::Name) << false;
        QTest::newRow("name desc") << int(CaseSortColumn::Name) << true;
        QTest::newRow("state asc") << int(CaseSortColumn::State) << false;
        QTest::newRow("receipt desc") << int(CaseSortColumn::ReceiptNumber) << true;
        QTest::newRow("accepted asc") << int(CaseSortColumn::AcceptedAt) << false;
        QTest::newRow("accepted desc") << int(CaseSortColumn::AcceptedAt) << true;
    }

    void listSortsFiltersAndPages()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        for (int i = 0; i < 6; ++i) {
            core::CaseRecord draft = test::newCase(50 + i);
            auto request = test::request(CaseAction::SaveDraft, test::clerk());
            request.at = test::fixedTime().addSecs(i * 60);
            auto stored = store.perform(draft, request);
            QVERIFY(stored.ok());
            if (i % 2 == 0) {
                request.action = CaseAction::Accept;
                request.at = request.at.addSecs(10);
                QVERIFY(store.perform(stored.value(), request).ok());
            }
        }
        QCOMPARE(store.count(), 6);
        QCOMPARE(store.count(CaseState::Accepted), 3);
        QCOMPARE(store.count(CaseState::Draft), 3);

        CaseQuery query;
        query.sort = CaseSortColumn(sort);
        query.descending = descending;
        const QList<CaseSummary> all = store.list(query);
        QCOMPARE(all.size(), 6);
        for (qsizetype i = 1; i < all.size(); ++i) {
            QVariant a, b;
            switch (query.sort) {
            case CaseSortColumn::UpdatedAt:
                a = all[i - 1].updatedAt, b = all[i].updatedAt;
                break;
            case CaseSortColumn::Name:
                a = all[i - 1].name, b = all[i].name;
                break;
            case CaseSortColumn::State:
                a = core::CaseStates::toKey(all[i - 1].state), b = core::CaseStates::toKey(all[i].state);
                break;
            case CaseSortColumn::ReceiptNumber:
                a = all[i - 1].receiptNumber, b = all[i].receiptNumber;
                break;
            case CaseSortColumn::AcceptedAt: // not yet accepted (no time) before the earliest
                a = all[i - 1].acceptedAt.isValid() ? all[i - 1].acceptedAt.toString(Qt::ISODateWithMs)
                                                    : QString(),
                b = all[i].acceptedAt.isValid() ? all[i].acceptedAt.toString(Qt::ISODateWithMs) : QString();
                break;
            }
            const auto order = QVariant::compare(a, b);
            QVERIFY2(descending ? order >= 0 : order <= 0,
                     qPrintable(a.toString() + QStringLiteral(" / ") + b.toString()));
        }
        query.state = CaseState::Accepted;
        const auto accepted = store.list(query);
        QCOMPARE(accepted.size(), 3);
        for (const CaseSummary &s : accepted) {
            QCOMPARE(s.state, CaseState::Accepted);
            QVERIFY(s.receiptNumber.startsWith(QStringLiteral("140105-20261126-W01-")));
            QVERIFY(!s.legalRep.isEmpty());
            QCOMPARE(s.entityTypeId, QStringLiteral("llc_natural_multi"));
        }
        query.state.reset();
        query.offset = 4;
        query.limit = 10;
        QCOMPARE(store.list(query).size(), 2);

        // The review queue's cases: those in the states asked for, with what their clocks need.
        const QList<CaseSummary> waiting = store.inStates({CaseState::Accepted, CaseState::UnderReview});
        QCOMPARE(waiting.size(), 3);
        for (const CaseSummary &s : waiting) {
            QCOMPARE(s.state, CaseState::Accepted);
            QVERIFY(s.acceptedAt.isValid());
            QVERIFY(s.createdAt.isValid());
            QCOMPARE(s.clockInput().accepted, s.acceptedAt);
        }
        QCOMPARE(store.inStates({CaseState::Draft}, 2).size(), 2);
        QVERIFY(store.inStates({}).isEmpty());
    }

    // A simplified deregistration's summary carries what its decision's clock needs (the list and the
    // review queue read it): its kind, and its notice's last day while the notice stands.
    void aSimplifiedDeregistrationsSummaryHasItsNotice()
    {
        CaseStore store(m_db, QStringLiteral("W01"), QStringLiteral("140105"));
        core::CaseRecord record = core::Deregistration::start(
            core::UsccCode::compose(u'9', u'1', QStringLiteral("140105"), QStringLiteral("MA0K3XQ2")),
            test::validForm(1), true);
        for (core::MaterialItem &m : record.materials)
            m.status = core::MaterialStatus::OriginalSeen;
        const auto draft = store.perform(record, test::request(CaseAction::SaveDraft, test::clerk()));
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message));
        const auto accepted = store.perform(draft.value(), test::request(CaseAction::Accept, test::clerk()));
        QVERIFY2(accepted, accepted ? "" : qPrintable(accepted.error().message));
        const QString id = accepted.value().id;
        const auto summary = [&store, &id] {
            for (const CaseSummary &s : store.inStates({CaseState::Accepted}))
                if (s.id == id)
                    return s;
            return CaseSummary{};
        };
        QCOMPARE(summary().kind, core::CaseKind::Deregistration);
        QVERIFY(summary().simplified);
        QVERIFY(!summary().noticeUntil.isValid()); // not synced yet

        core::DeregistrationNotice notice =
            core::DeregistrationNotice::begin(accepted.value(), QDate(2026, 11, 27));
        QSqlDatabase db = m_db->connection();
        QVERIFY(NoticeCache::store(db, notice));
        QCOMPARE(summary().noticeUntil, QDate(2026, 12, 16));
        const core::ClockInput input = summary().clockInput();
        QCOMPARE(input.noticeUntil, QDate(2026, 12, 16));
        QVERIFY(input.simplified);
        QCOMPARE(input.kind, core::CaseKind::Deregistration);
        notice.closedOn = QDate(2026, 11, 30); // the case ended: the notice no longer counts
        QVERIFY(NoticeCache::store(db, notice));
        QVERIFY(!summary().noticeUntil.isValid());

        // An establishment has none of it.
        const core::CaseRecord other = createDraft(store, 2);
        for (const CaseSummary &s : store.inStates({CaseState::Draft})) {
            if (s.id == other.id) {
                QCOMPARE(s.kind, core::CaseKind::Establishment);
                QVERIFY(!s.simplified);
            }
        }
    }

    void receiptNeedsAConfiguredWorkstation()
    {
        CaseStore store(m_db, QStringLiteral("bad-code"), QStringLiteral("1401"));
        const core::CaseRecord draft = createDraft(store, 60);
        auto accepted = store.perform(draft, test::request(CaseAction::Accept, test::clerk()));
        QVERIFY(!accepted.ok());
        QCOMPARE(accepted.error().code, QStringLiteral("receipt.config"));
        QCOMPARE(store.find(draft.id)->state, CaseState::Draft);
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "test_storage_casestore.moc"
