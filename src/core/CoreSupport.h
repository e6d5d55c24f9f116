#pragma once

// Private helpers shared by the rules of src/core; not part of the library's interface.

#include <QByteArray>
#include <QString>

namespace ow::core::detail {

// The bytes of an embedded resource under :/onewindow/data/ (e.g. "entity_types.json").
// Registers the core library's resources first: a static library's resources are only linked
// when something asks for them.
QByteArray readDataResource(const QString &relativePath);

// A Chinese character (CJK unified ideographs, extensions A–G, compatibility ideographs, U+3007).
bool isHan(char32_t c);

// Folds full-width digits, letters and the usual full-width punctuation (． － ， ： ；（ ）and
// the ideographic space) to their ASCII forms, so "１００．５" parses like "100.5".
QString foldFullWidth(const QString &text);

// `text` (a character or word a rule points at) between the quotation marks of the user's language:
// 'X' in English, “X” in Chinese.
QString quoted(const QString &text);

} // namespace ow::core::detail
