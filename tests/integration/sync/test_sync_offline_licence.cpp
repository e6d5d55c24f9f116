// Issue 10 §2, §5: licences issued during an outage, through the real exchange (loopback mutual TLS).
// A counter whose office allows it holds credit-code serials reserved while online; a licence issued
// offline takes one, is signed by the workstation as provisional, and is confirmed when it syncs (the
// exchange's code is the one printed, its signature the authority's); when the name was registered
// meanwhile the licence becomes a conflict for a supervisor, and nothing is lost.

#include "core/UsccCode.h"
#include "security/LicenceSeal.h"
#include "storage/ConflictStore.h"
#include "storage/ReservedSerials.h"
#include "support/CaseSeed.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QFile>
#include <QTest>

using namespace ow;
using core::CaseAction;
using core::CaseState;

namespace {

Result<core::CaseRecord> act(storage::CaseStore &cases, const core::CaseRecord &record, CaseAction action,
                             const core::Actor &actor, const QString &reason = {},
                             const storage::CaseStore::ProvisionalIssuer *offline = nullptr)
{
    core::TransitionRequest request;
    request.action = action;
    request.actor = actor;
    request.reason = reason;
    return cases.perform(record, request, offline);
}

} // namespace

class TestSyncOfflineLicence : public QObject
{
    Q_OBJECT

    test::ExchangeFixture m_exchange;
    std::unique_ptr<test::SyncClient> m_w01; // clerk01, offline issuance allowed
    std::unique_ptr<test::SyncClient> m_w02; // super01
    storage::CaseStore::ProvisionalIssuer m_issuer;
    QByteArray m_ca;
    int m_next = 700;

    core::Actor clerk() const
    {
        return {QStringLiteral("clerk01"), core::Role::Clerk, QStringLiteral("W01")};
    }
    core::Actor supervisor() const
    {
        return {QStringLiteral("super01"), core::Role::Supervisor, QStringLiteral("W02")};
    }

    int unusedSerials() const
    {
        QSqlDatabase db = m_w01->db->connection();
        const Result<int> n = storage::ReservedSerials::unusedCount(db);
        return n ? n.value() : -1;
    }

    // Cases accepted at W01 and approved at W02 (super01), back at W01 as approved; `name` for all
    // when given.
    QList<core::CaseRecord> approvedCases(int count, const QString &name = {})
    {
        QList<core::CaseRecord> accepted;
        for (int i = 0; i < count; ++i) {
            core::CaseRecord fresh;
            fresh.form = test::seed::form(++m_next);
            if (!name.isEmpty())
                fresh.form.proposedName = name;
            fresh.materials = test::seed::materials();
            auto draft = act(*m_w01->cases, fresh, CaseAction::SaveDraft, clerk());
            auto done = draft ? act(*m_w01->cases, draft.value(), CaseAction::Accept, clerk()) : draft;
            if (!done)
                return {};
            accepted.append(done.value());
        }
        if (!m_w01->sync() || !m_w02->sync())
            return {};
        for (const core::CaseRecord &record : std::as_const(accepted)) {
            auto there = m_w02->cases->find(record.id);
            auto taken = there ? act(*m_w02->cases, *there, CaseAction::TakeForReview, supervisor())
                               : Result<core::CaseRecord>(
                                     Error{QStringLiteral("test"), QStringLiteral("not pulled"), {}});
            if (!taken || !act(*m_w02->cases, taken.value(), CaseAction::Approve, supervisor(),
                               QStringLiteral("材料齐全")))
                return {};
        }
        if (!m_w02->sync() || !m_w01->sync())
            return {};
        QList<core::CaseRecord> approved;
        for (const core::CaseRecord &record : std::as_const(accepted)) {
            auto here = m_w01->cases->find(record.id);
            if (!here || here->state != CaseState::Approved)
                return {};
            approved.append(*here);
        }
        return approved;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_w01 = test::makeSyncClient(m_exchange, QStringLiteral("W01"), QLatin1String(test::seed::Division));
        m_w02 = test::makeSyncClient(m_exchange, QStringLiteral("W02"), QLatin1String(test::seed::Division));
        QVERIFY(m_w01 && m_w02);
        m_w01->engine->setOfflineIssuance(true);
        QVERIFY(m_w01->signIn(QStringLiteral("clerk01")));
        QVERIFY(m_w02->signIn(QStringLiteral("super01")));
        // The workstation's own identity signs what it issues offline.
        const test::ExchangeFixture::Workstation w01 = m_exchange.workstation(QStringLiteral("W01"));
        const QSslConfiguration ssl =
            test::ExchangeFixture::sslFromPkcs12(w01.p12Path, w01.passphrase, m_exchange.caBundlePath());
        m_issuer.keyPem = ssl.privateKey().toPem();
        m_issuer.certificatePem = ssl.localCertificate().toPem();
        m_issuer.lookupPrefix = QStringLiteral("https://127.0.0.1:8444/licence/");
        QFile ca(m_exchange.caBundlePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        m_ca = ca.readAll();
    }

    void serialsAreReservedWhileOnline()
    {
        // After the sign-in's sync, the engine asked for a block; it is kept for the outage.
        QTRY_VERIFY_WITH_TIMEOUT(unusedSerials() >= sync::SyncEngine::ReservedSerialsLow, 20000);
        QVERIFY(unusedSerials() <= 20);
    }

    void offlineLicenceIsConfirmedWhenItSyncs()
    {
        const QList<core::CaseRecord> cases = approvedCases(1);
        QCOMPARE(cases.size(), 1);
        const int before = unusedSerials();
        // The exchange cannot be reached: the counter issues it from its block, provisional.
        auto issued = act(*m_w01->cases, cases.first(), CaseAction::IssueLicence, clerk(), {}, &m_issuer);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().message));
        const QString provisionalCode = issued.value().creditCode;
        QVERIFY(core::UsccCode::validate(provisionalCode).valid);
        QCOMPARE(unusedSerials(), before - 1);
        const security::SealCheck provisional =
            security::LicenceSeal::verify(issued.value().licenceSeal.toUtf8(), m_ca);
        QCOMPARE(provisional.verdict, security::SealCheck::Verdict::Provisional);
        QCOMPARE(provisional.essentials.creditCode, provisionalCode);

        // Back online: confirmed with the code it printed, signed by the authority, published.
        QVERIFY(m_w01->sync());
        if (m_w01->cases->find(cases.first().id)->state != CaseState::Published)
            QVERIFY(m_w01->sync()); // the published version, when it came after this sync's pull
        QCOMPARE(m_w01->cases->find(cases.first().id)->state, CaseState::Published);
        const core::CaseRecord confirmed = *m_w01->cases->find(cases.first().id);
        QCOMPARE(confirmed.creditCode, provisionalCode);
        QVERIFY(security::LicenceSeal::verify(confirmed.licenceSeal.toUtf8(), m_ca).isValid());
        QCOMPARE(m_w01->engine->openConflictCount(), 0);
    }

    void nameTakenMeanwhileIsAConflictAndNothingIsLost()
    {
        // Two approved cases proposing one name: one licensed online at W02 while W01, offline,
        // issues the other.
        const QList<core::CaseRecord> cases = approvedCases(2, QStringLiteral("太原市晋阳恒远商贸有限公司"));
        QCOMPARE(cases.size(), 2);
        auto offline = act(*m_w01->cases, cases.at(1), CaseAction::IssueLicence, clerk(), {}, &m_issuer);
        QVERIFY2(offline, offline ? "" : qPrintable(offline.error().message));
        auto there = m_w02->cases->find(cases.at(0).id);
        QVERIFY(there);
        QVERIFY(act(*m_w02->cases, *there, CaseAction::IssueLicence, supervisor()));
        QVERIFY(m_w02->sync());

        QVERIFY(m_w01->sync());
        QCOMPARE(m_w01->engine->openConflictCount(), 1);
        const QList<storage::SyncConflict> open = storage::ConflictStore(m_w01->db).list();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().caseId, cases.at(1).id);
        QCOMPARE(open.first().errorCode, QStringLiteral("licence.name_taken"));
        QCOMPARE(core::CaseRecord::fromJson(open.first().remoteCase).state, CaseState::Approved);
        // Nothing lost: the counter keeps the licence it printed, with its code and signature.
        const core::CaseRecord kept = *m_w01->cases->find(cases.at(1).id);
        QCOMPARE(kept.state, CaseState::Licensed);
        QCOMPARE(kept.creditCode, offline.value().creditCode);
        QCOMPARE(security::LicenceSeal::verify(kept.licenceSeal.toUtf8(), m_ca).verdict,
                 security::SealCheck::Verdict::Provisional);
        QCOMPARE(core::CaseRecord::fromJson(open.first().localCase).creditCode, offline.value().creditCode);
    }

    void cleanupTestCase()
    {
        m_w01.reset();
        m_w02.reset();
        m_exchange.stop();
    }
};

QTEST_MAIN(TestSyncOfflineLicence)
#include "test_sync_offline_licence.moc"
