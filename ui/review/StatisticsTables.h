#pragma once

#include "core/Statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ow::ui {

// The statistics' figures, in the order the view shows them.
enum class Figure
{
    Registrations, // received per period by outcome (the table: also by entity type)
    ProcessingTime,
    Reasons,
    Clerks,
    Workstations,
    Channels
};

// One figure as a table: what its CSV and XLSX exports and its printout hold.
struct FigureTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
};

// The report's figures worded for people (the clerk's language), and the CSV of one.
class StatisticsTables
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsTables)
public:
    static const QList<Figure> &figures();
    static QString title(Figure figure);
    static FigureTable table(Figure figure, const core::StatisticsReport &report,
                             const std::function<QString(const QString &)> &personName = {});
    // The entity type's name as the licence words it; "All types" for "".
    static QString typeName(const QString &entityTypeId);
    static QString actionName(core::CaseAction action);
    static QString channelName(bool online);
    // RFC 4180, a UTF-8 BOM first so that spreadsheets read the Chinese as Chinese, CRLF lines.
    static QByteArray csv(const FigureTable &table);
    // A file name for exports: "statistics-registrations-2026-11-01-2026-11-30".
    static QString fileStem(Figure figure, const core::StatisticsFilter &filter);
};

} // namespace ow::ui
