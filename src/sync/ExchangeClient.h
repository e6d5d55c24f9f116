#pragma once

#include "SyncError.h"
#include "core/BlankStock.h"
#include "core/CaseRecord.h"
#include "core/CreditList.h"
#include "core/DomainEvent.h"
#include "protocol/DirectoryWire.h"
#include "protocol/Endpoints.h"
#include "protocol/PushStatus.h"
#include "protocol/StatisticsWire.h"
#include "storage/EnterpriseDirectory.h"
#include "storage/RemoteCase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ow::sync {

struct HealthInfo
{
    QString status;
    QString version;
    int api = 0;
    QDateTime serverTime;
};

struct SessionInfo
{
    QString token;
    QDateTime expiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    QString userId;
    QString displayName;
    QString role; // "clerk", "supervisor", "admin"
    QString offlineVerifier;
    QString workstation;
    // The user's registration authority (6-digit GB/T 2260 code) and whether it is a province's,
    // the provincial scope; and the authority of the workstation that signed in (the exchange's
    // records, never the counter's settings). Empty when the exchange did not say.
    QString authority;
    bool provincial = false;
    QString workstationAuthority;

    // The authority this counter's cases and receipt numbers belong to, as the exchange knows it:
    // the workstation's; without it, a county or city user's own (the exchange lets them sign in
    // only at a workstation of it); empty when neither is a valid authority (e.g. an older
    // exchange, or a provincial user and no workstation authority).
    QString counterAuthority() const;
};

// The answer to one pushed event: the protocol's (applied, duplicate, conflict, rejected).
using PushStatus = protocol::PushStatus;

struct PushResult
{
    QString id;
    PushStatus status = PushStatus::Applied;
    int caseVersion = 0;
    QString errorCode;
    QString errorMessage;
    QJsonObject current; // the exchange's CaseRecord (conflict)
    // An applied (or duplicate) licensing the exchange moved onto the registration as it is now
    // (another change of the entity licensed first): the licence printed here differs.
    bool rebased = false;
};

struct PushResponse
{
    QList<PushResult> results; // in request order
    QString requestId;
};

struct Change
{
    qint64 seq = 0;
    QString kind; // "case" (later: "list", "code_block", "claim")
    QString caseId;
    QJsonObject record;
    QString origin;
    QDateTime serverTime;
};

// The exchange's answer to one sheet entry of POST /api/v1/sheets.
struct SheetResult
{
    QString id;
    PushStatus status = PushStatus::Rejected; // applied, duplicate or rejected
    QString errorCode;
    QString errorMessage;
};

struct ChangePage
{
    QList<Change> changes;
    // The case each change carries (caseOfChange), decoded where the page was read with its row's
    // texts (storage::RemoteCase): one per change when ExchangeClient::changes made the page (a
    // decoded case's record is then left empty).
    QList<std::optional<storage::RemoteCase>> cases;
    qint64 nextCursor = 0;
    bool hasMore = false;
    QString requestId;
};

// A page of the registered-entity directory's snapshot (GET /api/v1/directory, protocol::directory),
// its entities as the enterprise cache stores them.
struct DirectoryPage
{
    protocol::directory::PageHead head;
    QList<storage::EnterpriseRecord> enterprises;
    int unreadable = 0; // entities skipped: not an entity
    QString requestId;
};

// The exchange's API (docs/protocol.md) over QNetworkAccessManager: one method per endpoint,
// each answering once through its callback (never after this object is destroyed). Answers are
// read with a hard cap (BoundedJson::MaxBytes; the reply is aborted beyond it), a gzip answer
// inflated by protocol::gzip within the same cap, and parsed with the depth check; TLS errors are
// never ignored. JSON request bodies of protocol::gzip::WorthFrom bytes or more go in gzip once the
// exchange said it takes them (docs/protocol.md, "Compression").
// A credit list proposal waiting for a second supervisor (GET /api/v1/credit-entries/pending).
struct CreditProposalInfo
{
    QString id;
    QString kind;            // "add" | "remove"
    core::CreditEntry entry; // add: the entry proposed
    QString entryId;         // remove: the entry, the day and why
    QDate removedOn;
    QString removalReason;
    QString proposedBy;
    QDateTime proposedAt;
};

class ExchangeClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(Result<T, SyncError>)>;

    explicit ExchangeClient(QObject *parent = nullptr);
    ~ExchangeClient() override;

    void configure(const QUrl &baseUrl, const QSslConfiguration &ssl, int timeoutMs = 30000);
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QUrl baseUrl() const { return m_base; }
    // For tests of the reader: a lower cap than the protocol's.
    void setResponseLimit(qint64 bytes) { m_limit = bytes; }
    // Whether request bodies go in gzip now (the exchange said it takes them); for tests.
    bool compressesRequests() const { return m_exchangeTakesGzip; }

    void health(Callback<HealthInfo> done);
    void signIn(const QString &user, const QString &password, Callback<SessionInfo> done);
    void refresh(const QString &refreshToken, Callback<SessionInfo> done);
    // A push as it goes on the wire: the leading events of the outbox that fit `budgetBytes` (at
    // least one: the largest event the limits allow fits a request on its own) and the request
    // body made of them, each event serialised once.
    struct PushBatch
    {
        qsizetype count = 0; // how many of the events offered are in the body
        QByteArray body;     // {"events":[…]}
        // The leading events (each compact JSON) whose body fits budgetBytes; at least one.
        static PushBatch within(const QList<QByteArray> &events, qint64 budgetBytes);
        // The body naming the batch (`batchId`) and the batch it follows (`follows`, may be empty),
        // each a UUID (docs/protocol.md, "Two batches in flight").
        QByteArray framed(const QString &batchId, const QString &follows) const;
    };
    // `ids` are the ids of the batch's events, in order (the answer is checked against them);
    // `batchId` names the request, `follows` (may be empty) the batch the exchange applies first.
    void pushEvents(const PushBatch &batch, const QString &batchId, const QString &follows,
                    const QStringList &ids, Callback<PushResponse> done);
    // `skipLicencesTo`: the feed leaves out the `licence` changes up to this seq (the directory
    // snapshot taken at it holds them); 0: none.
    // `ahead`, if given, hears the next page's cursor as soon as the answer is in
    // (protocol::changes::peekNextCursor), before the page is read.
    void changes(qint64 cursor, int limit, Callback<ChangePage> done, qint64 skipLicencesTo = 0,
                 std::function<void(qint64 next)> ahead = {});
    // The directory's page after credit code `after` (ExchangeClientDirectory.cpp), read and converted
    // on a pool thread like a feed page. `ahead`, if given, hears the next page's `after` as soon as
    // the answer is in (protocol::directory::peekNext), before the page is read.
    void directory(const QString &after, int limit, Callback<DirectoryPage> done,
                   std::function<void(const QString &next)> ahead = {});
    static Result<DirectoryPage, SyncError> readDirectory(const QByteArray &body, const QString &requestId,
                                                          const QString &after);
    // Offline issuance: asks the exchange to top this workstation's reserved credit-code serials up
    // (POST /api/v1/code-blocks); answers every unused one it holds.
    void reserveCodes(int count, Callback<QList<quint64>> done);
    // The ledger of numbered blank stock (POST /api/v1/sheets, ExchangeClientSheets.cpp): one answer
    // per entry, in order; an answer that does not name exactly these ids is malformed.
    void recordSheets(const QList<core::SheetUse> &uses, Callback<QList<SheetResult>> done);
    static Result<QList<SheetResult>, SyncError> parseSheets(const QJsonObject &body, const QStringList &ids);
    // The registry's credit list entries, four eyes (ExchangeClientCredit.cpp): a proposal of an entry
    // or of a removal (the answer's status: "proposed", or "recorded" for one confirmed already), the
    // confirmation of another supervisor's (the entry as recorded), and the proposals waiting.
    void proposeCreditEntry(const QString &proposalId, const core::CreditEntry &entry,
                            Callback<QString> done);
    void proposeCreditRemoval(const QString &proposalId, const QString &entryId, const QDate &removedOn,
                              const QString &reason, Callback<QString> done);
    void confirmCredit(const QString &proposalId, Callback<core::CreditEntry> done);
    void pendingCredit(Callback<QList<CreditProposalInfo>> done);
    static Result<QList<CreditProposalInfo>, SyncError> parseCreditProposals(const QJsonObject &body);

    // The province's statistics facts for `filter` (an administrator's or a provincial supervisor's
    // session; anyone else gets statistics.forbidden), read within the protocol's bounds.
    void statistics(const core::StatisticsFilter &filter, Callback<protocol::statistics::Answer> done);
    static Result<protocol::statistics::Answer, SyncError> parseStatistics(const QJsonObject &body);
    // Aborts every request in flight; their callbacks get net.timeout-like errors.
    void abortAll();

    // The parsers, public for tests that feed them hostile input without a server.
    static Result<HealthInfo, SyncError> parseHealth(const QJsonObject &body);
    static Result<SessionInfo, SyncError> parseSession(const QJsonObject &body, bool expectVerifier);
    static Result<PushResponse, SyncError> parsePush(const QJsonObject &body, const QStringList &eventIds);
    static Result<ChangePage, SyncError> parseChanges(const QJsonObject &body, qint64 cursor);
    // A feed page's answer read whole: parsed, checked (parseChanges) and its cases decoded.
    static Result<ChangePage, SyncError> readPage(const QByteArray &body, int httpStatus,
                                                  const QString &requestId, qint64 cursor);
    // The SyncError of an HTTP error answer (its body is the protocol's {"error": …} or anything).
    static SyncError errorFromResponse(int httpStatus, const QByteArray &body, const QString &requestId);

    // Scans at the exchange (docs/protocol.md, "Attachments").
    struct AttachmentProgress
    {
        qint64 received = 0; // bytes the exchange holds from the start
        qint64 size = 0;     // the whole scan's, once known
        bool complete = false;
        bool completedNow = false; // this part completed it (201), rather than found it complete
    };
    void attachmentState(const QString &sha256, Callback<AttachmentProgress> done);
    // Appends `part` at `offset` of the scan of `size` bytes; `sent` reports the part's bytes sent.
    void uploadAttachmentPart(const QString &sha256, qint64 offset, qint64 size, const QByteArray &part,
                              std::function<void(qint64 sent, qint64 total)> sent,
                              Callback<AttachmentProgress> done);
    // The whole scan (at most protocol::attachments::MaxBytes), checked against its hash.
    void downloadAttachment(const QString &sha256, Callback<QByteArray> done);

private:
    // One request as it goes out, and its answer as it came back (an HTTP error is a SyncError).
    struct Outgoing
    {
        QString resource; // after a collection's path (protocol::takesResource)
        QUrlQuery query;
        const QByteArray *body = nullptr;
        QByteArray contentType;
        bool compressible = false; // JSON: sent in gzip when large enough and the exchange takes it
        qint64 limit = 0;          // the largest answer read (compressed, and again inflated)
        std::function<void(qint64, qint64)> onSent;
    };
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString requestId;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    using AnswerCallback = std::function<void(Result<Answer, SyncError>)>;
    void transfer(protocol::Endpoint endpoint, const Outgoing &outgoing, AnswerCallback done);
    QNetworkRequest requestFor(protocol::Endpoint endpoint, const Outgoing &outgoing) const;
    // The body as it goes on the wire: in gzip when compressible, worth it and the exchange said it
    // takes gzip bodies; `request` then says so.
    QByteArray wireBody(const Outgoing &outgoing, QNetworkRequest &request) const;
    // A gzip answer's body inflated within `limit`; the reader's error when it cannot be.
    static Result<QByteArray, SyncError> decodedBody(const QByteArray &contentEncoding,
                                                     const QByteArray &body, qint64 limit);
    static Result<AttachmentProgress, SyncError> progressOf(const Answer &answer);

    using RawCallback = std::function<void(Result<QJsonObject, SyncError>, const QString &requestId)>;
    // A request to `endpoint` (its method, path and whether it carries the session's token are the
    // protocol's), with `query` and `body` when given.
    void send(protocol::Endpoint endpoint, const QUrlQuery &query, const QJsonObject *body, RawCallback done);
    // The same with a body already written as JSON text.
    void sendText(protocol::Endpoint endpoint, const QUrlQuery &query, const QByteArray *body,
                  RawCallback done);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QSslConfiguration m_ssl;
    QString m_token;
    int m_timeoutMs = 30000;
    qint64 m_limit;
    // The exchange announced (Accept-Encoding on its answers, RFC 7694) that it reads gzip bodies:
    // only then are request bodies compressed, so an exchange without it is never sent one.
    bool m_exchangeTakesGzip = false;
};

} // namespace ow::sync
