// A month of an office's counter for the statistics' screenshot (docs/statistics.png): cases
// received over the last 30 days by three clerks at three workstations, accepted, refused or asked
// for corrections with the standard reasons, some licensed as the feed brings them back, some online.
#include "doc_statistics.h"

#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "ui/common/DemoData.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ow::doc {
namespace {

const QStringList Types{u"llc_natural_multi"_s, u"llc_natural_sole"_s, u"sole_proprietorship"_s,
                        u"individual_business"_s, u"branch"_s};

core::CaseRecord sample(QRandomGenerator &random)
{
    core::CaseRecord record;
    record.form = ui::DemoData::sampleLimitedCompany(random);
    if (const core::EntityType *type = core::EntityTypeCatalog::instance().find(record.form.entityTypeId))
        record.materials = core::OneFormValidator::checklistFor(*type);
    for (core::MaterialItem &m : record.materials)
        m.status = core::MaterialStatus::OriginalSeen;
    return record;
}

bool remote(workbench::Workbench &wb, core::CaseRecord record)
{
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.version = 4;
    return wb.db
        ->transaction([&]() -> Result<void> {
            QSqlDatabase c = wb.db->connection();
            auto outcome = wb.cases.applyRemote(c, record);
            if (!outcome)
                return outcome.error();
            if (outcome.value() != storage::RemoteApplyOutcome::Inserted)
                qWarning("statistics seed: not inserted (%d)", int(outcome.value()));
            return {};
        })
        .ok();
}

} // namespace

bool seedStatistics(workbench::Workbench &wb)
{
    QRandomGenerator random(20261202);
    const QDate today = core::StatutoryClock::officeDate(QDateTime::currentDateTime());
    const QStringList correctionCodes{u"B01"_s, u"B01"_s, u"B02"_s, u"B04"_s, u"B05"_s};
    const QStringList refusalCodes{u"R01"_s, u"R04"_s, u"R04"_s, u"R05"_s};
    int serial = 0;
    bool ok = true;
    for (int ago = 29; ago >= 0; --ago) {
        const QDate day = today.addDays(-ago);
        if (!wb.calendar().isWorkingDay(day))
            continue;
        const int count = 3 + int(random.bounded(6));
        for (int i = 0; i < count; ++i) {
            const int who = int(random.bounded(3));
            const core::Actor clerk{u"clerk0%1"_s.arg(who + 1), core::Role::Clerk, u"W0%1"_s.arg(who + 1)};
            const QDateTime at(day, QTime(9 + i % 8, int(random.bounded(60))));
            core::CaseRecord record = sample(random);
            const int roll = int(random.bounded(100));
            if (roll < 45 && ago > 2) { // accepted here, licensed since, back through the feed
                record.form.entityTypeId = Types[int(random.bounded(Types.size()))];
                record.state = roll < 30 ? core::CaseState::Published : core::CaseState::Licensed;
                record.origin = roll % 9 == 0 ? core::CaseOrigin::Online : core::CaseOrigin::Counter;
                record.createdAt = record.acceptedAt = at.toUTC();
                record.acceptedBy = clerk.userId;
                record.workstation =
                    record.origin == core::CaseOrigin::Online ? QString() : clerk.workstation;
                record.receiptNumber =
                    u"140105-%1-%2-9%3"_s.arg(day.toString(u"yyyyMMdd"_s), clerk.workstation)
                        .arg(++serial, 3, 10, QLatin1Char('0'));
                const int days = 1 + int(random.bounded(roll % 7 == 0 ? 7 : 4));
                record.licensedAt = record.updatedAt =
                    QDateTime(wb.calendar().addWorkingDays(day, days), QTime(15, 0)).toUTC();
                ok &= remote(wb, record);
                continue;
            }
            if (roll >= 90) { // an online application waiting
                record.origin = core::CaseOrigin::Online;
                record.state = core::CaseState::Submitted;
                record.createdAt = record.updatedAt = at.toUTC();
                ok &= remote(wb, record);
                continue;
            }
            core::TransitionRequest request;
            request.actor = clerk;
            request.at = at.toUTC();
            if (roll < 70) {
                request.action = core::CaseAction::Accept;
            } else if (roll < 82) {
                request.action = core::CaseAction::RequestCorrection;
                request.reasonCodes = {correctionCodes[int(random.bounded(correctionCodes.size()))]};
                request.reason = u"见补正通知书"_s;
            } else {
                request.action = core::CaseAction::Refuse;
                request.reasonCodes = {refusalCodes[int(random.bounded(refusalCodes.size()))]};
                request.reason = u"见不予受理通知书"_s;
            }
            const auto stored = wb.cases.perform(record, request);
            if (!stored)
                qWarning("statistics seed: %s", qPrintable(stored.error().message));
            ok &= stored.ok();
        }
    }
    return ok;
}

} // namespace ow::doc
