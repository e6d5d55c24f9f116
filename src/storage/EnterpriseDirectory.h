#pragma once

#include "core/NameClash.h"
#include "core/RegisteredEntity.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

// A registered enterprise as cached from the exchange (for search and name checks).
struct EnterpriseRecord
{
    QString code; // unified social credit code
    QString name;
    QString tradeName; // 字号
    QString industry;
    QString authorityDivision;
    QString entityTypeId;
    QString legalRep;
    QDate established;
    // core::RegisteredEntity's status (registered, revoked …), since when, and by which decision.
    QString status = core::RegisteredEntity::StatusRegistered;
    QDate statusSince;
    QString statusDecision;
    // Its former names with the day each changed (stored when not empty; the feed sends all of them).
    QList<core::RegisteredEntity::FormerName> formerNames;

    bool isRevoked() const { return status == core::RegisteredEntity::StatusRevoked; }
    // What the cache keeps of a registered entity the exchange published (the feed's `licence`
    // change, the directory's snapshot).
    static EnterpriseRecord fromEntity(const core::RegisteredEntity &entity);
    // The same as core::RegisteredEntity, with what the cache keeps of it.
    core::RegisteredEntity entity() const;
};

class EnterpriseDirectory
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseDirectory)
public:
    explicit EnterpriseDirectory(std::shared_ptr<Database> db);

    // While it lives, the connection of the calling thread keeps a page cache large enough for a bulk
    // load (the search index's pages are written at random places; 256 MiB instead of
    // Database::CacheKiB); the cache is as opened again after. For upsert of many and for the
    // directory's snapshot, which stores a page per transaction for minutes.
    class BulkLoad
    {
    public:
        explicit BulkLoad(const std::shared_ptr<Database> &db);
        ~BulkLoad();
        BulkLoad(const BulkLoad &) = delete;
        BulkLoad &operator=(const BulkLoad &) = delete;
        static constexpr int CacheKiB = 256 * 1024;

    private:
        std::shared_ptr<Database> m_db;
    };

    // One transaction per call; also feeds the search index.
    ow::Result<void> upsert(const QList<EnterpriseRecord> &records);
    // The same in the caller's transaction on `db` (a page of the change feed).
    static ow::Result<void> store(QSqlDatabase &db, const QList<EnterpriseRecord> &records);
    int count() const;
    std::optional<EnterpriseRecord> find(const QString &code) const;

    // The names held within `authorityDivision` whose 字号 is `tradeName`, whatever their industry
    // (core::NameClash judges them): registered enterprises (revoked ones included), deregistered
    // ones with their date, former names with the day they changed, and the proposed names of the
    // local cases still pending or reserved — this workstation's unsent ones and the others' the feed
    // brought — but case `ignoreCaseId`.
    QList<core::NameHolder> nameHolders(const QString &tradeName, const QString &authorityDivision,
                                        const QString &ignoreCaseId = {}) const;
    // The first clash of `proposedName` within `authorityDivision` on `today` (core::NameClash::find),
    // saying which entity or case and why; nothing when none. `relatedCodes`: the applicant's
    // investment relationships (core::NameClash::relatedCodes), which except a clash.
    std::optional<core::NameClashFound> findNameClash(const QString &proposedName,
                                                      const QString &authorityDivision,
                                                      const QStringList &relatedCodes = {},
                                                      const QString &ignoreCaseId = {},
                                                      const QDate &today = QDate::currentDate()) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
