#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ow::core {

// The one rule for a receipt number: <authority division>-<yyyyMMdd>-<workstation code>-<sequence>,
// e.g. 140105-20261201-W01-0007. Unique across workstations with no network: the workstation code
// is unique, the sequence counts per workstation and day. The counter composes it, the cache's
// migration reads it back, and the exchange accepts only well-formed ones of the caller's workstation.
struct ReceiptNumber
{
    static constexpr int MaxSequence = 9999; // a day's numbers at one workstation

    QString authority; // six digits (the registration authority's division)
    QDate day;
    QString workstation; // WorkstationCode
    int sequence = 0;    // 1..MaxSequence, written with at least four digits

    // The parts of `text`, or nothing when it is not a receipt number.
    static std::optional<ReceiptNumber> parse(const QString &text);
    QString toString() const;
    // The text up to the sequence ("140105-20261201-W01-"): every number of that day and workstation.
    QString prefix() const;
};

} // namespace ow::core
