#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange::csv {

// One record of a CSV file (RFC 4180) and the line it starts on (1-based).
struct Record
{
    int line = 0;
    QStringList fields;
};

// The records of UTF-8 CSV text (a byte-order mark is skipped; CRLF or LF; quoted fields may hold
// commas, quotes doubled and line breaks). Empty lines are skipped. Nothing, and `why` says where,
// when a quoted field is not closed or a quote stands inside an unquoted field.
std::optional<QList<Record>> read(const QByteArray &text, QString *why);

// `text` as one CSV field: quoted when it holds a comma, a quote or a line break.
QString field(const QString &text);

} // namespace ow::exchange::csv
