#include "CaseForms.h"

#include "core/EnterpriseName.h"
#include "core/EntityType.h"
#include "core/Limits.h"
#include "core/SampleApplications.h"

#include <limits>
#include <string>

namespace ow::test::forms {

using core::samples::residentId;

namespace {

const QString TradeChars = QStringLiteral("鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎");
const QString Surnames = QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗");
const QString GivenChars = QStringLiteral("建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟");

QString person(int n)
{
    return QString(Surnames.at(n % Surnames.size())) + GivenChars.at((n / 7) % GivenChars.size()) +
           GivenChars.at((n / 3 + 5) % GivenChars.size());
}

} // namespace

core::OneForm limitedCompany(int n)
{
    const QString division = QStringLiteral("140105");
    core::OneForm f;
    f.entityTypeId = QStringLiteral("llc_natural_multi");
    QString trade = QString(TradeChars.at(n % TradeChars.size())) +
                    TradeChars.at((n / TradeChars.size() + 3) % TradeChars.size());
    // Four pairs are divisions (金昌, 金华, 嘉兴; 晋源 a district of 太原), which are no 字号 (name rules
    // 2020, art. 8): a third character keeps them unique and valid.
    static const QStringList divisionPairs = {QStringLiteral("金昌"), QStringLiteral("金华"),
                                              QStringLiteral("嘉兴"), QStringLiteral("晋源")};
    if (divisionPairs.contains(trade))
        trade.insert(1, u'鼎');
    f.proposedName = QStringLiteral("太原市") + trade + QStringLiteral("商贸有限公司");
    // Some pairs are industry words (通信, 信息 …), no 字号 either (art. 8): the same remedy.
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(f.entityTypeId);
    if (type && !core::EnterpriseName::validate(f.proposedName, *type)) {
        trade.insert(1, u'鼎');
        f.proposedName = QStringLiteral("太原市") + trade + QStringLiteral("商贸有限公司");
    }
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
                    QDate(2030, 12, 31)},
                   {core::InvestorKind::Natural, partnerName, partnerId, 40 * 10000, QStringLiteral("货币"),
                    QDate(2030, 12, 31)}};
    f.personnel = {{repName, repId, QStringLiteral("执行董事")},
                   {partnerName, partnerId, QStringLiteral("监事")}};
    f.liaison = {partnerName, core::IdType::ResidentId, partnerId, QStringLiteral("13803510000"), {}};
    f.financialOfficer = {person(n + 5), core::IdType::ResidentId, {}, QStringLiteral("13603510000"), {}};
    return f;
}

QList<core::MaterialItem> completeMaterials()
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

} // namespace ow::test::forms

namespace ow::test::forms {

core::CaseRecord largestCase(QChar filler)
{
    using core::Limits;
    using core::LimitScope;
    const auto fill = [filler](LimitScope scope, std::string_view path) {
        return QString(Limits::maxLength(scope, path), filler);
    };
    const auto person = [&](std::string_view section) {
        const std::string s(section);
        return core::Person{fill(LimitScope::Form, s + ".name"), core::IdType::ResidentId,
                            fill(LimitScope::Form, s + ".idNumber"), fill(LimitScope::Form, s + ".phone"),
                            fill(LimitScope::Form, s + ".position")};
    };
    core::CaseRecord r;
    r.id = fill(LimitScope::Case, "id");
    r.receiptNumber = fill(LimitScope::Case, "receiptNumber");
    r.state = core::CaseState::CorrectionRequired;
    r.version = std::numeric_limits<int>::max();
    r.createdBy = fill(LimitScope::Case, "createdBy");
    r.acceptedBy = fill(LimitScope::Case, "acceptedBy");
    r.reviewer = fill(LimitScope::Case, "reviewer");
    r.workstation = fill(LimitScope::Case, "workstation");
    r.lastReason = fill(LimitScope::Case, "lastReason");
    const QDateTime latest(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    r.createdAt = r.updatedAt = r.acceptedAt = r.reviewLockUntil = latest;

    core::OneForm &f = r.form;
    f.entityTypeId = fill(LimitScope::Form, "entity.type");
    f.proposedName = fill(LimitScope::Form, "entity.name");
    f.domicile = fill(LimitScope::Form, "entity.domicile");
    f.domicileDivision = fill(LimitScope::Form, "entity.domicileDivision");
    f.authorityDivision = fill(LimitScope::Form, "entity.authorityDivision");
    f.capital = std::numeric_limits<core::Yuan>::min();
    f.businessScope = fill(LimitScope::Form, "entity.scope");
    f.termYears = std::numeric_limits<int>::min();
    f.phone = fill(LimitScope::Form, "entity.phone");
    f.postalCode = fill(LimitScope::Form, "entity.postalCode");
    f.parentCode = fill(LimitScope::Form, "entity.parentCode");
    f.legalRep = person("legalRep");
    f.liaison = person("liaison");
    f.financialOfficer = person("financialOfficer");
    core::Investor investor;
    investor.name = fill(LimitScope::Form, "investors[].name");
    investor.idNumber = fill(LimitScope::Form, "investors[].idNumber");
    investor.contributionForm = fill(LimitScope::Form, "investors[].contributionForm");
    investor.subscribed = std::numeric_limits<core::Yuan>::min();
    investor.deadline = QDate(9999, 12, 31);
    // Every key that a default leaves out, at its longest.
    investor.idType = core::IdType::ForeignPermanentResident;
    investor.partner = core::PartnerKind::Limited;
    investor.farmer = true;
    investor.domiciledInChina = false;
    f.investors = QList<core::Investor>(Limits::maxCount(LimitScope::Form, "investors"), investor);
    const core::KeyPerson keyPerson{
        fill(LimitScope::Form, "personnel[].name"), fill(LimitScope::Form, "personnel[].idNumber"),
        fill(LimitScope::Form, "personnel[].position"), core::IdType::ForeignPermanentResident};
    f.legalRepOffice = core::LegalRepOffice::Manager;
    f.personnel = QList<core::KeyPerson>(Limits::maxCount(LimitScope::Form, "personnel"), keyPerson);

    core::MaterialItem item;
    item.id = fill(LimitScope::Case, "materials[].id");
    item.title = fill(LimitScope::Case, "materials[].title");
    item.required = false;
    item.status = core::MaterialStatus::OriginalSeen;
    item.attachments = QStringList(Limits::maxCount(LimitScope::Case, "materials[].attachments"),
                                   fill(LimitScope::Case, "materials[].attachments[]"));
    r.materials = QList<core::MaterialItem>(Limits::maxCount(LimitScope::Case, "materials"), item);
    return r;
}

} // namespace ow::test::forms
