#pragma once

#include "StatisticsTables.h"

#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QPrinter;
class QPushButton;

namespace ow::ui {

// One figure of the statistics: its chart, and its table exported as CSV or XLSX or printed.
class FigurePanel : public QWidget
{
    Q_OBJECT
public:
    // Where to save an export: a path, or "" when the person cancelled (default: a file dialog).
    using SavePathChooser = std::function<QString(const QString &suggested, const QString &filter)>;
    // Sets up the printer, false when cancelled (default: the print dialog).
    using PrinterChooser = std::function<bool(QPrinter &printer)>;

    FigurePanel(Figure figure, QWidget *parent = nullptr);

    void setReport(const core::StatisticsReport &report, FigureTable table,
                   const std::function<QString(const QString &)> &personName = {});
    void setChoosers(SavePathChooser savePath, PrinterChooser printer);

    Figure figure() const { return m_figure; }
    QChart *chart() const;
    const FigureTable &table() const { return m_table; }
    QPushButton *csvButton() const { return m_csv; }
    QPushButton *xlsxButton() const { return m_xlsx; }
    QPushButton *printButton() const { return m_print; }

    bool exportCsv(const QString &path);
    bool exportXlsx(const QString &path);
    bool print(QPrinter &printer);

private:
    void save(const QString &suffix, const QString &filter);
    bool write(const QString &path, const QByteArray &bytes);
    void printNow();

    Figure m_figure;
    FigureTable m_table;
    QString m_subtitle; // the filter, for the printout
    QString m_stem;
    QChartView *m_view;
    QPushButton *m_csv;
    QPushButton *m_xlsx;
    QPushButton *m_print;
    SavePathChooser m_savePath;
    PrinterChooser m_printer;
};

} // namespace ow::ui
