#include "LicenceTexts.h"

using namespace Qt::StringLiterals;

namespace ow::licence::detail {
namespace {

// clang-format off
constexpr LicenceWording kWording{
    u"营业执照",
    u"（副本）",
    u"副本编号：",
    u"编号：",
    u"统一社会信用代码",
    u"名称",
    u"类型",
    u"法定代表人",
    u"经营范围",
    u"注册资本",
    u"成立日期",
    u"营业期限",
    u"住所",
    u"登记机关",
    u" 至 ",
    u"长期",
    u"扫描二维码登录“国家企业信用信息公示系统”\u2028了解更多登记、备案、许可、监管信息。", // two lines
    u"国家企业信用信息公示系统网址：",
    u"市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。",
    u"国家市场监督管理总局监制",
    u"临时",
    u"临时执照：待登记系统确认后生效",
};
// clang-format on

} // namespace

const LicenceWording &licenceWording()
{
    return kWording;
}

QString licenceDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return u"%1年%2月%3日"_s.arg(date.year(), 4, 10, QChar(u'0'))
        .arg(date.month(), 2, 10, QChar(u'0'))
        .arg(date.day(), 2, 10, QChar(u'0'));
}

} // namespace ow::licence::detail
