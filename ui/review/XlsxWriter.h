#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::ui::xlsx {

// A minimal valid SpreadsheetML workbook (.xlsx) of one sheet: a zip of stored entries holding
// [Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels and
// xl/worksheets/sheet1.xml. Each row's cells from column A; a cell that is a plain decimal number is
// written as a number, any other as an inline string.
QByteArray workbook(const QString &sheetName, const QList<QStringList> &rows);

// A1-style reference of a zero-based column and row: (0, 0) → "A1", (27, 1) → "AB2".
QString cellReference(int column, int row);

} // namespace ow::ui::xlsx
