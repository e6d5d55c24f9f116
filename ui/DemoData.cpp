#include "DemoData.h"

#include "AppSettings.h"
#include "Workbench.h"
#include "core/CaseWorkflow.h"
#include "core/Divisions.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/ResidentId.h"
#include "core/UsccCode.h"
#include "security/PasswordHash.h"
#include "storage/EnterpriseDirectory.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "onewindow.ui.demo")

namespace ow::ui {
namespace {

// Common surnames and given-name characters, trade-name characters and industries, enough for
// realistic names; demo data only.
const QString Surnames = QStringLiteral(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘"
    "杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文");
const QString GivenChars = QStringLiteral(
    "建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰晓红海燕志宏玉梅俊峰丹玲鹏辉斌飞凤");
const QString TradeChars =
    QStringLiteral("鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎安康顺益佳兆福沃嘉茂腾");
const QStringList Industries{QStringLiteral("商贸"),     QStringLiteral("科技"),
                             QStringLiteral("建筑工程"), QStringLiteral("餐饮管理"),
                             QStringLiteral("物流"),     QStringLiteral("文化传媒"),
                             QStringLiteral("农业开发"), QStringLiteral("机械设备"),
                             QStringLiteral("煤业"),     QStringLiteral("信息技术")};

QChar pick(const QString &chars, QRandomGenerator &random)
{
    return chars.at(random.bounded(int(chars.size())));
}

QString personName(QRandomGenerator &random)
{
    QString name(pick(Surnames, random));
    name += pick(GivenChars, random);
    if (random.bounded(3) != 0) {
        name += pick(GivenChars, random);
    }
    return name;
}

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
    const QString first17 = division + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::ResidentId::checkCharacter(first17);
}

core::OneForm DemoData::sampleLimitedCompany(QRandomGenerator &random)
{
    core::OneForm f;
    f.entityTypeId = QStringLiteral("llc_natural_multi");
    const QString trade = QString(pick(TradeChars, random)) + pick(TradeChars, random);
    f.proposedName = QStringLiteral("太原市") + trade +
                     Industries.at(random.bounded(int(Industries.size()))) + QStringLiteral("有限公司");
    f.domicileDivision = QStringLiteral("140105");
    f.domicile = QStringLiteral("太原市小店区长治路%1号").arg(random.bounded(1, 400));
    f.authorityDivision = QStringLiteral("140105");
    f.capital = 100 * 10000;
    f.businessScope = QStringLiteral("日用百货销售；五金产品零售；办公用品销售");
    f.termYears = 0;
    f.phone = QStringLiteral("0351-%1").arg(random.bounded(2000000, 8999999));
    f.postalCode = QStringLiteral("030006");
    const QString repName = personName(random);
    const QString repId =
        residentId(QStringLiteral("140105"),
                   QDate(1975 + random.bounded(25), 1 + random.bounded(12), 1 + random.bounded(28)),
                   random.bounded(1000));
    f.legalRep = {repName, core::IdType::ResidentId, repId,
                  QStringLiteral("139%1").arg(random.bounded(10000000, 99999999)),
                  QStringLiteral("执行董事")};
    const QString partnerName = personName(random);
    const QString partnerId =
        residentId(QStringLiteral("140106"),
                   QDate(1980 + random.bounded(20), 1 + random.bounded(12), 1 + random.bounded(28)),
                   random.bounded(1000));
    f.investors = {{core::InvestorKind::Natural, repName, repId, 60 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)},
                   {core::InvestorKind::Natural, partnerName, partnerId, 40 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)}};
    f.liaison = {partnerName, core::IdType::ResidentId, partnerId, QStringLiteral("13803510000"), {}};
    f.financialOfficer = {
        personName(random), core::IdType::ResidentId, {}, QStringLiteral("13603510000"), {}};
    return f;
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
        e.tradeName = QString(pick(TradeChars, random)) + pick(TradeChars, random);
        e.industry = Industries.at(random.bounded(int(Industries.size())));
        e.name = QStringLiteral("太原市") + e.tradeName + e.industry + QStringLiteral("有限公司");
        e.entityTypeId = QStringLiteral("llc_natural_multi");
        e.code = core::UsccCode::compose(QLatin1Char('9'), QLatin1Char('1'), county.code, orgBody(random));
        e.legalRep = personName(random);
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
