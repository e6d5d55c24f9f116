#pragma once

#include <QList>
#include <QString>

namespace ow::core {

// The outcome of one validation rule: valid, or invalid with a translated reason.
struct RuleResult
{
    bool valid = true;
    QString reason; // in the user's language; empty when valid

    static RuleResult pass() { return {}; }
    static RuleResult fail(const QString &why) { return {false, why}; }
    explicit operator bool() const { return valid; }
};

// One problem found on the one form, attached to a field path such as
// "entity.name", "legalRep.idNumber" or "investors[1].amount".
struct FieldIssue
{
    QString field;
    QString message;
};

using FieldIssues = QList<FieldIssue>;

} // namespace ow::core
