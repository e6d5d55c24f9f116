#include "FigurePanel.h"

#include "StatisticsCharts.h"
#include "XlsxWriter.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcStatisticsView, "onewindow.ui.statistics")

using namespace Qt::StringLiterals;

namespace ow::ui {

FigurePanel::FigurePanel(Figure figure, QWidget *parent)
    : QWidget(parent), m_figure(figure), m_view(new QChartView(this)),
      m_csv(new QPushButton(tr("Export CSV…"), this)), m_xlsx(new QPushButton(tr("Export XLSX…"), this)),
      m_print(new QPushButton(tr("Print…"), this))
{
    static const char *const names[] = {"registrations", "processingTime", "reasons",
                                        "clerks",        "workstations",   "channels"};
    setObjectName(QLatin1String(names[int(figure)]) + u"Figure"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_csv->setToolTip(tr("Save this figure's table as CSV, for any spreadsheet"));
    m_xlsx->setToolTip(tr("Save this figure's table as an Excel workbook"));
    m_print->setToolTip(tr("Print this figure and its table"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_csv);
    buttons->addWidget(m_xlsx);
    buttons->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_savePath = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_table.title), suggested, filter);
    };
    m_printer = [this](QPrinter &printer) {
        QPrintDialog dialog(&printer, this);
        return dialog.exec() == QDialog::Accepted;
    };
    connect(m_csv, &QPushButton::clicked, this, [this] { save(u"csv"_s, tr("CSV (*.csv)")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { save(u"xlsx"_s, tr("Excel workbook (*.xlsx)")); });
    connect(m_print, &QPushButton::clicked, this, &FigurePanel::printNow);
}

void FigurePanel::setChoosers(SavePathChooser savePath, PrinterChooser printer)
{
    if (savePath)
        m_savePath = std::move(savePath);
    if (printer)
        m_printer = std::move(printer);
}

QChart *FigurePanel::chart() const
{
    return m_view->chart();
}

void FigurePanel::setReport(const core::StatisticsReport &report, FigureTable table,
                            const std::function<QString(const QString &)> &personName)
{
    m_table = std::move(table);
    m_stem = StatisticsTables::fileStem(m_figure, report.filter);
    m_subtitle =
        tr("%1 to %2").arg(report.filter.from.toString(Qt::ISODate), report.filter.to.toString(Qt::ISODate));
    QChart *old = m_view->chart();
    m_view->setChart(StatisticsCharts::chart(m_figure, report, personName));
    delete old;
}

void FigurePanel::save(const QString &suffix, const QString &filter)
{
    const QString path = m_savePath(m_stem + u"."_s + suffix, filter);
    if (path.isEmpty())
        return;
    if (suffix == u"csv"_s)
        exportCsv(path);
    else
        exportXlsx(path);
}

bool FigurePanel::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) {
        qCInfo(lcStatisticsView) << "exported" << m_stem << "to" << path;
        return true;
    }
    QMessageBox::warning(this, tr("Export"), tr("Could not write %1: %2").arg(path, file.errorString()));
    return false;
}

bool FigurePanel::exportCsv(const QString &path)
{
    return write(path, StatisticsTables::csv(m_table));
}

bool FigurePanel::exportXlsx(const QString &path)
{
    QList<QStringList> rows{m_table.headers};
    rows.append(m_table.rows);
    return write(path, xlsx::workbook(m_table.title, rows));
}

void FigurePanel::printNow()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_stem);
    if (m_printer(printer))
        print(printer);
}

bool FigurePanel::print(QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer)) {
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be started."));
        return false;
    }
    const QRect page = painter.viewport();
    const int line = painter.fontMetrics().height();
    int y = 0;
    painter.drawText(QRect(0, y, page.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                     m_table.title + u"  "_s + m_subtitle);
    y += line * 2;
    // The chart laid out again at a size of its own, so that it fills the page's width with legible
    // text whatever the shape of the panel on screen, then put back.
    QChart *chart = m_view->chart();
    const QRectF onScreen = chart->geometry();
    const QSizeF printed(960, 480);
    const int height =
        std::min(page.height() * 3 / 5, int(page.width() * printed.height() / printed.width()));
    const QRect chartArea(0, y, int(height * printed.width() / printed.height()), height);
    chart->setGeometry(QRectF(onScreen.topLeft(), printed));
    m_view->scene()->render(&painter, chartArea, QRectF(onScreen.topLeft(), printed));
    chart->setGeometry(onScreen);
    y += chartArea.height() + line;
    const int columns = std::max<int>(1, int(m_table.headers.size()));
    const int width = page.width() / columns;
    QList<QStringList> lines{m_table.headers};
    lines.append(m_table.rows);
    for (const QStringList &row : lines) {
        if (y + line > page.height()) {
            printer.newPage();
            y = 0;
        }
        for (int c = 0; c < row.size() && c < columns; ++c)
            painter.drawText(QRect(c * width, y, width - line / 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(row[c], Qt::ElideRight, width - line / 2));
        y += line;
    }
    return painter.end();
}

} // namespace ow::ui
