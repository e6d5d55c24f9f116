#pragma once

#include "core/NameClash.h"
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
    // The licence `entity.code` issued anew by the change case `caseId` (变更登记, same code): the
    // licence's record from then on is that case's, with its seal.
    Result<void> replace(const core::RegisteredEntity &entity, const QString &caseId, const QString &seal);
    Result<std::optional<Stored>> byCode(const QString &code);
    Result<std::optional<Stored>> byCase(const QString &caseId);
    // The licences of `authority` whose entity has the 字号 `tradeName`, whatever their industry and
    // status, but the one of case `exceptCaseId` (the name check's candidates, core::NameClash).
    Result<QList<Stored>> withTradeName(const QString &authority, const QString &tradeName,
                                        const QString &exceptCaseId);
    // The former names of `authority`'s entities with the 字号 `tradeName` (changed on `since`).
    Result<QList<core::NameHolder>> formerNames(const QString &authority, const QString &tradeName);
    Result<int> count();
    // The numbered sheets that carry the licence of `caseId` now (printed or reprinted, not voided),
    // as "original 1001, duplicate 2001"; the sheets of the case's licence record (DOMAIN §6).
    Result<void> setSheets(const QString &caseId, const QString &sheets);
    Result<QString> sheets(const QString &caseId);
    // A page of the registered-entity directory (protocol::directory): the entities of `province`'s
    // authorities whose code follows `after`, in code order, as their stored JSON texts; at most
    // `limit`, and no more once their texts pass `maxBytes` bytes (never none while any follow).
    // `more`: entities follow the page.
    struct DirectoryRows
    {
        QList<QByteArray> texts;
        QString last;
        bool more = false;
    };
    Result<DirectoryRows> directoryPage(const QString &province, const QString &after, int limit,
                                        qint64 maxBytes);
    // How many entities `province`'s authorities registered.
    Result<qint64> countInProvince(const QString &province);
    // The codes of every licence whose entity has `status` (e.g. revoked).
    Result<QSet<QString>> codesWithStatus(const QString &status);

private:
    // The entity's former names, replacing those kept (none kept when it has none).
    Result<void> putFormerNames(const core::RegisteredEntity &entity);

    ExchangeDatabase &m_db;
};

} // namespace ow::exchange
