#pragma once

#include "EnterpriseName.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::core {

struct OneForm;

// A name someone holds within the registering authority (企业名称登记管理规定 2020, art. 17): a
// registered entity's, one deregistered or changed less than a year ago, or one proposed in a case
// still pending or reserved. The client's storage::EnterpriseDirectory and the exchange's
// NameCheck gather them; NameClash judges them.
struct NameHolder
{
    enum class Kind
    {
        Registered,   // a registered entity (存续, 吊销 included: a revoked entity still exists)
        Deregistered, // 注销 on `since`
        FormerName,   // `name` was `code`'s name until `since` (变更)
        Case          // proposed in case `caseId` (receipt `receiptNumber`, empty for a draft)
    };
    Kind kind = Kind::Registered;
    QString name;
    QString code;       // the entity's unified social credit code (not for a case)
    QString entityName; // the entity's name now (a former name's holder)
    QString caseId;
    QString receiptNumber;
    QDate since;
};

struct NameClashFound
{
    NameHolder holder;
    QString reason; // which entity and why, in the user's language
};

class NameClash
{
    Q_DECLARE_TR_FUNCTIONS(NameClash)
public:
    // Deregistered and former names are protected for a year after `since` (art. 17 (2)).
    static constexpr int ProtectedYears = 1;

    // The same name in the rule's sense: the same 字号, and the same industry or either without one
    // (art. 17). No near-clashes: the 2020 rules define none.
    static bool sameName(const NameParts &proposed, const NameParts &held);
    // Whether `holder` still holds its name on `today`.
    static bool stillHeld(const NameHolder &holder, const QDate &today);
    // The credit codes with which the applicant has an investment relationship, which excepts a clash
    // (art. 17): its legal-person investors and, for a branch, the parent company.
    static QStringList relatedCodes(const OneForm &form);
    // The first of `holders` (all of the same registering authority) whose name clashes with
    // `proposedName` on `today`, with why; nothing when none does.
    static std::optional<NameClashFound> find(const QString &proposedName, const QList<NameHolder> &holders,
                                              const QStringList &relatedCodes, const QDate &today);
    // Why `holder`'s name clashes with `proposed`.
    static QString describe(const NameHolder &holder, const NameParts &proposed);
};

} // namespace ow::core
