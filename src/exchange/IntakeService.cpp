#include "IntakeService.h"

#include "ExchangeBounds.h"
#include "ExchangeLog.h"
#include "core/Authority.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/TimeOrderedId.h"
#include "protocol/WireKeys.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ow::exchange {

namespace keys = protocol::keys::intake;

using core::CaseRecord;

IntakeService::IntakeService(ExchangeStore &store, std::mutex &writeLock)
    : m_store(store), m_writeLock(writeLock)
{}

Result<IntakeService::Receipt> IntakeService::submitApplication(const core::OneForm &form,
                                                                const QList<core::MaterialItem> &materials,
                                                                const QString &submissionId)
{
    if (const auto tooLong = ExchangeBounds::application(form, materials)) {
        return *tooLong;
    }
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(form.entityTypeId);
    if (!type) {
        return Error{protocol::errors::RequestInvalidField,
                     QStringLiteral("\"%1\" is not an entity type.").arg(form.entityTypeId),
                     QStringLiteral("entity.type")};
    }
    const core::FieldIssues issues = core::OneFormValidator::validate(form, *type);
    if (!issues.isEmpty()) {
        return Error{protocol::errors::RequestInvalidField, issues.first().message, issues.first().field};
    }
    // An online application belongs to the authority its form names (the applicant chose it): only
    // that authority's counters, and the province's, see it.
    if (!core::Authority::isValid(form.authorityDivision)) {
        return Error{protocol::errors::RequestInvalidField,
                     QStringLiteral("\"%1\" is not a registration authority (a 6-digit division code that "
                                    "exists).")
                         .arg(form.authorityDivision),
                     QStringLiteral("entity.authorityDivision")};
    }
    CaseRecord record;
    record.id = core::TimeOrderedId::next();
    record.state = core::CaseState::Submitted;
    record.origin = core::CaseOrigin::Online;
    record.version = 1;
    record.form = form;
    record.materials = materials.isEmpty() ? core::OneFormValidator::checklistFor(*type) : materials;
    record.createdBy = QStringLiteral("portal");
    record.workstation = QStringLiteral("online");
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.createdAt;
    const Result<QByteArray> json = ExchangeBounds::storedCase(record);
    if (!json) {
        return json.error();
    }

    // Submission ids share the applied-answers table with event ids, in a namespace of their own.
    const QString answerKey = submissionId.isEmpty() ? QString() : QStringLiteral("intake:") + submissionId;
    const std::lock_guard<std::mutex> lock(m_writeLock);
    if (auto begun = m_store.begin(); !begun) {
        return begun.error();
    }
    if (!answerKey.isEmpty()) {
        const auto previous = m_store.cases().appliedResult(answerKey);
        if (!previous) {
            m_store.rollback();
            return previous.error();
        }
        if (previous.value()) {
            m_store.rollback();
            const QJsonObject first = *previous.value();
            return Receipt{first.value(keys::CaseId).toString(),
                           ExchangeDatabase::timeFromText(first.value(keys::ReceivedAt).toString()), true};
        }
    }
    const Result<void> written = m_store.writeCase(
        record, json.value(), std::nullopt,
        {QStringLiteral("online"),
         record.createdAt,
         answerKey,
         {{keys::CaseId, record.id}, {keys::ReceivedAt, ExchangeDatabase::timeText(record.createdAt)}},
         QStringLiteral("portal"),
         QStringLiteral("portal")});
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

ApiResponse IntakeService::intake(const CertificateRecord &certificate, const QJsonObject &body)
{
    if (certificate.kind != u"service" || certificate.code != u"portal") {
        return ApiResponse::fail(
            403, protocol::errors::AuthServiceOnly,
            QStringLiteral("Only the portal's service certificate may submit applications."));
    }
    const QJsonValue application = body.value(keys::Application);
    if (!application.isObject() || !application.toObject().value(keys::Form).isObject()) {
        return ApiResponse::fail(400, protocol::errors::RequestInvalidField,
                                 QStringLiteral("\"application.form\" must be an object."),
                                 QStringLiteral("application.form"));
    }
    const QJsonValue submission = body.value(keys::SubmissionId);
    static const QRegularExpression submissionPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!submission.isUndefined() &&
        (!submission.isString() || !submissionPattern.match(submission.toString()).hasMatch())) {
        return ApiResponse::fail(
            400, protocol::errors::RequestInvalidField,
            QStringLiteral("\"submissionId\" must be 1 to 64 letters, digits, '-' or '_'."),
            QStringLiteral("submissionId"));
    }
    const QJsonObject app = application.toObject();
    const core::OneForm form = core::OneForm::fromJson(app.value(keys::Form).toObject());
    const QList<core::MaterialItem> materials = core::materialsFromJson(app.value(keys::Materials).toArray());
    const Result<Receipt> receipt = submitApplication(form, materials, submission.toString());
    if (!receipt) {
        const Error &e = receipt.error();
        if (e.code == protocol::errors::RequestInvalidField || ExchangeBounds::isViolation(e)) {
            return ApiResponse::fail(400, e.code, e.message, e.field);
        }
        return api::storeFailure(e);
    }
    QJsonObject answer{{keys::CaseId, receipt.value().caseId},
                       {keys::ReceivedAt, ExchangeDatabase::timeText(receipt.value().receivedAt)}};
    if (receipt.value().duplicate) {
        answer.insert(keys::Duplicate, true);
        return ApiResponse::ok(answer, 200);
    }
    return ApiResponse::ok(answer, 201);
}

} // namespace ow::exchange
