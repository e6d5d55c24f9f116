// Conflicts between counters, through the real exchange (loopback mutual TLS), and what a
// supervisor decides about them: the same case reviewed at two workstations while one of them
// had not seen the other's change.

#include "storage/ConflictResolver.h"
#include "storage/ConflictStore.h"
#include "storage/OutboxStore.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QTest>

using namespace ow;
using core::CaseAction;
using core::CaseState;

namespace {

core::Actor supervisor(const QString &id, const QString &workstation)
{
    return core::Actor{id, core::Role::Supervisor, workstation};
}

Result<core::CaseRecord> act(storage::CaseStore &cases, const core::CaseRecord &record, CaseAction action,
                             const core::Actor &actor, const QString &reason = {})
{
    core::TransitionRequest request;
    request.action = action;
    request.actor = actor;
    request.reason = reason;
    return cases.perform(record, request);
}

} // namespace

class TestSyncConflicts : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    int m_next = 300;

    std::unique_ptr<test::SyncClient> counter(const QString &code, const QString &user)
    {
        auto client = test::makeSyncClient(m_exchange, code, QLatin1String(test::seed::Division));
        if (!client || !client->signIn(user)) {
            qWarning() << "cannot sign" << user << "in at" << code;
            return nullptr;
        }
        return client;
    }

    // A case accepted at `at` by its supervisor and sent, then taken for review at `other` (which
    // pulled it first) and sent: the exchange has version 3, `at` still version 2.
    core::CaseRecord reviewedElsewhere(test::SyncClient &at, test::SyncClient &other)
    {
        core::CaseRecord fresh;
        fresh.form = test::seed::form(++m_next);
        fresh.materials = test::seed::materials();
        const core::Actor mine = supervisor(at.engine->session().userId, at.cases->workstationCode());
        auto draft = act(*at.cases, fresh, CaseAction::SaveDraft, mine);
        auto accepted = draft ? act(*at.cases, draft.value(), CaseAction::Accept, mine) : draft;
        if (!accepted || !at.sync() || !other.sync())
            return {};
        const auto there = other.cases->find(accepted.value().id);
        const core::Actor theirs = supervisor(other.engine->session().userId, other.cases->workstationCode());
        if (!there || !act(*other.cases, *there, CaseAction::TakeForReview, theirs) || !other.sync())
            return {};
        return accepted.value();
    }

    // `client` takes the case for review on its old version and syncs: the exchange answers
    // "conflict". Returns the recorded conflict.
    std::optional<storage::SyncConflict> conflictingReview(test::SyncClient &client,
                                                           const core::CaseRecord &stale)
    {
        const core::Actor me = supervisor(client.engine->session().userId, client.cases->workstationCode());
        if (!act(*client.cases, stale, CaseAction::TakeForReview, me) || !client.sync())
            return std::nullopt;
        const QList<storage::SyncConflict> open = storage::ConflictStore(client.db).list();
        if (open.size() != 1)
            return std::nullopt;
        return open.first();
    }

    // W01 (`atW01`) and W02 (super01) on one case: accepted at W01, taken for review at W02, then
    // taken for review at W01 on its old version and sent: a conflict at W01.
    struct Scene
    {
        std::unique_ptr<test::SyncClient> w01;
        std::unique_ptr<test::SyncClient> w02;
        core::CaseRecord stale;
        std::optional<storage::SyncConflict> conflict;
        bool ok() const { return w01 && w02 && !stale.id.isEmpty() && conflict; }
    };
    Scene divergedReview(const QString &atW01)
    {
        Scene scene;
        scene.w01 = counter(QStringLiteral("W01"), atW01);
        scene.w02 = counter(QStringLiteral("W02"), QStringLiteral("super01"));
        if (!scene.w01 || !scene.w02)
            return scene;
        scene.stale = reviewedElsewhere(*scene.w01, *scene.w02);
        if (!scene.stale.id.isEmpty())
            scene.conflict = conflictingReview(*scene.w01, scene.stale);
        return scene;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
    }

    void sentAgainItIsAppliedOnTheExchangesVersion()
    {
        // super01 works at both workstations; W01 had not pulled W02's review before its own.
        Scene scene = divergedReview(QStringLiteral("super01"));
        QVERIFY(scene.ok());
        auto &w01 = scene.w01;
        auto &w02 = scene.w02;
        const core::CaseRecord &stale = scene.stale;
        const auto &conflict = scene.conflict;
        QCOMPARE(conflict->kind, storage::ConflictKind::PushConflict);
        QCOMPARE(conflict->errorCode, QStringLiteral("case.stale"));
        QCOMPARE(core::CaseRecord::fromJson(conflict->remoteCase).version, 3);
        QCOMPARE(w01->engine->unsentCount(), 0);

        storage::ConflictResolver resolver(w01->db, *w01->cases);
        QVERIFY(resolver.resolve(conflict->id, storage::ConflictChoice::SendOursAgain,
                                 core::Actor{QStringLiteral("super01"), core::Role::Supervisor, {}},
                                 QStringLiteral("my review goes on")));
        QCOMPARE(w01->engine->unsentCount(), 1);
        QVERIFY(w01->sync());
        QCOMPARE(w01->engine->lastStats().sent, 1);
        QCOMPARE(w01->engine->unsentCount(), 0);
        QCOMPARE(storage::ConflictStore(w01->db).openCount(), 0);
        // The exchange applied it on version 3; this counter has the exchange's version 4.
        const auto here = w01->cases->find(stale.id);
        QVERIFY(here);
        QCOMPARE(here->version, 4);
        QCOMPARE(here->state, CaseState::UnderReview);
        QVERIFY(w02->sync());
        QCOMPARE(w02->cases->find(stale.id)->version, 4);
    }

    void keepingTheExchangesVersionEndsTheDivergence()
    {
        Scene scene = divergedReview(QStringLiteral("super02"));
        QVERIFY(scene.ok());
        auto &w01 = scene.w01;
        const core::CaseRecord &stale = scene.stale;
        const auto &conflict = scene.conflict;
        // Same version number, different reviewer: the feed did not overwrite this counter's case.
        QCOMPARE(w01->cases->find(stale.id)->reviewer, QStringLiteral("super02"));

        storage::ConflictResolver resolver(w01->db, *w01->cases);
        QVERIFY(resolver.resolve(conflict->id, storage::ConflictChoice::KeepExchange,
                                 core::Actor{QStringLiteral("super02"), core::Role::Supervisor, {}},
                                 QStringLiteral("super01 reviews it")));
        const auto here = w01->cases->find(stale.id);
        QCOMPARE(here->version, 3);
        QCOMPARE(here->reviewer, QStringLiteral("super01"));
        QVERIFY(w01->sync());
        QCOMPARE(w01->engine->lastStats().sent, 0);
        QCOMPARE(storage::ConflictStore(w01->db).openCount(), 0);
    }

    void sentAgainItIsCheckedByTheExchangesRules()
    {
        // super02 at W01 reviews a case super01 holds at W02: sent again, the review lock refuses it.
        Scene scene = divergedReview(QStringLiteral("super02"));
        QVERIFY(scene.ok());
        auto &w01 = scene.w01;
        const auto &conflict = scene.conflict;
        QVERIFY(storage::ConflictResolver(w01->db, *w01->cases)
                    .resolve(conflict->id, storage::ConflictChoice::SendOursAgain,
                             core::Actor{QStringLiteral("super02"), core::Role::Supervisor, {}},
                             QStringLiteral("try again")));
        QVERIFY(w01->sync());
        QCOMPARE(w01->engine->unsentCount(), 0);
        const QList<storage::SyncConflict> open = storage::ConflictStore(w01->db).list();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().kind, storage::ConflictKind::PushRejected);
        QVERIFY2(open.first().errorCode.startsWith(QStringLiteral("workflow.")),
                 qPrintable(open.first().errorCode));
        QVERIFY(!storage::ConflictResolver::canSendOursAgain(open.first()));
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "test_sync_conflicts.moc"
