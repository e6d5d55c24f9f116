#pragma once

#include "CreditReport.h"

#include <QList>
#include <QString>

// The credit report as blocks of text, each with a role that decides how it is laid out: made in
// CreditReport.cpp (the wording), laid out and painted in CreditReportPaint.cpp.
namespace ow::licence::detail {

enum class ReportRole
{
    Authority,   // the office printing it, centred
    Title,       // centred, large
    Meta,        // 报告日期, right-aligned
    Subject,     // the entity's name, code and status, flush left
    Alert,       // a list the entity is on now, bold
    Heading,     // a category: 一、基础登记信息
    ItemHeading, // 1．行政处罚　并市监罚〔2026〕7号, bold
    Field,       // label：value, indented, wrapped under the value
    Empty,       // 无 (a category without items)
    Note,        // what the report is made from, smaller
    Clerk,       // who printed it
    Date,        // the date, right-aligned
};

struct ReportBlock
{
    ReportRole role;
    QString text;
    qsizetype hangingPrefix = 0; // characters of `text` that later lines are indented past
    bool removed = false;        // part of a removed list entry: printed in grey
};

QList<ReportBlock> creditReportBlocks(const CreditReportData &data);
QString reportDate(const QDate &date); // 2026年3月15日
QString reportPageNumber(int page, int pages);

} // namespace ow::licence::detail
