#include "Deregistration.h"

#include "IsoTime.h"
#include "UsccCode.h"

#include <QJsonArray>

namespace ow::core {
namespace {

struct MaterialInfo
{
    const char *id;
    const char16_t *title;
    bool general;
    bool simplified;
};

// 市场主体登记管理条例实施细则 art. 44 ff.: what each procedure asks for.
constexpr MaterialInfo MaterialTable[] = {
    {"deregistration_application", u"注销登记申请书", true, true},
    {"dissolution_resolution", u"依法作出解散的决议或决定", true, false},
    {"liquidation_report", u"经确认的清算报告", true, false},
    {"tax_clearance", u"清税证明", true, false},
    {"investors_commitment", u"全体投资人承诺书", false, true},
    {"licence_originals", u"营业执照正、副本原件", true, true},
};

} // namespace

DeregistrationNotice DeregistrationNotice::begin(const CaseRecord &record, const QDate &day)
{
    DeregistrationNotice notice;
    notice.caseId = record.id;
    notice.code = record.subjectCode;
    notice.name = record.registered.proposedName;
    notice.authority = record.form.authorityDivision;
    notice.from = day;
    notice.until = untilOf(day);
    return notice;
}

QJsonObject DeregistrationNotice::toJson() const
{
    QJsonArray list;
    for (const Objection &o : objections)
        list.append(QJsonObject{{QStringLiteral("by"), o.by},
                                {QStringLiteral("text"), o.text},
                                {QStringLiteral("at"), isotime::toText(o.at)}});
    QJsonObject json{{QStringLiteral("caseId"), caseId},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("authority"), authority},
                     {QStringLiteral("from"), from.toString(Qt::ISODate)},
                     {QStringLiteral("until"), until.toString(Qt::ISODate)},
                     {QStringLiteral("objections"), list}};
    if (closedOn.isValid())
        json.insert(QStringLiteral("closedOn"), closedOn.toString(Qt::ISODate));
    return json;
}

std::optional<DeregistrationNotice> DeregistrationNotice::fromJson(const QJsonObject &json)
{
    DeregistrationNotice n;
    n.caseId = json.value(QStringLiteral("caseId")).toString();
    n.code = json.value(QStringLiteral("code")).toString();
    n.name = json.value(QStringLiteral("name")).toString().left(200);
    n.authority = json.value(QStringLiteral("authority")).toString().left(6);
    n.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    n.until = QDate::fromString(json.value(QStringLiteral("until")).toString(), Qt::ISODate);
    n.closedOn = QDate::fromString(json.value(QStringLiteral("closedOn")).toString(), Qt::ISODate);
    const QJsonArray list = json.value(QStringLiteral("objections")).toArray();
    if (n.caseId.isEmpty() || n.caseId.size() > 64 || !UsccCode::validate(n.code).valid ||
        !n.from.isValid() || !n.until.isValid() || n.until < n.from || list.size() > MaxObjections)
        return std::nullopt;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Objection objection{o.value(QStringLiteral("by")).toString().left(MaxObjector),
                            o.value(QStringLiteral("text")).toString().left(MaxObjectionText),
                            isotime::fromText(o.value(QStringLiteral("at")).toString())};
        if (objection.by.trimmed().isEmpty() || objection.text.trimmed().isEmpty())
            return std::nullopt;
        n.objections.append(objection);
    }
    return n;
}

CaseRecord Deregistration::start(const QString &code, const OneForm &registered, bool simplified)
{
    CaseRecord record;
    record.kind = CaseKind::Deregistration;
    record.subjectCode = code.trimmed().toUpper();
    record.registered = registered;
    record.form = registered;
    record.simplified = simplified;
    record.materials = checklist(simplified);
    return record;
}

QList<MaterialItem> Deregistration::checklist(bool simplified, const QList<MaterialItem> &previous)
{
    QList<MaterialItem> items;
    for (const MaterialInfo &m : MaterialTable) {
        if (!(simplified ? m.simplified : m.general))
            continue;
        MaterialItem item;
        item.id = QLatin1String(m.id);
        item.title = QString::fromUtf16(m.title);
        items.append(item);
    }
    keepMarks(items, previous);
    return items;
}

Result<void> Deregistration::checkSubject(CaseKind kind, bool simplified, const RegisteredEntity &entity)
{
    if (entity.status == RegisteredEntity::StatusRegistered)
        return {};
    const bool deregistration = kind == CaseKind::Deregistration;
    if (deregistration && entity.isRevoked() && simplified) {
        return Error{QStringLiteral("deregistration.general_only"),
                     tr("The licence of %1 was revoked on %2: it is deregistered by the general procedure "
                        "(liquidation, then the application), not the simplified one.")
                         .arg(entity.name, entity.statusSince.toString(Qt::ISODate)),
                     QStringLiteral("simplified")};
    }
    if (deregistration && entity.isRevoked())
        return {};
    return Error{QStringLiteral("case.subject_ended"),
                 entity.isRevoked()
                     ? tr("The licence of %1 was revoked on %2: it can no longer be changed, only "
                          "deregistered by the general procedure.")
                           .arg(entity.name, entity.statusSince.toString(Qt::ISODate))
                     : tr("%1 is %2 since %3; it can be neither changed nor deregistered.")
                           .arg(entity.name, RegisteredEntity::statusLabel(entity.status),
                                entity.statusSince.toString(Qt::ISODate)),
                 QStringLiteral("subjectCode")};
}

Result<void> Deregistration::checkDecision(const CaseRecord &record,
                                           const std::optional<DeregistrationNotice> &notice,
                                           const QDate &today)
{
    if (record.kind != CaseKind::Deregistration || !record.simplified)
        return {};
    if (!notice) {
        return Error{
            QStringLiteral("deregistration.no_notice"),
            tr("The exchange has not begun the 20-day public notice of this simplified deregistration "
               "yet. Sync, then decide once the notice is over."),
            {}};
    }
    if (!notice->isOver(today)) {
        return Error{
            QStringLiteral("deregistration.notice_running"),
            tr("The public notice runs until %1; the deregistration can be decided from %2.")
                .arg(notice->until.toString(Qt::ISODate), notice->until.addDays(1).toString(Qt::ISODate)),
            {}};
    }
    if (!notice->objections.isEmpty()) {
        return Error{
            QStringLiteral("deregistration.objected"),
            tr("%n objection(s) were raised during the notice (first: %1: %2). A simplified deregistration "
               "with objections is not approved: reject it, and the applicant may apply for a general "
               "deregistration.",
               nullptr, int(notice->objections.size()))
                .arg(notice->objections.first().by, notice->objections.first().text),
            {}};
    }
    return {};
}

std::optional<DeregistrationNotice> Deregistration::noticeOf(const CaseRecord &record,
                                                             const std::optional<DeregistrationNotice> &known,
                                                             bool *expected)
{
    if (expected)
        *expected = false;
    if (!hasNotice(record.kind, record.simplified))
        return std::nullopt;
    if (known && known->caseId == record.id)
        return known;
    if (!record.acceptedAt.isValid())
        return std::nullopt;
    if (expected)
        *expected = true;
    return DeregistrationNotice::begin(record, DeregistrationNotice::dayOf(record.acceptedAt));
}

QString Deregistration::noticeStatus(const std::optional<DeregistrationNotice> &notice, const QDate &today)
{
    if (!notice)
        return tr("Notice: not begun yet (begins when the exchange receives the acceptance)");
    const QString objections = notice->objections.isEmpty()
                                   ? tr("no objections")
                                   : tr("%n objection(s)", nullptr, int(notice->objections.size()));
    if (notice->isClosed())
        return tr("Notice: closed on %1, the case having ended before its decision")
            .arg(notice->closedOn.toString(Qt::ISODate));
    if (!notice->isOver(today))
        return tr("Notice: %1 to %2, %n day(s) left, %3", nullptr, int(today.daysTo(notice->until)) + 1)
            .arg(notice->from.toString(Qt::ISODate), notice->until.toString(Qt::ISODate), objections);
    return tr("Notice: over on %1, %2").arg(notice->until.toString(Qt::ISODate), objections);
}

} // namespace ow::core
