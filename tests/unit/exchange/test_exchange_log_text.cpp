// What a caller sends reaches a log line or a log column only escaped and cut to size.
#include "exchange/http/LogText.h"

#include <QTest>

using ow::exchange::http::logText;

class LogTextTest : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("clerk01") << 64 << QStringLiteral("clerk01");
        QTest::newRow("chinese kept") << QByteArray("张三") << 64 << QStringLiteral("张三");
        QTest::newRow("forged line") << QByteArray("clerk01\n2026-12-01 GET / 200 admin01") << 64
                                     << QStringLiteral("clerk01\\x0a2026-12-01 GET / 200 admin01");
        QTest::newRow("carriage return") << QByteArray("a\rb") << 64 << QStringLiteral("a\\x0db");
        QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << 64 << QStringLiteral("\\x1b[31mred");
        QTest::newRow("backslash doubled") << QByteArray("a\\x0a") << 64 << QStringLiteral("a\\\\x0a");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8z") << 64 << QStringLiteral("a\\u2028z");
        QTest::newRow("c1 control") << QByteArray("a\xc2\x85z") << 64 << QStringLiteral("a\\u0085z");
        QTest::newRow("not utf-8") << QByteArray("a\xff") << 64 << QStringLiteral("a\uFFFD");
        QTest::newRow("65 characters cut to 64")
            << QByteArray(65, 'u') << 64 << QString(64, QLatin1Char('u'));
        QTest::newRow("an escape is never cut in half") << QByteArray("abc\n") << 5 << QStringLiteral("abc");
        QTest::newRow("a pair is never cut in half")
            << QByteArray("ab\xf0\x9f\x98\x80") << 3 << QStringLiteral("ab");
        QTest::newRow("empty") << QByteArray() << 64 << QString();
    }

    void escapes()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        const QString text = logText(raw, maxChars);
        QCOMPARE(text, expected);
        QVERIFY(text.size() <= maxChars);
        for (const QChar c : text) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a control character got through");
        }
    }
};

QTEST_GUILESS_MAIN(LogTextTest)
#include "test_exchange_log_text.moc"
