#include "NoticeTexts.h"

#include <array>

namespace ow::licence::detail {
namespace {

// clang-format off
constexpr std::array<NoticeWording, 5> kWordings{{
    {
        // NoticeKind::Acceptance
        u"受理通知书",
        u"受理号：",
        u"你（单位）提交的登记申请，经审查，申请材料齐全，符合法定形式，本机关决定予以受理。",
        u"",
        u"本机关将在{days}个工作日内作出是否准予登记的决定。",
        u"受理日期",
        u"受理人：",
    },
    {
        // NoticeKind::Correction
        u"补正通知书",
        u"编号：",
        u"你（单位）提交的登记申请，经审查，申请材料不齐全或者不符合法定形式。",
        u"现将需要补正的全部材料和事项一次性告知如下：",
        u"请你（单位）按照上述要求补正全部材料后提交本机关。补正材料提交齐全后，本机关将继续办理你（单位）的登记申请。",
        u"",
        u"经办人：",
    },
    {
        // NoticeKind::Refusal
        u"不予受理通知书",
        u"编号：",
        u"你（单位）提交的登记申请，经审查，本机关决定不予受理。",
        u"不予受理的理由如下：",
        u"你（单位）如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议，"
        u"或者自收到本通知书之日起6个月内依法向人民法院提起行政诉讼。",
        u"",
        u"经办人：",
    },
    {
        // NoticeKind::Approval
        u"准予登记通知书",
        u"受理号：",
        u"你（单位）提交的登记申请，经审查，符合法定条件和标准，本机关决定准予登记。",
        u"",
        u"请你（单位）持本通知书到本机关领取营业执照。",
        u"核准日期",
        u"核准人：",
    },
    {
        // NoticeKind::Rejection
        u"不予登记通知书",
        u"受理号：",
        u"你（单位）提交的登记申请，经审查，不符合法定条件和标准，本机关决定不予登记。",
        u"不予登记的理由如下：",
        u"你（单位）如对本决定不服，可以自收到本通知书之日起60日内依法申请行政复议，"
        u"或者自收到本通知书之日起6个月内依法向人民法院提起行政诉讼。",
        u"",
        u"审核人：",
    },
}};

constexpr CommonWording kCommon{
    u"申请人",
    u"：",
    u"申请登记事项：",
    u"企业名称",
    u"企业类型",
    u"法定代表人",
    u"：",
    u"．",
    u"登记机关（印章）",
    u"{y}年{m}月{d}日",
    u"第 {page} 页 共 {pages} 页",
    u"本机关将对你（单位）的简易注销登记申请予以公告，公告期{noticeDays}日，自{from}起至{until}止。"
    u"公告期内，利害关系人可以向本机关提出异议。本机关将在公告期满后{days}个工作日内作出是否准予注销登记的决定。",
    u"本机关将对你（单位）的简易注销登记申请予以公告，公告期{noticeDays}日，自公告发布之日起算，"
    u"预计至{until}止，以公告载明的日期为准。公告期内，利害关系人可以向本机关提出异议。"
    u"本机关将在公告期满后{days}个工作日内作出是否准予注销登记的决定。",
};
// clang-format on

} // namespace

const NoticeWording &wording(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance:
        return kWordings[0];
    case NoticeKind::Correction:
        return kWordings[1];
    case NoticeKind::Refusal:
        return kWordings[2];
    case NoticeKind::Approval:
        return kWordings[3];
    case NoticeKind::Rejection:
        return kWordings[4];
    }
    return kWordings[0];
}

const CommonWording &common()
{
    return kCommon;
}

} // namespace ow::licence::detail
