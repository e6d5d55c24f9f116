#include "StatisticsView.h"

#include "core/Authority.h"
#include "core/Divisions.h"
#include "core/EntityType.h"
#include "storage/AccountStore.h"
#include "storage/CaseStatistics.h"
#include "sync/SyncEngine.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcStatisticsView)

using namespace Qt::StringLiterals;

namespace ow::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

StatisticsView::StatisticsView(Workbench &wb, QWidget *parent)
    : QDialog(parent), m_wb(wb), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_granularity(new QComboBox(this)), m_authority(new QComboBox(this)), m_type(new QComboBox(this)),
      m_summary(new QLabel(this)), m_scope(new QComboBox(this)), m_progress(new QProgressBar(this))
{
    setObjectName(u"statisticsView"_s);
    setWindowTitle(tr("Statistics"));
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    // The registrations across the whole width (a month by day is 30 bars), the others two by two.
    for (Figure figure : StatisticsTables::figures()) {
        auto *panel = new FigurePanel(figure, charts);
        const int i = int(m_panels.size());
        if (i == 0)
            grid->addWidget(panel, 0, 0, 1, 2);
        else
            grid->addWidget(panel, 1 + (i - 1) / 2, (i - 1) % 2);
        m_panels.append(panel);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(charts);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    m_progress->setObjectName(u"statisticsProgress"_s);
    m_progress->setRange(0, 0); // busy: the exchange answers at once or not at all
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(scroll, 1);
    layout->addWidget(close);
    resize(1320, 740);
    refresh();
}

QAction *StatisticsView::createAction(Workbench &wb, QWidget *window, bool supervisor)
{
    auto *action = new QAction(tr("&Statistics…"), window);
    action->setObjectName(u"statisticsAction"_s);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action->setToolTip(tr("Registrations, processing times, reasons and load over this counter's cases "
                          "(Ctrl+Shift+S)"));
    action->setVisible(supervisor);
    action->setEnabled(supervisor);
    QObject::connect(action, &QAction::triggered, window, [&wb, window] {
        if (auto *open = window->findChild<StatisticsView *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *view = new StatisticsView(wb, window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        view->activateWindow();
    });
    return action;
}

QWidget *StatisticsView::buildFilters()
{
    auto *box = new QWidget(this);
    const QDate today = core::StatutoryClock::officeDate(QDateTime::currentDateTime());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setObjectName(u"statisticsFrom"_s);
    m_to->setObjectName(u"statisticsTo"_s);
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    for (core::Granularity g : {core::Granularity::Day, core::Granularity::Week, core::Granularity::Month})
        m_granularity->addItem(core::Statistics::granularityLabel(g), int(g));
    fillAuthorities(false);
    m_type->addItem(StatisticsTables::typeName({}), QString());
    for (const core::EntityType &type : core::EntityTypeCatalog::instance().types())
        m_type->addItem(type.name, type.id);

    m_scope->setObjectName(u"statisticsScope"_s);
    m_scope->addItem(tr("This counter"));
    m_scope->addItem(tr("Whole province (exchange)"));
    const bool province = mayReadProvince(m_wb);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    QLabel *scopeLabel = buddyLabel(tr("Sco&pe"), m_scope, box);
    row->addWidget(scopeLabel);
    row->addWidget(m_scope);
    scopeLabel->setVisible(province);
    m_scope->setVisible(province);
    m_scope->setEnabled(province);
    row->addWidget(buddyLabel(tr("&From"), m_from, box));
    row->addWidget(m_from);
    row->addWidget(buddyLabel(tr("&To"), m_to, box));
    row->addWidget(m_to);
    row->addWidget(buddyLabel(tr("&By"), m_granularity, box));
    row->addWidget(m_granularity);
    row->addWidget(buddyLabel(tr("A&uthority"), m_authority, box));
    row->addWidget(m_authority, 1);
    row->addWidget(buddyLabel(tr("T&ype"), m_type, box));
    row->addWidget(m_type, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsView::refresh);
    for (QComboBox *combo : {m_granularity, m_authority, m_type})
        connect(combo, &QComboBox::currentIndexChanged, this, &StatisticsView::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillAuthorities(provinceChosen());
        refresh();
    });
    return box;
}

void StatisticsView::fillAuthorities(bool province)
{
    const QString chosen = m_authority->currentData().toString();
    QStringList codes;
    if (province) {
        // Every authority of the session's province: the province, each city and its counties.
        // (Divisions names a province by 2 digits and a city by 4; an authority's code is 6.)
        const QString own = m_wb.sync ? m_wb.sync->session().authority : QString();
        const QString top = core::Authority::province(own);
        codes.append(top + u"0000"_s);
        const core::Divisions &divisions = core::Divisions::instance();
        for (const core::Division &city : divisions.children(top)) {
            codes.append(city.code.leftJustified(6, u'0'));
            for (const core::Division &county : divisions.children(city.code))
                codes.append(county.code);
        }
    } else {
        codes = storage::CaseStatistics(m_wb.db).authorities();
    }
    const QSignalBlocker blocker(m_authority);
    m_authority->clear();
    m_authority->addItem(tr("All authorities"), QString());
    for (const QString &code : std::as_const(codes)) {
        if (!core::Authority::isValid(code))
            continue;
        const QString office = core::Authority::officeName(code);
        m_authority->addItem(office.isEmpty() ? code : u"%1 %2"_s.arg(code, office), code);
    }
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(chosen)));
}

void StatisticsView::setChoosers(const FigurePanel::SavePathChooser &savePath,
                                 const FigurePanel::PrinterChooser &printer)
{
    for (FigurePanel *panel : std::as_const(m_panels))
        panel->setChoosers(savePath, printer);
}

core::StatisticsFilter StatisticsView::filter() const
{
    core::StatisticsFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.granularity = core::Granularity(m_granularity->currentData().toInt());
    f.authority = m_authority->currentData().toString();
    f.entityType = m_type->currentData().toString();
    return f;
}

FigurePanel *StatisticsView::panel(Figure figure) const
{
    return m_panels.value(int(figure));
}

bool StatisticsView::mayReadProvince(const Workbench &wb)
{
    if (!wb.sync)
        return false;
    const sync::SessionInfo &session = wb.sync->session();
    return session.role == u"admin"_s || (session.role == u"supervisor"_s && session.provincial);
}

bool StatisticsView::provinceChosen() const
{
    return m_scope->isEnabled() && m_scope->currentIndex() == 1;
}

void StatisticsView::refresh()
{
    const core::StatisticsFilter f = filter();
    ++m_asked; // an answer still awaited is for filters no longer shown
    m_progress->hide();
    if (provinceChosen()) {
        refreshProvince(f);
        return;
    }
    refreshLocal(f);
}

void StatisticsView::refreshLocal(const core::StatisticsFilter &filter, const QString &note)
{
    auto report = storage::CaseStatistics(m_wb.db).report(filter, m_wb.calendar(), m_wb.clocks());
    if (!report) {
        m_summary->setText(report.error().message);
        qCInfo(lcStatisticsView) << "statistics not computed:" << report.error().code;
        return;
    }
    const QString summary = summaryOf(report.value(), false);
    display(report.value(), note.isEmpty() ? summary : summary + u" "_s + note);
}

void StatisticsView::display(const core::StatisticsReport &report, const QString &summary)
{
    m_report = report;
    const auto personName = [this](const QString &userId) {
        const auto account = m_wb.accounts.find(userId);
        return account ? account->displayName : QString();
    };
    for (FigurePanel *panel : std::as_const(m_panels))
        panel->setReport(m_report, StatisticsTables::table(panel->figure(), m_report, personName),
                         personName);
    m_summary->setText(summary);
}

void StatisticsView::refreshProvince(const core::StatisticsFilter &filter)
{
    if (const QString problem = filter.problem(); !problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    sync::ExchangeClient *client = m_wb.sync ? m_wb.sync->client() : nullptr;
    if (!client || m_wb.sync->state() != sync::ConnectionState::Online || client->token().isEmpty()) {
        // This counter's figures meanwhile, and why they are not the province's.
        refreshLocal(filter, tr("The exchange cannot be reached: the province's figures come from the "
                                "exchange. Connect, then choose the scope again."));
        emit provinceAnswered(false);
        return;
    }
    m_summary->setText(tr("Asking the exchange for the province's figures…"));
    m_progress->show();
    const quint64 asked = m_asked;
    QPointer<StatisticsView> self(this);
    client->statistics(filter, [self, asked,
                                filter](Result<protocol::statistics::Answer, sync::SyncError> answer) {
        if (!self || self->m_asked != asked)
            return; // closed, or asked again since
        self->m_progress->hide();
        if (!answer) {
            qCInfo(lcStatisticsView) << "province statistics failed:" << answer.error().code;
            self->provinceFailed(tr("The exchange did not answer the province's figures: %1")
                                     .arg(answer.error().displayText()));
            return;
        }
        const core::StatisticsReport report =
            core::Statistics::compute(filter, answer.value().facts, self->m_wb.calendar(),
                                      self->m_wb.clocks(), core::ReasonCatalogue::instance());
        QString summary = self->summaryOf(report, true);
        if (!answer.value().complete)
            summary +=
                u" "_s + tr("The exchange cut some lists at their bound: narrow the period or the filters.");
        self->display(report, summary);
        emit self->provinceAnswered(true);
    });
}

void StatisticsView::provinceFailed(const QString &text)
{
    m_progress->hide();
    m_summary->setText(text);
    emit provinceAnswered(false);
}

QString StatisticsView::summaryOf(const core::StatisticsReport &report, bool province) const
{
    const int received = report.online + report.counter;
    const QString from = report.filter.from.toString(Qt::ISODate);
    const QString to = report.filter.to.toString(Qt::ISODate);
    QString text =
        province ? tr("%n application(s) received from %1 to %2 in the whole province, as the exchange "
                      "holds them",
                      nullptr, received)
                       .arg(from, to)
                 : tr("%n application(s) received from %1 to %2, in this counter's cache", nullptr, received)
                       .arg(from, to);
    if (!report.processing.isEmpty()) {
        const core::ProcessingTime &all = report.processing.first();
        text += u"; "_s +
                tr("%n licensed: median %1, 90th percentile %2 working days (limit %3)", nullptr, all.cases)
                    .arg(all.median)
                    .arg(all.p90)
                    .arg(all.limitDays);
    }
    const QString caveat = m_wb.calendar().caveat(report.filter.from.year(), report.filter.to.year());
    if (caveat.isEmpty())
        return text + u"."_s;
    return text + u". "_s + caveat;
}

} // namespace ow::ui
