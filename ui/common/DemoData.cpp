#include "ui/common/DemoData.h"

#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/SampleApplications.h"
#include "core/UsccCode.h"
#include "security/PasswordHash.h"
#include "storage/EnterpriseDirectory.h"
#include "ui/common/WorkbenchTypes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "onewindow.ui.demo")

namespace ow::ui {
namespace {

QString orgBody(QRandomGenerator &random)
{
    static const QString digits = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QString body;
    for (int i = 0; i < 8; ++i) {
        body += i < 2 ? digits.at(random.bounded(10)) : digits.at(random.bounded(int(digits.size())));
    }
    return body;
}

} // namespace

const QList<DemoData::Account> &DemoData::accounts()
{
    static const QList<Account> list{
        {"clerk01", "张丽", "Counter#2026", "clerk"},
        {"super01", "王建国", "Review#2026", "supervisor"},
    };
    return list;
}

QString DemoData::residentId(const QString &division, const QDate &birth, int sequence)
{
    return core::samples::residentId(division, birth, sequence);
}

core::OneForm DemoData::sampleLimitedCompany(QRandomGenerator &random)
{
    return core::samples::limitedCompany(random);
}

QList<storage::EnterpriseRecord> DemoData::enterprises(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<core::Division> counties = core::Divisions::instance().children(QStringLiteral("1401"));
    QList<storage::EnterpriseRecord> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        storage::EnterpriseRecord e;
        const core::Division &county = counties.at(random.bounded(int(counties.size())));
        e.authorityDivision = county.code;
        e.tradeName = core::samples::tradeName(random);
        e.industry = core::samples::industry(random);
        e.name = QStringLiteral("太原市") + e.tradeName + e.industry + QStringLiteral("有限公司");
        e.entityTypeId = QStringLiteral("llc_natural_multi");
        e.code = core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), county.code, orgBody(random));
        e.legalRep = core::samples::personName(random);
        e.established = QDate(2010, 1, 1).addDays(random.bounded(5800));
        list.append(e);
    }
    return list;
}

ow::Result<void> DemoData::seed(Workbench &wb, int enterpriseCount)
{
    for (const Account &a : accounts()) {
        if (wb.accounts.find(QLatin1String(a.userId))) {
            continue;
        }
        storage::LocalAccount account;
        account.userId = QLatin1String(a.userId);
        account.displayName = QString::fromUtf8(a.displayName);
        account.role = core::CaseStates::roleFromKey(QLatin1String(a.role)).value_or(core::Role::Clerk);
        account.verifier = security::PasswordHash::make(QLatin1String(a.password));
        if (const ow::Result<void> r = wb.accounts.upsert(account); !r) {
            return r;
        }
    }
    if (wb.enterprises.count() == 0 && enterpriseCount > 0) {
        if (const ow::Result<void> r = wb.enterprises.upsert(enterprises(enterpriseCount, 20261126)); !r) {
            return r;
        }
    }
    if (wb.cases.count() > 0) {
        return {};
    }
    // A few cases in different states, so the list and the supervisor's work are not empty.
    QRandomGenerator random(42);
    const core::Actor clerk{QStringLiteral("clerk01"), core::Role::Clerk, wb.settings.workstationCode()};
    for (int i = 0; i < 4; ++i) {
        core::CaseRecord record;
        record.form = sampleLimitedCompany(random);
        const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId);
        if (type) {
            record.materials = core::OneFormValidator::checklistFor(*type);
        }
        const bool complete = i % 2 == 0;
        for (core::MaterialItem &m : record.materials) {
            if (complete || m.id != record.materials.first().id) {
                m.status = core::MaterialStatus::OriginalSeen;
            }
        }
        core::TransitionRequest request;
        request.actor = clerk;
        request.at = QDateTime::currentDateTimeUtc().addSecs(-3600 * (4 - i));
        request.action = complete ? core::CaseAction::Accept : core::CaseAction::SaveDraft;
        const ow::Result<core::CaseRecord> stored = wb.cases.perform(record, request);
        if (!stored) {
            qCWarning(lcDemo) << "demo case not stored:" << stored.error().message;
        }
    }
    return {};
}

} // namespace ow::ui
