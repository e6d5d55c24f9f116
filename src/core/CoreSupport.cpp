#include "CoreSupport.h"

#include <QCoreApplication>
#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace.
static void owInitCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace ow::core::detail {

QByteArray readDataResource(const QString &relativePath)
{
    static const bool registered = [] {
        owInitCoreResources();
        return true;
    }();
    Q_UNUSED(registered);
    QFile file(QStringLiteral(":/onewindow/data/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2EBEF) || (c >= 0x30000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) ||
           c == 0x3007;
}

QString foldFullWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            out.append(QChar(char16_t(u - 0xFF01 + 0x21)));
        else
            out.append(ch);
    }
    return out;
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate(
               "ow::core::Quotation", "'%1'",
               "a character or word a message points at; the language's quotation marks")
        .arg(text);
}

} // namespace ow::core::detail
