#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

namespace ow::core {

// Compact JSON text written straight into UTF-8, for the records that cross the wire and go into
// the stores by the thousand (cases, forms, events): building a QJsonObject first costs several
// times the writing. The text is byte for byte what QJsonDocument::toJson(Compact) makes of the
// same value, provided each object's keys are written in sorted order, as QJsonObject keeps them;
// tests/core/tst_json_writer compares the two for every record type and for every kind of
// character a text may hold.
//
//   JsonWriter w;
//   w.beginObject().field("id", id).field("version", 3).endObject();
//   QByteArray text = w.take();
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    // The next value's key (ASCII).
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &value(const char *) = delete; // would be taken for a bool: write u"text"
    JsonWriter &null();
    // A value already written as compact JSON (e.g. a payload kept as text).
    JsonWriter &raw(QByteArrayView json);

    template <typename T> JsonWriter &field(const char *name, const T &v)
    {
        key(QLatin1StringView(name));
        return value(v);
    }

    QByteArray take();

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open object or array: nothing in it yet
    bool m_afterKey = false;
};

// A record's compact JSON text, and the same as an object, through its writeJson(JsonWriter &): the
// one serialiser of each record type (toJson() parses the text; that is cheaper than building).
template <typename Record> QByteArray jsonTextOf(const Record &record)
{
    JsonWriter w;
    record.writeJson(w);
    return w.take();
}

template <typename Record> QJsonObject jsonObjectOf(const Record &record)
{
    return QJsonDocument::fromJson(jsonTextOf(record)).object();
}

// `text` as a JSON string with its quotes, escaped as QJsonDocument escapes it.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace ow::core
