#pragma once

// Private helpers of the enterprise-name rules (EnterpriseName.cpp, NameRules.cpp, NameClash.cpp).

#include <QLoggingCategory>
#include <QString>
#include <QStringList>

namespace ow::core {
Q_DECLARE_LOGGING_CATEGORY(lcNames)
}

namespace ow::core::detail::names {

inline constexpr char16_t OpenParen = u'（';
inline constexpr char16_t CloseParen = u'）';

// Industry words (resources/data/industries.json), longest first.
const QStringList &industries();
// Organisational forms a name may end with, longest first.
const QStringList &organisationalForms();
const QStringList &companyForms();
const QString &branchForm();
// Trimmed, ASCII parentheses made full-width.
QString normalised(const QString &name);
// Length in characters (code points).
int length(const QString &s);
bool formMatches(const QString &parsedForm, const QString &allowed);

} // namespace ow::core::detail::names
