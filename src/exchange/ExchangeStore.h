#pragma once

#include "ChangeFeedStore.h"
#include "CreditCodeStore.h"
#include "CreditListStore.h"
#include "CreditProposalStore.h"
#include "DepartmentStore.h"
#include "ExchangeAttachmentStore.h"
#include "ExchangeCaseStore.h"
#include "ExchangeDatabase.h"
#include "ExchangeRecords.h"
#include "ExchangeSchema.h"
#include "ExchangeStatistics.h"
#include "LicenceStore.h"
#include "NoticeStore.h"
#include "RequestLogStore.h"
#include "SessionStore.h"
#include "StockStore.h"
#include "StoreLocation.h"
#include "UserStore.h"
#include "WorkstationStore.h"
#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace ow::exchange {

// The exchange's store as one thread uses it: one connection (ExchangeDatabase) and a store per
// concern over it. Transactions span the concerns (an event writes its case, its change and its
// answer in one), so they are the connection's: begin(), commit(), rollback().
class ExchangeStore
{
public:
    static constexpr int SchemaVersion = ExchangeSchema::Version;

    // Opens (creating and migrating when needed) the SQLite file at `path` on a connection
    // named `connectionName`, unique per thread.
    static Result<std::unique_ptr<ExchangeStore>> open(const QString &path, const QString &connectionName);
    // Opens the store at `location` (SQLite or PostgreSQL), creating the schema when needed.
    static Result<std::unique_ptr<ExchangeStore>> open(const StoreLocation &location,
                                                       const QString &connectionName);
    // Opens the store of an exchange directory (see StoreLocation::forDirectory).
    static Result<std::unique_ptr<ExchangeStore>> openDirectory(const QString &dir,
                                                                const QString &connectionName);
    ExchangeStore(const ExchangeStore &) = delete;
    ExchangeStore &operator=(const ExchangeStore &) = delete;

    bool isPostgres() const { return m_db->isPostgres(); }
    // The connection failed as lost; the next use connects again.
    bool connectionLost() const { return m_db->connectionLost(); }

    // A write transaction under the writers' lock (see ExchangeDatabase::begin).
    Result<void> begin() { return m_db->begin(); }
    Result<void> commit() { return m_db->commit(); }
    void rollback() { m_db->rollback(); }
    // `work` in one write transaction (ExchangeDatabase::inTransaction: begin() takes the store's
    // writers' lock; a server's services hold their in-process writer mutex around it too).
    template <typename Work> auto inTransaction(Work &&work) -> decltype(work())
    {
        return m_db->inTransaction(std::forward<Work>(work));
    }
    // SQLite: copies the write-ahead log's committed pages into the database (ExchangeDatabase).
    Result<void> checkpoint() { return m_db->checkpoint(); }

    // What a written case brings along: its change in the feed and, under `answerKey` (an event id,
    // or "intake:" and a submission id; empty: none), the answer a resend of what caused it gets.
    struct CaseChange
    {
        QString origin; // the change's origin: "online" or the workstation code
        QDateTime at;
        QString answerKey;
        QJsonObject answer;
        QString actor;
        QString workstation;
    };
    // Writes `record` (inserted when `expectedVersion` is none, else updated from that version),
    // the scans it names, its change and its answer, in the caller's transaction. `json` is the record's
    // compact JSON (ExchangeBounds::storedCase), stored once, as it is, in its change, which the
    // case's row names (ExchangeCaseStore::putAt).
    Result<void> writeCase(const core::CaseRecord &record, const QByteArray &json,
                           std::optional<int> expectedVersion, const CaseChange &change);

    UserStore &users() { return m_users; }
    WorkstationStore &workstations() { return m_workstations; }
    SessionStore &sessions() { return m_sessions; }
    ExchangeCaseStore &cases() { return m_cases; }
    ChangeFeedStore &feed() { return m_feed; }
    CreditCodeStore &creditCodes() { return m_creditCodes; }
    LicenceStore &licences() { return m_licences; }
    RequestLogStore &requestLog() { return m_requestLog; }
    ExchangeAttachmentStore &attachments() { return m_attachments; }
    StockStore &stock() { return m_stock; }
    CreditListStore &creditLists() { return m_creditLists; }
    CreditProposalStore &creditProposals() { return m_creditProposals; }
    DepartmentStore &departments() { return m_departments; }
    NoticeStore &notices() { return m_notices; }
    ExchangeStatistics &statistics() { return m_statistics; }

private:
    explicit ExchangeStore(std::unique_ptr<ExchangeDatabase> db);

    std::unique_ptr<ExchangeDatabase> m_db;
    UserStore m_users;
    WorkstationStore m_workstations;
    SessionStore m_sessions;
    ExchangeCaseStore m_cases;
    ChangeFeedStore m_feed;
    CreditCodeStore m_creditCodes;
    LicenceStore m_licences;
    RequestLogStore m_requestLog;
    ExchangeAttachmentStore m_attachments;
    StockStore m_stock;
    CreditListStore m_creditLists;
    CreditProposalStore m_creditProposals;
    DepartmentStore m_departments;
    NoticeStore m_notices;
    ExchangeStatistics m_statistics;
};

} // namespace ow::exchange
