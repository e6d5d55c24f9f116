// core::JsonText against the reader it stands in for: a text it takes reads as Qt's reader reads it
// (values, and every record decoded from it), and a text it does not take is one the caller must
// give to Qt's reader (numbers with a fraction, repeated keys, escaped surrogates …).

#include "SampleCase.h"
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "core/JsonText.h"
#include "core/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

QJsonObject qtObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void takesWhatQtReadsTheSame_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("spaces everywhere") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" :{ } }\n");
        QTest::newRow("literals") << QByteArray(R"({"f":false,"n":null,"t":true})");
        QTest::newRow("numbers") << QByteArray(
            R"({"a":0,"b":-0,"c":-9223372036854775808,"d":9223372036854775807})");
        QTest::newRow("escapes") << QByteArray(
            "{\"s\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u4e2d\\u0000x\"}");
        QTest::newRow("utf-8") << QByteArray("{\"s\":\"\xe5\xb0\x8f\xe5\xba\x97 \xf0\x9f\x98\x80\"}");
        QTest::newRow("keys out of order") << QByteArray(R"({"b":1,"a":[{"y":2,"x":3}]})");
        QTest::newRow("nested arrays") << QByteArray(R"({"a":[[],[[]],[1,[2,[3]]],{"k":"v"}]})");
        QTest::newRow("array root") << QByteArray(R"([1,"two",{"three":3}])");
    }

    void takesWhatQtReadsTheSame()
    {
        QFETCH(QByteArray, text);
        const std::optional<JsonText> read = JsonText::parse(text);
        QVERIFY(read);
        const QJsonDocument qt = QJsonDocument::fromJson(text);
        if (qt.isObject())
            QCOMPARE(read->root().toObject().toJsonObject(), qt.object());
        else
            QCOMPARE(read->root().toJsonValue().toArray(), qt.array());
    }

    void refusesWhatItLeavesToQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("fraction") << QByteArray(R"({"a":1.5})");
        QTest::newRow("exponent") << QByteArray(R"({"a":1e3})");
        QTest::newRow("past 64 bits") << QByteArray(R"({"a":9223372036854775808})");
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
        QTest::newRow("minus alone") << QByteArray(R"({"a":-})");
        QTest::newRow("repeated key, in order") << QByteArray(R"({"a":1,"a":2})");
        QTest::newRow("repeated key, out of order") << QByteArray(R"({"b":1,"a":2,"b":3})");
        QTest::newRow("escaped key") << QByteArray("{\"\\u0061\":1}");
        QTest::newRow("escaped surrogate") << QByteArray("{\"a\":\"\\ud83d\\ude00\"}");
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}");
        QTest::newRow("short \\u") << QByteArray("{\"a\":\"\\u12\"}");
        QTest::newRow("control character") << QByteArray("{\"a\":\"\x01\"}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xc3\x28\"}");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("garbage after") << QByteArray("{} x");
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
        QTest::newRow("unterminated") << QByteArray("{\"a\":\"b");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too deep") << QByteArray(65, '[') + QByteArray(65, ']');
    }

    void refusesWhatItLeavesToQt()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonText::parse(text));
    }

    void deepAsAllowed()
    {
        const QByteArray deep = QByteArray(JsonText::MaxDepth, '[') + QByteArray(JsonText::MaxDepth, ']');
        QVERIFY(JsonText::parse(deep));
    }

    void valuesConvertAsQJsonValueDoes()
    {
        const QByteArray text =
            R"({"big":4294967296,"f":false,"i":-42,"n":null,"o":{"k":1},"s":"12","t":true,"a":[1]})";
        const std::optional<JsonText> read = JsonText::parse(text);
        QVERIFY(read);
        const JsonText::Object mine = read->root().toObject();
        const QJsonObject qt = qtObject(text);
        for (const QString &key :
             {u"big"_s, u"f"_s, u"i"_s, u"n"_s, u"o"_s, u"s"_s, u"t"_s, u"a"_s, u"missing"_s}) {
            const JsonText::Value a = mine.value(key);
            const QJsonValue b = qt.value(key);
            QCOMPARE(a.isUndefined(), b.isUndefined());
            QCOMPARE(a.isString(), b.isString());
            QCOMPARE(a.isDouble(), b.isDouble());
            QCOMPARE(a.isBool(), b.isBool());
            QCOMPARE(a.isNull(), b.isNull());
            QCOMPARE(a.toString(), b.toString());
            QCOMPARE(a.toInt(-7), b.toInt(-7));
            QCOMPARE(a.toInteger(-7), b.toInteger(-7));
            QCOMPARE(a.toBool(true), b.toBool(true));
            QCOMPARE(a.toObject().size(), b.toObject().size());
            QCOMPARE(a.toArray().size(), b.toArray().size());
            QCOMPARE(a.toJsonValue(), b);
        }
        QCOMPARE(mine.toJsonObject(u"o"), [&] {
            QJsonObject without = qt;
            without.remove(u"o");
            return without;
        }());
    }

    void casesDecodeAsFromQt_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void casesDecodeAsFromQt()
    {
        QFETCH(quint32, seed);
        const CaseRecord record = ow::test::sampleCase(seed);
        const QByteArray text = record.toJsonText();
        const std::optional<JsonText> read = JsonText::parse(text);
        QVERIFY(read);
        const CaseRecord mine = CaseRecord::fromJson(read->root().toObject());
        QCOMPARE(mine.toJsonText(), text);
        QCOMPARE(mine.toJsonText(), CaseRecord::fromJson(qtObject(text)).toJsonText());
    }

    // One entry for a stored case's text: read in place, or through Qt's reader when JsonText
    // refuses the text (here, a key written with an escape), to the same case either way.
    void caseFromTextEitherWay()
    {
        const CaseRecord record = ow::test::sampleCase(4);
        const QByteArray text = record.toJsonText();
        QVERIFY(JsonText::parse(text));
        QCOMPARE(CaseRecord::fromJsonText(text).toJsonText(), text);

        QByteArray escaped = text;
        const qsizetype key = escaped.indexOf("\"version\"");
        QVERIFY(key > 0);
        escaped.replace(key, 9, "\"\\u0076ersion\""); // the same key, its first letter escaped
        QVERIFY(!JsonText::parse(escaped));
        QCOMPARE(CaseRecord::fromJsonText(escaped).toJsonText(), text);
        QCOMPARE(CaseRecord::fromJsonText("not json").id, QString());
    }

    void eventsDecodeAsFromQt()
    {
        DomainEvent event;
        event.id = u"5b1c6a1e-8f7e-4a53-9a0c-2d7d1b6f4e21"_s;
        event.type = u"case.accepted"_s;
        event.caseId = u"0b0f5d7e-0a4b-4c39-9b0e-5c1e2f3a4b5c"_s;
        event.caseVersion = 3;
        event.actor = u"clerk01"_s;
        event.workstation = u"W01"_s;
        event.deviceTime = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        event.payload = {{u"case"_s, ow::test::sampleCase(3).toJson()},
                         {u"from"_s, u"draft"_s},
                         {u"reasonCodes"_s, QJsonArray{u"R1"_s, u"R2"_s}}};
        const QByteArray text = event.toJsonText();
        const std::optional<JsonText> read = JsonText::parse(text);
        QVERIFY(read);
        QCOMPARE(DomainEvent::fromJson(read->root().toObject()).toJsonText(), text);
        const DomainEvent withoutCase = DomainEvent::fromJson(read->root().toObject(), u"case");
        QVERIFY(!withoutCase.payload.contains(u"case"));
        QCOMPARE(withoutCase.payload.value(u"from").toString(), u"draft"_s);
        QCOMPARE(withoutCase.payload.value(u"reasonCodes").toArray().size(), 2);
        QCOMPARE(withoutCase.caseVersion, 3);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_json_text.moc"
