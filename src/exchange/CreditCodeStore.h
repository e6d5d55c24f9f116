#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ow::exchange {

class ExchangeDatabase;

// The unified social credit codes the exchange assigned (DOMAIN §5). A code is made of a serial
// drawn from one counter of the whole store (core::UsccCode::serialBody), so no two codes share
// their organisation body, and none is ever drawn twice: a voided issuance keeps its row and its
// serial. Runs in the caller's write transaction; on PostgreSQL the writers' table lock
// (ExchangeDatabase::begin) serialises the draw, and the unique serial and code stop a second
// process that would get past it.
class CreditCodeStore
{
public:
    explicit CreditCodeStore(ExchangeDatabase &db) : m_db(db) {}

    // Draws the next serial and records the code composed from it for `caseId`: department 9
    // (market registration), `category` (core::EntityType::codeCategory) and the registration
    // authority's `division`. The code a case holds already when it has one (a licence confirmed again).
    Result<QString> assign(const QString &caseId, QChar category, const QString &division,
                           const QDateTime &at);
    // Offline issuance: up to `count` serials drawn for `workstation` of `authority`, as many as keep
    // its unused ones at most `maxUnused`; the serials drawn (none when it holds enough).
    Result<QList<quint64>> reserve(const QString &workstation, const QString &authority, int count,
                                   int maxUnused, const QDateTime &at);
    // The unused serials reserved for `workstation`, in order.
    Result<QList<quint64>> unusedReserved(const QString &workstation);
    // Records the code a workstation composed offline from its reserved `serial` for `caseId`, after
    // checking the serial is reserved to `workstation` and free (or already this case's) and that
    // `code` is what `category`, `division` and the serial compose; licence.reserved_code_invalid else.
    // The serial is this case's from then on, even when the licence is not confirmed (never reused).
    Result<QString> assignReserved(const QString &caseId, QChar category, const QString &division,
                                   quint64 serial, const QString &code, const QString &workstation,
                                   const QDateTime &at);
    // The code recorded for `caseId`, if any.
    Result<QString> codeOf(const QString &caseId);
    // Every code assigned, in the order of their serials (an office accounts for its codes).
    Result<QStringList> allCodes();
    Result<int> count();

private:
    Result<quint64> nextSerial();

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
