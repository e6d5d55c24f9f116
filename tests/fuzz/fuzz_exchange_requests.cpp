// The exchange's reading of request bodies, from the bytes on: parseRequestBody (what the server
// does with a POST body), then the real ExchangeService over a fresh in-memory SQLite store: an
// event batch (POST /events: each event to a DomainEvent, an accepted case's payload to a
// CaseRecord, judged by CaseWorkflow) and a portal intake (POST /intake: the application to a
// OneForm and materials, judged by OneFormValidator).
// Properties: hostile input is a 4xx, never a 5xx (a 5xx is retried by the client for ever);
// a batch answer has one result per event, in order, of a known status; sent again, every applied
// event is answered "duplicate" with the same version, and the feed holds one change per applied
// event; an intake that is accepted stored a valid form exactly as it was sent, and its resend
// with the same submission id gets the first receipt.

#include "FuzzSupport.h"
#include "core/OneFormValidator.h"
#include "exchange/EventService.h"
#include "exchange/ExchangeService.h"
#include "exchange/ExchangeStore.h"
#include "exchange/PushOrder.h"
#include "exchange/RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <mutex>

using namespace ow::exchange;

namespace {

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

void checkStatus(const ApiResponse &response, std::initializer_list<int> allowed, const QJsonObject &body)
{
    OW_FUZZ_CHECK(std::find(allowed.begin(), allowed.end(), response.status) != allowed.end(),
                  QStringLiteral("HTTP %1 %2 (%3) for %4")
                      .arg(response.status)
                      .arg(response.error.code, response.error.message, text(body)));
    if (response.status >= 400)
        OW_FUZZ_CHECK(!response.error.code.isEmpty() && !response.error.message.isEmpty(), text(body));
}

// clerk01 at W01 (authority 140105, the sample forms'), or super01 when the first event names that supervisor
// as its actor.
Caller callerFor(const QJsonObject &body)
{
    const QJsonArray events = body.value(u"events").toArray();
    const bool supervisor =
        !events.isEmpty() && events.first().toObject().value(u"actor").toString() == u"super01";
    Caller caller;
    caller.certificate.fingerprint = QStringLiteral("00");
    caller.certificate.code = QStringLiteral("W01");
    caller.certificate.kind = QStringLiteral("workstation");
    caller.certificate.authority = QStringLiteral("140105");
    ow::exchange::UserRecord user;
    user.id = supervisor ? QStringLiteral("super01") : QStringLiteral("clerk01");
    user.role = supervisor ? ow::core::Role::Supervisor : ow::core::Role::Clerk;
    user.authority = QStringLiteral("140105");
    caller.user = user;
    caller.authority = user.authority;
    return caller;
}

// `raw` as it came (the exchange reads it in place when it can), `body` as Qt's reader read it.
void checkBatch(ExchangeService &service, ExchangeStore &store, const QByteArray &raw,
                const QJsonObject &body)
{
    const Caller caller = callerFor(body);
    const ApiResponse first = service.pushEvents(caller, raw);
    ow::fuzz::trace(
        QStringLiteral("events: HTTP %1 %2 %3").arg(first.status).arg(first.error.code, text(first.body)));
    // 409: a batch that names one it follows, which this fresh store never had (push.out_of_order).
    checkStatus(first, {200, 400, 409, 413}, body);
    if (first.status != 200)
        return;
    const QJsonArray events = body.value(u"events").toArray();
    const QJsonArray results = first.body.value(u"results").toArray();
    OW_FUZZ_CHECK(results.size() == events.size(), text(first.body));
    int applied = 0;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QJsonObject event = events.at(i).toObject();
        const QString status = result.value(u"status").toString();
        OW_FUZZ_CHECK(result.value(u"id").toString() == event.value(u"id").toString(), text(result));
        OW_FUZZ_CHECK(status == u"applied" || status == u"duplicate" || status == u"conflict" ||
                          status == u"rejected",
                      text(result));
        if (status == u"rejected" || status == u"conflict")
            OW_FUZZ_CHECK(!result.value(u"error").toObject().value(u"code").toString().isEmpty(),
                          text(result));
        if (status == u"applied") {
            ++applied;
            OW_FUZZ_CHECK(result.value(u"caseVersion").toInt() == event.value(u"caseVersion").toInt(),
                          text(result));
        }
    }
    const auto feed = store.feed().after(0, 2 * EventService::MaxEventsPerBatch);
    OW_FUZZ_CHECK(
        feed.ok() && feed.value().size() == applied,
        QStringLiteral("%1 applied, feed of %2").arg(applied).arg(feed.ok() ? feed.value().size() : -1));

    const ApiResponse again = service.pushEvents(caller, raw);
    checkStatus(again, {200}, body);
    const QJsonArray resent = again.body.value(u"results").toArray();
    OW_FUZZ_CHECK(resent.size() == results.size(), text(again.body));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject before = results.at(i).toObject();
        const QJsonObject after = resent.at(i).toObject();
        if (before.value(u"status").toString() != u"applied")
            continue;
        OW_FUZZ_CHECK(after.value(u"status").toString() == u"duplicate" &&
                          after.value(u"caseVersion") == before.value(u"caseVersion"),
                      text(before) + QStringLiteral(" resent: ") + text(after));
    }
}

void checkIntake(ExchangeService &service, ExchangeStore &store, const QJsonObject &body)
{
    CertificateRecord portal;
    portal.fingerprint = QStringLiteral("01");
    portal.code = QStringLiteral("portal");
    portal.kind = QStringLiteral("service");
    const ApiResponse first = service.intake(portal, body);
    ow::fuzz::trace(
        QStringLiteral("intake: HTTP %1 %2 %3").arg(first.status).arg(first.error.code, text(first.body)));
    checkStatus(first, {201, 400}, body);
    if (first.status != 201)
        return;
    const QString caseId = first.body.value(u"caseId").toString();
    const auto stored = store.cases().byId(caseId);
    OW_FUZZ_CHECK(stored.ok() && stored.value().has_value(), caseId);
    const ow::core::CaseRecord &record = *stored.value();
    const ow::core::OneForm sent =
        ow::core::OneForm::fromJson(body.value(u"application").toObject().value(u"form").toObject());
    OW_FUZZ_CHECK(record.form == sent,
                  text(record.form.toJson()) + QStringLiteral(" stored for ") + text(sent.toJson()));
    OW_FUZZ_CHECK(record.state == ow::core::CaseState::Submitted && record.version == 1,
                  text(record.toJson()));
    OW_FUZZ_CHECK(ow::core::OneFormValidator::validate(record.form).isEmpty(), text(record.form.toJson()));

    const ApiResponse again = service.intake(portal, body);
    if (body.contains(u"submissionId")) {
        checkStatus(again, {200}, body);
        OW_FUZZ_CHECK(again.body.value(u"caseId").toString() == caseId &&
                          again.body.value(u"duplicate").toBool(),
                      text(again.body));
    } else {
        checkStatus(again, {201}, body);
        OW_FUZZ_CHECK(again.body.value(u"caseId").toString() != caseId, text(again.body));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const QByteArray raw = ow::fuzz::bytes(data, size);
    const ow::Result<QJsonObject> parsed = parseRequestBody(raw);
    if (!parsed) {
        OW_FUZZ_CHECK(parsed.error().code == u"request.malformed_json", parsed.error().code);
        return 0;
    }
    const QJsonObject &body = parsed.value();
    if (!body.contains(u"events") && !body.contains(u"application"))
        return 0;
    // A fresh store for every input: what an input does does not depend on the ones before it.
    auto store = ExchangeStore::open(QStringLiteral(":memory:"), QStringLiteral("fuzz"));
    OW_FUZZ_CHECK(store.ok(), store.ok() ? QString() : store.error().message);
    std::mutex writeLock;
    ow::exchange::PushOrder order{std::chrono::milliseconds(0)}; // no batch before it ever comes
    ExchangeService service(*store.value(), writeLock, nullptr, &order);
    if (body.contains(u"events"))
        checkBatch(service, *store.value(), raw, body);
    if (body.contains(u"application"))
        checkIntake(service, *store.value(), body);
    return 0;
}
