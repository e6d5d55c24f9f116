#pragma once

#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ow::storage {

class Database;

struct CaseSummary
{
    QString id;
    QString receiptNumber;
    QString name;
    QString entityTypeId;
    QString legalRep;
    core::CaseState state = core::CaseState::Draft;
    QDateTime updatedAt;
};

enum class CaseSortColumn
{
    UpdatedAt,
    Name,
    State,
    ReceiptNumber
};

struct CaseQuery
{
    std::optional<core::CaseState> state; // filter; empty = all
    CaseSortColumn sort = CaseSortColumn::UpdatedAt;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

// Cases, their parties and materials. Every user action goes through perform(): the case
// change, its outbox event, its audit entry and its search entry are one transaction.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)
public:
    explicit CaseStore(std::shared_ptr<Database> db, QString workstationCode, QString authorityDivision);

    // Applies a workflow transition to `edited` (which carries the form as the clerk left it)
    // and stores it. A new case has version 0. Fails with "storage.stale" if the stored case
    // has moved on since `edited` was loaded. For Accept, a receipt number is allocated here:
    // unique across workstations even offline (authority, date, workstation code, sequence).
    ow::Result<core::CaseRecord> perform(const core::CaseRecord &edited,
                                         const core::TransitionRequest &request);

    std::optional<core::CaseRecord> find(const QString &caseId) const;
    QList<CaseSummary> list(const CaseQuery &query) const;
    int count(std::optional<core::CaseState> state = std::nullopt) const;

    QString workstationCode() const { return m_workstation; }
    QString authorityDivision() const { return m_authority; }

private:
    // Inside the open transaction: the next receipt number of this workstation for the day of
    // `at` (office local time): <authority>-<yyyyMMdd>-<workstation>-<NNNN>.
    ow::Result<QString> allocateReceiptNumber(QSqlDatabase &db, const QDateTime &at) const;

    std::shared_ptr<Database> m_db;
    QString m_workstation;
    QString m_authority;
};

} // namespace ow::storage
