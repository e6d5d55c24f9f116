#pragma once

#include "core/Deregistration.h"
#include "core/Result.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace ow::exchange {

// The registry's own acts on issued licences, from the exchange's command line (an administrator
// at the exchange, as `onewindow-exchange revoke-licence` and `verify-licence --dir`).
class LicenceAdmin
{
public:
    // Revokes licence `code` of exchange directory `dir` (LicenceRegistry::revoke) in one write
    // transaction; false when it was revoked already.
    static Result<bool> revoke(const QString &dir, const QString &code, const QString &decision,
                               const QDate &decidedOn);
    // Deregisters the entity of licence `code` of exchange directory `dir` on `on`
    // (LicenceRegistry::deregister) in one write transaction; false when it was already.
    static Result<bool> deregister(const QString &dir, const QString &code, const QDate &on);
    // Records an objection to the running notice of entity `code`'s simplified deregistration
    // (NoticeRegistry::object) in one write transaction; the notice with its objections.
    static Result<core::DeregistrationNotice> object(const QString &dir, const QString &code,
                                                     const QString &by, const QString &text);
    // The credit codes of every revoked licence the store holds (for verify-licence).
    static Result<QSet<QString>> revokedCodes(const QString &dir);
};

} // namespace ow::exchange
