#pragma once

#include <QByteArray>
#include <QString>

namespace ow::exchange::http {

// What a caller sent (a path, a user name, a certificate's name), made safe for a log line and a
// log column: control characters and line separators escaped (\x0a, \u2028), a backslash
// doubled, bytes that are not UTF-8 replaced, and cut to at most `maxChars` characters, so no
// caller can forge a log line or overflow a column.
QString logText(const QByteArray &raw, qsizetype maxChars);

} // namespace ow::exchange::http
