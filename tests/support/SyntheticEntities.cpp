#include "SyntheticEntities.h"

#include "core/Divisions.h"
#include "core/UsccCode.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ow::test {
namespace {

const QString TradeChars =
    u"鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎安康顺益佳兆福沃茂腾龙凤天地新中国"
    "东方南北西明光辉阳春秋海山川江河林森荣豪富贵永久长城万千百合众联创美好伟强宝盈润泽景晖旭峰岳"
    "正大同君诺凯威力精工艺尚品优特超越卓群星月皓晨曦蓝绿红紫云"_s;
const QString Surnames =
    u"王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
    "薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武"
    "乔贺赖龚文"_s;
const QString GivenChars =
    u"建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰晓红海燕志宏玉梅俊峰丹玲鹏辉斌飞凤文博宇浩"
    "然子涵欣怡晨阳佳琪思远"_s;
const QStringList Industries{u"商贸"_s,       u"科技"_s,     u"建筑工程"_s, u"餐饮管理"_s, u"物流"_s,
                             u"文化传媒"_s,   u"农业开发"_s, u"机械设备"_s, u"煤业"_s,     u"信息技术"_s,
                             u"房地产开发"_s, u"医药"_s,     u"环保科技"_s, u"能源"_s,     u"汽车销售"_s,
                             u"装饰工程"_s,   u"广告"_s,     u"劳务"_s,     u"电子"_s,     u"化工"_s};
const QStringList Forms{u"有限公司"_s, u"有限责任公司"_s, u"股份有限公司"_s, u"有限公司"_s, u"有限公司"_s};
const QStringList Streets{u"长风街"_s, u"体育路"_s, u"平阳路"_s, u"学府街"_s, u"并州路"_s, u"迎泽大街"_s};
const QStringList Scopes{u"日用百货销售；五金产品零售；办公用品销售"_s,
                         u"技术服务、技术开发、技术咨询；软件开发"_s, u"建设工程施工；园林绿化工程施工"_s,
                         u"餐饮管理；食品销售（仅销售预包装食品）"_s,
                         u"道路货物运输（不含危险货物）；普通货物仓储服务"_s};
const QString CodeChars = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

QChar pick(const QString &chars, QRandomGenerator &random)
{
    return chars.at(random.bounded(int(chars.size())));
}

template <typename T> const T &pickOf(const QList<T> &list, QRandomGenerator &random)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace

SyntheticEntities::SyntheticEntities(quint32 seed) : m_random(seed), m_places(shanxiPlaces()) {}

QList<SyntheticEntities::Place> SyntheticEntities::shanxiPlaces()
{
    const core::Divisions &divisions = core::Divisions::instance();
    QList<Place> places;
    for (const core::Division &city : divisions.children(u"14"_s)) {
        for (const core::Division &county : divisions.children(city.code)) {
            const QString countyName = city.name + county.name;
            places.append({county.code, city.name, countyName});
            places.append({county.code, countyName, countyName});
            places.append({county.code, u"山西"_s, countyName});
        }
    }
    if (places.isEmpty())
        places.append({u"140105"_s, u"太原市"_s, u"太原市小店区"_s});
    return places;
}

core::RegisteredEntity SyntheticEntities::next()
{
    core::RegisteredEntity e;
    const Place &place = pickOf(m_places, m_random);
    e.authorityDivision = place.code;
    e.authorityName = place.countyName + u"市场监督管理局"_s;
    e.tradeName = QString(pick(TradeChars, m_random)) + pick(TradeChars, m_random);
    if (m_random.bounded(5) == 0)
        e.tradeName += pick(TradeChars, m_random);
    e.industry = pickOf(Industries, m_random);
    e.name = place.namePrefix + e.tradeName + e.industry + pickOf(Forms, m_random);
    e.entityTypeId = u"llc_natural_multi"_s;
    e.typeName = u"有限责任公司(自然人投资或控股)"_s;
    e.representativeLabel = u"法定代表人"_s;
    QString body;
    for (int i = 0; i < 8; ++i)
        body += pick(CodeChars, m_random);
    e.code = core::UsccCode::compose(u'9', u'1', place.code, body);
    e.legalRep = QString(pick(Surnames, m_random)) + pick(GivenChars, m_random);
    if (m_random.bounded(3) != 0)
        e.legalRep += pick(GivenChars, m_random);
    e.domicile =
        place.countyName + pickOf(Streets, m_random) + QString::number(1 + m_random.bounded(300)) + u"号"_s;
    e.capital = QString::number(10 * (1 + m_random.bounded(500))) + u"万元"_s;
    e.businessScope = pickOf(Scopes, m_random);
    e.established = QDate(2000, 1, 1).addDays(m_random.bounded(9500));
    e.licensedAt = QDateTime(e.established, QTime(9, 30), Qt::UTC);
    e.publishedAt = e.licensedAt.addSecs(60);
    e.status = core::RegisteredEntity::StatusRegistered;
    return e;
}

} // namespace ow::test
