#include "ui/sync/SyncLogView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColor>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ow::ui {

using Level = sync::SyncLogEntry::Level;

namespace {

// Keeps the rows at or above a level.
class LevelFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setErrorsOnly(bool on)
    {
        m_errorsOnly = on;
        invalidateFilter();
    }
    bool errorsOnly() const { return m_errorsOnly; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_errorsOnly)
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(SyncLogModel::LevelRole).toInt() == int(Level::Error);
    }

private:
    bool m_errorsOnly = false;
};

QString timeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(u"HH:mm:ss"_s)
                                                : local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace

// --- SyncLogModel ---------------------------------------------------------------------------

SyncLogModel::SyncLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncLogModel::levelLabel(Level level)
{
    switch (level) {
    case Level::Info:
        return tr("Info");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        break;
    }
    return tr("Error");
}

QString SyncLogModel::toLine(const sync::SyncLogEntry &e)
{
    QStringList parts{e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), levelLabel(e.level), e.message};
    if (!e.code.isEmpty())
        parts << e.code;
    if (!e.requestId.isEmpty())
        parts << tr("request ID %1").arg(e.requestId);
    return parts.join(u'\t');
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const sync::SyncLogEntry &e = m_entries.at(index.row());
    if (role == LevelRole)
        return int(e.level);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.at);
        case LevelColumn:
            return levelLabel(e.level);
        case MessageColumn:
            return e.message;
        case CodeColumn:
            return e.code;
        case RequestIdColumn:
            return e.requestId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        if (index.column() == MessageColumn)
            return e.message;
        if (index.column() == RequestIdColumn && !e.requestId.isEmpty())
            return tr("Give this ID to the support desk; it finds the request in the exchange's log.");
        return {};
    case Qt::DecorationRole:
        if (index.column() != LevelColumn)
            return {};
        switch (e.level) {
        case Level::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        case Level::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Level::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case Qt::ForegroundRole:
        if (e.level == Level::Error)
            return QColor(0xb3, 0x26, 0x1e);
        if (e.level == Level::Warning)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

void SyncLogModel::append(const sync::SyncLogEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

void SyncLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void SyncLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (m_entries.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_entries.size()) - 1);
        m_entries.resize(m_capacity);
        endRemoveRows();
    }
}

// --- SyncLogView ----------------------------------------------------------------------------

SyncLogView::SyncLogView(QWidget *parent)
    : QWidget(parent), m_model(new SyncLogModel(DefaultCapacity, this)), m_filter(new LevelFilter(this)),
      m_view(new QTableView(this)), m_errorsOnly(new QCheckBox(this)), m_count(new QLabel(this)),
      m_copyRequestId(new QAction(this)), m_copyEntry(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_errorsOnly->setObjectName(u"syncLogErrorsOnly"_s);
    m_errorsOnly->setText(tr("&Errors only"));
    bar->addWidget(m_errorsOnly);
    bar->addStretch(1);
    m_count->setObjectName(u"syncLogCount"_s);
    bar->addWidget(m_count);
    auto *copyButton = new QPushButton(tr("Copy request &ID"), this);
    copyButton->setObjectName(u"syncLogCopyRequestId"_s);
    bar->addWidget(copyButton);
    layout->addLayout(bar);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"syncLog"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::LevelColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::CodeColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(SyncLogModel::RequestIdColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(SyncLogModel::CodeColumn, 170);
    m_view->setColumnWidth(SyncLogModel::RequestIdColumn, 150);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    m_copyRequestId->setObjectName(u"copyRequestId"_s);
    m_copyRequestId->setText(tr("Copy request &ID"));
    m_copyRequestId->setShortcut(QKeySequence::Copy);
    m_copyRequestId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyRequestId);
    m_copyEntry->setObjectName(u"copyLogEntry"_s);
    m_copyEntry->setText(tr("Copy the whole &line"));
    m_view->addAction(m_copyEntry);

    connect(m_copyRequestId, &QAction::triggered, this, &SyncLogView::copyRequestId);
    connect(m_copyEntry, &QAction::triggered, this, &SyncLogView::copyEntry);
    connect(copyButton, &QPushButton::clicked, this, &SyncLogView::copyRequestId);
    connect(m_copyRequestId, &QAction::enabledChanged, copyButton, &QPushButton::setEnabled);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &SyncLogView::setErrorsOnly);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        m_view->selectRow(m_view->indexAt(pos).row());
        QMenu menu(this);
        menu.addAction(m_copyRequestId);
        menu.addAction(m_copyEntry);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncLogView::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SyncLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SyncLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SyncLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SyncLogView::updateCount);

    // The table copies the current cell on Ctrl+C by itself; here Ctrl+C copies the request id.
    m_view->installEventFilter(this);
    setFocusProxy(m_view);
    setTabOrder(m_errorsOnly, copyButton);
    setTabOrder(copyButton, m_view);
    updateCount();
    updateActions();
}

bool SyncLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::KeyPress)
                copyRequestId();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int SyncLogView::entryCount() const
{
    return m_model->rowCount();
}

int SyncLogView::visibleCount() const
{
    return m_filter->rowCount();
}

bool SyncLogView::errorsOnly() const
{
    return static_cast<LevelFilter *>(m_filter)->errorsOnly();
}

void SyncLogView::setErrorsOnly(bool on)
{
    if (m_errorsOnly->isChecked() != on)
        m_errorsOnly->setChecked(on); // comes back here through toggled
    static_cast<LevelFilter *>(m_filter)->setErrorsOnly(on);
    updateCount();
    updateActions();
}

void SyncLogView::setCapacity(int capacity)
{
    m_model->setCapacity(capacity);
}

std::optional<sync::SyncLogEntry> SyncLogView::currentEntry() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), {}))
        return std::nullopt;
    return m_model->entry(m_filter->mapToSource(index).row());
}

void SyncLogView::append(const sync::SyncLogEntry &entry)
{
    m_model->append(entry);
    updateActions();
}

void SyncLogView::clear()
{
    m_model->clear();
    updateActions();
}

void SyncLogView::copyRequestId()
{
    const auto entry = currentEntry();
    if (!entry)
        return;
    QApplication::clipboard()->setText(entry->requestId.isEmpty() ? SyncLogModel::toLine(*entry)
                                                                  : entry->requestId);
}

void SyncLogView::copyEntry()
{
    if (const auto entry = currentEntry())
        QApplication::clipboard()->setText(SyncLogModel::toLine(*entry));
}

void SyncLogView::updateActions()
{
    const auto entry = currentEntry();
    m_copyRequestId->setEnabled(entry.has_value());
    m_copyEntry->setEnabled(entry.has_value());
}

void SyncLogView::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == all ? tr("%n entry(s)", nullptr, all)
                                  : tr("%1 of %n entry(s)", nullptr, all).arg(shown));
}

} // namespace ow::ui
