#include "StatisticsTables.h"

#include "core/EntityType.h"

using namespace Qt::StringLiterals;

namespace ow::ui {

const QList<Figure> &StatisticsTables::figures()
{
    static const QList<Figure> all{Figure::Registrations, Figure::ProcessingTime, Figure::Reasons,
                                   Figure::Clerks,        Figure::Workstations,   Figure::Channels};
    return all;
}

QString StatisticsTables::title(Figure figure)
{
    switch (figure) {
    case Figure::Registrations:
        return tr("Applications received, by outcome");
    case Figure::ProcessingTime:
        return tr("Working days from receipt to licence");
    case Figure::Reasons:
        return tr("Reasons for corrections, refusals and rejections");
    case Figure::Clerks:
        return tr("Cases accepted per clerk");
    case Figure::Workstations:
        return tr("Cases received per workstation");
    case Figure::Channels:
        return tr("Online and at the counter");
    }
    return {};
}

QString StatisticsTables::typeName(const QString &entityTypeId)
{
    if (entityTypeId.isEmpty())
        return tr("All types");
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(entityTypeId);
    return type ? type->name : entityTypeId;
}

QString StatisticsTables::actionName(core::CaseAction action)
{
    switch (action) {
    case core::CaseAction::RequestCorrection:
        return tr("Correction");
    case core::CaseAction::Refuse:
        return tr("Refusal");
    case core::CaseAction::Reject:
        return tr("Rejection");
    default:
        return core::CaseWorkflow::actionLabel(action);
    }
}

QString StatisticsTables::channelName(bool online)
{
    return online ? tr("Online") : tr("At the counter");
}

namespace {

QString percent(int part, int whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) : u"0"_s;
}

} // namespace

FigureTable StatisticsTables::table(Figure figure, const core::StatisticsReport &report,
                                    const std::function<QString(const QString &)> &personName)
{
    FigureTable t;
    t.title = title(figure);
    const QString n = u"%1"_s;
    switch (figure) {
    case Figure::Registrations:
        t.headers = {tr("Period"), tr("Entity type"), tr("Outcome"), tr("Cases")};
        for (const core::BucketCount &c : report.counts)
            t.rows.append({core::Statistics::bucketLabel(c.bucket, report.filter.granularity),
                           typeName(c.entityType), core::Statistics::outcomeLabel(c.outcome),
                           n.arg(c.count)});
        break;
    case Figure::ProcessingTime:
        t.headers = {tr("Entity type"),     tr("Licensed"), tr("Median"),
                     tr("90th percentile"), tr("Limit"),    tr("Within the limit (%)")};
        for (const core::ProcessingTime &p : report.processing)
            t.rows.append({typeName(p.entityType), n.arg(p.cases), n.arg(p.median), n.arg(p.p90),
                           n.arg(p.limitDays), percent(p.withinLimit, p.cases)});
        break;
    case Figure::Reasons:
        t.headers = {tr("Rank"), tr("Given for"), tr("Code"), tr("Reason"), tr("Times")};
        for (int i = 0; i < report.reasons.size(); ++i) {
            const core::RankedReason &r = report.reasons[i];
            t.rows.append({n.arg(i + 1), actionName(r.action), r.code,
                           r.code.isEmpty() ? tr("(own words only)") : r.text, n.arg(r.count)});
        }
        break;
    case Figure::Clerks:
        t.headers = {tr("Clerk"), tr("Name"), tr("Cases")};
        for (const core::LoadCount &l : report.clerks)
            t.rows.append({l.who, personName ? personName(l.who) : QString(), n.arg(l.count)});
        break;
    case Figure::Workstations:
        t.headers = {tr("Workstation"), tr("Cases")};
        for (const core::LoadCount &l : report.workstations)
            t.rows.append({l.who, n.arg(l.count)});
        break;
    case Figure::Channels: {
        const int all = report.online + report.counter;
        t.headers = {tr("Channel"), tr("Cases"), tr("Share (%)")};
        t.rows.append({channelName(true), n.arg(report.online), percent(report.online, all)});
        t.rows.append({channelName(false), n.arg(report.counter), percent(report.counter, all)});
        break;
    }
    }
    return t;
}

QByteArray StatisticsTables::csv(const FigureTable &table)
{
    const auto field = [](const QString &text) -> QString {
        if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
            return text;
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u"\""_s + quoted + u"\""_s;
    };
    QString out;
    QList<QStringList> lines{table.headers};
    lines.append(table.rows);
    for (const QStringList &line : lines) {
        QStringList fields;
        for (const QString &f : line)
            fields.append(field(f));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString StatisticsTables::fileStem(Figure figure, const core::StatisticsFilter &filter)
{
    static const char *const names[] = {"registrations", "processing-time", "reasons",
                                        "clerks",        "workstations",    "channels"};
    return u"statistics-%1-%2-%3"_s.arg(QLatin1String(names[int(figure)]), filter.from.toString(Qt::ISODate),
                                        filter.to.toString(Qt::ISODate));
}

} // namespace ow::ui
