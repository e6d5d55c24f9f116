#pragma once

#include "OneForm.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

// Synthetic but realistic applications for demos, the exchange's demo generator and tests:
// Taiyuan limited companies of two natural-person investors whose one forms pass OneFormValidator,
// with common Chinese names and valid resident ID numbers. Never real people's data.
namespace ow::core::samples {

// A person's name: a common surname and one or two given-name characters.
QString personName(QRandomGenerator &random);
// Two characters for a trade name (字号), and an industry word for an enterprise name.
QString tradeName(QRandomGenerator &random);
QString industry(QRandomGenerator &random);
// A valid resident ID number of a person born on `birth`, registered in `division` (6 digits).
QString residentId(const QString &division, const QDate &birth, int sequence);
// A complete, valid one form: 太原市<trade name><industry>有限公司, domicile and authority in
// Xiaodian district (140105), capital 100 × 10,000 yuan split 60/40 between the two investors.
OneForm limitedCompany(QRandomGenerator &random);

} // namespace ow::core::samples
