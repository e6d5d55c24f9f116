// Issue 8, authority scoping, against the real exchange over loopback TLS: two registration
// authorities (小店区 140105: W01, W02, clerk01, super01; 迎泽区 140106: W11, clerk11, super11) and a
// provincial supervisor (山西省 140000: prov01). Neither authority sees the other's cases in the feed
// nor acts on them; the provincial supervisor sees and acts on both; nobody signs in at another
// authority's workstation; a real counter's sync ends with only its own authority's cases.
#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/ReceiptNumber.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeStore.h"
#include "support/CaseForms.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Xiaodian = QStringLiteral("140105");
const QString Yingze = Fixture::OtherAuthority;
const QString Shanxi = QStringLiteral("140000");

// Users this test adds, with their passwords.
const QString Clerk11Password = Fixture::OtherClerkPassword;
const QString Super11Password = QStringLiteral("Yingze#2027");
const QString ProvPassword = QStringLiteral("Shanxi#2026");

} // namespace

class ExchangeAuthorityTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261202};
    int m_receipts = 0;
    QString m_clerkA;         // clerk01 on W01 (140105)
    QString m_superA;         // super01 on W02 (140105)
    QString m_clerkB;         // clerk11 on W11 (140106)
    QString m_superB;         // super11 on W11 (140106)
    QString m_prov;           // prov01 on W01 (140000, provincial)
    core::CaseRecord m_caseA; // accepted at W01
    core::CaseRecord m_caseB; // accepted at W11

    struct Counts
    {
        int cases = -1;
        qsizetype changes = -1;
        qint64 lastSeq = -1;
        bool operator==(const Counts &) const = default;
    };

    std::unique_ptr<exchange::ExchangeStore> openStore()
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("authority-reader"));
        return store ? std::move(store).value() : nullptr;
    }

    Counts counts()
    {
        auto store = openStore();
        if (!store) {
            return {};
        }
        const auto cases = store->cases().count();
        const auto changes = store->feed().after(0, 1000000);
        if (!cases || !changes) {
            return {};
        }
        return {cases.value(), changes.value().size(),
                changes.value().isEmpty() ? 0 : changes.value().last().seq};
    }

    std::optional<core::CaseRecord> stored(const QString &caseId)
    {
        auto store = openStore();
        if (!store) {
            return std::nullopt;
        }
        const auto found = store->cases().byId(caseId);
        return found ? found.value() : std::nullopt;
    }

    // A counter case accepted at `workstation` by `clerk`, its form naming `formAuthority`, and the
    // receipt number of `workstation`'s own authority `receiptAuthority`: the acceptance event.
    QJsonObject acceptance(core::CaseRecord &record, const QString &clerk, const QString &workstation,
                           const QString &formAuthority)
    {
        const QString receipt =
            core::ReceiptNumber{formAuthority, QDate::currentDate(), workstation, ++m_receipts}.toString();
        QJsonObject json = m_cases.accepted(record, clerk, workstation, receipt).toJson();
        QJsonObject payload = json.value(u"payload").toObject();
        QJsonObject kase = payload.value(u"case").toObject();
        QJsonObject form = kase.value(u"form").toObject();
        form.insert(QStringLiteral("authorityDivision"), formAuthority);
        // The enterprise is domiciled where its counter registers it (elsewhere needs a reason).
        if (core::Divisions::instance().exists(formAuthority) && !formAuthority.endsWith(u"00")) {
            form.insert(QStringLiteral("domicileDivision"), formAuthority);
            record.form.domicileDivision = formAuthority;
        }
        kase.insert(QStringLiteral("form"), form);
        payload.insert(QStringLiteral("case"), kase);
        json.insert(QStringLiteral("payload"), payload);
        record.form.authorityDivision = formAuthority;
        return json;
    }

    static QJsonObject takeForReview(core::CaseRecord record, const QString &user, const QString &workstation)
    {
        core::TransitionRequest request;
        request.actor = {user, core::Role::Supervisor, workstation};
        request.action = core::CaseAction::TakeForReview;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        return event ? event.value().toJson() : QJsonObject{};
    }

    QJsonObject pushOne(const QString &workstation, const QString &token, const QJsonObject &event,
                        int *status = nullptr)
    {
        const Fixture::Reply reply = Fixture::call(m_exchange.sslFor(workstation), "POST",
                                                   m_exchange.url(ow::protocol::Endpoint::Events),
                                                   {{QStringLiteral("events"), QJsonArray{event}}}, token);
        if (status) {
            *status = reply.status;
        }
        return reply.json.value(u"results").toArray().at(0).toObject();
    }

    static QString code(const QJsonObject &result)
    {
        return result.value(u"error").toObject().value(u"code").toString();
    }

    // The whole feed as `workstation`'s `token` reads it, `limit` changes a page.
    struct Walk
    {
        bool ok = true;
        QStringList caseIds;
        QSet<QString> authorities;
        qint64 cursor = 0;
        int pages = 0;
    };
    Walk walk(const QString &workstation, const QString &token, int limit = 500)
    {
        Walk w;
        bool more = true;
        while (more && w.ok && w.pages < 10000) {
            const Fixture::Reply page =
                Fixture::call(m_exchange.sslFor(workstation), "GET",
                              m_exchange.url(ow::protocol::Endpoint::Changes,
                                             QStringLiteral("cursor=%1&limit=%2").arg(w.cursor).arg(limit)),
                              {}, token);
            ++w.pages;
            const QJsonArray changes = page.json.value(u"changes").toArray();
            const qint64 next = page.json.value(u"nextCursor").toInteger(-1);
            more = page.json.value(u"hasMore").toBool();
            if (page.status != 200 || next < w.cursor || changes.size() > limit ||
                (more && changes.isEmpty())) {
                qWarning() << "page" << page.status << page.body.left(300);
                w.ok = false;
            }
            for (const QJsonValue &value : changes) {
                const QJsonObject change = value.toObject();
                w.caseIds << change.value(u"caseId").toString();
                w.authorities << change.value(u"case")
                                     .toObject()
                                     .value(u"form")
                                     .toObject()
                                     .value(u"authorityDivision")
                                     .toString();
            }
            w.cursor = next;
        }
        return w;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        QVERIFY2(m_exchange.addUser(QStringLiteral("super11"), QStringLiteral("高明"),
                                    QStringLiteral("supervisor"), Super11Password, Yingze, &error),
                 qPrintable(error));
        QVERIFY2(m_exchange.addUser(QStringLiteral("prov01"), QStringLiteral("刘省"),
                                    QStringLiteral("supervisor"), ProvPassword, Shanxi, &error),
                 qPrintable(error));
        m_clerkA = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_superA = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        m_clerkB = m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("clerk11"));
        m_superB = m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("super11"));
        Fixture::Reply provReply;
        m_prov = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("prov01"), &provReply);
        QVERIFY(!m_clerkA.isEmpty() && !m_superA.isEmpty() && !m_clerkB.isEmpty() && !m_superB.isEmpty());
        QVERIFY2(!m_prov.isEmpty(), provReply.body.constData());
        const QJsonObject user = provReply.json.value(u"user").toObject();
        QCOMPARE(user.value(u"authority").toString(), Shanxi);
        QVERIFY(user.value(u"provincial").toBool());
    }

    void eachAuthorityAcceptsItsOwnCounterCases()
    {
        QCOMPARE(pushOne(QStringLiteral("W01"), m_clerkA,
                         acceptance(m_caseA, QStringLiteral("clerk01"), QStringLiteral("W01"), Xiaodian))
                     .value(u"status")
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(pushOne(QStringLiteral("W11"), m_clerkB,
                         acceptance(m_caseB, QStringLiteral("clerk11"), QStringLiteral("W11"), Yingze))
                     .value(u"status")
                     .toString(),
                 QStringLiteral("applied"));
        QCOMPARE(stored(m_caseA.id)->form.authorityDivision, Xiaodian);
        QCOMPARE(stored(m_caseB.id)->form.authorityDivision, Yingze);
    }

    // A counter case whose form names another authority than the caller's is refused; nothing stored.
    void aCounterCaseOfAnotherAuthorityIsRefused()
    {
        const Counts before = counts();
        core::CaseRecord record;
        int status = 0;
        const QJsonObject result =
            pushOne(QStringLiteral("W01"), m_clerkA,
                    acceptance(record, QStringLiteral("clerk01"), QStringLiteral("W01"), Yingze), &status);
        QCOMPARE(status, 200);
        QCOMPARE(result.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(result), QStringLiteral("case.other_authority"));
        QVERIFY(!stored(record.id));
        QVERIFY(counts() == before);
        // Nor one whose receipt number is another authority's.
        QJsonObject foreign = acceptance(record, QStringLiteral("clerk01"), QStringLiteral("W01"), Xiaodian);
        QJsonObject payload = foreign.value(u"payload").toObject();
        QJsonObject kase = payload.value(u"case").toObject();
        kase.insert(QStringLiteral("receiptNumber"),
                    core::ReceiptNumber{Yingze, QDate::currentDate(), QStringLiteral("W01"), ++m_receipts}
                        .toString());
        payload.insert(QStringLiteral("case"), kase);
        foreign.insert(QStringLiteral("payload"), payload);
        const QJsonObject foreignReceipt = pushOne(QStringLiteral("W01"), m_clerkA, foreign);
        QCOMPARE(foreignReceipt.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(foreignReceipt), QStringLiteral("case.receipt_foreign"));
        QVERIFY(!stored(record.id));
        QVERIFY(counts() == before);
        // Nor one whose form names no authority at all.
        const QJsonObject none = pushOne(
            QStringLiteral("W11"), m_clerkB,
            acceptance(record, QStringLiteral("clerk11"), QStringLiteral("W11"), QStringLiteral("149999")));
        QCOMPARE(code(none), QStringLiteral("case.other_authority"));
        QVERIFY(counts() == before);
    }

    // An event on another authority's case is refused without anything of the case: no `current`,
    // not even when its version is stale (a conflict would carry the case); nothing stored.
    void anEventOnAnotherAuthoritysCaseIsRefused()
    {
        const Counts before = counts();
        const int versionA = stored(m_caseA.id)->version;
        QJsonObject take = takeForReview(m_caseA, QStringLiteral("super11"), QStringLiteral("W11"));
        int status = 0;
        QJsonObject result = pushOne(QStringLiteral("W11"), m_superB, take, &status);
        QCOMPARE(status, 200);
        QCOMPARE(result.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(code(result), QStringLiteral("case.other_authority"));
        QVERIFY(!result.contains(u"current"));
        QVERIFY(!QJsonDocument(result).toJson().contains(m_caseA.form.proposedName.toUtf8()));
        take.insert(QStringLiteral("caseVersion"), versionA + 5);
        take.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        result = pushOne(QStringLiteral("W11"), m_superB, take);
        QCOMPARE(code(result), QStringLiteral("case.other_authority"));
        QVERIFY(!result.contains(u"current"));
        // The other way round, and an acceptance that would take over the case with its own form.
        result = pushOne(QStringLiteral("W02"), m_superA,
                         takeForReview(m_caseB, QStringLiteral("super01"), QStringLiteral("W02")));
        QCOMPARE(code(result), QStringLiteral("case.other_authority"));
        core::CaseRecord copy;
        QJsonObject takeOver = acceptance(copy, QStringLiteral("clerk01"), QStringLiteral("W01"), Xiaodian);
        takeOver.insert(QStringLiteral("caseId"), m_caseB.id);
        QJsonObject payload = takeOver.value(u"payload").toObject();
        QJsonObject kase = payload.value(u"case").toObject();
        kase.insert(QStringLiteral("id"), m_caseB.id);
        payload.insert(QStringLiteral("case"), kase);
        takeOver.insert(QStringLiteral("payload"), payload);
        result = pushOne(QStringLiteral("W01"), m_clerkA, takeOver);
        QCOMPARE(code(result), QStringLiteral("case.other_authority"));
        QVERIFY(counts() == before);
        QCOMPARE(stored(m_caseA.id)->version, versionA);
        QCOMPARE(stored(m_caseA.id)->state, core::CaseState::Accepted);
        QCOMPARE(stored(m_caseB.id)->state, core::CaseState::Accepted);
    }

    // Online applications belong to the authority their form names; one naming none is refused.
    void onlineApplicationsTakeTheirFormsAuthority()
    {
        QRandomGenerator random(7);
        QJsonObject body = exchange::DemoApplications::intakeBody(random);
        const auto withAuthority = [&body](const QString &authority) {
            QJsonObject application = body.value(u"application").toObject();
            QJsonObject form = application.value(u"form").toObject();
            form.insert(QStringLiteral("authorityDivision"), authority);
            application.insert(QStringLiteral("form"), form);
            body.insert(QStringLiteral("application"), application);
            body.remove(QStringLiteral("submissionId"));
            return body;
        };
        const Counts before = counts();
        Fixture::Reply r =
            Fixture::call(m_exchange.sslForPortal(), "POST", m_exchange.url(ow::protocol::Endpoint::Intake),
                          withAuthority(QStringLiteral("14010")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("request.invalid_field"));
        QCOMPARE(r.json.value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("entity.authorityDivision"));
        QVERIFY(counts() == before);
        r = Fixture::call(m_exchange.sslForPortal(), "POST", m_exchange.url(ow::protocol::Endpoint::Intake),
                          withAuthority(Yingze));
        QCOMPARE(r.status, 201);
        const QString online = r.json.value(u"caseId").toString();
        QCOMPARE(stored(online)->form.authorityDivision, Yingze);
        QVERIFY(walk(QStringLiteral("W11"), m_clerkB).caseIds.contains(online));
        QVERIFY(!walk(QStringLiteral("W01"), m_clerkA).caseIds.contains(online));
    }

    // Each authority reads only its own changes; the cursor still ends at the end of the whole feed
    // (past the other's changes), also page by page; the provincial supervisor reads both.
    void theFeedIsScoped()
    {
        const Counts now = counts();
        const Walk a = walk(QStringLiteral("W01"), m_clerkA);
        QVERIFY(a.ok);
        QCOMPARE(a.authorities, QSet<QString>{Xiaodian});
        QVERIFY(a.caseIds.contains(m_caseA.id) && !a.caseIds.contains(m_caseB.id));
        QCOMPARE(a.cursor, now.lastSeq);
        const Walk b = walk(QStringLiteral("W11"), m_clerkB);
        QVERIFY(b.ok);
        QCOMPARE(b.authorities, QSet<QString>{Yingze});
        QVERIFY(b.caseIds.contains(m_caseB.id) && !b.caseIds.contains(m_caseA.id));
        QCOMPARE(b.cursor, now.lastSeq);
        QCOMPARE(a.caseIds.size() + b.caseIds.size(), now.changes);
        // One change a page: one page per own change, none spent on the other's, none read twice.
        const Walk onePerPage = walk(QStringLiteral("W11"), m_clerkB, 1);
        QVERIFY(onePerPage.ok);
        QCOMPARE(onePerPage.caseIds, b.caseIds);
        QCOMPARE(onePerPage.pages, int(b.caseIds.size()));
        QCOMPARE(onePerPage.cursor, now.lastSeq);
        // Read from the end: nothing new, the cursor stays.
        const Fixture::Reply atEnd = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W01")), "GET",
            m_exchange.url(ow::protocol::Endpoint::Changes, QStringLiteral("cursor=%1").arg(now.lastSeq)), {},
            m_clerkA);
        QCOMPARE(atEnd.status, 200);
        QVERIFY(atEnd.json.value(u"changes").toArray().isEmpty());
        QCOMPARE(atEnd.json.value(u"nextCursor").toInteger(), now.lastSeq);
        QVERIFY(!atEnd.json.value(u"hasMore").toBool());
        const Walk province = walk(QStringLiteral("W01"), m_prov);
        QVERIFY(province.ok);
        QCOMPARE(province.authorities, (QSet<QString>{Xiaodian, Yingze}));
        QCOMPARE(province.caseIds.size(), now.changes);
    }

    void signInAcrossAuthoritiesIsRefused()
    {
        auto store = openStore();
        QVERIFY(store);
        const auto sessionsBefore = store->sessions().count();
        QVERIFY(sessionsBefore);
        Fixture::Reply r;
        QVERIFY(m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("clerk01"), &r).isEmpty());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.other_authority"));
        QVERIFY(m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super11"), &r).isEmpty());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.other_authority"));
        // A wrong password there is still just a wrong password: nothing about the authority.
        r = Fixture::call(m_exchange.sslFor(QStringLiteral("W11")), "POST",
                          m_exchange.url(ow::protocol::Endpoint::Session),
                          {{QStringLiteral("user"), QStringLiteral("clerk01")},
                           {QStringLiteral("password"), QStringLiteral("wrong password")}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("auth.invalid_credentials"));
        const auto sessionsAfter = store->sessions().count();
        QVERIFY(sessionsAfter);
        QCOMPARE(sessionsAfter.value(), sessionsBefore.value());
        // The provincial supervisor signs in at either authority's workstation.
        QVERIFY(!m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("prov01")).isEmpty());
    }

    // The administrator's lists say each user's and workstation's authority.
    void adminListsShowAuthorities()
    {
        const QString admin = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("admin01"));
        QVERIFY(!admin.isEmpty());
        const Fixture::Reply users =
            Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                          m_exchange.url(ow::protocol::Endpoint::AdminUsers), {}, admin);
        QCOMPARE(users.status, 200);
        QMap<QString, QString> byUser;
        for (const QJsonValue &u : users.json.value(u"users").toArray()) {
            byUser.insert(u[u"id"].toString(), u[u"authority"].toString());
        }
        QCOMPARE(byUser.value(QStringLiteral("clerk01")), Xiaodian);
        QCOMPARE(byUser.value(QStringLiteral("clerk11")), Yingze);
        QCOMPARE(byUser.value(QStringLiteral("prov01")), Shanxi);
        const Fixture::Reply workstations =
            Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                          m_exchange.url(ow::protocol::Endpoint::AdminWorkstations), {}, admin);
        QCOMPARE(workstations.status, 200);
        QMap<QString, QString> byCode;
        for (const QJsonValue &w : workstations.json.value(u"workstations").toArray()) {
            byCode.insert(w[u"code"].toString(), w[u"authority"].toString());
        }
        QCOMPARE(byCode.value(QStringLiteral("W01")), Xiaodian);
        QCOMPARE(byCode.value(QStringLiteral("W11")), Yingze);
        QCOMPARE(byCode.value(QStringLiteral("portal")), QString());
    }

    // The provincial supervisor acts on both authorities' cases.
    void provincialSupervisorActsOnBoth()
    {
        for (core::CaseRecord *record : {&m_caseA, &m_caseB}) {
            const QJsonObject result =
                pushOne(QStringLiteral("W01"), m_prov,
                        takeForReview(*record, QStringLiteral("prov01"), QStringLiteral("W01")));
            QCOMPARE(result.value(u"status").toString(), QStringLiteral("applied"));
            QCOMPARE(stored(record->id)->state, core::CaseState::UnderReview);
            QCOMPARE(stored(record->id)->form.authorityDivision, record->form.authorityDivision);
        }
    }

    // A real counter of each authority syncs: it sends its own case and ends with only its own
    // authority's cases in its cache, its cursor at the end of the feed.
    void eachCounterSyncsOnlyItsOwnCases()
    {
        struct Counter
        {
            QString workstation, authority, clerk, password;
            std::unique_ptr<test::SyncClient> client;
            QString caseId;
        };
        Counter counters[] = {
            {QStringLiteral("W01"),
             Xiaodian,
             QStringLiteral("clerk01"),
             Fixture::password(QStringLiteral("clerk01")),
             {},
             {}},
            {QStringLiteral("W11"), Yingze, QStringLiteral("clerk11"), Clerk11Password, {}, {}},
        };
        int n = 40;
        for (Counter &c : counters) {
            c.client = test::makeSyncClient(m_exchange, c.workstation, c.authority);
            QVERIFY(c.client);
            QVERIFY(c.client->signIn(c.clerk, c.password, 120000));
            core::CaseRecord record;
            record.form = test::forms::limitedCompany(++n);
            record.form.authorityDivision = c.authority;
            record.form.domicileDivision = c.authority; // in its counter's jurisdiction
            record.materials = test::forms::completeMaterials();
            core::TransitionRequest request;
            request.actor = {c.clerk, core::Role::Clerk, c.workstation};
            request.action = core::CaseAction::SaveDraft;
            request.at = QDateTime::currentDateTimeUtc();
            auto draft = c.client->cases->perform(record, request);
            QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
            request.action = core::CaseAction::Accept;
            auto accepted = c.client->cases->perform(draft.value(), request);
            QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
            c.caseId = accepted.value().id;
            QVERIFY(c.client->sync(120000));
        }
        for (Counter &c : counters) {
            QVERIFY(c.client->sync(120000)); // the other's case is in the feed by now
            QCOMPARE(stored(c.caseId)->form.authorityDivision, c.authority);
            storage::CaseQuery all;
            all.limit = 10000;
            const QList<storage::CaseSummary> cached = c.client->cases->list(all);
            QVERIFY(!cached.isEmpty());
            QSet<QString> ids;
            for (const storage::CaseSummary &summary : cached) {
                ids << summary.id;
                const auto record = c.client->cases->find(summary.id);
                QVERIFY(record);
                QVERIFY2(record->form.authorityDivision == c.authority,
                         qPrintable(c.workstation + QStringLiteral(" holds a case of ") +
                                    record->form.authorityDivision));
            }
            QVERIFY(ids.contains(c.caseId));
            QVERIFY(ids.contains(c.authority == Xiaodian ? m_caseA.id : m_caseB.id));
            QVERIFY(!ids.contains(c.authority == Xiaodian ? m_caseB.id : m_caseA.id));
        }
        QVERIFY(!counters[0].client->cases->find(counters[1].caseId));
        QVERIFY(!counters[1].client->cases->find(counters[0].caseId));
    }
};

QTEST_GUILESS_MAIN(ExchangeAuthorityTest)
#include "test_exchange_authority.moc"
