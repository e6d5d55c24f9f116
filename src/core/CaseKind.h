#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ow::core {

// DOMAIN §3: what a case registers. Establishment (设立登记) brings an entity into the register;
// change (变更登记) and deregistration (注销登记) are cases about an entity registered before, named by
// its unified social credit code (CaseRecord::subjectCode). The stored keys never change.
enum class CaseKind
{
    Establishment,
    Change,
    Deregistration,
};

class CaseKinds
{
    Q_DECLARE_TR_FUNCTIONS(CaseKinds)
public:
    static QString toKey(CaseKind kind);
    // An unknown key is nothing (a case from a newer counter is not read as an establishment).
    static std::optional<CaseKind> fromKey(const QString &key);
    static QString label(CaseKind kind); // 设立登记 …
    // The label of a deregistration by its procedure: 简易注销 or 一般注销.
    static QString deregistrationLabel(bool simplified);
};

} // namespace ow::core
