// Issue 12, the public lookup of the real exchange over TLS (its public port, no client certificate):
// an entity's page with its former names and its simplified deregistration's notice while it runs
// (dates, objections raised through `onewindow-exchange notice object`, how to object), everything
// escaped; and /notices, the notices running on the exchange's day, newest first and bounded, without
// those over, closed or not begun. The entities and notices are written into the store as the exchange
// keeps them (their making is test_exchange_entity_cases'), so the days can be chosen.
#include "core/Deregistration.h"
#include "core/RegisteredEntity.h"
#include "core/UsccCode.h"
#include "exchange/ExchangeServer.h"
#include "exchange/ExchangeStore.h"
#include "exchange/PublicLookup.h"
#include "support/ExchangeFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace ow;
using namespace Qt::StringLiterals;
using Fixture = ow::test::ExchangeFixture;

namespace {

// The exchange's day, as it reads the notices.
QDate today()
{
    return core::DeregistrationNotice::dayOf(QDateTime::currentDateTimeUtc());
}

QString dateText(const QDate &date)
{
    return date.toString(u"yyyy年M月d日"_s);
}

QString codeOf(int serial)
{
    return core::UsccCode::compose(u'9', u'1', u"140105"_s, u"MA0PQ%1"_s.arg(serial, 3, 10, QChar(u'0')));
}

core::RegisteredEntity entity(int serial, const QString &name)
{
    core::RegisteredEntity e;
    e.code = codeOf(serial);
    e.name = name;
    e.tradeName = name.mid(3, 2);
    e.industry = u"商贸"_s;
    e.entityTypeId = u"llc_natural"_s;
    e.typeName = u"有限责任公司(自然人投资或控股)"_s;
    e.representativeLabel = u"法定代表人"_s;
    e.legalRep = u"张伟"_s;
    e.domicile = u"山西省太原市小店区长治路1号"_s;
    e.capital = u"100万元"_s;
    e.businessScope = u"日用百货销售"_s;
    e.authorityDivision = u"140105"_s;
    e.authorityName = u"太原市小店区市场监督管理局"_s;
    e.established = today().addDays(-400);
    e.licensedAt = QDateTime::currentDateTimeUtc().addDays(-400);
    e.publishedAt = e.licensedAt;
    e.status = core::RegisteredEntity::StatusRegistered;
    return e;
}

core::DeregistrationNotice noticeOf(const core::RegisteredEntity &e, const QDate &from)
{
    core::DeregistrationNotice n;
    n.caseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.code = e.code;
    n.name = e.name;
    n.authority = e.authorityDivision;
    n.from = from;
    n.until = core::DeregistrationNotice::untilOf(from);
    return n;
}

} // namespace

class ExchangePublicNoticesTest : public QObject
{
    Q_OBJECT

private:
    Fixture m_exchange;
    // Running: A from two days ago (with a former name), E from today; over: B; closed: C.
    core::RegisteredEntity m_a = entity(1, u"太原市晋新商贸有限公司"_s);
    core::RegisteredEntity m_b = entity(2, u"太原市晋旺商贸有限公司"_s);
    core::RegisteredEntity m_c = entity(3, u"太原市晋丰商贸有限公司"_s);
    core::RegisteredEntity m_e = entity(4, u"太原市晋源商贸有限公司"_s);

    bool write(const QList<core::RegisteredEntity> &entities,
               const QList<core::DeregistrationNotice> &notices)
    {
        auto opened = exchange::ExchangeStore::openDirectory(m_exchange.dir(), u"public-notices-writer"_s);
        if (!opened)
            return false;
        exchange::ExchangeStore &store = *opened.value();
        if (!store.begin())
            return false;
        for (const core::RegisteredEntity &e : entities) {
            if (!store.licences().put(e, QUuid::createUuid().toString(QUuid::WithoutBraces), {}))
                return false;
        }
        for (const core::DeregistrationNotice &n : notices) {
            if (!store.notices().put(n))
                return false;
        }
        return bool(store.commit());
    }

    Fixture::Reply get(const QString &path) const
    {
        return Fixture::call(m_exchange.sslWithoutClientCertificate(), "GET", m_exchange.publicUrl(path));
    }

    static std::pair<int, QString> runExchange(const QStringList &args)
    {
        const test::CommandRun run = test::runCommand(QStringLiteral(OW_EXCHANGE_BINARY), args);
        return {run.exitCode, run.out + run.err};
    }

private slots:
    void initTestCase()
    {
        m_exchange.configureServer([](exchange::ServerOptions &options) {
            options.publicBurst = 1000; // this test asks more than a person would
        });
        QString error;
        QVERIFY2(m_exchange.start(&error), qPrintable(error));
        m_a.formerNames = {{u"太原市晋旧商贸有限公司"_s, today().addDays(-30)}};
        core::DeregistrationNotice over = noticeOf(m_b, today().addDays(-20));
        core::DeregistrationNotice closed = noticeOf(m_c, today().addDays(-1));
        closed.closedOn = today();
        QVERIFY(write({m_a, m_b, m_c, m_e},
                      {noticeOf(m_a, today().addDays(-2)), over, closed, noticeOf(m_e, today())}));
    }

    void anEntityShowsItsFormerNamesAndItsRunningNotice();
    void noNoticeOnceOverOrClosed();
    void theRunningNoticesNewestFirst();
    void theListIsBounded();
};

void ExchangePublicNoticesTest::anEntityShowsItsFormerNamesAndItsRunningNotice()
{
    // A creditor objects through the exchange's command, with text a browser would run.
    const auto [objected, output] = runExchange(
        {u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s, m_a.code, u"--by"_s,
         u"山西<b>某银行</b>"_s, u"--text"_s, u"<script>alert(1)</script> 尚有未清偿贷款 & 利息"_s});
    QVERIFY2(objected == 0, qPrintable(output));

    const Fixture::Reply page = get(u"/licence/"_s + m_a.code);
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY2(html.contains(u"<th>曾用名</th><td>太原市晋旧商贸有限公司（%1变更）</td>"_s.arg(
                 dateText(today().addDays(-30)))),
             qPrintable(html));
    QVERIFY2(html.contains(u"<h2>简易注销公告</h2>"_s), qPrintable(html));
    const QDate from = today().addDays(-2);
    const QString period = u"%1 至 %2"_s.arg(dateText(from), dateText(from.addDays(19)));
    QVERIFY2(html.contains(u"<th>公告期</th><td>"_s + period + u"</td>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"<th>异议</th><td>1 条</td>"_s), qPrintable(html));
    QVERIFY2(html.contains(
                 u"请于%1（含当日）前向太原市小店区市场监督管理局书面提出"_s.arg(dateText(from.addDays(19)))),
             qPrintable(html));
    // The objection as the public reads it: escaped, never markup.
    QVERIFY2(
        html.contains(u"山西&lt;b&gt;某银行&lt;/b&gt;：&lt;script&gt;alert(1)&lt;/script&gt; 尚有未清偿贷款 "
                      u"&amp; 利息"_s),
        qPrintable(html));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(!html.contains(u"<b>某银行"_s));

    const Fixture::Reply json = get(u"/licence/"_s + m_a.code + u"?format=json"_s);
    QCOMPARE(json.status, 200);
    const QJsonArray former = json.json.value(u"formerNames").toArray();
    QCOMPARE(former.size(), 1);
    QCOMPARE(former.first().toObject().value(u"name").toString(), u"太原市晋旧商贸有限公司"_s);
    QCOMPARE(former.first().toObject().value(u"changedOn").toString(),
             today().addDays(-30).toString(Qt::ISODate));
    const QJsonObject notice = json.json.value(u"deregistrationNotice").toObject();
    QCOMPARE(notice.value(u"from").toString(), from.toString(Qt::ISODate));
    QCOMPARE(notice.value(u"until").toString(), from.addDays(19).toString(Qt::ISODate));
    QCOMPARE(notice.value(u"objections").toInt(), 1);

    // Without former names or a notice, neither is spoken of.
    const QString plain = QString::fromUtf8(get(u"/licence/"_s + m_e.code).body);
    QVERIFY(!plain.contains(u"曾用名"_s));
    QVERIFY(plain.contains(u"<h2>简易注销公告</h2>"_s)); // E's notice runs from today
}

void ExchangePublicNoticesTest::noNoticeOnceOverOrClosed()
{
    for (const core::RegisteredEntity &e : {m_b, m_c}) {
        const Fixture::Reply page = get(u"/licence/"_s + e.code);
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY2(html.contains(e.name), qPrintable(html));
        QVERIFY2(!html.contains(u"简易注销公告"_s), qPrintable(html));
        const Fixture::Reply json = get(u"/licence/"_s + e.code + u"?format=json"_s);
        QVERIFY(!json.json.contains(u"deregistrationNotice"));
        QVERIFY(json.json.value(u"formerNames").toArray().isEmpty());
    }
    // Objections are taken while a notice runs only.
    const auto late = runExchange({u"notice"_s, u"object"_s, u"--dir"_s, m_exchange.dir(), u"--code"_s,
                                   m_b.code, u"--by"_s, u"甲"_s, u"--text"_s, u"异议"_s});
    QVERIFY2(late.first != 0, qPrintable(late.second));
}

void ExchangePublicNoticesTest::theRunningNoticesNewestFirst()
{
    for (const QString &path : {u"/notices"_s, u"/notices/"_s}) {
        const Fixture::Reply page = get(path);
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY2(html.contains(u"<title>简易注销公告</title>"_s), qPrintable(html));
        QVERIFY2(html.contains(u"%1公告期内的简易注销公告2条，最新的在前。"_s.arg(dateText(today()))),
                 qPrintable(html));
        const QString rowOfE =
            u"<a href=\"/licence/%1\">%2</a></td><td>%1</td><td>%3 至 %4</td><td>0</td>"_s.arg(
                m_e.code, m_e.name, dateText(today()), dateText(today().addDays(19)));
        const QString rowOfA = u"<a href=\"/licence/%1\">%2</a></td><td>%1</td>"_s.arg(m_a.code, m_a.name);
        QVERIFY2(html.contains(rowOfE), qPrintable(html));
        QVERIFY2(html.contains(rowOfA), qPrintable(html));
        QVERIFY(html.indexOf(rowOfE) < html.indexOf(rowOfA)); // newest first
        QVERIFY(!html.contains(m_b.code));
        QVERIFY(!html.contains(m_c.code));
        QVERIFY(html.contains(u"请在公告期内向该企业的登记机关书面提出"_s));
    }
    const Fixture::Reply json = get(u"/notices?format=json"_s);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.json.value(u"asOf").toString(), today().toString(Qt::ISODate));
    const QJsonArray notices = json.json.value(u"notices").toArray();
    QCOMPARE(notices.size(), 2);
    QCOMPARE(notices.at(0).toObject().value(u"code").toString(), m_e.code);
    QCOMPARE(notices.at(1).toObject().value(u"code").toString(), m_a.code);
    QCOMPARE(notices.at(1).toObject().value(u"objections").toInt(), 1);

    // HEAD answers the length only; nothing but the two paths is served.
    const Fixture::Reply head =
        Fixture::call(m_exchange.sslWithoutClientCertificate(), "HEAD", m_exchange.publicUrl(u"/notices"_s));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    const Fixture::Reply other = get(u"/notices/all"_s);
    QCOMPARE(other.status, 404);
    QVERIFY(QString::fromUtf8(other.body).contains(u"/notices"_s));
}

void ExchangePublicNoticesTest::theListIsBounded()
{
    // More notices running than the list shows, all begun yesterday: E (today) stays first.
    QList<core::RegisteredEntity> many;
    QList<core::DeregistrationNotice> notices;
    for (int i = 0; i < exchange::PublicLookup::NoticeListLimit + 5; ++i) {
        many.append(entity(100 + i, u"太原市晋%1商贸有限公司"_s.arg(QChar(char16_t(u'甲' + i)))));
        notices.append(noticeOf(many.last(), today().addDays(-1)));
    }
    QVERIFY(write(many, notices));
    const Fixture::Reply json = get(u"/notices?format=json"_s);
    QCOMPARE(json.status, 200);
    const QJsonArray listed = json.json.value(u"notices").toArray();
    QCOMPARE(listed.size(), exchange::PublicLookup::NoticeListLimit);
    QCOMPARE(listed.first().toObject().value(u"code").toString(), m_e.code);
    for (const QJsonValue &n : listed)
        QVERIFY(n.toObject().value(u"code").toString() != m_a.code); // older than every one shown
    const QString html = QString::fromUtf8(get(u"/notices"_s).body);
    QVERIFY2(html.contains(u"（只列出最新的%1条）"_s.arg(exchange::PublicLookup::NoticeListLimit)),
             qPrintable(html));
}

QTEST_GUILESS_MAIN(ExchangePublicNoticesTest)
#include "test_exchange_public_notices.moc"
