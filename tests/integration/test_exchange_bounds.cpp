// Issue 8, bounds everywhere, against the real exchange over loopback mutual TLS:
// - each attack (a huge material title, reason, receipt number, createdBy, too many investors or
//   attachments) in an event batch and in intake is refused with its code and path, and nothing
//   is stored; at 20 MB the body limit refuses it first, still storing nothing;
// - feed pages of the largest changes the limits allow are split by bytes, each within the budget,
//   and a real client (SyncEngine, the protocol's response limit) syncs past them;
// - a legitimate client still syncs after the attacks.
#include "StorageTestSupport.h"
#include "core/CaseWorkflow.h"
#include "core/Limits.h"
#include "exchange/DemoApplications.h"
#include "exchange/ExchangeStore.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"
#include "support/CaseForms.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "support/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;
using Attack = std::function<void(QJsonObject &json, const QString &text)>;
Q_DECLARE_METATYPE(Attack)

namespace {

constexpr qsizetype Huge = 20 * 1000 * 1000; // 20 MB of text, as the attacker sent

// Sets the value at a path of plain keys and array indices inside `json`.
void setAt(QJsonObject &json, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        json.insert(path.first(), value);
        return;
    }
    const QString head = path.first();
    const QStringList rest = path.mid(1);
    bool isIndex = false;
    const int index = rest.first().toInt(&isIndex);
    if (!isIndex) {
        QJsonObject inner = json.value(head).toObject();
        setAt(inner, rest, value);
        json.insert(head, inner);
        return;
    }
    QJsonArray array = json.value(head).toArray();
    QJsonObject item = array.at(index).toObject();
    setAt(item, rest.mid(1), value);
    array.replace(index, item);
    json.insert(head, array);
}

Attack textAt(const QString &dotted)
{
    const QStringList path = dotted.split(QLatin1Char('.'));
    return [path](QJsonObject &json, const QString &text) {
        setAt(json, path, text);
    };
}

// Makes the array at `dotted` hold `count` copies of its first entry (the text's length is the count).
Attack entriesAt(const QString &dotted)
{
    const QStringList path = dotted.split(QLatin1Char('.'));
    return [path](QJsonObject &json, const QString &text) {
        QJsonObject at = json;
        for (const QString &key : path.mid(0, path.size() - 1))
            at = at.value(key).toObject();
        const QJsonArray original = at.value(path.last()).toArray();
        QJsonArray array;
        const QJsonValue entry =
            original.isEmpty() ? QJsonValue(QString(64, QLatin1Char('a'))) : original.first();
        for (qsizetype i = 0; i < text.size(); ++i)
            array.append(entry);
        setAt(json, path, array);
    };
}

} // namespace

class ExchangeBoundsTest : public QObject
{
    Q_OBJECT

    Fixture m_exchange;
    test::CounterCases m_cases{20261127}; // receipt numbers never repeat: the exchange keeps them unique
    QString m_clerk;

    struct Counts
    {
        int cases = -1;
        int events = -1;
        qsizetype changes = -1;
        bool operator==(const Counts &) const = default;
    };

    Counts counts() const
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("bounds-reader"));
        if (!store)
            return {};
        const auto cases = store.value()->cases().count();
        const auto events = store.value()->cases().appliedCount();
        const auto changes = store.value()->feed().after(0, 1000000);
        return {cases ? cases.value() : -1, events ? events.value() : -1,
                changes ? changes.value().size() : -1};
    }

    // A counter case's acceptance as the clerk's counter sends it (the whole case in its payload).
    QJsonObject acceptance()
    {
        core::CaseRecord record;
        return m_cases.accepted(record).toJson();
    }

    Fixture::Reply push(const QJsonObject &event) const
    {
        return Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                             m_exchange.url(ow::protocol::Endpoint::Events),
                             {{QStringLiteral("events"), QJsonArray{event}}}, m_clerk, 120000);
    }

    Fixture::Reply intake(const QJsonObject &body) const
    {
        return Fixture::call(m_exchange.sslForPortal(), "POST",
                             m_exchange.url(ow::protocol::Endpoint::Intake), body, {}, 120000);
    }

    // The sizes of an attack: one over the limit and 1 MiB (refused by the limits, with the path),
    // and 20 MB (refused by the body limit before it is read, or by the limits); for a list, one
    // entry over and ten times the limit.
    static QList<qsizetype> sizes(int limit, const QString &code)
    {
        if (code == u"list.too_long")
            return {limit + 1, qsizetype(limit) * 10};
        return {limit + 1, 1024 * 1024, Huge};
    }

    static void attackRows(bool intake)
    {
        QTest::addColumn<Attack>("attack");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        using core::LimitScope;
        const auto row = [intake](const char *name, const QString &json, LimitScope scope,
                                  const char *limitPath, bool list, const QString &reported) {
            const QString prefix = intake ? QStringLiteral("application.") : QStringLiteral("payload.case.");
            const int limit =
                list ? core::Limits::maxCount(scope, limitPath) : core::Limits::maxLength(scope, limitPath);
            QTest::newRow(name) << (list ? entriesAt(prefix + json) : textAt(prefix + json)) << limit
                                << (list ? QStringLiteral("list.too_long") : QStringLiteral("field.too_long"))
                                << (intake ? reported : QStringLiteral("payload.case.") + reported);
        };
        row("material title", QStringLiteral("materials.0.title"), LimitScope::Case, "materials[].title",
            false, QStringLiteral("materials[0].title"));
        row("attachments", QStringLiteral("materials.0.attachments"), LimitScope::Case,
            "materials[].attachments", true, QStringLiteral("materials[0].attachments"));
        row("investors", QStringLiteral("form.investors"), LimitScope::Form, "investors", true,
            QStringLiteral("investors"));
        row("business scope", QStringLiteral("form.scope"), LimitScope::Form, "entity.scope", false,
            QStringLiteral("entity.scope"));
        if (intake)
            return;
        row("receipt number", QStringLiteral("receiptNumber"), LimitScope::Case, "receiptNumber", false,
            QStringLiteral("receiptNumber"));
        row("createdBy", QStringLiteral("createdBy"), LimitScope::Case, "createdBy", false,
            QStringLiteral("createdBy"));
        QTest::newRow("reason") << textAt(QStringLiteral("payload.reason"))
                                << core::Limits::maxLength(LimitScope::Event, "payload.reason")
                                << QStringLiteral("field.too_long") << QStringLiteral("payload.reason");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        qInfo("store: %s", qPrintable(Fixture::backendName(m_exchange.backend())));
        m_clerk = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        QVERIFY(!m_clerk.isEmpty());
    }

    void eventAttacksRefusedStoringNothing_data() { attackRows(false); }

    void eventAttacksRefusedStoringNothing()
    {
        QFETCH(Attack, attack);
        QFETCH(int, limit);
        QFETCH(QString, code);
        QFETCH(QString, path);
        for (const qsizetype size : sizes(limit, code)) {
            QJsonObject event = acceptance();
            attack(event, QString(size, QChar(u'字')));
            const Counts before = counts();
            const Fixture::Reply reply = push(event);
            if (size == Huge && reply.status == 413) {
                QCOMPARE(reply.errorCode(), QStringLiteral("request.too_large"));
            } else {
                QCOMPARE(reply.status, 200);
                const QJsonObject result = reply.json.value(u"results").toArray().at(0).toObject();
                QCOMPARE(result.value(u"status").toString(), QStringLiteral("rejected"));
                const QJsonObject error = result.value(u"error").toObject();
                QCOMPARE(error.value(u"code").toString(), code);
                QCOMPARE(error.value(u"field").toString(), path);
            }
            QCOMPARE(counts(), before);
        }
        // At the limit, the limits let it through (the form's own rules may still refuse it).
        QJsonObject event = acceptance();
        attack(event, QString(limit, QChar(u'字')));
        const QJsonObject result = push(event).json.value(u"results").toArray().at(0).toObject();
        QVERIFY2(result.value(u"error").toObject().value(u"code").toString() != code,
                 qPrintable(result.value(u"status").toString()));
    }

    void intakeAttacksRefusedStoringNothing_data() { attackRows(true); }

    void intakeAttacksRefusedStoringNothing()
    {
        QFETCH(Attack, attack);
        QFETCH(int, limit);
        QFETCH(QString, code);
        QFETCH(QString, path);
        for (const qsizetype size : sizes(limit, code)) {
            QJsonObject body = exchange::DemoApplications::intakeBody(m_cases.random());
            attack(body, QString(size, QChar(u'字')));
            const Counts before = counts();
            const Fixture::Reply reply = intake(body);
            if (size == Huge && reply.status == 413) {
                QCOMPARE(reply.errorCode(), QStringLiteral("request.too_large"));
            } else {
                QCOMPARE(reply.status, 400);
                QCOMPARE(reply.errorCode(), code);
                QCOMPARE(reply.json.value(u"error").toObject().value(u"field").toString(), path);
            }
            QCOMPARE(counts(), before);
        }
    }

    // A text that is not well formed (a lone surrogate, a NUL: JSON escapes can carry both) is
    // refused with its path, from a counter and from the portal, and nothing is stored.
    void illFormedTextRefusedStoringNothing_data()
    {
        QTest::addColumn<QByteArray>("escape");
        QTest::newRow("lone surrogate") << QByteArray("\\ud800");
        QTest::newRow("NUL") << QByteArray("\\u0000");
    }

    void illFormedTextRefusedStoringNothing()
    {
        QFETCH(QByteArray, escape);
        const QByteArray marker("@@ILL@@");
        QJsonObject event = acceptance();
        textAt(QStringLiteral("payload.case.materials.0.title"))(event, QString::fromLatin1(marker));
        QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{event}}})
                              .toJson(QJsonDocument::Compact);
        body.replace(marker, QByteArray(QByteArray("\\u540d") + escape + "\\u5b57"));
        const Counts before = counts();
        const Fixture::Reply pushed =
            Fixture::callRaw(m_exchange.sslFor(QStringLiteral("W01")), "POST",
                             m_exchange.url(ow::protocol::Endpoint::Events), body, m_clerk);
        QCOMPARE(pushed.status, 200);
        const QJsonObject result = pushed.json.value(u"results").toArray().at(0).toObject();
        QCOMPARE(result.value(u"status").toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("field.invalid_text"));
        QCOMPARE(result.value(u"error").toObject().value(u"field").toString(),
                 QStringLiteral("payload.case.materials[0].title"));
        QCOMPARE(counts(), before);

        QJsonObject application = exchange::DemoApplications::intakeBody(m_cases.random());
        textAt(QStringLiteral("application.form.name"))(application, QString::fromLatin1(marker));
        body = QJsonDocument(application).toJson(QJsonDocument::Compact);
        body.replace(marker, QByteArray(QByteArray("\\u540d") + escape + "\\u5b57"));
        const Fixture::Reply submitted = Fixture::callRaw(
            m_exchange.sslForPortal(), "POST", m_exchange.url(ow::protocol::Endpoint::Intake), body);
        QCOMPARE(submitted.status, 400);
        QCOMPARE(submitted.errorCode(), QStringLiteral("field.invalid_text"));
        QCOMPARE(counts(), before);
    }

    // The largest changes the limits allow, stored at the exchange: the feed splits them into pages
    // within the byte budget, and a real client with the protocol's response limit syncs past them.
    void largestChangesSplitIntoPagesAndSynced()
    {
        const qint64 cursor = counts().changes;
        QVERIFY(cursor >= 0);
        constexpr int Largest = 4;
        constexpr int Medium = 12;
        {
            auto store =
                exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("bounds-writer"));
            QVERIFY(store);
            QVERIFY(store.value()->begin());
            for (int i = 0; i < Largest + Medium; ++i) {
                core::CaseRecord record = test::forms::largestCase();
                if (i >= Largest) { // about a quarter of the largest: several to a page
                    record.materials = record.materials.mid(0, 30);
                    record.form.investors.clear();
                }
                record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                record.receiptNumber = QStringLiteral("LARGE-%1").arg(i);
                record.version = 1;
                // A stored case names a registration authority that exists (W01's, whose feed reads it).
                record.form.authorityDivision = Fixture::DefaultAuthority;
                QVERIFY(store.value()->cases().put(record, std::nullopt));
                QVERIFY(store.value()->feed().append(QStringLiteral("case"), record.id, record.toJson(),
                                                     QStringLiteral("W02"), QDateTime::currentDateTimeUtc(),
                                                     record.form.authorityDivision));
            }
            QVERIFY(store.value()->commit());
        }

        // Pages by hand, as many as the feed allows per request.
        qint64 at = cursor;
        int pages = 0;
        qsizetype seen = 0;
        for (bool more = true; more; ++pages) {
            const Fixture::Reply page =
                Fixture::call(m_exchange.sslFor(QStringLiteral("W01")), "GET",
                              m_exchange.url(ow::protocol::Endpoint::Changes,
                                             QStringLiteral("cursor=%1&limit=500").arg(at)),
                              {}, m_clerk, 120000);
            QCOMPARE(page.status, 200);
            const QJsonArray changes = page.json.value(u"changes").toArray();
            QVERIFY(!changes.isEmpty());
            QVERIFY2(page.body.size() <= core::Limits::maxFeedPageBytes,
                     qPrintable(QString::number(page.body.size())));
            if (changes.size() > 1)
                QVERIFY(page.body.size() <= core::Limits::feedPageBudgetBytes + core::Limits::PageFrameBytes);
            seen += changes.size();
            at = page.json.value(u"nextCursor").toInteger();
            more = page.json.value(u"hasMore").toBool();
        }
        QCOMPARE(seen, qsizetype(Largest + Medium));
        QVERIFY2(pages > Largest, qPrintable(QString::number(pages))); // the largest: one to a page
        QVERIFY(pages < Largest + Medium);                             // medium ones share pages

        // A real counter pulls the whole feed, past every one of them.
        auto client =
            test::makeSyncClient(m_exchange, QStringLiteral("W01"), test::validForm().authorityDivision);
        QVERIFY(client);
        QVERIFY(client->signIn(QStringLiteral("clerk01"), 300000));
        QCOMPARE(storage::SyncStateStore(client->db).cursor(), at);
    }

    // After all of it, a counter still accepts a case, sends it and pulls the feed.
    void legitimateClientStillSyncs()
    {
        auto client =
            test::makeSyncClient(m_exchange, QStringLiteral("W02"), test::validForm().authorityDivision);
        QVERIFY(client);
        QVERIFY(client->signIn(QStringLiteral("clerk01"), 300000));
        const Counts before = counts();
        auto draft =
            client->cases->perform(test::newCase(5), test::request(core::CaseAction::SaveDraft,
                                                                   test::clerk(u"clerk01"_qs, u"W02"_qs)));
        QVERIFY(draft);
        QVERIFY(client->cases->perform(
            draft.value(), test::request(core::CaseAction::Accept, test::clerk(u"clerk01"_qs, u"W02"_qs))));
        QVERIFY(client->sync(120000));
        QCOMPARE(storage::OutboxStore(client->db).count(), 0);
        QCOMPARE(counts().cases, before.cases + 1);
        QCOMPARE(storage::SyncStateStore(client->db).cursor(), qint64(counts().changes));
    }

    void cleanupTestCase() { m_exchange.stop(); }
};

QTEST_GUILESS_MAIN(ExchangeBoundsTest)
#include "test_exchange_bounds.moc"
