#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace ow::licence {

enum class LicenceCopy
{
    Original,  // 正本: A3 landscape, displayed at the premises
    Duplicate, // 副本: A4 landscape, numbered 1-1, 1-2 …
};

// Everything printed on a business licence (DOMAIN §6). Texts are printed as given (display text);
// the fixed wording around them is the licence's own (LicenceTexts.cpp).
struct LicenceFields
{
    QString creditCode;          // 统一社会信用代码, 18 characters (checked with core::UsccCode)
    QString name;                // 名称
    QString entityType;          // 类型, e.g. 有限责任公司(自然人投资或控股)
    QString legalRepresentative; // the person
    // The entity type's title for the person: 法定代表人, 执行事务合伙人, 经营者, 负责人 …
    QString legalRepresentativeLabel = QStringLiteral("法定代表人");
    QString businessScope;     // 经营范围; long scopes are wrapped and set smaller to fit their box
    QString registeredCapital; // 注册资本, e.g. 伍佰万元人民币; empty leaves the line out
    QDate establishedOn;       // 成立日期
    QDate termFrom;            // 营业期限 from; invalid means the date of establishment
    QDate termTo;              // 营业期限 to; invalid means 长期 (no limit)
    QString domicile;          // 住所
    QString authorityName;     // 登记机关, e.g. 太原市小店区市场监督管理局
    QDate issuedOn;            // date of issue, under the authority's seal
    QString publicityUrl = QStringLiteral("http://www.gsxt.gov.cn"); // printed at the bottom
    QByteArray qrPayload;     // what the QR code carries, signed by the caller; encoded as is
    QString sheetNumber;      // serial of the numbered blank stock; empty prints none
    bool provisional = false; // printed during an outage, before the exchange confirmed it
    int copyNumber = 1;       // a 副本's number: printed as 副本编号：1-<copyNumber>
};

// A piece of text on a laid-out sheet, for tests and previews: where its lines are on the paper.
struct LicenceTextBlock
{
    QString key;         // "title", "creditCode.label", "creditCode", "name.label", "name", …
    QString text;        // as printed
    QRectF rectMm;       // the lines' extent, in millimetres from the paper's top-left corner
    qreal pointSize = 0; // as printed on this copy's paper
};

struct LicenceSheetLayout
{
    LicenceCopy copy = LicenceCopy::Original;
    QSizeF pageMm;                  // 420 × 297 or 297 × 210
    QRectF qrMm;                    // the QR code with its quiet zone
    QRectF sealMm;                  // the square left free around the authority for its seal
    QList<LicenceTextBlock> blocks; // in reading order
};

// The business licence (营业执照) as the current national layout prints it: landscape, the code
// top left, the title in the middle, the QR code top right, the fields in two columns, the authority
// and date of issue bottom right where the seal goes, the publicity system's address at the bottom.
// The 副本 is the 正本 scaled from A3 to A4 (as the national printing standard does), plus its
// copy number and the annual-report notice.
class LicenceSheet
{
    Q_DECLARE_TR_FUNCTIONS(LicenceSheet)
public:
    static constexpr int MaxRepresentativeLabelLength = 8; // characters of legalRepresentativeLabel

    // The paper of a copy in millimetres, landscape: 420 × 297 (A3) or 297 × 210 (A4).
    static QSizeF pageSizeMm(LicenceCopy copy);

    // What keeps `fields` from being printed ("licence.field_missing", "licence.invalid_code",
    // "licence.invalid_term", "licence.invalid_label", "licence.invalid_copy_number"), with
    // Error::field naming the LicenceFields member.
    static Result<void> validate(const LicenceFields &fields);

    // Where everything goes on `copy`, without painting. Fails as validate() does, when the QR
    // payload is too long ("licence.qr_too_long"), when no Chinese font is installed
    // ("licence.no_cjk_font") or when a text does not fit its box even in the smallest readable
    // size ("licence.does_not_fit", Error::field naming it). Needs a QGuiApplication.
    static Result<LicenceSheetLayout> layOut(const LicenceFields &fields, LicenceCopy copy);

    // Paints one sheet with `painter`, the whole paper mapped onto `sheetRect` (painter
    // coordinates). An empty `sheetRect` means the device's paper: the full page of a
    // QPagedPaintDevice (whose page size the caller has set to pageSizeMm(copy)), else the device,
    // keeping the paper's proportions. Fails as layOut() does, before anything is painted.
    static Result<void> paint(QPainter &painter, const LicenceFields &fields, LicenceCopy copy,
                              const QRectF &sheetRect = QRectF());

    // Prints `copies` on `device`, one page each with its own paper size (a QPdfWriter here, a
    // QPrinter in ui/). The n-th Duplicate in `copies` (from 0) is numbered fields.copyNumber + n.
    // Every sheet is laid out before the first is painted, so a failure prints nothing.
    static Result<void> print(QPagedPaintDevice *device, const LicenceFields &fields,
                              const QList<LicenceCopy> &copies);
    // The same on numbered blank stock: the i-th sheet carries sheetNumbers[i] (one per copy).
    static Result<void> print(QPagedPaintDevice *device, const LicenceFields &fields,
                              const QList<LicenceCopy> &copies, const QStringList &sheetNumbers);

    // Writes `copies` to one PDF (fonts embedded), e.g. one 正本 and two 副本. Refuses, writing
    // nothing, when print() would fail or the file cannot be written ("licence.write_failed").
    static Result<void> writePdf(const QString &path, const LicenceFields &fields,
                                 const QList<LicenceCopy> &copies);
};

} // namespace ow::licence
