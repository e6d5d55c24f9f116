// core::JsonWriter against the reference it stands in for: the text it writes must be byte for byte
// what QJsonDocument::toJson(Compact) writes for the same value, for every character a text may
// hold and for every record type that is written with it (keys in sorted order, nothing dropped).

#include "SampleCase.h"
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "core/JsonWriter.h"
#include "core/SampleApplications.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ow::core;
using namespace Qt::StringLiterals;

namespace {

QByteArray qtText(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
}

QByteArray writerText(const QString &text)
{
    JsonWriter w;
    w.beginArray().value(text).endArray();
    return w.take();
}

// Parsing and writing again with Qt gives the same bytes only when keys came in sorted order.
QByteArray canonical(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void everyAsciiCharacterEscapesAsQtDoes()
    {
        QString all;
        for (char16_t c = 0; c < 0x80; ++c)
            all.append(QChar(c));
        QCOMPARE(writerText(all), qtText(all));
        for (char16_t c = 0; c < 0x80; ++c)
            QCOMPARE(writerText(QString(QChar(c))), qtText(QString(QChar(c))));
    }

    void textBeyondAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("cjk") << u"太原市小店区晋阳科技有限公司"_s;
        QTest::newRow("two-byte") << u"Ä é ß ©"_s;
        QTest::newRow("surrogate pair") << u"😀𠀀"_s;
        QTest::newRow("lone high surrogate") << QString(QChar(0xd800)) + u"自"_s;
        QTest::newRow("lone low surrogate") << u"a"_s + QChar(0xdc01);
        QTest::newRow("high at end") << u"b"_s + QChar(0xdbff);
        QTest::newRow("private use and BOM") << QString(QChar(0xe000)) + QChar(0xfeff) + QChar(0xffff);
        QTest::newRow("empty") << QString();
    }

    void textBeyondAscii()
    {
        QFETCH(QString, text);
        QCOMPARE(writerText(text), qtText(text));
    }

    void nestingNumbersAndLiterals()
    {
        JsonWriter w;
        w.beginObject()
            .key("a"_L1)
            .beginArray()
            .endArray()
            .key("b"_L1)
            .beginObject()
            .endObject()
            .field("c", qint64(-9007199254740993))
            .field("d", true)
            .field("e", false)
            .key("f"_L1)
            .null()
            .key("g"_L1)
            .beginArray()
            .value(1)
            .beginArray()
            .value(2)
            .endArray()
            .raw("{\"x\":[]}")
            .endArray()
            .endObject();
        const QByteArray text = w.take();
        QCOMPARE(
            text,
            QByteArray(
                R"({"a":[],"b":{},"c":-9007199254740993,"d":true,"e":false,"f":null,"g":[1,[2],{"x":[]}]})"));
        QCOMPARE(canonical(text), text);
    }

    void recordsAreCanonicalAndRoundTrip_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void recordsAreCanonicalAndRoundTrip()
    {
        QFETCH(quint32, seed);
        const CaseRecord record = ow::test::sampleCase(seed);
        const QByteArray text = record.toJsonText();
        QCOMPARE(canonical(text), text);
        QCOMPARE(CaseRecord::fromJson(record.toJson()).toJsonText(), text);
        const QByteArray form = record.form.toJsonText();
        QCOMPARE(canonical(form), form);
        // The form's text made before (the exchange's decode thread) writes the same case.
        QCOMPARE(record.toJsonText(form), text);
        QVERIFY(OneForm::fromJson(record.form.toJson()) == record.form);

        DomainEvent event;
        event.id = u"6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"_s;
        event.type = u"case.accepted"_s;
        event.caseId = record.id;
        event.caseVersion = record.version;
        event.actor = u"clerk01"_s;
        event.workstation = u"W01"_s;
        event.deviceTime = record.updatedAt;
        event.payload = QJsonObject{{u"form"_s, record.form.toJson()}, {u"reason"_s, u"—"_s}};
        const QByteArray eventText = event.toJsonText();
        QCOMPARE(canonical(eventText), eventText);
        const DomainEvent back = DomainEvent::fromJson(event.toJson());
        QCOMPARE(back.payload, event.payload);
        QCOMPARE(back.deviceTime, event.deviceTime);
        QCOMPARE(back.toJsonText(), eventText);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
