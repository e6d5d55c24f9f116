// Issue 10 §1, scans travel: the exchange's attachment endpoints against the real exchange over
// loopback TLS. A scan named by a case of the caller's authority is uploaded in parts, resumed from
// the offset the exchange reports, verified whole, kept once and downloaded by another workstation
// of the authority; and every attack is refused: a part out of order, a whole with another hash,
// a body or a scan over the limits, another authority's scan, a scan no case names, no session.
#include "exchange/ExchangeStore.h"
#include "protocol/Attachments.h"
#include "support/CounterCases.h"
#include "support/ExchangeFixture.h"
#include "support/RawHttps.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace ow;
using Fixture = ow::test::ExchangeFixture;
namespace att = ow::protocol::attachments;
using E = ow::protocol::Endpoint;

namespace {

const QString Yingze = Fixture::OtherAuthority;
constexpr qint64 Part = att::MaxPartBytes;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class ExchangeAttachmentsTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    test::CounterCases m_cases{20261202};
    QString m_clerkA; // clerk01 on W01 (140105)
    QString m_superA; // super01 on W02 (140105)
    QString m_clerkB; // clerk11 on W11 (140106)
    QByteArray m_scan = randomBytes(2 * Part + 12345, 1);
    QByteArray m_forged = randomBytes(Part + 7, 2); // sent under m_claimed, which is not its hash
    QString m_claimed = sha256("what the case names");
    QByteArray m_scanB = randomBytes(5000, 3);
    QString m_unnamed = sha256("no case names this");

    // A counter case accepted at `workstation` naming `hashes` as its first material's scans.
    void pushCase(const QString &workstation, const QString &clerk, const QString &token,
                  const QString &authority, const QStringList &hashes)
    {
        core::CaseRecord record;
        QJsonObject event = m_cases.accepted(record, clerk, workstation).toJson();
        QJsonObject payload = event.value(u"payload").toObject();
        QJsonObject kase = payload.value(u"case").toObject();
        QJsonObject form = kase.value(u"form").toObject();
        form.insert(QStringLiteral("authorityDivision"), authority);
        form.insert(QStringLiteral("domicileDivision"), authority);
        kase.insert(QStringLiteral("form"), form);
        kase.insert(QStringLiteral("receiptNumber"),
                    kase.value(u"receiptNumber").toString().replace(0, 6, authority));
        QJsonArray materials = kase.value(u"materials").toArray();
        QJsonObject first = materials.at(0).toObject();
        first.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(hashes));
        materials.replace(0, first);
        kase.insert(QStringLiteral("materials"), materials);
        payload.insert(QStringLiteral("case"), kase);
        event.insert(QStringLiteral("payload"), payload);
        const Fixture::Reply reply =
            Fixture::call(m_exchange.sslFor(workstation), "POST", m_exchange.url(E::Events),
                          {{QStringLiteral("events"), QJsonArray{event}}}, token);
        const QJsonObject result = reply.json.value(u"results").toArray().at(0).toObject();
        QVERIFY2(result.value(u"status").toString() == u"applied", reply.body.constData());
    }

    QUrl url(E endpoint, const QString &hash, const QString &query = {}) const
    {
        QUrl u = m_exchange.url(protocol::path(endpoint, hash));
        u.setQuery(query);
        return u;
    }

    Fixture::Reply put(const QString &workstation, const QString &token, const QString &hash, qint64 offset,
                       qint64 size, const QByteArray &part) const
    {
        return Fixture::callRaw(
            m_exchange.sslFor(workstation), "PUT",
            url(E::AttachmentUpload, hash, QStringLiteral("offset=%1&size=%2").arg(offset).arg(size)), part,
            token);
    }
    Fixture::Reply head(const QString &workstation, const QString &token, const QString &hash) const
    {
        return Fixture::callRaw(m_exchange.sslFor(workstation), "HEAD", url(E::AttachmentState, hash), {},
                                token);
    }
    Fixture::Reply get(const QString &workstation, const QString &token, const QString &hash) const
    {
        return Fixture::callRaw(m_exchange.sslFor(workstation), "GET", url(E::AttachmentDownload, hash), {},
                                token);
    }

    // What the store holds of `hash`: its parts' bytes in all, and whether it is complete.
    std::pair<qint64, bool> stored(const QString &hash)
    {
        auto store =
            exchange::ExchangeStore::openDirectory(m_exchange.dir(), QStringLiteral("attachments-reader"));
        if (!store) {
            return {-1, false};
        }
        const auto content = store.value()->attachments().content(hash);
        const auto state = store.value()->attachments().state(hash);
        if (!content || !state) {
            return {-1, false};
        }
        return {content.value().size(), state.value() && state.value()->complete};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        QVERIFY2(m_exchange.addOtherAuthority(&error), qPrintable(error));
        m_clerkA = m_exchange.signIn(QStringLiteral("W01"), QStringLiteral("clerk01"));
        m_superA = m_exchange.signIn(QStringLiteral("W02"), QStringLiteral("super01"));
        m_clerkB = m_exchange.signIn(QStringLiteral("W11"), QStringLiteral("clerk11"));
        QVERIFY(!m_clerkA.isEmpty() && !m_superA.isEmpty() && !m_clerkB.isEmpty());
        pushCase(QStringLiteral("W01"), QStringLiteral("clerk01"), m_clerkA, Fixture::DefaultAuthority,
                 {sha256(m_scan), m_claimed});
        pushCase(QStringLiteral("W11"), QStringLiteral("clerk11"), m_clerkB, Yingze, {sha256(m_scanB)});
    }

    void aScanArrivesInPartsResumedAndIsKeptOnce()
    {
        const QString hash = sha256(m_scan);
        const qint64 size = m_scan.size();
        Fixture::Reply state = head(QStringLiteral("W01"), m_clerkA, hash);
        QCOMPARE(state.status, 200);
        QCOMPARE(state.headers.value("upload-offset"), QByteArray("0"));
        QCOMPARE(put(QStringLiteral("W01"), m_clerkA, hash, 0, size, m_scan.left(Part)).status, 200);
        // The connection broke here: the client asks where to go on from.
        state = head(QStringLiteral("W01"), m_clerkA, hash);
        QCOMPARE(state.headers.value("upload-offset"), QByteArray::number(Part));
        QCOMPARE(state.headers.value("upload-complete"), QByteArray("0"));
        // Not done yet: nobody can download a part.
        QCOMPARE(get(QStringLiteral("W02"), m_superA, hash).status, 404);
        QCOMPARE(put(QStringLiteral("W01"), m_clerkA, hash, Part, size, m_scan.mid(Part, Part)).status, 200);
        const Fixture::Reply last =
            put(QStringLiteral("W01"), m_clerkA, hash, 2 * Part, size, m_scan.mid(2 * Part));
        QCOMPARE(last.status, 201);
        QVERIFY(last.json.value(u"complete").toBool());
        QCOMPARE(stored(hash), std::make_pair(size, true));
        // Sent again (another workstation, or a resend after a lost answer): done, nothing written.
        const Fixture::Reply again = put(QStringLiteral("W02"), m_superA, hash, 0, size, m_scan.left(Part));
        QCOMPARE(again.status, 200);
        QVERIFY(again.json.value(u"complete").toBool());
        QCOMPARE(again.headers.value("upload-offset"), QByteArray::number(size));
        QCOMPARE(stored(hash), std::make_pair(size, true));
        // The supervisor's workstation downloads it whole.
        const Fixture::Reply download = get(QStringLiteral("W02"), m_superA, hash);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body.size(), m_scan.size());
        QVERIFY(download.body == m_scan);
    }

    void aPartOutOfOrderIsRefusedWithTheOffsetToResumeFrom()
    {
        const QString hash = sha256(m_scanB);
        const qint64 size = m_scanB.size();
        const Fixture::Reply ahead =
            put(QStringLiteral("W11"), m_clerkB, hash, 1000, size, m_scanB.mid(1000));
        QCOMPARE(ahead.status, 409);
        QCOMPARE(ahead.errorCode(), QStringLiteral("attachment.offset_mismatch"));
        QCOMPARE(ahead.headers.value("upload-offset"), QByteArray("0"));
        QCOMPARE(put(QStringLiteral("W11"), m_clerkB, hash, 0, size, m_scanB.left(1000)).status, 200);
        const Fixture::Reply twice = put(QStringLiteral("W11"), m_clerkB, hash, 0, size, m_scanB.left(1000));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.headers.value("upload-offset"), QByteArray("1000"));
        const Fixture::Reply otherSize =
            put(QStringLiteral("W11"), m_clerkB, hash, 1000, size + 1, m_scanB.mid(1000));
        QCOMPARE(otherSize.status, 400);
        QCOMPARE(stored(hash), std::make_pair(qint64(1000), false));
        QCOMPARE(put(QStringLiteral("W11"), m_clerkB, hash, 1000, size, m_scanB.mid(1000)).status, 201);
        QCOMPARE(stored(hash), std::make_pair(size, true));
    }

    void aWholeWithAnotherHashIsDropped()
    {
        const qint64 size = m_forged.size();
        QCOMPARE(put(QStringLiteral("W01"), m_clerkA, m_claimed, 0, size, m_forged.left(Part)).status, 200);
        const Fixture::Reply whole =
            put(QStringLiteral("W01"), m_clerkA, m_claimed, Part, size, m_forged.mid(Part));
        QCOMPARE(whole.status, 422);
        QCOMPARE(whole.errorCode(), QStringLiteral("attachment.hash_mismatch"));
        QCOMPARE(stored(m_claimed), std::make_pair(qint64(0), false));
        QCOMPARE(head(QStringLiteral("W01"), m_clerkA, m_claimed).headers.value("upload-offset"),
                 QByteArray("0"));
        QCOMPARE(get(QStringLiteral("W01"), m_clerkA, m_claimed).status, 404);
    }

    void oversizedPartsAndScansAreRefused()
    {
        const QString hash = m_claimed;
        // A part over the route's limit: refused from its declared length, before it is read.
        test::RawHttps raw(m_exchange.sslFor(QStringLiteral("W01")));
        QVERIFY(raw.connectTo(quint16(m_exchange.port())));
        raw.write("PUT " + protocol::path(E::AttachmentUpload, hash).toLatin1() +
                  "?offset=0&size=10000000 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                  m_clerkA.toLatin1() + "\r\nContent-Length: 10000000\r\n\r\n");
        QVERIFY(raw.waitForAnswer(10000));
        QCOMPARE(raw.status(), 413);
        QCOMPARE(raw.errorCode(), QStringLiteral("request.too_large"));
        // A scan declared over 20 MiB: refused, nothing kept.
        const Fixture::Reply big = put(QStringLiteral("W01"), m_clerkA, hash, 0, att::MaxBytes + 1, "x");
        QCOMPARE(big.status, 413);
        QCOMPARE(big.errorCode(), QStringLiteral("attachment.too_large"));
        QCOMPARE(put(QStringLiteral("W01"), m_clerkA, hash, 0, 10, QByteArray(11, 'x')).status, 400);
        QCOMPARE(put(QStringLiteral("W01"), m_clerkA, hash, -1, 10, "x").status, 400);
        QCOMPARE(stored(hash), std::make_pair(qint64(0), false));
    }

    void anotherAuthoritysScanIsNotThere_data()
    {
        QTest::addColumn<QString>("workstation");
        QTest::addColumn<bool>("ownAuthority"); // false: the other authority's clerk
        QTest::addColumn<QString>("which");
        QTest::newRow("140106 asks for 140105's") << u"W11"_qs << false << u"A"_qs;
        QTest::newRow("140105 asks for 140106's") << u"W01"_qs << true << u"B"_qs;
        QTest::newRow("a scan no case names") << u"W01"_qs << true << u"none"_qs;
        QTest::newRow("not a hash") << u"W01"_qs << true << u"bad"_qs;
    }
    void anotherAuthoritysScanIsNotThere()
    {
        QFETCH(QString, workstation);
        QFETCH(bool, ownAuthority);
        QFETCH(QString, which);
        const QString token = ownAuthority ? m_clerkA : m_clerkB;
        const QString hash = which == u"A"      ? sha256(m_scan)
                             : which == u"B"    ? sha256(m_scanB)
                             : which == u"none" ? m_unnamed
                                                : QString(64, u'G');
        QCOMPARE(head(workstation, token, hash).status, 404);
        const Fixture::Reply download = get(workstation, token, hash);
        QCOMPARE(download.status, 404);
        QCOMPARE(download.errorCode(), QStringLiteral("attachment.unknown"));
        QVERIFY(download.body.size() < 1000);
        const Fixture::Reply upload = put(workstation, token, hash, 0, 3, "abc");
        QCOMPARE(upload.status, 404);
        QCOMPARE(upload.errorCode(), QStringLiteral("attachment.unknown"));
        if (which == u"none") {
            QCOMPARE(stored(hash), std::make_pair(qint64(0), false));
        }
    }

    void withoutASessionOrCertificateNothingIsServed()
    {
        const QString hash = sha256(m_scan);
        QCOMPARE(get(QStringLiteral("W01"), QString(), hash).status, 401);
        QCOMPARE(put(QStringLiteral("W01"), QStringLiteral("forged-token"), m_claimed, 0, 3, "abc").status,
                 401);
        QCOMPARE(head(QStringLiteral("W01"), QString(), hash).status, 401);
        const Fixture::Reply noCertificate = Fixture::callRaw(m_exchange.sslWithoutClientCertificate(), "GET",
                                                              url(E::AttachmentDownload, hash), {}, m_clerkA);
        QVERIFY(noCertificate.status == 0 || noCertificate.status == 401);
        QVERIFY(noCertificate.body.isEmpty() || !noCertificate.body.contains(m_scan.left(64)));
        QCOMPARE(stored(m_claimed), std::make_pair(qint64(0), false));
    }
};

QTEST_GUILESS_MAIN(ExchangeAttachmentsTest)
#include "test_exchange_attachments.moc"
