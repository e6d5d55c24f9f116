#include "ui/counter/ListColumns.h"

#include "ui/counter/CaseListModel.h"
#include "ui/counter/SearchResultsModel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace ow::ui {
namespace {

// Which columns the clerk has hidden for this model, kept on the view across model switches.
QByteArray hiddenKey(const QTableView *view)
{
    return QByteArray("ow.hiddenColumns.") + view->model()->metaObject()->className();
}

QList<int> hiddenColumns(const QTableView *view, std::initializer_list<int> byDefault)
{
    const QVariant kept = view->property(hiddenKey(view).constData());
    if (!kept.isValid()) {
        return QList<int>(byDefault);
    }
    QList<int> columns;
    for (const QVariant &column : kept.toList()) {
        columns.append(column.toInt());
    }
    return columns;
}

void keepHidden(QTableView *view)
{
    QVariantList columns;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column)) {
            columns.append(column);
        }
    }
    view->setProperty(hiddenKey(view).constData(), columns);
}

// One checkable action per column in the header's context menu.
void offerColumnsInMenu(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    for (QAction *old : header->actions()) {
        header->removeAction(old);
        old->deleteLater();
    }
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        auto *action = new QAction(model->headerData(column, Qt::Horizontal).toString(), header);
        action->setCheckable(true);
        action->setChecked(!view->isColumnHidden(column));
        QObject::connect(action, &QAction::toggled, view, [view, column](bool shown) {
            view->setColumnHidden(column, !shown);
            keepHidden(view);
        });
        header->addAction(action);
    }
}

void fit(QTableView *view, int stretchColumn, std::initializer_list<int> hiddenByDefault)
{
    const QList<int> hidden = hiddenColumns(view, hiddenByDefault);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        header->setSectionResizeMode(column, column == stretchColumn ? QHeaderView::Stretch
                                                                     : QHeaderView::ResizeToContents);
        view->setColumnHidden(column, hidden.contains(column));
    }
    view->setTextElideMode(Qt::ElideRight);
    offerColumnsInMenu(view);
}

} // namespace

void fitCaseListColumns(QTableView *view)
{
    fit(view, CaseListModel::NameColumn, {CaseListModel::TypeColumn, CaseListModel::UpdatedColumn});
}

void fitSearchColumns(QTableView *view)
{
    fit(view, SearchResultsModel::NameColumn, {SearchResultsModel::MatchColumn});
}

} // namespace ow::ui
