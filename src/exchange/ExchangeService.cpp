#include "ExchangeService.h"

#include "ExchangeBounds.h"
#include "ExchangeLog.h"
#include "core/CaseWorkflow.h"
#include "core/EntityType.h"
#include "core/Limits.h"
#include "core/OneFormValidator.h"
#include "security/PasswordHash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace ow::exchange {
namespace {

using core::CaseAction;
using core::CaseRecord;
using core::CaseWorkflow;

QString nowText()
{
    return ExchangeStore::timeText(QDateTime::currentDateTimeUtc());
}

Error authError(const char *code, const QString &message)
{
    return Error{QLatin1String(code), message, {}};
}

QJsonObject errorJson(const Error &error)
{
    QJsonObject json{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty()) {
        json.insert(QStringLiteral("field"), error.field);
    }
    return json;
}

QJsonObject userJson(const UserRecord &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("role"), core::CaseStates::roleKey(user.role)}};
}

ApiResponse storeFailure(const Error &error)
{
    return ApiResponse::fail(error.code == u"server.unavailable" ? 503 : 500, error.code, error.message);
}

// The table row producing this event type, or null.
const CaseWorkflow::Transition *transitionFor(const QString &eventType)
{
    for (const CaseWorkflow::Transition &t : CaseWorkflow::transitions()) {
        if (QLatin1String(t.eventType) == eventType) {
            return &t;
        }
    }
    return nullptr;
}

QJsonObject rejected(const QString &id, const Error &error)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), QStringLiteral("rejected")},
            {QStringLiteral("error"), errorJson(error)}};
}

// A structurally valid event: the fields the exchange needs, with the right JSON types.
bool wellFormed(const QJsonValue &value, QString &why)
{
    if (!value.isObject()) {
        why = QStringLiteral("events[] must hold objects");
        return false;
    }
    const QJsonObject e = value.toObject();
    for (const char *field : {"id", "type", "caseId", "actor"}) {
        const QJsonValue v = e.value(QLatin1String(field));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 128) {
            why = QStringLiteral("event field \"%1\" must be a non-empty string").arg(QLatin1String(field));
            return false;
        }
    }
    const QJsonValue version = e.value(u"caseVersion");
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        why = QStringLiteral("event field \"caseVersion\" must be a positive integer");
        return false;
    }
    if (e.contains(u"payload") && !e.value(u"payload").isObject()) {
        why = QStringLiteral("event field \"payload\" must be an object");
        return false;
    }
    return true;
}

} // namespace

ExchangeService::ExchangeService(ExchangeStore &store, std::mutex &writeLock)
    : m_store(store), m_writeLock(writeLock)
{}

QString ExchangeService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ExchangeService::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int ExchangeService::statusFor(const Error &error)
{
    if (error.code.startsWith(u"auth.") || error.code.startsWith(u"tls.")) {
        return error.code == u"auth.forbidden" || error.code == u"auth.service_only" ? 403 : 401;
    }
    if (error.code == u"server.unavailable") {
        return 503;
    }
    return 500;
}

ApiResponse ExchangeService::health() const
{
    return ApiResponse::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                            {QStringLiteral("version"), QStringLiteral("0.1.0")},
                            {QStringLiteral("api"), 1},
                            {QStringLiteral("serverTime"), nowText()}});
}

Result<CertificateRecord> ExchangeService::identify(const Peer &peer)
{
    if (peer.fingerprint.isEmpty()) {
        return authError("tls.certificate_unknown", QStringLiteral("No client certificate was presented."));
    }
    const auto found = m_store.certificate(peer.fingerprint);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return authError("tls.certificate_unknown",
                         QStringLiteral("This client certificate is not registered at the exchange."));
    }
    if (found.value()->revoked()) {
        return authError("tls.certificate_revoked",
                         QStringLiteral("This workstation's certificate was revoked; ask the administrator "
                                        "to enrol the workstation again."));
    }
    return *found.value();
}

Result<Caller> ExchangeService::authenticate(const CertificateRecord &certificate,
                                             const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        return authError("auth.token_invalid", QStringLiteral("Sign in first (no bearer token)."));
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto session = m_store.sessionByToken(hashToken(token));
    if (!session) {
        return session.error();
    }
    if (!session.value()) {
        return authError("auth.token_invalid", QStringLiteral("The session is not known; sign in again."));
    }
    if (session.value()->fingerprint != certificate.fingerprint) {
        return authError("auth.token_not_bound",
                         QStringLiteral("This session belongs to another workstation's certificate."));
    }
    if (session.value()->expiresAt <= QDateTime::currentDateTimeUtc()) {
        return authError("auth.token_expired",
                         QStringLiteral("The session expired; refresh it or sign in again."));
    }
    const auto user = m_store.user(session.value()->userId);
    if (!user) {
        return user.error();
    }
    if (!user.value() || user.value()->disabled) {
        return authError("auth.account_disabled", QStringLiteral("This account is disabled."));
    }
    return Caller{certificate, *session.value(), *user.value()};
}

ApiResponse ExchangeService::issueSession(const CertificateRecord &certificate, const UserRecord &user,
                                          const QString &offlineVerifier, const QString &replacedTokenHash)
{
    const QString token = newToken();
    const QString refreshToken = newToken();
    SessionRecord session;
    session.tokenHash = hashToken(token);
    session.refreshHash = hashToken(refreshToken);
    session.userId = user.id;
    session.fingerprint = certificate.fingerprint;
    session.workstation = certificate.code;
    session.createdAt = QDateTime::currentDateTimeUtc();
    session.expiresAt = session.createdAt.addSecs(qint64(TokenMinutes) * 60);
    session.refreshExpiresAt = session.createdAt.addSecs(qint64(RefreshHours) * 3600);
    {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        if (auto begun = m_store.begin(); !begun) {
            return storeFailure(begun.error());
        }
        Result<void> written =
            replacedTokenHash.isEmpty() ? Result<void>() : m_store.removeSession(replacedTokenHash);
        if (written) {
            written = m_store.removeExpiredSessions(session.createdAt);
        }
        if (written) {
            written = m_store.addSession(session);
        }
        if (!written) {
            m_store.rollback();
            return storeFailure(written.error());
        }
        if (auto committed = m_store.commit(); !committed) {
            return storeFailure(committed.error());
        }
    }
    QJsonObject body{{QStringLiteral("token"), token},
                     {QStringLiteral("expiresAt"), ExchangeStore::timeText(session.expiresAt)},
                     {QStringLiteral("refreshToken"), refreshToken},
                     {QStringLiteral("refreshExpiresAt"), ExchangeStore::timeText(session.refreshExpiresAt)},
                     {QStringLiteral("user"), userJson(user)},
                     {QStringLiteral("workstation"), certificate.code}};
    if (!offlineVerifier.isEmpty()) {
        body.insert(QStringLiteral("offlineVerifier"), offlineVerifier);
    }
    ApiResponse response = ApiResponse::ok(body);
    response.userId = user.id;
    return response;
}

ApiResponse ExchangeService::signIn(const CertificateRecord &certificate, const QJsonObject &body)
{
    if (certificate.kind != u"workstation") {
        return ApiResponse::fail(403, QStringLiteral("auth.forbidden"),
                                 QStringLiteral("Only a workstation's certificate may sign a person in."));
    }
    const QJsonValue userValue = body.value(u"user");
    const QJsonValue passwordValue = body.value(u"password");
    if (!userValue.isString() || userValue.toString().isEmpty()) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"user\" is missing."), QStringLiteral("user"));
    }
    if (!passwordValue.isString() || passwordValue.toString().isEmpty() ||
        passwordValue.toString().size() > 1024) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"password\" is missing."), QStringLiteral("password"));
    }
    const QString password = passwordValue.toString();
    const auto user = m_store.user(userValue.toString());
    if (!user) {
        return storeFailure(user.error());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto locked = [&](const QDateTime &until) {
        ApiResponse response = ApiResponse::fail(
            401, QStringLiteral("auth.account_locked"),
            QStringLiteral("Too many wrong passwords: this account is locked until %1 (UTC).")
                .arg(until.toString(Qt::ISODate)));
        response.headers.insert("Retry-After", QByteArray::number(std::max<qint64>(1, now.secsTo(until))));
        response.userId = userValue.toString();
        return response;
    };
    // A locked account is refused before its password is looked at: guessing goes no further.
    if (user.value() && user.value()->lockedUntil.isValid() && user.value()->lockedUntil > now) {
        return locked(user.value()->lockedUntil);
    }
    // An unknown user costs as much time as a wrong password, so timing does not tell them apart.
    static const QString decoy = security::PasswordHash::make(QStringLiteral("decoy password"));
    const bool verified =
        security::PasswordHash::verify(password, user.value() ? user.value()->verifier : decoy);
    ApiResponse refused = ApiResponse::fail(401, QStringLiteral("auth.invalid_credentials"),
                                            QStringLiteral("User name or password is wrong."));
    refused.userId = userValue.toString();
    if (!user.value()) {
        return refused;
    }
    if (!verified) {
        const Result<QDateTime> lockedUntil = [&] {
            const std::lock_guard<std::mutex> lock(m_writeLock);
            return m_store.recordSignInFailure(user.value()->id, SignInAttempts,
                                               now.addSecs(SignInLockMinutes * 60));
        }();
        if (!lockedUntil) {
            return storeFailure(lockedUntil.error());
        }
        if (lockedUntil.value().isValid() && lockedUntil.value() > now) {
            qCInfo(lcExchangeServer).noquote() << "account" << user.value()->id << "locked until"
                                               << lockedUntil.value().toString(Qt::ISODate);
            return locked(lockedUntil.value());
        }
        return refused;
    }
    if (user.value()->failedSignIns > 0 || user.value()->lockedUntil.isValid()) {
        const std::lock_guard<std::mutex> lock(m_writeLock);
        if (auto cleared = m_store.clearSignInFailures(user.value()->id); !cleared) {
            return storeFailure(cleared.error());
        }
    }
    if (user.value()->disabled) {
        ApiResponse disabled = ApiResponse::fail(401, QStringLiteral("auth.account_disabled"),
                                                 QStringLiteral("This account is disabled."));
        disabled.userId = user.value()->id;
        return disabled;
    }
    // A fresh verifier for the client's offline sign-in: never the one the exchange stores.
    return issueSession(certificate, *user.value(), security::PasswordHash::make(password), {});
}

ApiResponse ExchangeService::refresh(const CertificateRecord &certificate, const QJsonObject &body)
{
    const QJsonValue refreshValue = body.value(u"refreshToken");
    if (!refreshValue.isString() || refreshValue.toString().isEmpty()) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"refreshToken\" is missing."),
                                 QStringLiteral("refreshToken"));
    }
    const auto session = m_store.sessionByRefresh(hashToken(refreshValue.toString()));
    if (!session) {
        return storeFailure(session.error());
    }
    if (!session.value()) {
        return ApiResponse::fail(401, QStringLiteral("auth.token_invalid"),
                                 QStringLiteral("The refresh token is not known; sign in again."));
    }
    if (session.value()->fingerprint != certificate.fingerprint) {
        return ApiResponse::fail(
            401, QStringLiteral("auth.token_not_bound"),
            QStringLiteral("This session belongs to another workstation's certificate."));
    }
    if (session.value()->refreshExpiresAt <= QDateTime::currentDateTimeUtc()) {
        return ApiResponse::fail(401, QStringLiteral("auth.token_expired"),
                                 QStringLiteral("The session expired; sign in again."));
    }
    const auto user = m_store.user(session.value()->userId);
    if (!user) {
        return storeFailure(user.error());
    }
    if (!user.value() || user.value()->disabled) {
        return ApiResponse::fail(401, QStringLiteral("auth.account_disabled"),
                                 QStringLiteral("This account is disabled."));
    }
    // The old pair is replaced: a refresh token works once.
    return issueSession(certificate, *user.value(), {}, session.value()->tokenHash);
}

QJsonObject ExchangeService::applyEvent(const Caller &caller, const QJsonObject &eventJson, bool &failed,
                                        Error &storeError)
{
    const core::DomainEvent event = core::DomainEvent::fromJson(eventJson);
    const auto fail = [&](const Error &error) {
        failed = true;
        storeError = error;
        return QJsonObject{};
    };
    if (const auto tooLong = ExchangeBounds::event(event)) {
        return rejected(event.id, *tooLong);
    }

    const auto previous = m_store.appliedResult(event.id);
    if (!previous) {
        return fail(previous.error());
    }
    if (previous.value()) {
        QJsonObject answer = *previous.value();
        answer.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        return answer;
    }
    if (event.actor != caller.user->id) {
        return rejected(event.id, Error{QStringLiteral("auth.actor_mismatch"),
                                        QStringLiteral("The event's actor %1 is not the signed-in user %2.")
                                            .arg(event.actor, caller.user->id),
                                        {}});
    }
    const CaseWorkflow::Transition *transition = transitionFor(event.type);
    if (!transition) {
        return rejected(event.id, Error{QStringLiteral("event.unknown_type"),
                                        QStringLiteral("\"%1\" is not an event type.").arg(event.type),
                                        {}});
    }
    if (transition->local) {
        return rejected(event.id, Error{QStringLiteral("event.local"),
                                        QStringLiteral("\"%1\" stays at the counter.").arg(event.type),
                                        {}});
    }

    const auto stored = m_store.caseById(event.caseId);
    if (!stored) {
        return fail(stored.error());
    }
    const bool accept = transition->action == CaseAction::Accept;
    const QJsonObject payloadCase = event.payload.value(u"case").toObject();
    CaseRecord record;
    std::optional<int> expectedVersion;
    if (stored.value()) {
        record = *stored.value();
        if (record.version != event.caseVersion - 1) {
            return {{QStringLiteral("id"), event.id},
                    {QStringLiteral("status"), QStringLiteral("conflict")},
                    {QStringLiteral("error"),
                     errorJson(Error{QStringLiteral("case.stale"),
                                     QStringLiteral("The case is at version %1 at the exchange; this event "
                                                    "follows version %2.")
                                         .arg(record.version)
                                         .arg(event.caseVersion - 1),
                                     {}})},
                    {QStringLiteral("current"), record.toJson()}};
        }
        expectedVersion = record.version;
        if (accept && !payloadCase.isEmpty()) {
            // The counter may have completed an online application's form before accepting it.
            const CaseRecord counter = CaseRecord::fromJson(payloadCase);
            record.form = counter.form;
            record.materials = counter.materials;
        }
    } else if (accept && !payloadCase.isEmpty()) {
        // A counter case reaches the exchange first with its acceptance, the whole application in
        // the payload: rebuild it as it was just before, and let the same rules accept it again.
        record = CaseRecord::fromJson(payloadCase);
        if (record.id != event.caseId) {
            return rejected(event.id, Error{QStringLiteral("request.invalid_field"),
                                            QStringLiteral("The payload's case is not the event's case."),
                                            QStringLiteral("payload.case.id")});
        }
        record.state = core::CaseStates::fromKey(event.payload.value(u"from").toString())
                           .value_or(core::CaseState::Draft);
        if (record.state != core::CaseState::Draft) {
            return rejected(event.id,
                            Error{QStringLiteral("case.unknown"),
                                  QStringLiteral("The exchange has no case %1 to accept.").arg(event.caseId),
                                  {}});
        }
        record.version = event.caseVersion - 1;
        record.receiptNumber.clear();
        record.acceptedBy.clear();
        record.acceptedAt = {};
    } else {
        return rejected(event.id, Error{QStringLiteral("case.unknown"),
                                        QStringLiteral("The exchange has no case %1.").arg(event.caseId),
                                        {}});
    }

    core::TransitionRequest request;
    request.action = transition->action;
    request.actor = core::Actor{caller.user->id, caller.user->role, caller.certificate.code};
    request.reason = event.payload.value(u"reason").toString();
    request.at = event.deviceTime.isValid() ? event.deviceTime : QDateTime::currentDateTimeUtc();
    if (accept) {
        request.receiptNumber = payloadCase.value(u"receiptNumber").toString();
    }
    const Result<core::DomainEvent> applied = CaseWorkflow::apply(record, request);
    if (!applied) {
        return rejected(event.id, applied.error());
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject answer{{QStringLiteral("id"), event.id},
                             {QStringLiteral("status"), QStringLiteral("applied")},
                             {QStringLiteral("caseVersion"), record.version},
                             {QStringLiteral("serverTime"), ExchangeStore::timeText(now)}};
    if (const auto tooLarge = ExchangeBounds::storedCase(record)) {
        return rejected(event.id, *tooLarge);
    }
    Result<void> written = m_store.putCase(record, expectedVersion);
    if (written) {
        auto seq = m_store.appendChange(QStringLiteral("case"), record.id, record.toJson(),
                                        caller.certificate.code, now);
        written = seq ? Result<void>() : Result<void>(seq.error());
    }
    if (written) {
        written =
            m_store.recordApplied(event.id, record.id, answer, caller.user->id, caller.certificate.code, now);
    }
    if (!written) {
        return fail(written.error());
    }
    qCDebug(lcExchangeIngest) << "applied" << event.type << event.caseId << "v" << record.version << "by"
                              << caller.user->id << "at" << caller.certificate.code;
    return answer;
}

ApiResponse ExchangeService::pushEvents(const Caller &caller, const QJsonObject &body)
{
    if (caller.user->role == core::Role::Admin) {
        return ApiResponse::fail(403, QStringLiteral("auth.forbidden"),
                                 QStringLiteral("An administrator does not push case events."));
    }
    const QJsonValue eventsValue = body.value(u"events");
    if (!eventsValue.isArray()) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"events\" must be an array."), QStringLiteral("events"));
    }
    const QJsonArray events = eventsValue.toArray();
    if (events.size() > MaxEventsPerBatch) {
        return ApiResponse::fail(413, QStringLiteral("request.too_large"),
                                 QStringLiteral("At most %1 events per request.").arg(MaxEventsPerBatch));
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        QString why;
        if (!wellFormed(events.at(i), why)) {
            return ApiResponse::fail(400, QStringLiteral("request.invalid_field"), why,
                                     QStringLiteral("events[%1]").arg(i));
        }
    }

    QJsonArray results;
    const std::lock_guard<std::mutex> lock(m_writeLock);
    if (auto begun = m_store.begin(); !begun) {
        return storeFailure(begun.error());
    }
    for (const QJsonValue &value : events) {
        bool failed = false;
        Error error;
        const QJsonObject result = applyEvent(caller, value.toObject(), failed, error);
        if (failed) {
            m_store.rollback();
            return storeFailure(error);
        }
        results.append(result);
    }
    if (auto committed = m_store.commit(); !committed) {
        return storeFailure(committed.error());
    }
    ApiResponse response = ApiResponse::ok({{QStringLiteral("results"), results}});
    response.userId = caller.user->id;
    return response;
}

ApiResponse ExchangeService::changes(const Caller &caller, const QString &cursorText,
                                     const QString &limitText)
{
    bool cursorOk = true;
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    if (!cursorOk || cursor < 0) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"cursor\" must be a whole number, 0 or more."),
                                 QStringLiteral("cursor"));
    }
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? DefaultChangesPerPage : limitText.toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > MaxChangesPerPage) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"limit\" must be between 1 and %1.").arg(MaxChangesPerPage),
                                 QStringLiteral("limit"));
    }
    // Bounded by count and by bytes (core::Limits::feedPageBudgetBytes), never empty.
    const auto rows = m_store.changes(cursor, limit + 1, core::Limits::feedPageBudgetBytes);
    if (!rows) {
        return storeFailure(rows.error());
    }
    const ExchangeBounds::Page page =
        ExchangeBounds::feedPage(rows.value(), cursor, limit, core::Limits::feedPageBudgetBytes);
    ApiResponse response = ApiResponse::ok({{QStringLiteral("changes"), page.changes},
                                            {QStringLiteral("nextCursor"), page.nextCursor},
                                            {QStringLiteral("hasMore"), page.hasMore}});
    response.userId = caller.user->id;
    return response;
}

Result<ExchangeService::Receipt>
ExchangeService::submitApplication(const core::OneForm &form, const QList<core::MaterialItem> &materials,
                                   const QString &submissionId)
{
    if (const auto tooLong = ExchangeBounds::application(form, materials)) {
        return *tooLong;
    }
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(form.entityTypeId);
    if (!type) {
        return Error{QStringLiteral("request.invalid_field"),
                     QStringLiteral("\"%1\" is not an entity type.").arg(form.entityTypeId),
                     QStringLiteral("entity.type")};
    }
    const core::FieldIssues issues = core::OneFormValidator::validate(form, *type);
    if (!issues.isEmpty()) {
        return Error{QStringLiteral("request.invalid_field"), issues.first().message, issues.first().field};
    }
    CaseRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.state = core::CaseState::Submitted;
    record.origin = core::CaseOrigin::Online;
    record.version = 1;
    record.form = form;
    record.materials = materials.isEmpty() ? core::OneFormValidator::checklistFor(*type) : materials;
    record.createdBy = QStringLiteral("portal");
    record.workstation = QStringLiteral("online");
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.createdAt;

    // Submission ids share the applied-answers table with event ids, in a namespace of their own.
    const QString answerKey = submissionId.isEmpty() ? QString() : QStringLiteral("intake:") + submissionId;
    const std::lock_guard<std::mutex> lock(m_writeLock);
    if (auto begun = m_store.begin(); !begun) {
        return begun.error();
    }
    if (!answerKey.isEmpty()) {
        const auto previous = m_store.appliedResult(answerKey);
        if (!previous) {
            m_store.rollback();
            return previous.error();
        }
        if (previous.value()) {
            m_store.rollback();
            const QJsonObject first = *previous.value();
            return Receipt{first.value(u"caseId").toString(),
                           ExchangeStore::timeFromText(first.value(u"receivedAt").toString()), true};
        }
    }
    Result<void> written = m_store.putCase(record, std::nullopt);
    if (written) {
        auto seq = m_store.appendChange(QStringLiteral("case"), record.id, record.toJson(),
                                        QStringLiteral("online"), record.createdAt);
        written = seq ? Result<void>() : Result<void>(seq.error());
    }
    if (written && !answerKey.isEmpty()) {
        written =
            m_store.recordApplied(answerKey, record.id,
                                  {{QStringLiteral("caseId"), record.id},
                                   {QStringLiteral("receivedAt"), ExchangeStore::timeText(record.createdAt)}},
                                  QStringLiteral("portal"), QStringLiteral("portal"), record.createdAt);
    }
    if (!written) {
        m_store.rollback();
        return written.error();
    }
    if (auto committed = m_store.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcExchangeIngest) << "online application" << record.id << record.form.proposedName;
    return Receipt{record.id, record.createdAt};
}

ApiResponse ExchangeService::intake(const CertificateRecord &certificate, const QJsonObject &body)
{
    if (certificate.kind != u"service" || certificate.code != u"portal") {
        return ApiResponse::fail(
            403, QStringLiteral("auth.service_only"),
            QStringLiteral("Only the portal's service certificate may submit applications."));
    }
    const QJsonValue application = body.value(u"application");
    if (!application.isObject() || !application.toObject().value(u"form").isObject()) {
        return ApiResponse::fail(400, QStringLiteral("request.invalid_field"),
                                 QStringLiteral("\"application.form\" must be an object."),
                                 QStringLiteral("application.form"));
    }
    const QJsonValue submission = body.value(u"submissionId");
    static const QRegularExpression submissionPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!submission.isUndefined() &&
        (!submission.isString() || !submissionPattern.match(submission.toString()).hasMatch())) {
        return ApiResponse::fail(
            400, QStringLiteral("request.invalid_field"),
            QStringLiteral("\"submissionId\" must be 1 to 64 letters, digits, '-' or '_'."),
            QStringLiteral("submissionId"));
    }
    const QJsonObject app = application.toObject();
    const core::OneForm form = core::OneForm::fromJson(app.value(u"form").toObject());
    const QList<core::MaterialItem> materials = core::materialsFromJson(app.value(u"materials").toArray());
    const Result<Receipt> receipt = submitApplication(form, materials, submission.toString());
    if (!receipt) {
        const Error &e = receipt.error();
        if (e.code == u"request.invalid_field" || ExchangeBounds::isViolation(e)) {
            return ApiResponse::fail(400, e.code, e.message, e.field);
        }
        return storeFailure(e);
    }
    QJsonObject answer{{QStringLiteral("caseId"), receipt.value().caseId},
                       {QStringLiteral("receivedAt"), ExchangeStore::timeText(receipt.value().receivedAt)}};
    if (receipt.value().duplicate) {
        answer.insert(QStringLiteral("duplicate"), true);
        return ApiResponse::ok(answer, 200);
    }
    return ApiResponse::ok(answer, 201);
}

ApiResponse ExchangeService::adminUsers(const Caller &caller)
{
    if (caller.user->role != core::Role::Admin) {
        return ApiResponse::fail(403, QStringLiteral("auth.forbidden"),
                                 QStringLiteral("Administrators only."));
    }
    const auto users = m_store.users();
    if (!users) {
        return storeFailure(users.error());
    }
    QJsonArray list;
    for (const UserRecord &u : users.value()) {
        QJsonObject json = userJson(u);
        json.insert(QStringLiteral("disabled"), u.disabled);
        list.append(json);
    }
    return ApiResponse::ok({{QStringLiteral("users"), list}});
}

ApiResponse ExchangeService::adminWorkstations(const Caller &caller)
{
    if (caller.user->role != core::Role::Admin) {
        return ApiResponse::fail(403, QStringLiteral("auth.forbidden"),
                                 QStringLiteral("Administrators only."));
    }
    const auto certificates = m_store.certificates();
    if (!certificates) {
        return storeFailure(certificates.error());
    }
    QJsonArray list;
    for (const CertificateRecord &c : certificates.value()) {
        list.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("kind"), c.kind},
                                {QStringLiteral("fingerprint"), c.fingerprint},
                                {QStringLiteral("notAfter"), ExchangeStore::timeText(c.notAfter)},
                                {QStringLiteral("revoked"), c.revoked()}});
    }
    return ApiResponse::ok({{QStringLiteral("workstations"), list}});
}

} // namespace ow::exchange
