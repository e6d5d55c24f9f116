#pragma once

#include "core/CreditProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace ow::licence {

// Everything printed on an entity's credit report (企业信用报告, issue 11 §4): its credit record by
// the seed's categories as the counter cached it (core::CreditProfiles::build), the office that
// prints it, who and when.
struct CreditReportData
{
    core::CreditProfile profile;
    QString authorityName; // the office printing it, e.g. 太原市小店区市场监督管理局
    QString clerk;
    QDate date; // printed on
};

// Lays out a credit report as an A4 PDF with CJK fonts, or sends it to a printer. Its wording is
// fixed Chinese, like the notices' (CreditReport.cpp, one table): it is a document handed over or
// filed, not the user interface.
class CreditReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(CreditReportRenderer)
public:
    static QString title(); // 企业信用报告
    // Why `data` cannot be printed (no entity, no date), or empty when it can.
    static QString validate(const CreditReportData &data);
    // The report as plain lines of text, in print order (used for the PDF and for golden tests).
    static QStringList lines(const CreditReportData &data);
    // Paints the report on any paged device (the PDF writer here, a QPrinter in ui/), on as many
    // pages as it needs. False with `error` set when the data is invalid, no Chinese font is
    // installed or the device cannot be painted on.
    static bool paint(const CreditReportData &data, QPagedPaintDevice *device, QString *error = nullptr);
    // Writes the PDF; false with `error` set on failure (path not writable, …).
    static bool writePdf(const CreditReportData &data, const QString &path, QString *error = nullptr);
    // The file name a report is written under: credit-report-<code>-<yyyyMMdd>.pdf
    static QString fileName(const CreditReportData &data);
};

} // namespace ow::licence
