#pragma once

#include "RuleResult.h"

#include <QCoreApplication>

namespace ow::core {

class EntityType;

// Where a field of the one form is, as the clerk and the applicant read it: its section and, in a
// list, its row. "liaison.name" → "Liaison · Name", "investors[1].idNumber" → "Investor 2 · ID
// number" (联络员·姓名, 投资人 2·证件号码). With the entity type, the legal representative's section
// and the capital carry the type's own titles (负责人, 出资额…). Messages on screen and on notices
// say whose field they mean through it.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    // The label of a field path of OneFormValidator; the path itself for one it does not know.
    static QString of(const QString &fieldPath, const EntityType *type = nullptr);
    // "<label>: <message>": a problem that names its field.
    static QString located(const FieldIssue &issue, const EntityType *type = nullptr);
};

} // namespace ow::core
