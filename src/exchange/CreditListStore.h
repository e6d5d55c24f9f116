#pragma once

#include "core/CreditList.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The credit lists at the exchange (DOMAIN §7): every entry ever recorded, by the registry, an
// import or a department, with its removal when it was removed; never deleted. Writes run in the
// caller's write transaction.
class CreditListStore
{
public:
    explicit CreditListStore(ExchangeDatabase &db) : m_db(db) {}

    // Records `entry`; false (and nothing written) when an entry of its id exists.
    Result<bool> add(const core::CreditEntry &entry);
    // Writes `entry`'s removal (removedOn, removalReason) over the stored entry of its id.
    Result<void> update(const core::CreditEntry &entry);
    Result<std::optional<core::CreditEntry>> byId(const QString &id);
    // Every entry naming the subject, in force or not, oldest first.
    Result<QList<core::CreditEntry>> bySubject(core::CreditSubjectKind kind, const QString &subject);
    // Every entry naming any of `subjects` (entities' or persons'), in one statement: a form's parties.
    Result<QList<core::CreditEntry>> bySubjects(const QStringList &subjects);
    // Every entry of `list` (all lists when none), oldest first; only those in force on `on` when valid.
    Result<QList<core::CreditEntry>> entries(std::optional<core::CreditListKind> list, const QDate &on = {});
    Result<qint64> count();

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
