#pragma once

#include "RemoteCase.h"
#include "SearchIndex.h"
#include "core/CaseRecord.h"
#include "core/CaseWorkflow.h"
#include "core/Result.h"
#include "core/StatutoryClock.h"

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
    QDateTime createdAt;
    QDateTime acceptedAt;
    QString reviewer; // the supervisor holding the review lock, if any
    QDateTime reviewLockUntil;
    int decisionExtension = 0;
    // A simplified deregistration's: the kind, and its public notice's last day as last synced
    // (invalid: none yet, or closed).
    core::CaseKind kind = core::CaseKind::Establishment;
    bool simplified = false;
    QDate noticeUntil;

    // What its statutory clock needs (core::StatutoryClock::read).
    core::ClockInput clockInput() const
    {
        core::ClockInput input;
        input.state = state;
        input.received = createdAt;
        input.accepted = acceptedAt;
        input.enteredState = updatedAt;
        input.extendedDays = decisionExtension;
        input.kind = kind;
        input.simplified = simplified;
        input.noticeUntil = noticeUntil;
        return input;
    }
};

// What applying a case version from the exchange did (CaseStore::applyRemote).
enum class RemoteApplyOutcome
{
    Inserted,       // a case new to this counter (e.g. an online application)
    Replaced,       // a newer version from elsewhere replaced the local one
    Refreshed,      // the exchange's copy of the version this counter has, nothing of it unsent: its
                    // times by the exchange's clock and what the exchange assigned replace the local copy
    AlreadyCurrent, // the local version is newer, or the same with changes still unsent
    Conflict,       // newer, but the local case has unsent events: recorded as a conflict
    Invalid,        // not a usable case record (no id, no version, a text that is not
                    // well formed): skipped and logged
};

enum class CaseSortColumn
{
    UpdatedAt,
    Name,
    State,
    ReceiptNumber,
    AcceptedAt
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

    // A licence issued while the exchange cannot be reached, where the office allows it: the
    // workstation's own key and certificate (its identity at the exchange, chaining to the registry
    // CA) sign it as provisional, and the QR code's lookup address.
    struct ProvisionalIssuer
    {
        QByteArray keyPem;
        QByteArray certificatePem;
        QString lookupPrefix;
    };
    // The same; an IssueLicence with `offline` takes this workstation's next reserved serial
    // (storage::ReservedSerials), composes the credit code, signs the provisional licence and puts
    // code and serial in the event for the exchange to confirm. Fails with storage.no_reserved_code
    // when none is left, storage.unsigned when it cannot be signed; nothing is stored then.
    ow::Result<core::CaseRecord> perform(const core::CaseRecord &edited,
                                         const core::TransitionRequest &request,
                                         const ProvisionalIssuer *offline);

    // Inside an open transaction on `connection` (the sync engine applies a page of the change
    // feed and its cursor in one transaction). Stores a case version from the exchange without
    // an outbox event; never overwrites a local case that has unsent events (that becomes a
    // conflict in the conflicts table, with both sides).
    // A remote case whose receipt number another local case holds (a workstation whose cache was
    // set up again and issued a number twice) is not stored either: that is a conflict too.
    ow::Result<RemoteApplyOutcome> applyRemote(QSqlDatabase &connection, const core::CaseRecord &remote,
                                               const QString &requestId = {}) const;
    // A page of the change feed, each case as applyRemote, with their search entries written
    // together at the end (SearchIndex::storeAll). The outcomes in the order of `remotes`.
    ow::Result<QList<RemoteApplyOutcome>> applyRemotePage(QSqlDatabase &connection,
                                                          const QList<RemoteCase> &remotes,
                                                          const QString &requestId = {}) const;

    // Inside an open transaction: stores `remote` over whatever this counter has for the case,
    // whatever its version (a person chose the exchange's version of a conflict). Fails with
    // "case.receipt_taken" when another local case holds its receipt number.
    ow::Result<void> overwriteWithRemote(QSqlDatabase &connection, const core::CaseRecord &remote) const;

    // Inside an open transaction: the stored version of a case (nullopt: none), and setting it
    // (the case is then re-based on that version of the exchange; its content waits for the feed).
    ow::Result<std::optional<int>> versionOf(QSqlDatabase &connection, const QString &caseId) const;
    ow::Result<void> rebase(QSqlDatabase &connection, const QString &caseId, int version) const;

    std::optional<core::CaseRecord> find(const QString &caseId) const;
    // The case that last licensed the enterprise `code` at this counter (its establishment or a
    // change) but `exceptCaseId`, or none.
    std::optional<core::CaseRecord> licensedWithCode(const QString &code,
                                                     const QString &exceptCaseId = {}) const;
    QList<CaseSummary> list(const CaseQuery &query) const;
    int count(std::optional<core::CaseState> state = std::nullopt) const;
    // Every case in one of `states` (up to `limit`), in no particular order: the review queue,
    // which sorts them by their clocks.
    QList<CaseSummary> inStates(const QList<core::CaseState> &states, int limit = 5000) const;

    QString workstationCode() const { return m_workstation; }
    QString authorityDivision() const { return m_authority; }
    // The authority of new cases and receipt numbers from now on (the exchange's, once known).
    void setAuthorityDivision(const QString &division) { m_authority = division; }

private:
    ow::Result<void> issueProvisional(QSqlDatabase &db, core::CaseRecord &record, core::DomainEvent &event,
                                      const ProvisionalIssuer &issuer) const;
    // Inside the open transaction: the next receipt number of this workstation for the day of
    // `at` (office local time): <authority>-<yyyyMMdd>-<workstation>-<NNNN>.
    ow::Result<QString> allocateReceiptNumber(QSqlDatabase &db, const QDateTime &at) const;
    // The id of another local case with `remote`'s receipt number; "" when none; nullopt on error.
    std::optional<QString> receiptHolder(QSqlDatabase &db, const core::CaseRecord &remote) const;
    // applyRemote, with the search entry added to `index` when given (else stored at once).
    ow::Result<RemoteApplyOutcome> applyOne(QSqlDatabase &db, const RemoteCase &remote,
                                            const QString &requestId, QList<SearchEntry> *index) const;
    ow::Result<void> writeRemote(QSqlDatabase &db, const RemoteCase &remote, int localVersion,
                                 QList<SearchEntry> *index = nullptr) const;

    std::shared_ptr<Database> m_db;
    QString m_workstation;
    QString m_authority;
};

} // namespace ow::storage
