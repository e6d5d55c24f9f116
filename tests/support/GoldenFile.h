#pragma once

#include <QString>
#include <QStringList>

namespace ow::test {

// Golden files (tests/data/…/*.golden.txt): a document's lines as reviewed once, one per line,
// ending with a newline. Run a test with OW_UPDATE_GOLDEN=1 to rewrite them after a change has
// been reviewed.
//
// What differs between `actual` and the golden file of tests/data at `relative`, line by line
// and readable (QCOMPARE would print Chinese as \u escapes); empty when they agree, or when the
// file was rewritten. For QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch)).
QString goldenMismatch(const QString &relative, const QStringList &actual);

} // namespace ow::test
