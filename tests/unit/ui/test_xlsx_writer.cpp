// The statistics' spreadsheet export (ui/review/XlsxWriter): a package that an independent reader
// (python3's zipfile and its XML parser) opens, with the cells written.
#include "ui/review/XlsxWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow;

namespace {

// Prints the package's names and sheet1's cells as JSON [[names…], {ref: [type, text]…}].
const char *Reader = R"(
import json, sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
for part in z.namelist():
    if part.endswith('.xml') or part.endswith('.rels'):
        ET.fromstring(z.read(part))
book = ET.fromstring(z.read('xl/workbook.xml'))
cells = {}
for c in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}c' % ns['m']):
    if c.get('t') == 'inlineStr':
        cells[c.get('r')] = ['s', ''.join(t.text or '' for t in c.iter('{%s}t' % ns['m']))]
    else:
        cells[c.get('r')] = ['n', c.find('m:v', ns).text]
sheet = book.find('m:sheets/m:sheet', ns).get('name')
print(json.dumps([z.namelist(), cells, sheet], ensure_ascii=False))
)";

} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT
private slots:
    void references_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("reference");
        QTest::newRow("A1") << 0 << 0 << QStringLiteral("A1");
        QTest::newRow("Z3") << 25 << 2 << QStringLiteral("Z3");
        QTest::newRow("AA1") << 26 << 0 << QStringLiteral("AA1");
        QTest::newRow("AB2") << 27 << 1 << QStringLiteral("AB2");
        QTest::newRow("ZZ1") << 701 << 0 << QStringLiteral("ZZ1");
        QTest::newRow("AAA1") << 702 << 0 << QStringLiteral("AAA1");
    }
    void references()
    {
        QFETCH(int, column);
        QFETCH(int, row);
        QFETCH(QString, reference);
        QCOMPARE(ui::xlsx::cellReference(column, row), reference);
    }

    void readBackByAnotherReader()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.xlsx"));
        const QList<QStringList> rows{
            {QStringLiteral("期间"), QStringLiteral("企业类型"), QStringLiteral("件数")},
            {QStringLiteral("2026-W48"), QStringLiteral("有限责任公司 <&> \"x\""), QStringLiteral("12")},
            {QStringLiteral("0012"), QStringLiteral("-3.5"), QStringLiteral("")}};
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ui::xlsx::workbook(QStringLiteral("受理量/按周"), rows));
        file.close();

        QProcess reader;
        reader.start(python, {QStringLiteral("-c"), QString::fromUtf8(Reader), path});
        QVERIFY(reader.waitForFinished(30000));
        QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
        const QJsonArray read = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
        QCOMPARE(read.size(), 3);
        QCOMPARE(read[0].toArray().size(), 5);
        QCOMPARE(read[2].toString(), QStringLiteral("受理量按周")); // no '/' in a sheet's name
        const QJsonObject cells = read[1].toObject();
        const auto cell = [&](const char *ref) {
            return cells.value(QLatin1String(ref)).toArray();
        };
        QCOMPARE(cell("A1"), (QJsonArray{QStringLiteral("s"), QStringLiteral("期间")}));
        QCOMPARE(cell("C1")[1].toString(), QStringLiteral("件数"));
        QCOMPARE(cell("A2")[1].toString(), QStringLiteral("2026-W48"));
        QCOMPARE(cell("B2")[1].toString(), QStringLiteral("有限责任公司 <&> \"x\""));
        QCOMPARE(cell("C2"), (QJsonArray{QStringLiteral("n"), QStringLiteral("12")}));
        QCOMPARE(cell("A3")[0].toString(), QStringLiteral("s")); // a leading zero stays text
        QCOMPARE(cell("B3"), (QJsonArray{QStringLiteral("n"), QStringLiteral("-3.5")}));
    }
};

QTEST_GUILESS_MAIN(TestXlsxWriter)
#include "test_xlsx_writer.moc"
