#pragma once

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

    bool isRevoked() const { return status == core::RegisteredEntity::StatusRevoked; }
};

class EnterpriseDirectory
{
    Q_DECLARE_TR_FUNCTIONS(EnterpriseDirectory)
public:
    explicit EnterpriseDirectory(std::shared_ptr<Database> db);

    // One transaction per call; also feeds the search index.
    ow::Result<void> upsert(const QList<EnterpriseRecord> &records);
    // The same in the caller's transaction on `db` (a page of the change feed).
    static ow::Result<void> store(QSqlDatabase &db, const QList<EnterpriseRecord> &records);
    int count() const;
    std::optional<EnterpriseRecord> find(const QString &code) const;

    // A name clashes if the 字号 is the same in the same industry within the same authority,
    // among registered enterprises and among pending local cases (excluding `ignoreCaseId`).
    // Returns the clashing name, or empty.
    QString findNameClash(const QString &tradeName, const QString &industry, const QString &authorityDivision,
                          const QString &ignoreCaseId = {}) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ow::storage
