#include "CaseForms.h"

#include "core/SampleApplications.h"

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
