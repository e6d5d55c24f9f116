#pragma once

#include "core/CaseRecord.h"
#include "core/Deregistration.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace ow::licence {

enum class NoticeKind
{
    Acceptance, // 受理通知书
    Correction, // 补正通知书 — lists every missing item at once (一次性告知)
    Refusal,    // 不予受理通知书
    Approval,   // 准予登记通知书 — the supervisor's decision to register
    Rejection,  // 不予登记通知书 — states the reasons and the applicant's rights of appeal
};

// Everything printed on a notice, taken from a case and the office's settings.
struct NoticeData
{
    NoticeKind kind = NoticeKind::Acceptance;
    QString authorityName; // e.g. 太原市小店区市场监督管理局
    QString receiptNumber;
    QString applicantName; // proposed enterprise name
    QString entityTypeName;
    QString legalRep;
    QString legalRepTitle; // 法定代表人 (default when empty), 负责人, 执行事务合伙人, 投资人, 经营者
    QDate date;
    int timeLimitWorkingDays = 3;
    QStringList items; // missing items (correction) or reasons (refusal)
    QString reason;    // free text reason; each non-empty line is listed after `items`
    QString clerk;
    // The acceptance of a simplified deregistration: its public notice's first and last day (the
    // exchange's, else as it would run from acceptance: `noticeExpected`), after which the
    // decision's timeLimitWorkingDays count. Invalid on any other notice.
    QDate noticeFrom;
    QDate noticeUntil;
    bool noticeExpected = false;

    // `notice`: the exchange's public notice of a simplified deregistration, when the counter has it.
    static NoticeData fromCase(const core::CaseRecord &record, NoticeKind kind, const QString &authorityName,
                               const QString &clerkName, const QDate &date,
                               const std::optional<core::DeregistrationNotice> &notice = std::nullopt);
};

// Lays out a notice as an A4 PDF with CJK fonts, or sends it to a printer.
class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)
public:
    static QString title(NoticeKind kind); // 受理通知书 …
    // The installed font family used for the Chinese text, or empty when none is installed.
    // Needs a QGuiApplication.
    static QString chineseFontFamily();
    // The font a printed document (notice, credit report) sets its text in: unhinted, so its metrics
    // are the same on paper and in the PDF.
    static QFont printFont(const QString &family, qreal pointSize, bool bold);
    // Why `data` cannot be printed (acceptance without receipt number, correction listing nothing,
    // refusal without reasons), or empty when it can.
    static QString validate(const NoticeData &data);
    // The notice as plain lines of text, in print order (used for the PDF and for golden tests).
    static QStringList lines(const NoticeData &data);
    // Paints the notice on any paged device: the PDF writer here, a QPrinter in ui/.
    // False with `error` set when the data is invalid, no Chinese font is installed or the device
    // cannot be painted on.
    static bool paint(const NoticeData &data, QPagedPaintDevice *device, QString *error = nullptr);
    // Writes the PDF; false with `error` set on failure (path not writable, …).
    static bool writePdf(const NoticeData &data, const QString &path, QString *error = nullptr);
};

} // namespace ow::licence
