#include "TestPaths.h"

namespace ow::test {

QString testDataPath(const QString &relative)
{
    return QStringLiteral(OW_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(OW_SOURCE_DIR "/") + relative;
}

} // namespace ow::test
