#pragma once

#include "core/RegisteredEntity.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ow::exchange {

class ExchangeDatabase;

// The licences the exchange confirmed (DOMAIN §6): one row per credit code with its case, the
// registered entity as published (core::RegisteredEntity) and the authority's signed QR text.
// Writes run in the caller's write transaction.
class LicenceStore
{
public:
    explicit LicenceStore(ExchangeDatabase &db) : m_db(db) {}

    struct Stored
    {
        core::RegisteredEntity entity;
        QString caseId;
        QString seal;
    };

    // Records (or, for the same case, records again) the licence of `entity`.
    Result<void> put(const core::RegisteredEntity &entity, const QString &caseId, const QString &seal);
    Result<std::optional<Stored>> byCode(const QString &code);
    Result<std::optional<Stored>> byCase(const QString &caseId);
    // A registered entity of `authority` with the 字号 `tradeName` in `industry` (the name rule's
    // clash, core::EnterpriseName), other than the one of case `exceptCaseId`.
    Result<std::optional<Stored>> nameHolder(const QString &authority, const QString &tradeName,
                                             const QString &industry, const QString &exceptCaseId);
    Result<int> count();
    // The numbered sheets that carry the licence of `caseId` now (printed or reprinted, not voided),
    // as "original 1001, duplicate 2001"; the sheets of the case's licence record (DOMAIN §6).
    Result<void> setSheets(const QString &caseId, const QString &sheets);
    Result<QString> sheets(const QString &caseId);
    // The codes of every licence whose entity has `status` (e.g. revoked).
    Result<QSet<QString>> codesWithStatus(const QString &status);

private:
    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
