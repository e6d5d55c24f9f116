#pragma once

#include "Notice.h"

#include <QStringView>

// The fixed Chinese wording printed on the notices, in one table so that it can be reviewed in one
// place. This is the text of an official document, not user interface: it is not translated.
// Placeholders: {days} (statutory time limit in working days), {rep} (representative title),
// {noticeDays}, {from} and {until} (a simplified deregistration's public notice).
namespace ow::licence::detail {

struct NoticeWording
{
    QStringView title;          // 受理通知书 …
    QStringView numberLabel;    // label before the receipt number
    QStringView opening;        // first paragraph after the salutation
    QStringView listIntro;      // paragraph introducing the numbered list, empty when there is none
    QStringView closing;        // paragraph after the list (or after the opening)
    QStringView dateFieldLabel; // label of the date among the fields, empty for none
    QStringView clerkLabel;     // 受理人： / 经办人：
};

struct CommonWording
{
    QStringView applicantFallback; // salutation when the applicant has no name yet
    QStringView salutationSuffix;
    QStringView fieldsHeading;
    QStringView nameLabel;
    QStringView typeLabel;
    QStringView defaultRepTitle;
    QStringView labelSuffix;      // after a field label
    QStringView listNumberSuffix; // after the number of a list item: 1．
    QStringView sealLine;         // where the authority stamps its seal
    QStringView dateFormat;       // {y}年{m}月{d}日
    QStringView pageNumber;       // 第 {page} 页 共 {pages} 页
    // The acceptance of a simplified deregistration says this instead of its closing: the public
    // notice ({noticeDays} days, {from} to {until}) and the decision {days} working days after it;
    // `noticeClosingExpected` while the notice has not begun (its last day as it would run).
    QStringView noticeClosing;
    QStringView noticeClosingExpected;
};

const NoticeWording &wording(NoticeKind kind);
const CommonWording &common();

} // namespace ow::licence::detail
