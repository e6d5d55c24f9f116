#pragma once

#include <QString>

namespace ow::test {

// Test data under tests/data, found through a path CMake gives, never the working directory.
QString testDataPath(const QString &relative);
// A path inside the source tree (e.g. resources/).
QString sourcePath(const QString &relative);

} // namespace ow::test
