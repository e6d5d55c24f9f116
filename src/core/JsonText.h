#pragma once

// JSON text read in place (issue 8 §5), the reading side of JsonWriter.
//
// Qt's reader builds a QJsonDocument (every string converted, every object sorted into a
// container) that the decoders then look up key by key; on a pushed batch of 500 cases that cost
// as much as judging them. JsonText indexes the text once (one node per value, strings left as
// they are in the text) and converts only what a decoder asks for. Its Value, Object and Array
// answer as QJsonValue, QJsonObject and QJsonArray do, so one decoder (a template over the
// object type) serves both readers and reads the same thing from either.
//
// It is strict by design, and says "not read" (parse() answers nothing) for any text it does not
// take; the caller then reads that text with QJsonDocument, which decides what the text means or
// why it is not JSON. So JsonText never needs to agree with Qt's reader on the unusual: it takes
// only UTF-8 text with no byte order mark, strings without control characters or escaped
// surrogates, keys without escapes, numbers that are whole and fit 64 bits (written without a
// fraction or an exponent), objects without a repeated key, and at most MaxDepth levels. What it
// takes, it reads as Qt's reader does (fuzz_json_text checks the two against each other).

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace ow::core {

class JsonText
{
public:
    static constexpr int MaxDepth = 64;

    // `text` indexed, or nothing when it is not JSON this reader takes (read it with QJsonDocument).
    static std::optional<JsonText> parse(const QByteArray &text);

    class Object;
    class Array;

    // One value of the text; a value that is not there (a missing key) is undefined.
    class Value
    {
    public:
        bool isUndefined() const { return !m_text; }
        bool isNull() const;
        bool isBool() const;
        bool isDouble() const; // any number, as QJsonValue says of whole numbers too
        bool isString() const;
        bool isArray() const;
        bool isObject() const;

        QString toString() const; // a null QString unless a string
        int toInt(int defaultValue = 0) const;
        qint64 toInteger(qint64 defaultValue = 0) const;
        double toDouble(double defaultValue = 0) const;
        bool toBool(bool defaultValue = false) const;
        Object toObject() const; // empty unless an object
        Array toArray() const;   // empty unless an array
        QJsonValue toJsonValue() const;

    private:
        friend class JsonText;
        friend class Object;
        friend class Array;
        Value(const JsonText *text, int node) : m_text(text), m_node(node) {}
        Value() = default;
        const JsonText *m_text = nullptr;
        int m_node = -1;
    };

    class Object
    {
    public:
        Object() = default;
        Value value(QStringView key) const;
        Value value(QLatin1StringView key) const;
        bool contains(QStringView key) const { return !value(key).isUndefined(); }
        bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
        qsizetype size() const;
        bool isEmpty() const { return size() == 0; }
        // As a QJsonObject, without the member named `leaveOut` (when given).
        QJsonObject toJsonObject(QStringView leaveOut = {}) const;

    private:
        friend class JsonText;
        friend class Value;
        Object(const JsonText *text, int node) : m_text(text), m_node(node) {}
        const JsonText *m_text = nullptr;
        int m_node = -1;
    };

    class Array
    {
    public:
        Array() = default;
        qsizetype size() const;
        bool isEmpty() const { return size() == 0; }

        class const_iterator
        {
        public:
            Value operator*() const { return Array::element(m_text, m_node); }
            const_iterator &operator++();
            bool operator!=(const const_iterator &other) const { return m_node != other.m_node; }

        private:
            friend class Array;
            const_iterator(const JsonText *text, int node) : m_text(text), m_node(node) {}
            const JsonText *m_text;
            int m_node;
        };
        const_iterator begin() const;
        const_iterator end() const;

    private:
        friend class JsonText;
        friend class Value;
        Array(const JsonText *text, int node) : m_text(text), m_node(node) {}
        static Value element(const JsonText *text, int node) { return Value(text, node); }
        const JsonText *m_text = nullptr;
        int m_node = -1;
    };

    // Values point into this JsonText: it stays where it is while they are used.
    Value root() const { return Value(this, 0); }
    const QByteArray &text() const { return m_text; }

private:
    enum class Kind : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object
    };
    struct Node
    {
        Kind kind;
        bool escaped = false; // a string with escapes: decoded when read
        qint32 begin = 0;     // a string's content (without its quotes)
        qint32 end = 0;
        qint32 after = 0; // the node after this value and everything in it
        qint32 count = 0; // an object's members, an array's elements; a number's index in m_numbers
    };
    class Parser;

    explicit JsonText(QByteArray text) : m_text(std::move(text)) {}
    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    QString string(const Node &n) const;
    QByteArrayView bytes(const Node &n) const
    {
        return QByteArrayView(m_text).sliced(n.begin, n.end - n.begin);
    }

    QByteArray m_text;
    std::vector<Node> m_nodes;
    std::vector<qint64> m_numbers;
};

} // namespace ow::core
