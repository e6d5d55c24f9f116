#include "JsonText.h"

#include <QJsonArray>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ow::core {

// One pass over the text, one node per value in document order: an object's node is followed by
// its members (key, value, key, value …), an array's by its elements. Any text the reader does not
// take stops it (ok = false); nothing it reads is kept then.
class JsonText::Parser
{
public:
    Parser(const QByteArray &text, std::vector<Node> &nodes, std::vector<qint64> &numbers)
        : m_at(text.constData()), m_begin(text.constData()), m_end(text.constData() + text.size()),
          m_nodes(nodes), m_numbers(numbers)
    {}

    bool document()
    {
        if (m_end - m_begin >= std::numeric_limits<qint32>::max() / 2)
            return false;
        // JsonWriter's text of a case holds a value in every eleven bytes or so: reserved once.
        m_nodes.reserve(std::size_t((m_end - m_begin) / 8 + 4));
        if (!value(0))
            return false;
        whitespace();
        return m_at == m_end;
    }

private:
    void whitespace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool literal(const char *word, Kind kind)
    {
        const std::size_t length = std::strlen(word);
        if (std::size_t(m_end - m_at) < length || std::memcmp(m_at, word, length) != 0)
            return false;
        m_at += length;
        m_nodes.push_back(Node{kind});
        m_nodes.back().after = qint32(m_nodes.size());
        return true;
    }

    bool value(int depth)
    {
        whitespace();
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
            return depth < MaxDepth && object(depth + 1);
        case '[':
            return depth < MaxDepth && array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true", Kind::True);
        case 'f':
            return literal("false", Kind::False);
        case 'n':
            return literal("null", Kind::Null);
        default:
            return number();
        }
    }

    // A whole number that fits 64 bits, written without a fraction or an exponent.
    bool number()
    {
        const bool negative = *m_at == '-';
        if (negative)
            ++m_at;
        if (m_at == m_end || *m_at < '0' || *m_at > '9')
            return false;
        qint64 n = 0;
        const char *first = m_at;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
            const int digit = *m_at - '0';
            if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, negative ? -digit : digit, &n))
                return false;
            ++m_at;
        }
        if ((*first == '0' && m_at - first > 1) ||
            (m_at < m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E')))
            return false;
        m_nodes.push_back(Node{Kind::Number});
        m_nodes.back().count = qint32(m_numbers.size());
        m_nodes.back().after = qint32(m_nodes.size());
        m_numbers.push_back(n);
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // An escape after its backslash: one of JSON's, and no \u of a surrogate.
    bool escape()
    {
        if (m_at == m_end)
            return false;
        const char c = *m_at++;
        if (c != 'u')
            return std::strchr("\"\\/bfnrt", c) != nullptr && c != '\0';
        if (m_end - m_at < 4)
            return false;
        int code = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hex(*m_at++);
            if (digit < 0)
                return false;
            code = code * 16 + digit;
        }
        return code < 0xD800 || code > 0xDFFF;
    }

    bool string()
    {
        ++m_at; // the opening quote
        Node n{Kind::String};
        n.begin = qint32(m_at - m_begin);
        while (true) {
            if (m_at == m_end)
                return false;
            const unsigned char c = static_cast<unsigned char>(*m_at);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            ++m_at;
            if (c == '\\') {
                n.escaped = true;
                if (!escape())
                    return false;
            }
        }
        n.end = qint32(m_at - m_begin);
        ++m_at; // the closing quote
        if (!QByteArrayView(m_begin + n.begin, n.end - n.begin).isValidUtf8())
            return false;
        n.after = qint32(m_nodes.size() + 1);
        m_nodes.push_back(n);
        return true;
    }

    template <typename Each> bool sequence(char close, Kind kind, Each each)
    {
        ++m_at;
        const std::size_t index = m_nodes.size();
        m_nodes.push_back(Node{kind});
        qint32 count = 0;
        whitespace();
        if (m_at < m_end && *m_at == close) {
            ++m_at;
        } else {
            while (true) {
                if (!each())
                    return false;
                ++count;
                whitespace();
                if (m_at == m_end)
                    return false;
                if (*m_at == close) {
                    ++m_at;
                    break;
                }
                if (*m_at++ != ',')
                    return false;
            }
        }
        m_nodes[index].count = count;
        m_nodes[index].after = qint32(m_nodes.size());
        return true;
    }

    bool array(int depth)
    {
        return sequence(']', Kind::Array, [&] { return value(depth); });
    }

    bool object(int depth)
    {
        const std::size_t index = m_nodes.size();
        const bool read = sequence('}', Kind::Object, [&] {
            whitespace();
            if (m_at == m_end || *m_at != '"' || !string() || m_nodes.back().escaped)
                return false;
            whitespace();
            if (m_at == m_end || *m_at++ != ':')
                return false;
            return value(depth);
        });
        return read && keysOnce(index);
    }

    // No key twice (Qt's reader and this one might keep different ones): in one pass when the keys
    // are in order, as JsonWriter writes them; else pair by pair, for objects of a few keys only.
    bool keysOnce(std::size_t object) const
    {
        const auto key = [this](std::size_t node) {
            return QByteArrayView(m_begin + m_nodes[node].begin, m_nodes[node].end - m_nodes[node].begin);
        };
        const auto next = [this](std::size_t node) {
            return std::size_t(m_nodes[node + 1].after);
        };
        const std::size_t end = std::size_t(m_nodes[object].after);
        bool sorted = true;
        for (std::size_t k = object + 1; k < end && sorted; k = next(k))
            sorted = next(k) >= end || key(k).compare(key(next(k))) < 0;
        if (sorted)
            return true;
        if (m_nodes[object].count > 64)
            return false;
        for (std::size_t k = object + 1; k < end; k = next(k)) {
            for (std::size_t l = next(k); l < end; l = next(l)) {
                if (key(k) == key(l))
                    return false;
            }
        }
        return true;
    }

    const char *m_at;
    const char *m_begin;
    const char *m_end;
    std::vector<Node> &m_nodes;
    std::vector<qint64> &m_numbers;
};

std::optional<JsonText> JsonText::parse(const QByteArray &text)
{
    JsonText parsed(text);
    Parser parser(parsed.m_text, parsed.m_nodes, parsed.m_numbers);
    if (!parser.document())
        return std::nullopt;
    return parsed;
}

QString JsonText::string(const Node &n) const
{
    const QByteArrayView raw = bytes(n);
    if (!n.escaped)
        return QString::fromUtf8(raw);
    // Escapes were checked when the text was read.
    QByteArray plain;
    plain.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            plain += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b':
            plain += '\b';
            break;
        case 'f':
            plain += '\f';
            break;
        case 'n':
            plain += '\n';
            break;
        case 'r':
            plain += '\r';
            break;
        case 't':
            plain += '\t';
            break;
        case 'u': {
            const char16_t code = char16_t(raw.sliced(i + 1, 4).toByteArray().toUInt(nullptr, 16));
            plain += QStringView(&code, 1).toUtf8();
            i += 4;
            break;
        }
        default:
            plain += e;
            break; // " \ /
        }
    }
    return QString::fromUtf8(plain);
}

bool JsonText::Value::isNull() const
{
    return m_text && m_text->node(m_node).kind == Kind::Null;
}

bool JsonText::Value::isBool() const
{
    return m_text && (m_text->node(m_node).kind == Kind::True || m_text->node(m_node).kind == Kind::False);
}

bool JsonText::Value::isDouble() const
{
    return m_text && m_text->node(m_node).kind == Kind::Number;
}

bool JsonText::Value::isString() const
{
    return m_text && m_text->node(m_node).kind == Kind::String;
}

bool JsonText::Value::isArray() const
{
    return m_text && m_text->node(m_node).kind == Kind::Array;
}

bool JsonText::Value::isObject() const
{
    return m_text && m_text->node(m_node).kind == Kind::Object;
}

QString JsonText::Value::toString() const
{
    return isString() ? m_text->string(m_text->node(m_node)) : QString();
}

int JsonText::Value::toInt(int defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    const qint64 n = toInteger();
    return qint64(int(n)) == n ? int(n) : defaultValue;
}

qint64 JsonText::Value::toInteger(qint64 defaultValue) const
{
    return isDouble() ? m_text->m_numbers[std::size_t(m_text->node(m_node).count)] : defaultValue;
}

double JsonText::Value::toDouble(double defaultValue) const
{
    return isDouble() ? double(toInteger()) : defaultValue;
}

bool JsonText::Value::toBool(bool defaultValue) const
{
    return isBool() ? m_text->node(m_node).kind == Kind::True : defaultValue;
}

JsonText::Object JsonText::Value::toObject() const
{
    return isObject() ? Object(m_text, m_node) : Object();
}

JsonText::Array JsonText::Value::toArray() const
{
    return isArray() ? Array(m_text, m_node) : Array();
}

QJsonValue JsonText::Value::toJsonValue() const
{
    if (!m_text)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_text->node(m_node).kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::False:
    case Kind::True:
        return toBool();
    case Kind::Number:
        return toInteger();
    case Kind::String:
        return toString();
    case Kind::Array: {
        QJsonArray array;
        for (const Value element : toArray())
            array.append(element.toJsonValue());
        return array;
    }
    case Kind::Object:
        return toObject().toJsonObject();
    }
    return QJsonValue(QJsonValue::Undefined);
}

JsonText::Value JsonText::Object::value(QStringView key) const
{
    if (!m_text)
        return Value();
    const Node &object = m_text->node(m_node);
    for (int k = m_node + 1; k < object.after; k = m_text->node(k + 1).after) {
        const Node &name = m_text->node(k);
        // Keys have no escapes; a key of other than Latin-1 letters cannot equal one that is.
        const QByteArrayView bytes = m_text->bytes(name);
        if (bytes.size() == key.size() &&
            std::equal(bytes.begin(), bytes.end(), key.begin(), [](char a, QChar b) {
                return char16_t(static_cast<unsigned char>(a)) == b.unicode() && b.unicode() < 0x80;
            }))
            return Value(m_text, k + 1);
    }
    return Value();
}

JsonText::Value JsonText::Object::value(QLatin1StringView key) const
{
    return value(QStringView(QString(key)));
}

qsizetype JsonText::Object::size() const
{
    return m_text ? m_text->node(m_node).count : 0;
}

QJsonObject JsonText::Object::toJsonObject(QStringView leaveOut) const
{
    QJsonObject object;
    if (!m_text)
        return object;
    const Node &node = m_text->node(m_node);
    for (int k = m_node + 1; k < node.after; k = m_text->node(k + 1).after) {
        const QString key = m_text->string(m_text->node(k));
        if (!leaveOut.isEmpty() && key == leaveOut)
            continue;
        object.insert(key, Value(m_text, k + 1).toJsonValue());
    }
    return object;
}

qsizetype JsonText::Array::size() const
{
    return m_text ? m_text->node(m_node).count : 0;
}

JsonText::Array::const_iterator &JsonText::Array::const_iterator::operator++()
{
    m_node = m_text->node(m_node).after;
    return *this;
}

JsonText::Array::const_iterator JsonText::Array::begin() const
{
    return m_text ? const_iterator(m_text, m_node + 1) : const_iterator(nullptr, -1);
}

JsonText::Array::const_iterator JsonText::Array::end() const
{
    return m_text ? const_iterator(m_text, m_text->node(m_node).after) : const_iterator(nullptr, -1);
}

} // namespace ow::core
