#include "LogText.h"

namespace ow::exchange::http {
namespace {

QString escaped(QChar c)
{
    const ushort u = c.unicode();
    if (c == QLatin1Char('\\')) {
        return QStringLiteral("\\\\");
    }
    if (u < 0x20 || u == 0x7f) {
        return QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    if ((u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || c.isSurrogate()) {
        return QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    return QString(c);
}

} // namespace

QString logText(const QByteArray &raw, qsizetype maxChars)
{
    const QString text = QString::fromUtf8(raw);
    QString out;
    out.reserve(std::min(text.size(), maxChars));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A character outside the BMP is one pair: kept whole, or not at all.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (out.size() + 2 > maxChars) {
                break;
            }
            out.append(c).append(text.at(++i));
            continue;
        }
        const QString piece = escaped(c);
        if (out.size() + piece.size() > maxChars) {
            break;
        }
        out.append(piece);
    }
    return out;
}

} // namespace ow::exchange::http
