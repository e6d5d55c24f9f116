#include "CaseSeed.h"

#include "core/ResidentId.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"

#include <QSqlQuery>

namespace ow::test::seed {

namespace {

const QString TradeChars = QStringLiteral("鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎");
const QString Surnames = QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗");
const QString GivenChars = QStringLiteral("建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟");

QString residentId(const QString &division, const QDate &birth, int sequence)
{
    const QString first17 = division + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::ResidentId::checkCharacter(first17);
}

QString person(int n)
{
    return QString(Surnames.at(n % Surnames.size())) + GivenChars.at((n / 7) % GivenChars.size()) +
           GivenChars.at((n / 3 + 5) % GivenChars.size());
}

} // namespace

core::OneForm form(int n)
{
    const QString division = QLatin1String(Division);
    core::OneForm f;
    f.entityTypeId = QStringLiteral("llc_natural_multi");
    const QString trade = QString(TradeChars.at(n % TradeChars.size())) +
                          TradeChars.at((n / TradeChars.size() + 3) % TradeChars.size());
    f.proposedName = QStringLiteral("太原市") + trade + QStringLiteral("商贸有限公司");
    f.domicileDivision = division;
    f.domicile = QStringLiteral("太原市小店区长治路%1号").arg(n % 400 + 1);
    f.authorityDivision = division;
    f.capital = 100 * 10000;
    f.businessScope = QStringLiteral("日用百货销售；五金产品零售；办公用品销售");
    f.termYears = 0;
    f.phone = QStringLiteral("0351-5551234");
    f.postalCode = QStringLiteral("030006");
    const QString repName = person(n);
    const QString repId = residentId(division, QDate(1975 + n % 20, 1 + n % 12, 1 + n % 28), n % 1000);
    f.legalRep = {repName, core::IdType::ResidentId, repId, QStringLiteral("13912345678"),
                  QStringLiteral("执行董事")};
    const QString partnerName = person(n + 11);
    const QString partnerId = residentId(QStringLiteral("140106"), QDate(1982, 3, 14), (n + 7) % 1000);
    f.investors = {{core::InvestorKind::Natural, repName, repId, 60 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)},
                   {core::InvestorKind::Natural, partnerName, partnerId, 40 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)}};
    f.personnel = {{repName, repId, QStringLiteral("执行董事")},
                   {partnerName, partnerId, QStringLiteral("监事")}};
    f.liaison = {partnerName, core::IdType::ResidentId, partnerId, QStringLiteral("13803510000"), {}};
    f.financialOfficer = {person(n + 5), core::IdType::ResidentId, {}, QStringLiteral("13603510000"), {}};
    return f;
}

QList<core::MaterialItem> materials()
{
    core::MaterialItem application;
    application.id = QStringLiteral("application_form");
    application.title = QStringLiteral("Application form");
    application.status = core::MaterialStatus::OriginalSeen;
    core::MaterialItem ids;
    ids.id = QStringLiteral("identity_documents");
    ids.title = QStringLiteral("Identity documents");
    ids.status = core::MaterialStatus::Scanned;
    ids.attachments = {QStringLiteral("ab").repeated(32)};
    core::MaterialItem lease;
    lease.id = QStringLiteral("domicile_proof");
    lease.title = QStringLiteral("Proof of domicile");
    lease.required = false;
    return {application, ids, lease};
}

core::Actor clerk(const QString &userId, const QString &workstation)
{
    return core::Actor{userId, core::Role::Clerk, workstation};
}

Result<Seeded> acceptedCases(const std::shared_ptr<storage::Database> &db, int count, int first,
                             const core::Actor &actor, bool fast)
{
    if (fast) {
        QSqlQuery pragma(db->connection());
        (void)pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    }
    storage::CaseStore cases(db, actor.workstation, QLatin1String(Division));
    const QDateTime start(QDate(2026, 11, 26), QTime(4, 0), Qt::UTC);
    Seeded seeded;
    for (int i = 0; i < count; ++i) {
        const int n = first + i;
        core::CaseRecord record;
        record.form = form(n);
        record.materials = materials();
        core::TransitionRequest request;
        request.actor = actor;
        request.at = start.addDays(n / 5000).addSecs(n % 5000);
        request.action = core::CaseAction::SaveDraft;
        auto draft = cases.perform(record, request);
        if (!draft)
            return draft.error();
        request.action = core::CaseAction::Accept;
        auto accepted = cases.perform(draft.value(), request);
        if (!accepted)
            return accepted.error();
        seeded.caseIds << accepted.value().id;
    }
    for (const core::DomainEvent &event : storage::OutboxStore(db).pending(count + 1000000))
        seeded.eventIds << event.id;
    if (fast) {
        QSqlQuery pragma(db->connection());
        (void)pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    return seeded;
}

} // namespace ow::test::seed
