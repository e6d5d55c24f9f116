// Issue 10 §4, issued licences at the real exchange over loopback TLS: a confirmed licence is
// recorded and published by the exchange itself (已公示), its registered entity reaches every
// workstation of the province through the change feed (another authority's too, without that
// authority's case), no workstation can publish, and a licence an older exchange left unpublished is
// published at the next start.
#include "core/CaseWorkflow.h"
#include "core/EntityType.h"
#include "core/RegisteredEntity.h"
#include "core/UsccCode.h"
#include "exchange/ExchangeBounds.h"
#include "exchange/ExchangeServer.h"
#include "exchange/ExchangeStore.h"
#include "exchange/LicenceAdmin.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "support/RawHttps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

const QString Yingze = Fixture::OtherAuthority;

} // namespace

class ExchangeLicencesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261203};
    QString m_clerk;              // clerk01 on W01 (140105)
    QString m_super;              // super01 on W02 (140105)
    QString m_clerk11;            // clerk11 on W11 (140106)
    core::CaseRecord m_published; // licensed and published by the first test
    QString m_code;

    std::unique_ptr<exchange::ExchangeStore> openStore()
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("licence-reader"));
        return store ? std::move(store).value() : nullptr;
    }

    // A counter case accepted, reviewed and approved at the exchange (`name`, when given, as its name).
    bool approved(core::CaseRecord &record, const QString &name = {})
    {
        core::DomainEvent accepted = m_cases.accepted(record, QStringLiteral("clerk01"));
        if (!name.isEmpty()) {
            record.form.proposedName = name;
            QJsonObject payload = accepted.payload;
            QJsonObject kase = payload.value(u"case").toObject();
            QJsonObject form = kase.value(u"form").toObject();
            form.insert(QStringLiteral("name"), name);
            kase.insert(QStringLiteral("form"), form);
            payload.insert(QStringLiteral("case"), kase);
            accepted.payload = payload;
        }
        core::CaseRecord view = record;
        const QJsonObject take =
            test::CounterCases::advance(view, core::CaseAction::TakeForReview, QStringLiteral("super01"),
                                        core::Role::Supervisor, QStringLiteral("W02"));
        const QJsonObject approve = test::CounterCases::advance(
            view, core::CaseAction::Approve, QStringLiteral("super01"), core::Role::Supervisor,
            QStringLiteral("W02"), QStringLiteral("材料齐全"));
        for (const auto &[workstation, token, event] :
             {std::tuple{QStringLiteral("W01"), m_clerk, accepted.toJson()},
              std::tuple{QStringLiteral("W02"), m_super, take},
              std::tuple{QStringLiteral("W02"), m_super, approve}}) {
            const QJsonObject answer = m_exchange.pushOne(workstation, token, event);
            if (answer.value(u"status").toString() != u"applied") {
                qWarning() << answer;
                return false;
            }
        }
        record = view;
        return true;
    }

    // The licensing event of an approved case, issued offline from `serial` when given.
    QJsonObject issue(core::CaseRecord &record, const QString &workstation = QStringLiteral("W01"),
                      std::optional<quint64> serial = std::nullopt)
    {
        QJsonObject event =
            test::CounterCases::advance(record, core::CaseAction::IssueLicence, QStringLiteral("clerk01"),
                                        core::Role::Clerk, workstation);
        if (serial) {
            const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
            QJsonObject payload = event.value(u"payload").toObject();
            payload.insert(protocol::keys::licence::ProvisionalCode,
                           core::UsccCode::compose(QLatin1Char('9'), type->codeCategory,
                                                   record.form.authorityDivision,
                                                   core::UsccCode::serialBody(*serial)));
            payload.insert(protocol::keys::licence::ReservedSerial, qint64(*serial));
            event.insert(QStringLiteral("payload"), payload);
        }
        return event;
    }

    // A counter case accepted, reviewed, approved and licensed: the licensing event's answer.
    QJsonObject licensed(core::CaseRecord &record)
    {
        if (!approved(record)) {
            return {};
        }
        return m_exchange.pushOne(QStringLiteral("W01"), m_clerk, issue(record));
    }

    QList<quint64> reserve(const QString &workstation, const QString &token, int count, int *status = nullptr)
    {
        const Fixture::Reply reply =
            m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::CodeBlocks,
                               {{QStringLiteral("count"), count}}, token);
        if (status) {
            *status = reply.status;
        }
        QList<quint64> serials;
        for (const QJsonValue &serial : reply.json.value(u"serials").toArray()) {
            serials.append(quint64(serial.toInteger()));
        }
        return serials;
    }

    // Every change of the feed as `workstation`'s `token` reads it.
    QList<QJsonObject> feed(const QString &workstation, const QString &token)
    {
        QList<QJsonObject> changes;
        qint64 cursor = 0;
        for (int page = 0; page < 100; ++page) {
            const Fixture::Reply reply =
                m_exchange.request(m_exchange.sslFor(workstation), protocol::Endpoint::Changes, {}, token,
                                   QStringLiteral("cursor=%1&limit=500").arg(cursor));
            if (reply.status != 200) {
                qWarning() << reply.status << reply.body.left(300);
                return {};
            }
            for (const QJsonValue &change : reply.json.value(u"changes").toArray()) {
                changes.append(change.toObject());
            }
            cursor = reply.json.value(u"nextCursor").toInteger();
            if (!reply.json.value(u"hasMore").toBool()) {
                break;
            }
        }
        return changes;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_super = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        m_clerk11 = m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("clerk11"));
        QVERIFY(!m_clerk.isEmpty() && !m_super.isEmpty() && !m_clerk11.isEmpty());
    }

    void aConfirmedLicenceIsPublishedByTheExchange()
    {
        core::CaseRecord record;
        const QJsonObject answer = licensed(record);
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("applied"));
        const int licensingVersion = answer.value(u"caseVersion").toInt();
        QCOMPARE(licensingVersion, record.version);

        auto store = openStore();
        QVERIFY(store);
        const auto stored = store->cases().byId(record.id);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->state, core::CaseState::Published);
        QCOMPARE(stored.value()->version, licensingVersion + 1); // its own version, after the licence's
        const QString code = stored.value()->creditCode;
        QVERIFY(core::UsccCode::validate(code).valid);

        const auto licence = store->licences().byCode(code);
        QVERIFY(licence && licence.value());
        const core::RegisteredEntity &entity = licence.value()->entity;
        QCOMPARE(licence.value()->caseId, record.id);
        QCOMPARE(licence.value()->seal, stored.value()->licenceSeal);
        QCOMPARE(entity.name, record.form.proposedName);
        QCOMPARE(entity.legalRep, record.form.legalRep.name);
        QCOMPARE(entity.authorityDivision, record.form.authorityDivision);
        QCOMPARE(entity.status, core::RegisteredEntity::StatusRegistered);
        QVERIFY(entity.publishedAt.isValid());
        QCOMPARE(entity.licensedAt, stored.value()->licensedAt);
        QVERIFY(entity.established.isValid());
        m_published = record;
        m_code = code;

        // Its own authority reads the case's versions and the licence; no ID number travels with it.
        const QList<QJsonObject> own = feed(QStringLiteral("W01"), m_clerk);
        QStringList kinds;
        for (const QJsonObject &change : own) {
            if (change.value(u"caseId").toString() == record.id) {
                kinds << change.value(u"kind").toString() + u':' +
                             change.value(u"case").toObject().value(u"state").toString();
            }
        }
        const QStringList expected{QStringLiteral("case:licensed"), QStringLiteral("case:published"),
                                   QStringLiteral("licence:")};
        QVERIFY2(kinds.mid(kinds.size() - 3) == expected, qPrintable(kinds.join(u", ")));
        const QJsonObject licenceChange = own.last();
        QCOMPARE(licenceChange.value(u"origin").toString(), QStringLiteral("exchange"));
        const QByteArray published = QJsonDocument(licenceChange.value(u"case").toObject()).toJson();
        QVERIFY(!published.contains(record.form.legalRep.idNumber.toUtf8()));
        QVERIFY(!published.contains("idNumber"));

        // Another authority of the province reads the registered entity, never the case.
        const QList<QJsonObject> other = feed(QStringLiteral("W11"), m_clerk11);
        bool entitySeen = false;
        for (const QJsonObject &change : other) {
            QVERIFY2(change.value(u"kind").toString() != u"case" ||
                         change.value(u"caseId").toString() != record.id,
                     "another authority's case never reaches this one");
            if (change.value(u"kind").toString() == u"licence") {
                const auto read = core::RegisteredEntity::fromJson(change.value(u"case").toObject());
                entitySeen =
                    entitySeen || (read && read->code == code && read->name == record.form.proposedName);
            }
        }
        QVERIFY(entitySeen);
    }

    void noWorkstationPublishes()
    {
        core::CaseRecord record;
        const core::DomainEvent accepted = m_cases.accepted(record, QStringLiteral("clerk01"));
        QCOMPARE(
            m_exchange.pushOne(QStringLiteral("W01"), m_clerk, accepted.toJson()).value(u"status").toString(),
            QStringLiteral("applied"));
        // A publication event made up by a supervisor's workstation: refused before anything is read.
        core::DomainEvent publish = accepted;
        publish.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        publish.type = QStringLiteral("case.published");
        publish.actor = QStringLiteral("super01");
        publish.caseVersion = record.version + 1;
        publish.payload = {};
        const QJsonObject answer = m_exchange.pushOne(QStringLiteral("W02"), m_super, publish.toJson());
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("auth.forbidden"));
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->cases().byId(record.id).value()->state, core::CaseState::Accepted);
    }

    void aLicenceLeftUnpublishedIsPublishedAtStart()
    {
        core::CaseRecord record;
        QCOMPARE(licensed(record).value(u"status").toString(), QStringLiteral("applied"));
        m_exchange.stop();
        {
            // As an exchange from before publication was its own act left it: licensed, not published.
            auto store = openStore();
            QVERIFY(store);
            core::CaseRecord licensedOnly = *store->cases().byId(record.id).value();
            QVERIFY(store->begin());
            licensedOnly.state = core::CaseState::Licensed;
            licensedOnly.version += 1;
            const auto json = exchange::ExchangeBounds::storedCase(licensedOnly);
            QVERIFY(json);
            QVERIFY(
                store->writeCase(licensedOnly, json.value(), licensedOnly.version - 1,
                                 {QStringLiteral("W01"), QDateTime::currentDateTimeUtc(), {}, {}, {}, {}}));
            QVERIFY(store->commit());
        }
        QString error;
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        auto store = openStore();
        QVERIFY(store);
        const auto after = store->cases().byId(record.id);
        QVERIFY(after && after.value());
        QCOMPARE(after.value()->state, core::CaseState::Published);
        QCOMPARE(after.value()->version, record.version + 3); // licensed, published, licensed, published
        QVERIFY(store->licences().byCase(record.id).value().has_value());
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_super = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
    }

    // The QR code's web address: the public fields of a published licence, to anyone, over HTTPS
    // without a client certificate.
    void publicLookupShowsThePublishedLicence()
    {
        QVERIFY(!m_code.isEmpty());
        const QSslConfiguration ssl = m_exchange.sslWithoutClientCertificate();
        const Fixture::Reply page = Fixture::call(ssl, "GET", m_exchange.publicUrl(u"/licence/"_s + m_code));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(m_code));
        QVERIFY(html.contains(m_published.form.proposedName.toHtmlEscaped()));
        QVERIFY(html.contains(m_published.form.legalRep.name.toHtmlEscaped()));
        QVERIFY(html.contains(u"存续"));
        QVERIFY(!html.contains(m_published.form.legalRep.idNumber));
        if (!m_published.form.phone.isEmpty()) {
            QVERIFY(!html.contains(m_published.form.phone));
        }

        // As JSON, with the code typed in lower case.
        const Fixture::Reply json = Fixture::call(
            ssl, "GET", m_exchange.publicUrl(u"/licence/"_s + m_code.toLower() + u"?format=json"_s));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json.value(u"code").toString(), m_code);
        QCOMPARE(json.json.value(u"name").toString(), m_published.form.proposedName);
        QCOMPARE(json.json.value(u"representative").toString(), m_published.form.legalRep.name);
        QVERIFY(!json.body.contains(m_published.form.legalRep.idNumber.toUtf8()));
        for (const char *key : {"idNumber", "investors", "phone", "caseId", "seal"}) {
            QVERIFY2(!json.json.contains(QLatin1String(key)), key);
        }
    }

    void publicLookupAnswersNothingElse()
    {
        const QSslConfiguration ssl = m_exchange.sslWithoutClientCertificate();
        // Nothing of the mutual-TLS API through it.
        for (const QString &path : {u"/api/v1/health"_s, u"/api/v1/changes?cursor=0"_s, u"/"_s}) {
            const Fixture::Reply reply = Fixture::call(ssl, "GET", m_exchange.publicUrl(path));
            QCOMPARE(reply.status, 404);
            QVERIFY(!reply.body.contains("serverTime"));
        }
        QCOMPARE(Fixture::callRaw(ssl, "POST", m_exchange.publicUrl(u"/licence/"_s + m_code), {}).status,
                 405);
        QCOMPARE(Fixture::callRaw(ssl, "POST", m_exchange.publicUrl(u"/licence/"_s + m_code), "{}").status,
                 405);
        // A large body is not even read: the connection closes unanswered.
        QCOMPARE(Fixture::callRaw(ssl, "POST", m_exchange.publicUrl(u"/licence/"_s + m_code),
                                  QByteArray(1024 * 1024, 'x'))
                     .status,
                 0);
        QCOMPARE(Fixture::call(ssl, "GET", m_exchange.publicUrl(u"/licence/123"_s)).status, 400);
        // A valid code nobody was given.
        const QString unknown =
            core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), u"140105"_s, u"MA0YYYYY"_s);
        QVERIFY(core::UsccCode::validate(unknown).valid);
        QCOMPARE(Fixture::call(ssl, "GET", m_exchange.publicUrl(u"/licence/"_s + unknown)).status, 404);
        // The API's own port still wants a client certificate.
        QCOMPARE(Fixture::call(ssl, "GET", m_exchange.url(protocol::Endpoint::Health)).status, 0);
    }

    // Last but one: with a small rate and short deadlines, an address that asks too often is told
    // to wait (429, Retry-After), a client that never finishes its head is cut off, and the API
    // answers throughout.
    void publicLookupIsRateLimitedAndBounded()
    {
        m_exchange.configureServer([](exchange::ServerOptions &options) {
            options.publicBurst = 3;
            options.publicRequestsPerMinute = 2;
            options.headerSeconds = 1;
        });
        QString error;
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        const QSslConfiguration ssl = m_exchange.sslWithoutClientCertificate();
        const QUrl url = m_exchange.publicUrl(u"/licence/"_s + m_code + u"?format=json"_s);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(Fixture::call(ssl, "GET", url).status, 200);
        }
        test::RawHttps raw(ssl);
        QVERIFY(raw.connectTo(quint16(m_exchange.publicPort())));
        raw.write("GET /licence/" + m_code.toLatin1() + "?format=json HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(raw.waitForAnswer(10000));
        QCOMPARE(raw.status(), 429);
        QVERIFY(raw.header("Retry-After").toInt() >= 1);
        const Fixture::Reply health =
            m_exchange.request(m_exchange.sslFor(u"W01"_s), protocol::Endpoint::Health);
        QCOMPARE(health.status, 200);

        test::RawHttps slow(ssl);
        QVERIFY(slow.connectTo(quint16(m_exchange.publicPort())));
        slow.write("GET /licence/");
        QVERIFY(slow.waitForClose(5000));
        QCOMPARE(slow.status(), 0);

        m_exchange.configureServer({});
        QVERIFY2(m_exchange.restart(&error), qPrintable(error));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_super = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
    }

    // Offline issuance (§2): a block reserved while online reaches the workstation through the feed;
    // a licence issued from it is confirmed with its code, once; a serial serves one case and one
    // workstation only; a name registered meanwhile is a conflict for a supervisor, nothing applied,
    // the serial spent.
    void offlineIssuanceFromAReservedBlock()
    {
        int status = 0;
        const QList<quint64> block = reserve(u"W01"_s, m_clerk, 5, &status);
        QCOMPARE(status, 200);
        QCOMPARE(block.size(), 5);
        QList<quint64> delivered;
        for (const QJsonObject &change : feed(u"W01"_s, m_clerk)) {
            if (change.value(u"kind").toString() == u"code_block" &&
                change.value(u"case").toObject().value(u"workstation").toString() == u"W01") {
                for (const QJsonValue &serial :
                     change.value(u"case").toObject().value(u"serials").toArray()) {
                    delivered.append(quint64(serial.toInteger()));
                }
            }
        }
        QCOMPARE(delivered, block);
        QCOMPARE(reserve(u"W01"_s, m_clerk, 21, &status).size(), 0);
        QCOMPARE(status, 400);
        QCOMPARE(reserve(u"W01"_s, m_clerk, 20).size(), 20); // topped up to 20, never more
        QCOMPARE(reserve(u"W01"_s, m_clerk, 20).size(), 20);

        core::CaseRecord first;
        QVERIFY(approved(first));
        core::CaseRecord firstView = first;
        const QJsonObject offline = issue(firstView, u"W01"_s, block.at(0));
        const QJsonObject answer = m_exchange.pushOne(u"W01"_s, m_clerk, offline);
        QCOMPARE(answer.value(u"status").toString(), QStringLiteral("applied"));
        QCOMPARE(m_exchange.pushOne(u"W01"_s, m_clerk, offline).value(u"status").toString(),
                 QStringLiteral("duplicate"));
        auto store = openStore();
        QVERIFY(store);
        const core::CaseRecord confirmed = *store->cases().byId(first.id).value();
        QCOMPARE(confirmed.state, core::CaseState::Published);
        QCOMPARE(confirmed.creditCode,
                 offline.value(u"payload").toObject().value(u"provisionalCode").toString());
        QVERIFY(!store->creditCodes().unusedReserved(u"W01"_s).value().contains(block.at(0)));

        // The same serial again, or another workstation's: refused, nothing applied.
        core::CaseRecord second;
        QVERIFY(approved(second));
        core::CaseRecord again = second;
        QJsonObject reused = m_exchange.pushOne(u"W01"_s, m_clerk, issue(again, u"W01"_s, block.at(0)));
        QCOMPARE(reused.value(u"error").toObject().value(u"code").toString(),
                 u"licence.reserved_code_invalid"_s);
        core::CaseRecord foreign = second;
        const QString clerkAtW02 = m_exchange.signIn(u"W02"_s, u"clerk01"_s);
        const QJsonObject stolen =
            m_exchange.pushOne(u"W02"_s, clerkAtW02, issue(foreign, u"W02"_s, block.at(1)));
        QCOMPARE(stolen.value(u"error").toObject().value(u"code").toString(),
                 u"licence.reserved_code_invalid"_s);
        QCOMPARE(store->cases().byId(second.id).value()->state, core::CaseState::Approved);

        // A licensing the workflow refuses (the case is only accepted there) spends no serial.
        core::CaseRecord early;
        const core::DomainEvent acceptedOnly = m_cases.accepted(early, QStringLiteral("clerk01"));
        QCOMPARE(m_exchange.pushOne(u"W01"_s, m_clerk, acceptedOnly.toJson()).value(u"status").toString(),
                 u"applied"_s);
        core::CaseRecord forged = early;
        forged.state = core::CaseState::Approved; // as a broken counter might believe
        const QJsonObject tooEarly =
            m_exchange.pushOne(u"W01"_s, m_clerk, issue(forged, u"W01"_s, block.at(2)));
        QCOMPARE(tooEarly.value(u"status").toString(), u"rejected"_s);
        QVERIFY(tooEarly.value(u"error").toObject().value(u"code").toString().startsWith(u"workflow."));
        QVERIFY(store->creditCodes().unusedReserved(u"W01"_s).value().contains(block.at(2)));

        // The name was registered while the counter was offline: a conflict with the exchange's case.
        core::CaseRecord clash;
        QVERIFY(approved(clash, first.form.proposedName));
        core::CaseRecord clashView = clash;
        const QJsonObject taken =
            m_exchange.pushOne(u"W01"_s, m_clerk, issue(clashView, u"W01"_s, block.at(1)));
        QCOMPARE(taken.value(u"status").toString(), QStringLiteral("conflict"));
        QCOMPARE(taken.value(u"error").toObject().value(u"code").toString(), u"licence.name_taken"_s);
        QVERIFY(taken.value(u"error").toObject().value(u"message").toString().contains(confirmed.creditCode));
        const auto current = core::CaseRecord::fromJson(taken.value(u"current").toObject());
        QCOMPARE(current.state, core::CaseState::Approved);
        QCOMPARE(store->cases().byId(clash.id).value()->state, core::CaseState::Approved);
        QVERIFY(!store->creditCodes().unusedReserved(u"W01"_s).value().contains(block.at(1))); // spent
        QVERIFY(!store->licences().byCase(clash.id).value().has_value());
    }

    // The registry revokes a licence (吊销, `onewindow-exchange revoke-licence`): the decision is
    // checked, the record and the feed say revoked (every workstation of the province reads it), the
    // public lookup shows it with its date and decision, verify-licence --dir knows it, and a second
    // revocation changes nothing.
    void aRevokedLicenceIsRevokedEverywhere()
    {
        QVERIFY(!m_code.isEmpty());
        const QString dir = m_exchange.dir();
        const QDate today = QDate::currentDate();
        const auto code = [](const Result<bool> &r) {
            return r ? QStringLiteral("ok") : r.error().code;
        };
        QCOMPARE(code(exchange::LicenceAdmin::revoke(dir, u"91140105MA0000000X"_s, u"晋市监罚〔2026〕1号"_s,
                                                     today)),
                 u"licence.unknown_code"_s);
        QCOMPARE(code(exchange::LicenceAdmin::revoke(dir, m_code, u"  "_s, today)),
                 u"licence.decision_invalid"_s);
        QCOMPARE(code(exchange::LicenceAdmin::revoke(dir, m_code, QString(501, u'罚'), today)),
                 u"licence.decision_invalid"_s);
        QCOMPARE(
            code(exchange::LicenceAdmin::revoke(dir, m_code, u"晋市监罚〔2026〕1号"_s, today.addDays(30))),
            u"licence.decision_invalid"_s);
        QVERIFY(exchange::LicenceAdmin::revokedCodes(dir).value().isEmpty()); // nothing changed

        const QString decision = u"晋市监罚〔2026〕17号，依据《市场主体登记管理条例》第四十四条"_s;
        const Result<bool> revoked = exchange::LicenceAdmin::revoke(dir, m_code.toLower(), decision, today);
        QVERIFY2(revoked && revoked.value(), revoked ? "" : qPrintable(revoked.error().message));
        const Result<bool> again = exchange::LicenceAdmin::revoke(dir, m_code, u"另一决定"_s, today);
        QVERIFY(again && !again.value());
        QCOMPARE(exchange::LicenceAdmin::revokedCodes(dir).value(), QSet<QString>{m_code});

        auto store = openStore();
        QVERIFY(store);
        const auto licence = store->licences().byCode(m_code);
        QVERIFY(licence && licence.value());
        QVERIFY(licence.value()->entity.isRevoked());
        QCOMPARE(licence.value()->entity.statusDecision, decision); // the first decision stays
        QCOMPARE(licence.value()->entity.statusSince, today);

        // Another authority of the province reads it from the feed, once.
        int revocations = 0;
        for (const QJsonObject &change : feed(QStringLiteral("W11"), m_clerk11)) {
            const auto entity = core::RegisteredEntity::fromJson(change.value(u"case").toObject());
            if (change.value(u"kind").toString() == u"licence" && entity && entity->code == m_code &&
                entity->isRevoked()) {
                ++revocations;
                QCOMPARE(entity->statusDecision, decision);
                QCOMPARE(entity->statusSince, today);
            }
        }
        QCOMPARE(revocations, 1);

        const QSslConfiguration ssl = m_exchange.sslWithoutClientCertificate();
        const Fixture::Reply json =
            Fixture::call(ssl, "GET", m_exchange.publicUrl(u"/licence/"_s + m_code + u"?format=json"_s));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json.value(u"status").toString(), u"吊销"_s);
        QCOMPARE(json.json.value(u"statusDecision").toString(), decision);
        const Fixture::Reply page = Fixture::call(ssl, "GET", m_exchange.publicUrl(u"/licence/"_s + m_code));
        QVERIFY(QString::fromUtf8(page.body).contains(u"吊销"_s));
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_MAIN(ExchangeLicencesTest)
#include "test_exchange_licences.moc"
