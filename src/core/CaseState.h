#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// DOMAIN §3. The stored names (toKey) never change; labels are translated.
enum class CaseState
{
    Draft,
    Submitted,
    CorrectionRequired,
    Refused,
    Accepted,
    UnderReview,
    Approved,
    Rejected,
    Licensed,
    Published,
    Withdrawn,
};

enum class Role
{
    Clerk,
    Supervisor,
    Admin
};

class CaseStates
{
    Q_DECLARE_TR_FUNCTIONS(CaseStates)
public:
    static QList<CaseState> all();
    static QString toKey(CaseState state);
    static std::optional<CaseState> fromKey(const QString &key);
    static QString label(CaseState state); // translated, e.g. 已受理
    static bool isFinal(CaseState state);

    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    static QString roleLabel(Role role);
};

} // namespace ow::core
