#pragma once

#include "AdminService.h"
#include "ApiTypes.h"
#include "AttachmentService.h"
#include "ChangeFeedService.h"
#include "CodeBlockService.h"
#include "CreditListService.h"
#include "DepartmentService.h"
#include "EventService.h"
#include "ExchangeStore.h"
#include "IntakeService.h"
#include "SessionService.h"
#include "SheetService.h"
#include "StatisticsService.h"
#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <mutex>

namespace ow::exchange {

// The exchange's API without HTTP, for one worker thread: a service per concern over that thread's
// store (its connection). Writers share `writeLock`, so SQLite sees one writer at a time and the
// change feed's sequence commits in order. Each endpoint is one call here; the concern services
// hold the rules.
class ExchangeService
{
public:
    // `pushOrder` (null: a batch that names one it follows is refused) orders a counter's batches.
    ExchangeService(ExchangeStore &store, std::mutex &writeLock, const LicenceSigner *signer = nullptr,
                    PushOrder *pushOrder = nullptr);

    ApiResponse health() const;

    Result<CertificateRecord> identify(const Peer &peer) { return m_sessions.identify(peer); }
    Result<Caller> authenticate(const CertificateRecord &certificate, const QByteArray &authorization)
    {
        return m_sessions.authenticate(certificate, authorization);
    }
    ApiResponse signIn(const CertificateRecord &certificate, const QJsonObject &body)
    {
        return m_sessions.signIn(certificate, body);
    }
    ApiResponse refresh(const CertificateRecord &certificate, const QJsonObject &body)
    {
        return m_sessions.refresh(certificate, body);
    }
    // The body as it came: PushFrame reads it (in place when it can).
    ApiResponse pushEvents(const Caller &caller, const QByteArray &body)
    {
        return m_events.pushEvents(caller, body);
    }
    ApiResponse changes(const Caller &caller, const QString &cursor, const QString &limit,
                        const QString &skipLicencesTo)
    {
        return m_feed.changes(caller, cursor, limit, skipLicencesTo);
    }
    ApiResponse directory(const Caller &caller, const QString &after, const QString &limit)
    {
        return m_feed.directory(caller, after, limit);
    }
    ApiResponse intake(const CertificateRecord &certificate, const QJsonObject &body)
    {
        return m_intake.intake(certificate, body);
    }
    ApiResponse reserveCodes(const Caller &caller, const QJsonObject &body)
    {
        return m_codeBlocks.reserve(caller, body);
    }
    ApiResponse proposeCredit(const Caller &caller, const QJsonObject &body)
    {
        return m_credit.propose(caller, body);
    }
    ApiResponse confirmCredit(const Caller &caller, const QJsonObject &body)
    {
        return m_credit.confirm(caller, body);
    }
    ApiResponse pendingCredit(const Caller &caller) { return m_credit.pending(caller); }
    ApiResponse recordSheets(const Caller &caller, const QJsonObject &body)
    {
        return m_sheets.record(caller, body);
    }
    ApiResponse statistics(const Caller &caller, const StatisticsService::Query &query)
    {
        return m_statistics.statistics(caller, query);
    }
    ApiResponse adminUsers(const Caller &caller) { return m_admin.adminUsers(caller); }
    ApiResponse adminWorkstations(const Caller &caller) { return m_admin.adminWorkstations(caller); }
    ApiResponse attachmentState(const Caller &caller, const QString &sha256)
    {
        return m_attachments.state(caller, sha256);
    }
    ApiResponse attachmentUpload(const Caller &caller, const QString &sha256, const QString &offset,
                                 const QString &size, const QByteArray &part)
    {
        return m_attachments.upload(caller, sha256, offset, size, part);
    }
    ApiResponse attachmentDownload(const Caller &caller, const QString &sha256)
    {
        return m_attachments.download(caller, sha256);
    }

    ApiResponse departmentRegistrations(const core::Department &department, const QString &cursor,
                                        const QString &limit)
    {
        return m_departments.registrations(department, cursor, limit);
    }
    ApiResponse departmentAcknowledge(const core::Department &department, const QJsonObject &body)
    {
        return m_departments.acknowledge(department, body);
    }
    ApiResponse departmentClaims(const core::Department &department, const QJsonObject &body)
    {
        return m_departments.claims(department, body);
    }
    ApiResponse departmentRecords(const core::Department &department, const QJsonObject &body)
    {
        return m_departments.records(department, body);
    }
    // The department a department's certificate names (tls.certificate_unknown when none is enrolled).
    Result<core::Department> department(const CertificateRecord &certificate);

    static int statusFor(const Error &error) { return api::statusFor(error); }

private:
    SessionService m_sessions;
    EventService m_events;
    ChangeFeedService m_feed;
    IntakeService m_intake;
    AdminService m_admin;
    AttachmentService m_attachments;
    CodeBlockService m_codeBlocks;
    SheetService m_sheets;
    CreditListService m_credit;
    DepartmentService m_departments;
    StatisticsService m_statistics;
    ExchangeStore &m_store;
};

} // namespace ow::exchange
