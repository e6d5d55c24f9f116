// The real exchange over loopback mutual TLS, talked to with QNetworkAccessManager as the client does.
#include "core/CaseWorkflow.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/UsccCode.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeAdmin.h"
#include "exchange/ExchangePaths.h"
#include "exchange/ExchangeStore.h"
#include "security/LicenceSeal.h"
#include "security/PasswordHash.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;

class ExchangeApiTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261126}; // receipt numbers never repeat: the exchange keeps them unique

    QUrl url(const char *path) const { return m_exchange.url(QString::fromLatin1(path)); }
    QUrl url(ow::protocol::Endpoint endpoint, const QString &query = {}) const
    {
        return m_exchange.url(endpoint, query);
    }

    // How many rows a table of the exchange's store holds (read on a connection of this thread).
    int count(const char *what)
    {
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-reader"));
        if (!store) {
            return -1;
        }
        Result<int> n = QByteArray(what) == "sessions" ? store.value()->sessions().count()
                        : QByteArray(what) == "cases"  ? store.value()->cases().count()
                        : QByteArray(what) == "events" ? store.value()->cases().appliedCount()
                                                       : store.value()->requestLog().count();
        return n ? n.value() : -1;
    }

    // A counter case as the clerk makes it: a draft saved (local), then accepted (an outbox event).
    core::DomainEvent acceptedCounterCase(const QString &clerk, core::CaseRecord &record)
    {
        return m_cases.accepted(record, clerk);
    }

    core::DomainEvent transition(core::CaseRecord &record, core::CaseAction action, const QString &user,
                                 core::Role role, const QString &reason = {})
    {
        core::TransitionRequest request;
        request.actor = {user, role, QStringLiteral("W02")};
        request.action = action;
        request.reason = reason;
        request.at = QDateTime::currentDateTimeUtc();
        const auto event = core::CaseWorkflow::apply(record, request);
        return event ? event.value() : core::DomainEvent{};
    }

    Fixture::Reply push(const QString &workstation, const QString &token, const QList<QJsonObject> &events)
    {
        QJsonArray list;
        for (const QJsonObject &e : events) {
            list.append(e);
        }
        return Fixture::call(m_exchange.sslFor(workstation), "POST", url(ow::protocol::Endpoint::Events),
                             {{QStringLiteral("events"), list}}, token);
    }

    static QJsonObject result(const Fixture::Reply &reply, int i)
    {
        return reply.json.value(u"results").toArray().at(i).toObject();
    }

    static void verifyError(const Fixture::Reply &reply, int status, const char *code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), QLatin1String(code));
        QVERIFY(!reply.requestId.isEmpty());
        QCOMPARE(reply.json.value(u"error").toObject().value(u"requestId").toString(), reply.requestId);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        qInfo("store: %s (%s)", qPrintable(Fixture::backendName(m_exchange.backend())),
              qPrintable(m_exchange.storeDisplay()));
    }

    void health()
    {
        const Fixture::Reply r = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                                               url(ow::protocol::Endpoint::Health));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value(u"api").toInt(), 1);
        QVERIFY(!r.json.value(u"serverTime").toString().isEmpty());
        QVERIFY(!r.requestId.isEmpty());
    }

    void signInBindsTokenAndGivesFreshVerifier()
    {
        Fixture::Reply r;
        const QString token = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"), &r);
        QCOMPARE(r.status, 200);
        QVERIFY(!token.isEmpty());
        QVERIFY(!r.json.value(u"refreshToken").toString().isEmpty());
        QCOMPARE(r.json.value(u"workstation").toString(), QStringLiteral("W01"));
        const QJsonObject user = r.json.value(u"user").toObject();
        QCOMPARE(user.value(u"id").toString(), QStringLiteral("clerk01"));
        QCOMPARE(user.value(u"role").toString(), QStringLiteral("clerk"));
        QCOMPARE(user.value(u"displayName").toString(), QStringLiteral("张丽"));
        const QString verifier = r.json.value(u"offlineVerifier").toString();
        QVERIFY(security::PasswordHash::verify(Fixture::password(QStringLiteral("clerk01")), verifier));
        QVERIFY(!security::PasswordHash::verify(QStringLiteral("wrong"), verifier));
        const auto stored = exchange::ExchangeAdmin::users(m_exchange.dir());
        QVERIFY(stored.ok());
        for (const exchange::UserRecord &u : stored.value()) {
            QVERIFY(u.verifier != verifier); // never the exchange's own verifier
        }
    }

    void wrongPasswordStoresNothing()
    {
        const int sessions = count("sessions");
        const Fixture::Reply r = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W01")), "POST", url(ow::protocol::Endpoint::Session),
            {{QStringLiteral("user"), QStringLiteral("clerk01")},
             {QStringLiteral("password"), QStringLiteral("Counter#2025")}});
        verifyError(r, 401, "auth.invalid_credentials");
        const Fixture::Reply unknown = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W01")), "POST", url(ow::protocol::Endpoint::Session),
            {{QStringLiteral("user"), QStringLiteral("nobody")},
             {QStringLiteral("password"), QStringLiteral("Counter#2026")}});
        verifyError(unknown, 401, "auth.invalid_credentials");
        QCOMPARE(count("sessions"), sessions);
    }

    void disabledUserRefused()
    {
        QVERIFY(exchange::ExchangeAdmin::addUser(m_exchange.dir(), QStringLiteral("clerk09"),
                                                 QStringLiteral("周敏"), QStringLiteral("clerk"),
                                                 QStringLiteral("Temporary#1"), Fixture::DefaultAuthority)
                    .ok());
        QVERIFY(
            exchange::ExchangeAdmin::setUserDisabled(m_exchange.dir(), QStringLiteral("clerk09"), true).ok());
        const Fixture::Reply r = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                                               url(ow::protocol::Endpoint::Session),
                                               {{QStringLiteral("user"), QStringLiteral("clerk09")},
                                                {QStringLiteral("password"), QStringLiteral("Temporary#1")}});
        verifyError(r, 401, "auth.account_disabled");
    }

    void repeatedWrongPasswordsLockTheAccount()
    {
        const QString id = QStringLiteral("clerk08");
        QVERIFY(exchange::ExchangeAdmin::addUser(m_exchange.dir(), id, QStringLiteral("孙丽"),
                                                 QStringLiteral("clerk"), QStringLiteral("Right#2026"),
                                                 Fixture::DefaultAuthority)
                    .ok());
        const auto attempt = [&](const char *password) {
            return Fixture::call(
                m_exchange.sslFor(QStringLiteral("W01")), "POST", url(ow::protocol::Endpoint::Session),
                {{QStringLiteral("user"), id}, {QStringLiteral("password"), QLatin1String(password)}});
        };
        // A good sign-in clears the count: four wrong, one right, four wrong again is not a lock.
        for (int i = 0; i < 4; ++i) {
            verifyError(attempt("Wrong#1"), 401, "auth.invalid_credentials");
        }
        QCOMPARE(attempt("Right#2026").status, 200);
        for (int i = 0; i < 4; ++i) {
            verifyError(attempt("Wrong#2"), 401, "auth.invalid_credentials");
        }
        // The fifth in a row locks it, and then even the right password is refused.
        const int sessions = count("sessions");
        verifyError(attempt("Wrong#3"), 401, "auth.account_locked");
        verifyError(attempt("Right#2026"), 401, "auth.account_locked");
        QCOMPARE(count("sessions"), sessions);
        const auto users = exchange::ExchangeAdmin::users(m_exchange.dir());
        QVERIFY(users);
        const auto locked = std::find_if(users.value().cbegin(), users.value().cend(),
                                         [&](const exchange::UserRecord &u) { return u.id == id; });
        QVERIFY(locked != users.value().cend());
        QVERIFY(locked->lockedUntil > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
        // Other accounts are not affected.
        QVERIFY(!m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01")).isEmpty());
        // The administrator lifts the lock.
        QVERIFY(exchange::ExchangeAdmin::unlockUser(m_exchange.dir(), id).ok());
        QCOMPARE(attempt("Right#2026").status, 200);
        QVERIFY(!exchange::ExchangeAdmin::unlockUser(m_exchange.dir(), QStringLiteral("nobody")).ok());
    }

    void refreshReplacesThePair()
    {
        Fixture::Reply first;
        QVERIFY(!m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"), &first).isEmpty());
        const QJsonObject body{
            {QStringLiteral("refreshToken"), first.json.value(u"refreshToken").toString()}};
        const Fixture::Reply fromOther = Fixture::call(m_exchange.sslFor(QStringLiteral("W02")), "POST",
                                                       url(ow::protocol::Endpoint::SessionRefresh), body);
        verifyError(fromOther, 401, "auth.token_not_bound");
        const Fixture::Reply refreshed = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                                                       url(ow::protocol::Endpoint::SessionRefresh), body);
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json.contains(u"offlineVerifier"));
        const QString token = refreshed.json.value(u"token").toString();
        QVERIFY(!token.isEmpty() && token != first.json.value(u"token").toString());
        const Fixture::Reply again = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                                                   url(ow::protocol::Endpoint::SessionRefresh), body);
        verifyError(again, 401, "auth.token_invalid");
        const Fixture::Reply old =
            Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                          url(ow::protocol::Endpoint::Changes), {}, first.json.value(u"token").toString());
        verifyError(old, 401, "auth.token_invalid");
        const Fixture::Reply fresh = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                                                   url(ow::protocol::Endpoint::Changes), {}, token);
        QCOMPARE(fresh.status, 200);
    }

    void tokenFromAnotherWorkstationRefused()
    {
        const QString token = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        QVERIFY(!token.isEmpty());
        const Fixture::Reply r = Fixture::call(m_exchange.sslFor(QStringLiteral("W02")), "GET",
                                               url(ow::protocol::Endpoint::Changes), {}, token);
        verifyError(r, 401, "auth.token_not_bound");
        const Fixture::Reply none = Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                                                  url(ow::protocol::Endpoint::Changes));
        verifyError(none, 401, "auth.token_invalid");
    }

    void clientWithoutCertificateRefusedInHandshake()
    {
        QTest::qWait(1000); // earlier requests' log rows are written in batches, every 250 ms
        const int logged = count("log");
        const Fixture::Reply r = Fixture::call(m_exchange.sslWithoutClientCertificate(), "GET",
                                               url(ow::protocol::Endpoint::Health));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        QCOMPARE(count("log"), logged); // never reached HTTP
    }

    void certificateFromAnotherCaRefused()
    {
        QTemporaryDir other;
        const QString otherDir = other.path() + QStringLiteral("/other");
        QVERIFY(exchange::ExchangeAdmin::initialise(otherDir).ok());
        const QString p12 = other.path() + QStringLiteral("/W01.p12");
        QVERIFY(exchange::ExchangeAdmin::enrol(otherDir, QStringLiteral("W01"), p12,
                                               QStringLiteral("passphrase1"), Fixture::DefaultAuthority)
                    .ok());
        // Signed by another CA, same subject: the handshake fails.
        const QSslConfiguration ssl =
            Fixture::sslFromPkcs12(p12, QStringLiteral("passphrase1"), m_exchange.caBundlePath());
        QVERIFY(!ssl.localCertificate().isNull());
        const Fixture::Reply r = Fixture::call(ssl, "GET", url(ow::protocol::Endpoint::Health));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.networkError.isEmpty());
        // The client trusting only the other CA refuses our server.
        const QSslConfiguration trustsOther = Fixture::sslFromPkcs12(
            m_exchange.workstation(QStringLiteral("W01")).p12Path, QStringLiteral("test-passphrase"),
            exchange::ExchangePaths(otherDir).caCert());
        const Fixture::Reply r2 = Fixture::call(trustsOther, "GET", url(ow::protocol::Endpoint::Health));
        QCOMPARE(r2.status, 0);
        QVERIFY(!r2.sslErrors.isEmpty());
    }

    void revokedWorkstationRefused()
    {
        QString error;
        QVERIFY2(!m_exchange.enrol(QStringLiteral("W03"), &error).code.isEmpty(), qPrintable(error));
        const QString token = m_exchange.signIn(QStringLiteral("W03"), QStringLiteral("clerk01"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(Fixture::call(m_exchange.sslFor(QStringLiteral("W03")), "GET",
                               url(ow::protocol::Endpoint::Health))
                     .status,
                 200);
        QVERIFY2(m_exchange.revoke(QStringLiteral("W03"), &error), qPrintable(error));
        verifyError(Fixture::call(m_exchange.sslFor(QStringLiteral("W03")), "GET",
                                  url(ow::protocol::Endpoint::Health)),
                    401, "tls.certificate_revoked");
        verifyError(Fixture::call(m_exchange.sslFor(QStringLiteral("W03")), "GET",
                                  url(ow::protocol::Endpoint::Changes), {}, token),
                    401, "tls.certificate_revoked");
    }

    void pushBatchAppliedOnceWithConflictsAndRejections()
    {
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const QString super1 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        QVERIFY(!clerk.isEmpty() && !super1.isEmpty());

        core::CaseRecord record;
        const core::DomainEvent accepted = acceptedCounterCase(QStringLiteral("clerk01"), record);
        QCOMPARE(accepted.caseVersion, 2);
        const int cases = count("cases");
        const Fixture::Reply first = push(QStringLiteral("W01"), clerk, {accepted.toJson()});
        QCOMPARE(first.status, 200);
        QCOMPARE(result(first, 0).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(first, 0).value(u"caseVersion").toInt(), 2);
        QCOMPARE(count("cases"), cases + 1);

        // A resend (the acknowledgement was lost): the first answer again, applied once.
        const int events = count("events");
        const Fixture::Reply again = push(QStringLiteral("W01"), clerk, {accepted.toJson()});
        QCOMPARE(result(again, 0).value(u"status").toString(), QStringLiteral("duplicate"));
        QCOMPARE(result(again, 0).value(u"caseVersion").toInt(), 2);
        QCOMPARE(result(again, 0).value(u"serverTime"), result(first, 0).value(u"serverTime"));
        QCOMPARE(count("events"), events);

        // A clerk may not take a case for review: rejected by the same workflow rules.
        core::CaseRecord clerkView = record;
        core::TransitionRequest sneaky;
        sneaky.actor = {QStringLiteral("clerk01"), core::Role::Supervisor,
                        QStringLiteral("W01")}; // lies locally
        sneaky.action = core::CaseAction::TakeForReview;
        const auto forged = core::CaseWorkflow::apply(clerkView, sneaky);
        QVERIFY(forged.ok());
        // The actor must be the signed-in user.
        core::CaseRecord otherView = record;
        const core::DomainEvent notMine = transition(otherView, core::CaseAction::TakeForReview,
                                                     QStringLiteral("super02"), core::Role::Supervisor);
        const Fixture::Reply refused =
            push(QStringLiteral("W01"), clerk, {forged.value().toJson(), notMine.toJson()});
        QCOMPARE(refused.status, 200);
        QCOMPARE(result(refused, 0).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(refused, 0).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("workflow.role"));
        QCOMPARE(result(refused, 1).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(refused, 1).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("auth.actor_mismatch"));

        // The supervisor takes it for review and approves it in one batch.
        core::CaseRecord reviewView = record;
        const core::DomainEvent take = transition(reviewView, core::CaseAction::TakeForReview,
                                                  QStringLiteral("super01"), core::Role::Supervisor);
        const core::DomainEvent approve =
            transition(reviewView, core::CaseAction::Approve, QStringLiteral("super01"),
                       core::Role::Supervisor, QStringLiteral("材料齐全，符合法定条件"));
        // Approving is a decision: the exchange refuses one without the review comment.
        core::DomainEvent bare = approve;
        bare.payload.remove(u"reason");
        const Fixture::Reply bareReply = push(QStringLiteral("W02"), super1, {take.toJson(), bare.toJson()});
        QCOMPARE(result(bareReply, 0).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(bareReply, 1).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(bareReply, 1).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("workflow.reason_required"));
        const Fixture::Reply reviewed =
            push(QStringLiteral("W02"), super1, {take.toJson(), approve.toJson()});
        QCOMPARE(result(reviewed, 0).value(u"status").toString(), QStringLiteral("duplicate"));
        QCOMPARE(result(reviewed, 1).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(reviewed, 1).value(u"caseVersion").toInt(), 4);

        // A decision made on a stale copy (version 2): conflict carrying the exchange's case.
        core::CaseRecord staleView = record;
        const core::DomainEvent stale = transition(staleView, core::CaseAction::TakeForReview,
                                                   QStringLiteral("super01"), core::Role::Supervisor);
        const Fixture::Reply conflict = push(QStringLiteral("W02"), super1, {stale.toJson()});
        QCOMPARE(result(conflict, 0).value(u"status").toString(), QStringLiteral("conflict"));
        QCOMPARE(result(conflict, 0).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("case.stale"));
        const QJsonObject current = result(conflict, 0).value(u"current").toObject();
        QCOMPARE(current.value(u"version").toInt(), 4);
        QCOMPARE(current.value(u"state").toString(), QStringLiteral("approved"));
    }

    void invalidFormAndFourEyesRejected()
    {
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const QString super1 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        core::CaseRecord record;
        core::DomainEvent accepted = acceptedCounterCase(QStringLiteral("clerk01"), record);
        // The counter would never send this; the exchange checks it all the same.
        QJsonObject payload = accepted.payload;
        QJsonObject caseJson = payload.value(u"case").toObject();
        QJsonObject form = caseJson.value(u"form").toObject();
        form.insert(QStringLiteral("legalRep"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("张")},
                                {QStringLiteral("idNumber"), QStringLiteral("123")}});
        caseJson.insert(QStringLiteral("form"), form);
        payload.insert(QStringLiteral("case"), caseJson);
        accepted.payload = payload;
        const int cases = count("cases");
        const Fixture::Reply r = push(QStringLiteral("W01"), clerk, {accepted.toJson()});
        QCOMPARE(result(r, 0).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(r, 0).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("workflow.form_invalid"));
        QCOMPARE(count("cases"), cases);

        // A supervisor who accepted a case may not approve it (four eyes).
        core::CaseRecord own;
        own.form = exchange::DemoApplications::form(m_cases.random());
        own.materials = exchange::DemoApplications::materials(own.form);
        core::TransitionRequest request;
        request.actor = {QStringLiteral("super01"), core::Role::Supervisor, QStringLiteral("W02")};
        request.action = core::CaseAction::Accept;
        request.receiptNumber = QStringLiteral("140105-20261126-W02-0001");
        const core::DomainEvent ownAccept = core::CaseWorkflow::apply(own, request).value();
        const core::DomainEvent take = transition(own, core::CaseAction::TakeForReview,
                                                  QStringLiteral("super01"), core::Role::Supervisor);
        core::CaseRecord local = own;
        local.acceptedBy = QStringLiteral("someone-else"); // a tampered local copy lets Approve through
        const core::DomainEvent approve =
            transition(local, core::CaseAction::Approve, QStringLiteral("super01"), core::Role::Supervisor,
                       QStringLiteral("材料齐全"));
        const Fixture::Reply four =
            push(QStringLiteral("W02"), super1, {ownAccept.toJson(), take.toJson(), approve.toJson()});
        QCOMPARE(result(four, 0).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(four, 1).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(four, 2).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(four, 2).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("workflow.four_eyes"));
    }

    void decisionExtendedOnceOnly()
    {
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const QString super1 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        core::CaseRecord record;
        core::DomainEvent accepted = acceptedCounterCase(QStringLiteral("clerk01"), record);
        // An extension smuggled in the accepted case's payload is not taken: only the event sets it.
        QJsonObject payload = accepted.payload;
        QJsonObject caseJson = payload.value(u"case").toObject();
        caseJson.insert(QStringLiteral("decisionExtension"), 3);
        payload.insert(QStringLiteral("case"), caseJson);
        accepted.payload = payload;
        QCOMPARE(
            result(push(QStringLiteral("W01"), clerk, {accepted.toJson()}), 0).value(u"status").toString(),
            QStringLiteral("applied"));

        core::CaseRecord view = record;
        view.decisionExtension = 0;
        const core::DomainEvent first =
            transition(view, core::CaseAction::ExtendDecision, QStringLiteral("super01"),
                       core::Role::Supervisor, QStringLiteral("需要补充核查股东身份"));
        QCOMPARE(view.decisionExtension, 3);
        core::CaseRecord tampered = view;
        tampered.decisionExtension = 0; // a local copy that forgot the first extension
        const core::DomainEvent second =
            transition(tampered, core::CaseAction::ExtendDecision, QStringLiteral("super01"),
                       core::Role::Supervisor, QStringLiteral("再延长一次"));
        const Fixture::Reply reply = push(QStringLiteral("W02"), super1, {first.toJson(), second.toJson()});
        QCOMPARE(result(reply, 0).value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(result(reply, 1).value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result(reply, 1).value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("workflow.already_extended"));
    }

    // A case taken through review to licensing: the clerk's issuing event gets the exchange's code.
    QString licensedCase(const QString &clerk, const QString &super1, core::CaseRecord &record)
    {
        core::DomainEvent accepted = acceptedCounterCase(QStringLiteral("clerk01"), record);
        core::CaseRecord view = record;
        const core::DomainEvent take = transition(view, core::CaseAction::TakeForReview,
                                                  QStringLiteral("super01"), core::Role::Supervisor);
        const core::DomainEvent approve =
            transition(view, core::CaseAction::Approve, QStringLiteral("super01"), core::Role::Supervisor,
                       QStringLiteral("材料齐全"));
        core::TransitionRequest issue;
        issue.actor = {QStringLiteral("clerk01"), core::Role::Clerk, QStringLiteral("W01")};
        issue.action = core::CaseAction::IssueLicence;
        issue.at = QDateTime::currentDateTimeUtc();
        const auto licence = core::CaseWorkflow::apply(view, issue);
        if (!licence) {
            return {};
        }
        const Fixture::Reply first = push(QStringLiteral("W01"), clerk, {accepted.toJson()});
        const Fixture::Reply review = push(QStringLiteral("W02"), super1, {take.toJson(), approve.toJson()});
        const Fixture::Reply issued = push(QStringLiteral("W01"), clerk, {licence.value().toJson()});
        if (result(first, 0).value(u"status").toString() != u"applied" ||
            result(review, 1).value(u"status").toString() != u"applied" ||
            result(issued, 0).value(u"status").toString() != u"applied") {
            qWarning() << first.json << review.json << issued.json;
            return {};
        }
        // Sent again: answered as before, no second code.
        const Fixture::Reply again = push(QStringLiteral("W01"), clerk, {licence.value().toJson()});
        if (result(again, 0).value(u"status").toString() != u"duplicate") {
            return {};
        }
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-reader"));
        if (!store) {
            return {};
        }
        const auto stored = store.value()->cases().byId(record.id);
        // Confirmed, then published by the exchange itself (LicenceRegistry) in the same transaction.
        if (!stored || !stored.value() || stored.value()->state != core::CaseState::Published ||
            !stored.value()->licensedAt.isValid()) {
            return {};
        }
        return stored.value()->creditCode;
    }

    void licensingAssignsTheCreditCode()
    {
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const QString super1 = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        core::CaseRecord first;
        const QString code = licensedCase(clerk, super1, first);
        const core::RuleResult valid = core::UsccCode::validate(code);
        QVERIFY2(valid.valid, qPrintable(code + QStringLiteral(": ") + valid.reason));
        const core::EntityType *type = core::EntityTypeCatalog::instance().find(first.form.entityTypeId);
        QVERIFY(type);
        QCOMPARE(code.at(0), QLatin1Char('9'));
        QCOMPARE(code.at(1), type->codeCategory);
        QCOMPARE(code.mid(2, 6), first.form.authorityDivision);
        QVERIFY(code.mid(8, 2) == u"MA");

        core::CaseRecord second;
        const QString other = licensedCase(clerk, super1, second);
        QVERIFY(core::UsccCode::validate(other).valid);
        QVERIFY(other.mid(8, 9) != code.mid(8, 9)); // each code its own identifier

        // A code in the payload of an accepted counter case is not taken: only licensing gives one.
        core::CaseRecord third;
        core::DomainEvent accepted = acceptedCounterCase(QStringLiteral("clerk01"), third);
        QJsonObject payload = accepted.payload;
        QJsonObject caseJson = payload.value(u"case").toObject();
        caseJson.insert(QStringLiteral("creditCode"), code);
        caseJson.insert(QStringLiteral("licensedAt"), QStringLiteral("2026-11-30T01:00:00.000Z"));
        payload.insert(QStringLiteral("case"), caseJson);
        accepted.payload = payload;
        QCOMPARE(
            result(push(QStringLiteral("W01"), clerk, {accepted.toJson()}), 0).value(u"status").toString(),
            QStringLiteral("applied"));
        auto store = exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("test-reader"));
        QVERIFY(store);
        const auto stored = store.value()->cases().byId(third.id);
        QVERIFY(stored && stored.value());
        QVERIFY(stored.value()->creditCode.isEmpty());
        QVERIFY(!stored.value()->licensedAt.isValid());
        QCOMPARE(store.value()->creditCodes().codeOf(first.id).value(), code);

        // The authority signed what the licence prints; anyone with the registry CA's certificate checks it.
        const auto licensed = store.value()->cases().byId(first.id);
        QVERIFY(licensed && licensed.value());
        QFile ca(m_exchange.caBundlePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caPem = ca.readAll();
        const security::SealCheck check =
            security::LicenceSeal::verify(licensed.value()->licenceSeal.toUtf8(), caPem);
        QVERIFY2(check.isValid(), qPrintable(check.reason));
        QCOMPARE(check.essentials.creditCode, code);
        QCOMPARE(check.essentials.name, first.form.proposedName);
        QVERIFY(!check.essentials.provisional);
        QVERIFY(licensed.value()->licenceSeal.startsWith(u"https://"));
        // One character of the signed name changed: no longer valid.
        QByteArray altered = licensed.value()->licenceSeal.toUtf8();
        const qsizetype at = altered.indexOf('.', altered.indexOf('#')) + 5;
        altered[at] = altered[at] == 'A' ? 'B' : 'A';
        QVERIFY(!security::LicenceSeal::verify(altered, caPem).isValid());
        QCOMPARE(store.value()->creditCodes().codeOf(third.id).value(), QString());
    }

    void badRequestsStoreNothing()
    {
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const int events = count("events");
        const auto ssl = m_exchange.sslFor(QStringLiteral("W01"));
        verifyError(
            Fixture::callRaw(ssl, "POST", url(ow::protocol::Endpoint::Events), "{\"events\": [", clerk), 400,
            "request.malformed_json");
        verifyError(Fixture::call(ssl, "POST", url(ow::protocol::Endpoint::Events),
                                  {{QStringLiteral("events"), 3}}, clerk),
                    400, "request.invalid_field");
        verifyError(
            Fixture::call(ssl, "POST", url(ow::protocol::Endpoint::Events),
                          {{QStringLiteral("events"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}}}},
                          clerk),
            400, "request.invalid_field");
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i) {
            tooMany.append(QJsonObject{});
        }
        verifyError(Fixture::call(ssl, "POST", url(ow::protocol::Endpoint::Events),
                                  {{QStringLiteral("events"), tooMany}}, clerk),
                    413, "request.too_large");
        verifyError(Fixture::callRaw(ssl, "POST", url(ow::protocol::Endpoint::Events),
                                     QByteArray(9 * 1024 * 1024, ' '), clerk),
                    413, "request.too_large");
        verifyError(Fixture::call(ssl, "GET", url("/api/v1/nothing-here")), 404, "request.not_found");
        verifyError(Fixture::call(ssl, "GET",
                                  url(ow::protocol::Endpoint::Changes, QStringLiteral("limit=501")), {},
                                  clerk),
                    400, "request.invalid_field");
        QCOMPARE(count("events"), events);
    }

    void intakeByPortalAppearsInTheFeed()
    {
        QRandomGenerator random(7);
        const Fixture::Reply r =
            Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake),
                          exchange::DemoApplications::intakeBody(random));
        QCOMPARE(r.status, 201);
        const QString caseId = r.json.value(u"caseId").toString();
        QVERIFY(!caseId.isEmpty());

        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        qint64 cursor = 0;
        QJsonObject found;
        for (bool more = true; more;) {
            const Fixture::Reply page =
                Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                              m_exchange.url(ow::protocol::Endpoint::Changes,
                                             QStringLiteral("cursor=%1&limit=500").arg(cursor)),
                              {}, clerk);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &c : page.json.value(u"changes").toArray()) {
                if (c.toObject().value(u"caseId").toString() == caseId) {
                    found = c.toObject();
                }
            }
            cursor = page.json.value(u"nextCursor").toInteger();
            more = page.json.value(u"hasMore").toBool();
        }
        QCOMPARE(found.value(u"origin").toString(), QStringLiteral("online"));
        QCOMPARE(found.value(u"kind").toString(), QStringLiteral("case"));
        QCOMPARE(found.value(u"case").toObject().value(u"state").toString(), QStringLiteral("submitted"));
        QCOMPARE(found.value(u"case").toObject().value(u"origin").toString(), QStringLiteral("online"));
    }

    void intakeResentWithItsSubmissionIdCreatesNothingTwice()
    {
        QRandomGenerator random(17);
        QJsonObject body = exchange::DemoApplications::intakeBody(random);
        body.insert(QStringLiteral("submissionId"), QStringLiteral("portal-2026-000123"));
        const int cases = count("cases");
        const Fixture::Reply first =
            Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake), body);
        QCOMPARE(first.status, 201);
        // The portal did not get the answer and sends it again.
        const Fixture::Reply again =
            Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake), body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"caseId").toString(), first.json.value(u"caseId").toString());
        QCOMPARE(again.json.value(u"receivedAt").toString(), first.json.value(u"receivedAt").toString());
        QVERIFY(again.json.value(u"duplicate").toBool());
        QCOMPARE(count("cases"), cases + 1);
        // Another submission id is another application.
        body.insert(QStringLiteral("submissionId"), QStringLiteral("portal-2026-000124"));
        QCOMPARE(Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake), body)
                     .status,
                 201);
        QCOMPARE(count("cases"), cases + 2);
        for (const QJsonValue &bad :
             {QJsonValue(42), QJsonValue(QString()), QJsonValue(QStringLiteral("has space")),
              QJsonValue(QString(65, QLatin1Char('a')))}) {
            body.insert(QStringLiteral("submissionId"), bad);
            verifyError(
                Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake), body),
                400, "request.invalid_field");
        }
        QCOMPARE(count("cases"), cases + 2);
    }

    void intakeRefusedForWorkstationsAndInvalidForms()
    {
        QRandomGenerator random(8);
        const int cases = count("cases");
        verifyError(Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                                  url(ow::protocol::Endpoint::Intake),
                                  exchange::DemoApplications::intakeBody(random)),
                    403, "auth.service_only");
        QJsonObject body = exchange::DemoApplications::intakeBody(random);
        QJsonObject application = body.value(u"application").toObject();
        QJsonObject form = application.value(u"form").toObject();
        form.insert(QStringLiteral("postalCode"), QStringLiteral("12"));
        application.insert(QStringLiteral("form"), form);
        body.insert(QStringLiteral("application"), application);
        const Fixture::Reply r =
            Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Intake), body);
        verifyError(r, 400, "request.invalid_field");
        QCOMPARE(r.json.value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("entity.postalCode"));
        QCOMPARE(count("cases"), cases);
        // The portal has no sign-in.
        verifyError(
            Fixture::call(m_exchange.sslForPortal(), "POST", url(ow::protocol::Endpoint::Session),
                          {{QStringLiteral("user"), QStringLiteral("clerk01")},
                           {QStringLiteral("password"), Fixture::password(QStringLiteral("clerk01"))}}),
            403, "auth.forbidden");
    }

    void demoApplicationsAreRefusedWithoutTheExchange()
    {
        // Nothing listens on port 1: the message says to start the exchange.
        const auto refused = exchange::DemoApplications::submit(
            m_exchange.dir(), QUrl(QStringLiteral("https://127.0.0.1:1")), 1, 5);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("serve")),
                 qPrintable(refused.error().message));
        QVERIFY(!exchange::DemoApplications::submit(m_exchange.dir(),
                                                    QUrl(QStringLiteral("http://127.0.0.1:1")), 1, 5));
    }

    void changeFeedPages()
    {
        // As the portal submits them: over HTTPS with its service certificate.
        const auto submitted =
            exchange::DemoApplications::submit(m_exchange.dir(), m_exchange.url({}), 7, 99);
        QVERIFY2(submitted, submitted ? "" : qPrintable(submitted.error().message));
        QCOMPARE(submitted.value().size(), 7);
        const QString token = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        QList<qint64> seqs;
        qint64 cursor = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Fixture::Reply page =
                Fixture::call(m_exchange.sslFor(QStringLiteral("W02")), "GET",
                              m_exchange.url(ow::protocol::Endpoint::Changes,
                                             QStringLiteral("cursor=%1&limit=3").arg(cursor)),
                              {}, token);
            QCOMPARE(page.status, 200);
            const QJsonArray changes = page.json.value(u"changes").toArray();
            more = page.json.value(u"hasMore").toBool();
            QVERIFY(changes.size() <= 3);
            QVERIFY(!more || changes.size() == 3);
            for (const QJsonValue &c : changes) {
                seqs.append(c.toObject().value(u"seq").toInteger());
            }
            if (!changes.isEmpty()) {
                QCOMPARE(page.json.value(u"nextCursor").toInteger(), seqs.last());
            }
            cursor = page.json.value(u"nextCursor").toInteger();
        }
        QVERIFY(seqs.size() >= 7);
        for (qsizetype i = 0; i < seqs.size(); ++i) {
            QCOMPARE(seqs.at(i), qint64(i + 1)); // gap-free, ascending
        }
        QVERIFY(pages >= 3);
        // Past the end: empty page, cursor unchanged.
        const Fixture::Reply end = Fixture::call(
            m_exchange.sslFor(QStringLiteral("W02")), "GET",
            m_exchange.url(ow::protocol::Endpoint::Changes, QStringLiteral("cursor=%1").arg(cursor)), {},
            token);
        QCOMPARE(end.json.value(u"changes").toArray().size(), 0);
        QCOMPARE(end.json.value(u"nextCursor").toInteger(), cursor);
        QCOMPARE(end.json.value(u"hasMore").toBool(), false);
    }

    void adminEndpointsByRole()
    {
        const QString admin = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("admin01"));
        const QString clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        const auto ssl = m_exchange.sslFor(QStringLiteral("W01"));
        const Fixture::Reply users =
            Fixture::call(ssl, "GET", url(ow::protocol::Endpoint::AdminUsers), {}, admin);
        QCOMPARE(users.status, 200);
        QVERIFY(users.json.value(u"users").toArray().size() >= 4);
        QVERIFY(!users.body.contains("scrypt$"));
        QCOMPARE(Fixture::call(ssl, "GET", url(ow::protocol::Endpoint::AdminWorkstations), {}, admin).status,
                 200);
        verifyError(Fixture::call(ssl, "GET", url(ow::protocol::Endpoint::AdminUsers), {}, clerk), 403,
                    "auth.forbidden");
        verifyError(Fixture::call(ssl, "POST", url(ow::protocol::Endpoint::Events),
                                  {{QStringLiteral("events"), QJsonArray{}}}, admin),
                    403, "auth.forbidden");
    }

    void everyRequestIsLogged()
    {
        QTest::qWait(1000); // earlier requests' log rows are written in batches, every 250 ms
        const int before = count("log");
        Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET", url(ow::protocol::Endpoint::Health));
        Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET", url("/api/v1/nothing"));
        QTRY_COMPARE(count("log"), before + 2);
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(ExchangeApiTest)
#include "test_exchange_api.moc"
