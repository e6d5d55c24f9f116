#include "support/GoldenFile.h"

#include "support/TestPaths.h"

#include <QFile>
#include <QSaveFile>
#include <QtDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::test {

namespace {

QString rewrite(const QString &path, const QStringList &actual)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(actual.join(u'\n').toUtf8() + '\n') < 0 ||
        !file.commit())
        return u"%1: %2"_s.arg(path, file.errorString());
    qInfo("rewrote %s", qPrintable(path));
    return {};
}

} // namespace

QString goldenMismatch(const QString &relative, const QStringList &actual)
{
    const QString path = testDataPath(relative);
    if (qEnvironmentVariable("OW_UPDATE_GOLDEN") == u"1"_s)
        return rewrite(path, actual);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"%1: %2 (run with OW_UPDATE_GOLDEN=1 to create it)"_s.arg(path, file.errorString());
    QString text = QString::fromUtf8(file.readAll());
    if (!text.endsWith(u'\n'))
        return u"%1: a golden file ends with a newline"_s.arg(path);
    text.chop(1);
    const QStringList expected = text.split(u'\n');
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            return u"%1 line %2 differs (after review, OW_UPDATE_GOLDEN=1 rewrites it)\n"
                   u"   actual:   %3\n   expected: %4"_s.arg(path)
                       .arg(i + 1)
                       .arg(actual.at(i), expected.at(i));
        }
    }
    if (actual.size() != expected.size())
        return u"%1 has %2 lines, the document %3"_s.arg(path).arg(expected.size()).arg(actual.size());
    return {};
}

} // namespace ow::test
