// The wire format's tables (src/protocol): every endpoint once under /api/v1/, every push status
// through its wire text and back, every error code once and well formed, a translated text for
// every code the client shows, and core's rules making the codes the protocol names.
#include "core/Limits.h"
#include "protocol/ChangesWire.h"
#include "protocol/DirectoryWire.h"
#include "protocol/Endpoints.h"
#include "protocol/ErrorTexts.h"
#include "protocol/PushStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace ow;
using namespace ow::protocol;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ow::protocol::Endpoint)
Q_DECLARE_METATYPE(ow::protocol::PushStatus)

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void endpointsAreUniqueUnderApiV1()
    {
        QSet<QByteArray> routes;
        QSet<int> values;
        for (const EndpointSpec &e : endpoints()) {
            const QByteArray path = e.path.toByteArray();
            const QByteArray route = e.method.toByteArray() + ' ' + path;
            QVERIFY2(path.startsWith("/api/v1/"), path.constData());
            QVERIFY2(!path.contains('?'), path.constData());
            QVERIFY2(!routes.contains(route), route.constData());
            QVERIFY(e.method == "GET" || e.method == "POST" || e.method == "HEAD" || e.method == "PUT");
            routes.insert(route);
            values.insert(static_cast<int>(e.endpoint));
        }
        QCOMPARE(values.size(), endpoints().size());
    }

    void endpointWireFacts_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("described");
        QTest::addColumn<bool>("bearer");
        QTest::newRow("health") << Endpoint::Health << u"GET /api/v1/health"_s << false;
        QTest::newRow("session") << Endpoint::Session << u"POST /api/v1/session"_s << false;
        QTest::newRow("refresh") << Endpoint::SessionRefresh << u"POST /api/v1/session/refresh"_s << false;
        QTest::newRow("events") << Endpoint::Events << u"POST /api/v1/events"_s << true;
        QTest::newRow("changes") << Endpoint::Changes << u"GET /api/v1/changes"_s << true;
        QTest::newRow("intake") << Endpoint::Intake << u"POST /api/v1/intake"_s << false;
        QTest::newRow("admin users") << Endpoint::AdminUsers << u"GET /api/v1/admin/users"_s << true;
        QTest::newRow("admin workstations")
            << Endpoint::AdminWorkstations << u"GET /api/v1/admin/workstations"_s << true;
        QTest::newRow("attachment state")
            << Endpoint::AttachmentState << u"HEAD /api/v1/attachments/"_s << true;
        QTest::newRow("attachment upload")
            << Endpoint::AttachmentUpload << u"PUT /api/v1/attachments/"_s << true;
        QTest::newRow("attachment download")
            << Endpoint::AttachmentDownload << u"GET /api/v1/attachments/"_s << true;
        QTest::newRow("sheets") << Endpoint::Sheets << u"POST /api/v1/sheets"_s << true;
        QTest::newRow("department registrations")
            << Endpoint::DepartmentRegistrations << u"GET /api/v1/department/registrations"_s << false;
        QTest::newRow("department acknowledgements")
            << Endpoint::DepartmentAcknowledge << u"POST /api/v1/department/acknowledgements"_s << false;
        QTest::newRow("department claims")
            << Endpoint::DepartmentClaims << u"POST /api/v1/department/claims"_s << false;
        QTest::newRow("department records")
            << Endpoint::DepartmentRecords << u"POST /api/v1/department/records"_s << false;
        QTest::newRow("statistics") << Endpoint::Statistics << u"GET /api/v1/statistics"_s << true;
    }
    void endpointWireFacts()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, described);
        QFETCH(bool, bearer);
        QCOMPARE(describe(endpoint), described);
        QCOMPARE(spec(endpoint).endpoint, endpoint);
        QCOMPARE(spec(endpoint).auth == Auth::Bearer, bearer);
        QCOMPARE(method(endpoint) + ' ' + path(endpoint).toLatin1(), described.toLatin1());
    }

    void pushStatusRoundTrips_data()
    {
        QTest::addColumn<PushStatus>("status");
        QTest::addColumn<QString>("wire");
        QTest::newRow("applied") << PushStatus::Applied << u"applied"_s;
        QTest::newRow("duplicate") << PushStatus::Duplicate << u"duplicate"_s;
        QTest::newRow("conflict") << PushStatus::Conflict << u"conflict"_s;
        QTest::newRow("rejected") << PushStatus::Rejected << u"rejected"_s;
    }
    void pushStatusRoundTrips()
    {
        QFETCH(PushStatus, status);
        QFETCH(QString, wire);
        QCOMPARE(toWire(status), wire);
        QCOMPARE(pushStatusFromWire(wire), std::optional<PushStatus>(status));
        QVERIFY(pushStatuses().size() == 4);
    }

    void unknownPushStatusIsNone_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << u"Applied"_s;
        QTest::newRow("padded") << u" applied"_s;
        QTest::newRow("other") << u"accepted"_s;
    }
    void unknownPushStatusIsNone()
    {
        QFETCH(QString, wire);
        QVERIFY(!pushStatusFromWire(wire).has_value());
    }

    void errorCodesAreUniqueAndWellFormed()
    {
        static const QRegularExpression shape(u"^[a-z_]+\\.[a-z_]+$"_s);
        QSet<QString> seen;
        for (const ErrorSpec &e : ProtocolErrors::table()) {
            const QString code = e.code;
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QCOMPARE(ProtocolErrors::find(code), &e);
        }
        QVERIFY(!ProtocolErrors::find(u"auth.no_such_code"_s));
        QVERIFY(ProtocolErrors::message(u"auth.no_such_code"_s).isEmpty());
    }

    // The codes the client shows with a text of its own, each in English and in simplified Chinese.
    void shownCodesHaveMessages_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorClass>("errorClass");
        const QList<std::pair<errors::Code, ErrorClass>> shown{
            {errors::AuthInvalidCredentials, ErrorClass::SignIn},
            {errors::AuthAccountDisabled, ErrorClass::SignIn},
            {errors::AuthAccountLocked, ErrorClass::SignIn},
            {errors::AuthOtherAuthority, ErrorClass::SignIn},
            {errors::AuthTokenExpired, ErrorClass::Session},
            {errors::AuthTokenInvalid, ErrorClass::Session},
            {errors::AuthTokenNotBound, ErrorClass::Session},
            {errors::TlsCertificateRevoked, ErrorClass::Certificate},
            {errors::TlsCertificateUnknown, ErrorClass::Certificate},
            {errors::AuthForbidden, ErrorClass::Refused},
            {errors::AuthServiceOnly, ErrorClass::Refused},
            {errors::RequestTooLarge, ErrorClass::Refused},
            {errors::RequestMalformedJson, ErrorClass::Refused},
            {errors::RequestInvalidField, ErrorClass::Refused},
            {errors::RequestNotFound, ErrorClass::Refused},
        };
        for (const auto &[code, errorClass] : shown)
            QTest::newRow(code.data()) << QString(code) << errorClass;
    }
    void shownCodesHaveMessages()
    {
        QFETCH(QString, code);
        QFETCH(ErrorClass, errorClass);
        const ErrorSpec *spec = ProtocolErrors::find(code);
        QVERIFY(spec);
        QCOMPARE(spec->errorClass, errorClass);
        QVERIFY(spec->message && *spec->message);
        const QString english = ProtocolErrors::message(code);
        QVERIFY(!english.isEmpty());
        QVERIFY2(!english.contains(u"%1"_s), qPrintable(english));

        QTranslator zh;
        QVERIFY(zh.load(u":/onewindow/i18n/onewindow_zh_CN.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const QString chinese = ProtocolErrors::message(code);
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(chinese != english, qPrintable(u"no zh_CN text for "_s + code));
        QVERIFY2(!chinese.contains(u"%1"_s), qPrintable(chinese));
    }

    // core makes the limit codes (core links no protocol): they are the ones the protocol names.
    void coreMakesTheLimitCodes()
    {
        core::MaterialItem item;
        item.id = u"application_form"_s;
        item.title = QString(core::Limits::maxLength(core::LimitScope::Case, "materials[].title") + 1, u'x');
        QList<core::MaterialItem> materials{item};
        const core::LimitIssues tooLong = core::Limits::check(materials);
        QVERIFY(!tooLong.isEmpty());
        QCOMPARE(tooLong.first().code, QString(errors::FieldTooLong));

        materials.first().title = u"a\u0000b"_s;
        const core::LimitIssues invalid = core::Limits::check(materials);
        QVERIFY(!invalid.isEmpty());
        QCOMPARE(invalid.first().code, QString(errors::FieldInvalidText));

        item.title = u"x"_s;
        const QList<core::MaterialItem> many(core::Limits::maxCount(core::LimitScope::Case, "materials") + 1,
                                             item);
        const core::LimitIssues tooMany = core::Limits::check(many);
        QVERIFY(!tooMany.isEmpty());
        QCOMPARE(tooMany.first().code, QString(errors::ListTooLong));
        for (const core::LimitIssue &issue : tooLong + invalid + tooMany)
            QVERIFY2(ProtocolErrors::find(issue.code), qPrintable(issue.code));
    }

    // The directory page's `next`, read off the end of the text the exchange writes, is the one the
    // whole page gives; a page without more, or a text not ending as a page does, gives none.
    void directoryNextIsReadOffThePagesEnd_data()
    {
        QTest::addColumn<bool>("hasMore");
        QTest::addColumn<qint64>("total");
        QTest::newRow("first page") << true << qint64(1000000);
        QTest::newRow("a later page") << true << qint64(-1);
        QTest::newRow("the last page") << false << qint64(-1);
    }

    void directoryNextIsReadOffThePagesEnd()
    {
        QFETCH(bool, hasMore);
        QFETCH(qint64, total);
        directory::PageHead head{
            .asOf = 42, .total = total, .next = u"91140105MA0K1234X1"_s, .hasMore = hasMore};
        const QByteArray text = directory::pageText(head, {R"({"code":"91140105MA0K1234X1"})"});
        const std::optional<QString> next = directory::peekNext(text);
        QCOMPARE(next.has_value(), hasMore);
        if (hasMore)
            QCOMPARE(*next, head.next);
        QVERIFY(!directory::peekNext(text.left(text.size() - 3)) || total >= 0); // cut short
        QVERIFY(!directory::peekNext(R"({"hasMore":true,"next":"a-b"})"));
        QVERIFY(!directory::peekNext(R"({"hasMore":true,"next":""})"));
        QVERIFY(!directory::peekNext(QByteArray()));
    }

    // The feed page's next cursor, read off the end of the text the exchange writes, is the one the
    // parsed page gives; a page without more, or a text not ending as a page does, gives none.
    void feedNextCursorIsReadOffThePagesEnd_data()
    {
        QTest::addColumn<bool>("hasMore");
        QTest::addColumn<qint64>("next");
        QTest::newRow("a page with more") << true << qint64(2500);
        QTest::newRow("a large cursor") << true << qint64(9007199254740991);
        QTest::newRow("the last page") << false << qint64(10000);
    }

    void feedNextCursorIsReadOffThePagesEnd()
    {
        QFETCH(bool, hasMore);
        QFETCH(qint64, next);
        const QByteArray text =
            changes::pageText(R"({"seq":1,"kind":"case"},{"seq":2,"kind":"case"})", hasMore, next);
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QCOMPARE(parsed.value(u"changes").toArray().size(), 2);
        QCOMPARE(parsed.value(u"hasMore").toBool(), hasMore);
        QCOMPARE(qint64(parsed.value(u"nextCursor").toDouble()), next);
        const std::optional<qint64> peeked = changes::peekNextCursor(text);
        QCOMPARE(peeked.has_value(), hasMore);
        if (hasMore)
            QCOMPARE(*peeked, next);
        QVERIFY(!changes::peekNextCursor(text.left(text.size() - 1))); // cut short
        QVERIFY(!changes::peekNextCursor(R"({"hasMore":true,"nextCursor":-5})"));
        QVERIFY(!changes::peekNextCursor(R"({"hasMore":true,"nextCursor":12a})"));
        QVERIFY(!changes::peekNextCursor(R"({"hasMore":true,"nextCursor":})"));
        QVERIFY(!changes::peekNextCursor(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "test_protocol.moc"
