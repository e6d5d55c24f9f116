#include "Csv.h"

namespace ow::exchange::csv {
namespace {

struct Reader
{
    const QString &text;
    qsizetype at = 0;
    int line = 1;

    bool atEnd() const { return at >= text.size(); }
    QChar peek() const { return text.at(at); }

    // A quoted field from its opening quote; false when it is not closed.
    bool quoted(QString &field)
    {
        ++at;
        while (!atEnd()) {
            const QChar c = text.at(at++);
            if (c == u'"') {
                if (!atEnd() && peek() == u'"') {
                    field += u'"';
                    ++at;
                    continue;
                }
                return true;
            }
            if (c == u'\n')
                ++line;
            field += c;
        }
        return false;
    }
};

} // namespace

std::optional<QList<Record>> read(const QByteArray &bytes, QString *why)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Reader r{text};
    QList<Record> records;
    Record record{r.line, {}};
    QString field;
    bool fieldStarted = false;
    const auto endRecord = [&] {
        if (fieldStarted || !record.fields.isEmpty()) {
            record.fields.append(field);
            records.append(record);
        }
        record = Record{r.line, {}};
        field.clear();
        fieldStarted = false;
    };
    while (!r.atEnd()) {
        const QChar c = r.peek();
        if (c == u'"' && field.isEmpty() && !fieldStarted) {
            const int startLine = r.line;
            if (!r.quoted(field)) {
                *why = QStringLiteral("line %1: a quoted field is not closed").arg(startLine);
                return std::nullopt;
            }
            fieldStarted = true;
            if (!r.atEnd() && r.peek() != u',' && r.peek() != u'\n' && r.peek() != u'\r') {
                *why = QStringLiteral("line %1: text after a quoted field's closing quote").arg(r.line);
                return std::nullopt;
            }
            continue;
        }
        ++r.at;
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++r.line;
            record.line = r.line;
        } else if (c == u'"') {
            *why = QStringLiteral("line %1: a quote inside an unquoted field").arg(r.line);
            return std::nullopt;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    endRecord();
    return records;
}

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace ow::exchange::csv
