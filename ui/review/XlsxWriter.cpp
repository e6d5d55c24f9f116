#include "XlsxWriter.h"

#include <QRegularExpression>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace ow::ui::xlsx {
namespace {

struct Entry
{
    QByteArray name;
    QByteArray data;
    quint32 crc = 0;
    quint32 offset = 0;
};

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// The fields a local header and a central directory entry share, from "version needed" on.
void common(QByteArray &out, const Entry &e)
{
    put16(out, 20);     // version needed: 2.0
    put16(out, 0x0800); // flags: names in UTF-8
    put16(out, 0);      // method: stored
    put16(out, 0);      // time
    put16(out, 0x21);   // date: 1980-01-01
    put32(out, e.crc);
    put32(out, quint32(e.data.size()));
    put32(out, quint32(e.data.size()));
    put16(out, quint16(e.name.size()));
    put16(out, 0); // extra field
}

QByteArray zip(QList<Entry> entries)
{
    QByteArray out;
    for (Entry &e : entries) {
        e.crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(e.data.constData()), uInt(e.data.size())));
        e.offset = quint32(out.size());
        put32(out, 0x04034b50);
        common(out, e);
        out.append(e.name).append(e.data);
    }
    const quint32 directory = quint32(out.size());
    for (const Entry &e : entries) {
        put32(out, 0x02014b50);
        put16(out, 20); // made by
        common(out, e);
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out.append(e.name);
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

QString escaped(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean.append(c); // XML 1.0 has no other control characters
    }
    return clean.toHtmlEscaped();
}

QByteArray sheet(const QList<QStringList> &rows)
{
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,6})?$"_s);
    QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"_s;
    for (int r = 0; r < rows.size(); ++r) {
        xml += u"<row r=\"%1\">"_s.arg(r + 1);
        for (int c = 0; c < rows[r].size(); ++c) {
            const QString &value = rows[r][c];
            if (number.match(value).hasMatch())
                xml += u"<c r=\"%1\"><v>%2</v></c>"_s.arg(cellReference(c, r), value);
            else
                xml += u"<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>"_s.arg(
                    cellReference(c, r), escaped(value));
        }
        xml += u"</row>"_s;
    }
    xml += u"</sheetData></worksheet>"_s;
    return xml.toUtf8();
}

} // namespace

QString cellReference(int column, int row)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row + 1);
}

QByteArray workbook(const QString &sheetName, const QList<QStringList> &rows)
{
    // Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ].
    QString name = sheetName;
    name.remove(QRegularExpression(u"[:\\\\/?*\\[\\]]"_s));
    name = escaped(name.left(31));
    if (name.isEmpty())
        name = u"Sheet1"_s;
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray book =
        (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"%1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"_s.arg(name))
            .toUtf8();
    const QByteArray bookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    return zip({{"[Content_Types].xml", types, 0, 0},
                {"_rels/.rels", rels, 0, 0},
                {"xl/workbook.xml", book, 0, 0},
                {"xl/_rels/workbook.xml.rels", bookRels, 0, 0},
                {"xl/worksheets/sheet1.xml", sheet(rows), 0, 0}});
}

} // namespace ow::ui::xlsx
