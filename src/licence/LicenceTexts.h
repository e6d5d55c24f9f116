#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// The fixed Chinese wording printed on the business licence (营业执照), in one table so that it can
// be reviewed in one place. This is the text of an official document, not user interface: it is
// printed in Chinese whatever the language of the client, and is not translated.
namespace ow::licence::detail {

struct LicenceWording
{
    QStringView title;              // 营业执照
    QStringView duplicateMark;      // （副本）, under the title of a 副本
    QStringView copyNumberLabel;    // before "1-{n}" on a 副本
    QStringView sheetNumberLabel;   // before the serial of the numbered blank stock
    QStringView creditCodeLabel;    // 统一社会信用代码
    QStringView nameLabel;          // 名称
    QStringView typeLabel;          // 类型
    QStringView defaultRepLabel;    // 法定代表人, when the fields give no other
    QStringView scopeLabel;         // 经营范围
    QStringView capitalLabel;       // 注册资本
    QStringView establishedLabel;   // 成立日期
    QStringView termLabel;          // 营业期限
    QStringView domicileLabel;      // 住所
    QStringView authorityLabel;     // 登记机关
    QStringView termSeparator;      // between the two dates of the term
    QStringView termUnlimited;      // 长期
    QStringView qrCaption;          // under the QR code
    QStringView publicityLabel;     // before the publicity system's web address
    QStringView annualReportNotice; // printed on a 副本 only
    QStringView supervisedBy;       // 国家市场监督管理总局监制
    QStringView provisionalMark;    // the large mark across a provisional sheet
    QStringView provisionalBanner;  // the line under the title of a provisional sheet
};

const LicenceWording &licenceWording();

// 2026年12月01日: four-digit year, two-digit month and day, as licences print dates.
QString licenceDate(const QDate &date);

} // namespace ow::licence::detail
