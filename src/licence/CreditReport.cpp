#include "CreditReport.h"

#include "CreditReportBlocks.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ow::licence {
namespace detail {
namespace {

using core::CreditCategory;
using core::CreditField;
using core::CreditItemKind;

// The fixed Chinese wording of the report, in one place so that it can be reviewed as a whole.
// This is the text of a document, not user interface: it is not translated.
// clang-format off
constexpr QStringView kTitle = u"企业信用报告";
constexpr QStringView kDateLabel = u"报告日期：";
constexpr QStringView kListedNow = u"截至报告日期，该企业被{list}。";
constexpr QStringView kNone = u"无";
constexpr QStringView kRemoved = u"（已移出）";
constexpr QStringView kLabelSuffix = u"：";
constexpr QStringView kNumberSuffix = u"．";
constexpr QStringView kHeadlineSeparator = u"　";
constexpr QStringView kLongTerm = u"长期";
constexpr QStringView kNote =
    u"说明：本报告根据本登记机关窗口截至报告日期同步的企业登记信息、有关部门推送的认领和信用信息以及"
    u"信用名单信息生成，按基础登记信息、行政许可、行政处罚、履约信息和其他信息分类列示，"
    u"每项信息注明日期和来源。";
constexpr QStringView kClerkLabel = u"打印人：";
constexpr QStringView kDateFormat = u"{y}年{m}月{d}日";
constexpr QStringView kPageNumber = u"第 {page} 页 共 {pages} 页";

// In core::CreditCategory's order.
constexpr std::array<QStringView, 5> kCategories{
    u"一、基础登记信息", u"二、行政许可信息", u"三、行政处罚信息", u"四、履约信息", u"五、其他信息",
};

// In core::CreditItemKind's order (a list entry's is its list's, below).
constexpr std::array<QStringView, 8> kKinds{
    u"登记信息", u"曾用名", u"认领部门", u"行政许可", u"行政处罚", u"履约信息", u"其他信息", u"",
};

// In core::CreditListKind's order.
constexpr std::array<QStringView, 3> kLists{
    u"列入经营异常名录", u"列入严重违法失信企业名单", u"列为失信被执行人",
};

// In core::CreditField's order.
constexpr std::array<QStringView, 29> kFields{
    u"企业名称", u"统一社会信用代码", u"类型", u"法定代表人", u"字号及行业", u"登记机关", u"成立日期",
    u"登记状态", u"状态日期", u"决定", u"变更日期", u"认领日期", u"许可证编号", u"处罚决定书文号",
    u"许可事项", u"有效期自", u"有效期至", u"处罚决定日期", u"违法事实", u"处罚依据", u"处罚内容",
    u"内容", u"日期", u"列入原因", u"决定文号及依据", u"列入日期", u"移出日期", u"移出原因", u"来源",
};
// clang-format on

static_assert(kFields.size() == std::size_t(CreditField::Source) + 1, "a label per field");
static_assert(kKinds.size() == std::size_t(CreditItemKind::ListEntry) + 1, "a word per kind");

QString listLabel(core::CreditListKind list)
{
    return kLists[std::size_t(list)].toString();
}

QString valueOf(const core::CreditDetail &detail)
{
    if (detail.field == CreditField::ValidTo && !detail.date.isValid())
        return kLongTerm.toString();
    if (detail.isDate())
        return reportDate(detail.date);
    if (detail.field == CreditField::Status)
        return core::RegisteredEntity::statusLabel(detail.text);
    return detail.text;
}

QString headlineOf(const core::CreditItem &item)
{
    if (item.kind == CreditItemKind::ListEntry)
        return listLabel(item.list) + (item.removed ? kRemoved.toString() : QString());
    const QString kind = kKinds[std::size_t(item.kind)].toString();
    if (item.kind == CreditItemKind::Registration || item.headline.isEmpty())
        return kind;
    return kind + kHeadlineSeparator.toString() + item.headline;
}

void addItems(QList<ReportBlock> &blocks, const core::CreditSection &section)
{
    blocks.append({ReportRole::Heading, kCategories[std::size_t(section.category)].toString()});
    if (section.items.isEmpty()) {
        blocks.append({ReportRole::Empty, kNone.toString()});
        return;
    }
    for (qsizetype i = 0; i < section.items.size(); ++i) {
        const core::CreditItem &item = section.items.at(i);
        const QString number = QString::number(i + 1) + kNumberSuffix.toString();
        blocks.append({ReportRole::ItemHeading, number + headlineOf(item), number.size(), item.removed});
        for (const core::CreditDetail &detail : item.details) {
            const QString label = detail.field == CreditField::Representative && !detail.label.isEmpty()
                                      ? detail.label
                                      : kFields[std::size_t(detail.field)].toString();
            const QString prefix = label + kLabelSuffix.toString();
            blocks.append({ReportRole::Field, prefix + valueOf(detail), prefix.size(), item.removed});
        }
    }
}

} // namespace

QString reportDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return kDateFormat.toString()
        .replace(u"{y}"_s, QString::number(date.year()))
        .replace(u"{m}"_s, QString::number(date.month()))
        .replace(u"{d}"_s, QString::number(date.day()));
}

QString reportPageNumber(int page, int pages)
{
    return kPageNumber.toString()
        .replace(u"{page}"_s, QString::number(page))
        .replace(u"{pages}"_s, QString::number(pages));
}

QList<ReportBlock> creditReportBlocks(const CreditReportData &data)
{
    const core::CreditProfile &p = data.profile;
    QList<ReportBlock> blocks;
    if (!data.authorityName.trimmed().isEmpty())
        blocks.append({ReportRole::Authority, data.authorityName.trimmed()});
    blocks.append({ReportRole::Title, kTitle.toString()});
    blocks.append({ReportRole::Meta, kDateLabel.toString() + reportDate(data.date)});
    const auto subject = [&](CreditField field, const QString &value) {
        const QString prefix = kFields[std::size_t(field)].toString() + kLabelSuffix.toString();
        blocks.append({ReportRole::Subject, prefix + value, prefix.size()});
    };
    subject(CreditField::Name, p.name);
    subject(CreditField::Code, p.code);
    subject(CreditField::Status, core::RegisteredEntity::statusLabel(p.status));
    const QList<core::CreditItem> listed = p.listedNow();
    for (const core::CreditItem &item : listed)
        blocks.append({ReportRole::Alert, kListedNow.toString().replace(u"{list}"_s, listLabel(item.list))});
    for (const core::CreditSection &section : p.sections)
        addItems(blocks, section);
    blocks.append({ReportRole::Note, kNote.toString()});
    if (!data.clerk.trimmed().isEmpty())
        blocks.append({ReportRole::Clerk, kClerkLabel.toString() + data.clerk.trimmed()});
    blocks.append({ReportRole::Date, reportDate(data.date)});
    return blocks;
}

} // namespace detail

QString CreditReportRenderer::title()
{
    return detail::kTitle.toString();
}

QString CreditReportRenderer::validate(const CreditReportData &data)
{
    if (data.profile.code.trimmed().isEmpty() || data.profile.name.trimmed().isEmpty())
        return tr("The credit report names no registered enterprise.");
    if (!data.date.isValid())
        return tr("The credit report has no date.");
    return QString();
}

QStringList CreditReportRenderer::lines(const CreditReportData &data)
{
    QStringList result;
    const QList<detail::ReportBlock> blocks = detail::creditReportBlocks(data);
    for (const detail::ReportBlock &block : blocks)
        result << block.text;
    return result;
}

QString CreditReportRenderer::fileName(const CreditReportData &data)
{
    return u"credit-report-%1-%2.pdf"_s.arg(data.profile.code.trimmed().toUpper(),
                                            data.date.toString(u"yyyyMMdd"_s));
}

} // namespace ow::licence
