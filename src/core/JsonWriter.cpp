#include "JsonWriter.h"

#include <array>

namespace ow::core {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Each writes at `o` (room made beforehand) and returns where it ended.
char *writeEscape(char *o, char16_t unit)
{
    *o++ = '\\';
    *o++ = 'u';
    *o++ = hexDigit((unit >> 12) & 0xf);
    *o++ = hexDigit((unit >> 8) & 0xf);
    *o++ = hexDigit((unit >> 4) & 0xf);
    *o++ = hexDigit(unit & 0xf);
    return o;
}

// The two-character escapes QJsonDocument writes, by ASCII code; other control characters are
// written as \u00XX, everything else as it is.
constexpr std::array<const char *, 0x80> ShortEscapes = [] {
    std::array<const char *, 0x80> table{};
    table['"'] = "\\\"";
    table['\\'] = "\\\\";
    table['\b'] = "\\b";
    table['\f'] = "\\f";
    table['\n'] = "\\n";
    table['\r'] = "\\r";
    table['\t'] = "\\t";
    return table;
}();

char *writeAscii(char *o, char16_t unit)
{
    if (const char *escape = ShortEscapes[unit]) {
        *o++ = escape[0];
        *o++ = escape[1];
        return o;
    }
    if (unit < 0x20)
        return writeEscape(o, unit);
    *o++ = char(unit);
    return o;
}

char *writeUtf8(char *o, char32_t point)
{
    if (point < 0x800) {
        *o++ = char(0xc0 | (point >> 6));
    } else if (point < 0x10000) {
        *o++ = char(0xe0 | (point >> 12));
        *o++ = char(0x80 | ((point >> 6) & 0x3f));
    } else {
        *o++ = char(0xf0 | (point >> 18));
        *o++ = char(0x80 | ((point >> 12) & 0x3f));
        *o++ = char(0x80 | ((point >> 6) & 0x3f));
    }
    *o++ = char(0x80 | (point & 0x3f));
    return o;
}

} // namespace

void appendJsonString(QByteArray &out, QStringView text)
{
    // Room for the most a text can take (six bytes a unit: \uXXXX), written through a pointer and
    // cut to what was written: QByteArray grows by steps, not once per character.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *o = out.data() + start;
    *o++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t unit = *p++;
        if (unit < 0x80) {
            o = writeAscii(o, unit);
        } else if (unit >= 0xd800 && unit < 0xdc00 && p != end && *p >= 0xdc00 && *p < 0xe000) {
            o = writeUtf8(o, 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00));
        } else if (unit >= 0xd800 && unit < 0xe000) {
            o = writeEscape(o, unit); // a lone surrogate has no UTF-8: QJsonDocument escapes it too
        } else {
            o = writeUtf8(o, unit);
        }
    }
    *o++ = '"';
    out.resize(o - out.constData());
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out.append(',');
        m_empty.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket)
{
    m_out.append(bracket);
    m_empty.pop_back();
}

JsonWriter &JsonWriter::beginObject()
{
    open('{');
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close('}');
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open('[');
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(']');
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out.append('"').append(name.data(), name.size()).append("\":", 2);
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    beforeValue();
    appendJsonString(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? QByteArrayView("true") : QByteArrayView("false"));
    return *this;
}

JsonWriter &JsonWriter::null()
{
    beforeValue();
    m_out.append("null", 4);
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    m_out.append(json);
    return *this;
}

QByteArray JsonWriter::take()
{
    m_empty.clear();
    m_afterKey = false;
    return std::exchange(m_out, {});
}

} // namespace ow::core
