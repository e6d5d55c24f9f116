#pragma once

#include <QList>
#include <QString>

namespace ow::core {

// The outcome of one validation rule: valid, or invalid with a translated reason and, for the
// rules that name one, a stable machine-readable code ("id.taiwan_permit", "partners.no_general").
struct RuleResult
{
    bool valid = true;
    QString reason;           // in the user's language; empty when valid
    QString code = QString(); // empty when valid or when the rule names no code

    static RuleResult pass() { return {}; }
    static RuleResult fail(const QString &why) { return {false, why, {}}; }
    static RuleResult fail(const char *code, const QString &why) { return {false, why, QLatin1String(code)}; }
    explicit operator bool() const { return valid; }
};

// One problem found on the one form, attached to a field path such as
// "entity.name", "legalRep.idNumber" or "investors[1].amount", with the code of its rule when the
// rule names one (callers and tests tell rules apart by it, never by the message).
struct FieldIssue
{
    QString field;
    QString message;
    QString code = QString();
};

using FieldIssues = QList<FieldIssue>;

// Appends `result` at `field` when it failed.
inline void appendIssue(FieldIssues &issues, const QString &field, const RuleResult &result)
{
    if (!result.valid)
        issues.append({field, result.reason, result.code});
}

} // namespace ow::core
