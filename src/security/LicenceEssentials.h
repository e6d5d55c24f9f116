#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ow::core {
struct CaseRecord;
}

namespace ow::security {

// What a licence's QR code carries and the registration authority signs (DOMAIN §6): the printed
// fields a reader checks against the sheet. The business scope stays out (up to 5,000 characters;
// the public lookup shows it), as do the term and the copy number.
struct LicenceEssentials
{
    QString creditCode;          // 统一社会信用代码, checked with core::UsccCode
    QString name;                // 名称
    QString entityType;          // 类型, as printed
    QString legalRepresentative; // the person (法定代表人 or the type's equivalent)
    QString registeredCapital;   // 注册资本 as printed; may be empty (the sheet leaves the line out)
    QDate establishedOn;         // 成立日期
    QString domicile;            // 住所
    QString authorityName;       // 登记机关
    QDate issuedOn;              // date of issue: the signer's certificate must be valid on it
    QString sheetNumber;         // serial of the numbered blank stock; may be empty
    bool provisional = false;    // printed during an outage and signed by a workstation

    bool operator==(const LicenceEssentials &) const = default;
};

// The essentials of a licensed case as its licence prints them (core::LicenceText), not provisional:
// what the exchange signs when it confirms a licence, and a workstation during an outage.
LicenceEssentials essentialsOfCase(const core::CaseRecord &record);

// The one canonical serialisation of LicenceEssentials, used for signing and in the QR code: compact
// JSON (UTF-8, no spaces) of one object whose keys are the member names and "v" (the format
// version, 1), in sorted order, dates as yyyy-MM-dd. Reading accepts exactly what write() produces
// and nothing else, so one licence has one signed form.
class LicenceEssentialsJson
{
    Q_DECLARE_TR_FUNCTIONS(LicenceEssentialsJson)
public:
    static constexpr int FormatVersion = 1;
    // Bounds in characters (QString::size()). Name and domicile are the one form's (core::Limits),
    // so anything the counter accepts can be described; the QR code's capacity is the tighter
    // bound in practice (LicenceSeal::MaxSealedBytes).
    static constexpr int MaxCreditCode = 18;
    static constexpr int MaxName = 200;
    static constexpr int MaxEntityType = 100;
    static constexpr int MaxLegalRepresentative = 100;
    static constexpr int MaxRegisteredCapital = 100;
    static constexpr int MaxDomicile = 500;
    static constexpr int MaxAuthorityName = 100;
    static constexpr int MaxSheetNumber = 64;
    // The longest JSON read (every text at its bound, 6 bytes a character, and the keys).
    static constexpr int MaxJsonBytes = 8192;

    // The canonical JSON. Writes whatever it is given: check() first.
    static QByteArray write(const LicenceEssentials &essentials);
    // The essentials of canonical JSON, or "seal.malformed" saying exactly what is wrong.
    static Result<LicenceEssentials> read(const QByteArray &json);
    // Whether the essentials may be signed: a valid credit code, the required texts present, every
    // text within its bound and free of control characters, valid dates, established on or before
    // the date of issue. "seal.invalid_essentials" with `field` the member's name.
    static Result<void> check(const LicenceEssentials &essentials);
};

} // namespace ow::security
