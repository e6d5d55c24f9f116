#include "SampleApplications.h"

#include "Divisions.h"
#include "ResidentId.h"

#include <QStringList>

namespace ow::core::samples {
namespace {

const QString Surnames = QStringLiteral(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘"
    "杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文");
const QString GivenChars = QStringLiteral(
    "建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰晓红海燕志宏玉梅俊峰丹玲鹏辉斌飞凤");
const QString TradeChars =
    QStringLiteral("鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎安康顺益佳兆福沃茂腾");

QChar pick(const QString &chars, QRandomGenerator &random)
{
    return chars.at(random.bounded(int(chars.size())));
}

QDate birthDate(QRandomGenerator &random, int fromYear)
{
    return QDate(fromYear + random.bounded(20), 1 + random.bounded(12), 1 + random.bounded(28));
}

} // namespace

QString personName(QRandomGenerator &random)
{
    QString name(pick(Surnames, random));
    name += pick(GivenChars, random);
    if (random.bounded(3) != 0)
        name += pick(GivenChars, random);
    return name;
}

QString tradeName(QRandomGenerator &random)
{
    QString trade = QString(pick(TradeChars, random)) + pick(TradeChars, random);
    // A division's name is no 字号, nor a district of 太原 written short (name rules 2020, art. 8).
    if (Divisions::instance().isName(trade) || trade == QStringLiteral("晋源"))
        trade.insert(1, u'鼎');
    return trade;
}

QString industry(QRandomGenerator &random)
{
    static const QStringList industries{QStringLiteral("商贸"),     QStringLiteral("科技"),
                                        QStringLiteral("建筑工程"), QStringLiteral("餐饮管理"),
                                        QStringLiteral("物流"),     QStringLiteral("文化传媒"),
                                        QStringLiteral("农业开发"), QStringLiteral("机械设备"),
                                        QStringLiteral("煤业"),     QStringLiteral("信息技术")};
    return industries.at(random.bounded(int(industries.size())));
}

QString residentId(const QString &division, const QDate &birth, int sequence)
{
    const QString first17 = division + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

OneForm limitedCompany(QRandomGenerator &random)
{
    OneForm f;
    f.entityTypeId = QStringLiteral("llc_natural_multi");
    f.proposedName =
        QStringLiteral("太原市") + tradeName(random) + industry(random) + QStringLiteral("有限公司");
    f.domicileDivision = QStringLiteral("140105");
    f.domicile = QStringLiteral("太原市小店区长治路%1号").arg(random.bounded(1, 400));
    f.authorityDivision = QStringLiteral("140105");
    f.capital = 100 * 10000;
    f.businessScope = QStringLiteral("日用百货销售；五金产品零售；办公用品销售");
    f.termYears = 0;
    f.phone = QStringLiteral("0351-%1").arg(random.bounded(2000000, 8999999));
    f.postalCode = QStringLiteral("030006");
    const QString repName = personName(random);
    const QString repId = residentId(QStringLiteral("140105"), birthDate(random, 1975), random.bounded(1000));
    f.legalRep = {repName, IdType::ResidentId, repId,
                  QStringLiteral("139%1").arg(random.bounded(10000000, 99999999)),
                  QStringLiteral("执行董事")};
    const QString partnerName = personName(random);
    const QString partnerId =
        residentId(QStringLiteral("140106"), birthDate(random, 1980), random.bounded(1000));
    // Subscribed within five years of establishment (2023 Company Law art. 47, core::CompanyRules).
    f.investors = {
        {InvestorKind::Natural, repName, repId, 60 * 10000, QStringLiteral("货币"), QDate(2030, 12, 31)},
        {InvestorKind::Natural, partnerName, partnerId, 40 * 10000, QStringLiteral("货币"),
         QDate(2030, 12, 31)}};
    f.liaison = {partnerName, IdType::ResidentId, partnerId, QStringLiteral("13803510000"), {}};
    f.financialOfficer = {personName(random), IdType::ResidentId, {}, QStringLiteral("13603510000"), {}};
    return f;
}

} // namespace ow::core::samples
