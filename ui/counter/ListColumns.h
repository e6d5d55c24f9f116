#pragma once

class QTableView;

namespace ow::ui {

// The columns of the list on the left, fitted to its usual width (about a third of a 1366-pixel
// screen) without a horizontal scroll bar: the name takes what the short columns leave; columns
// a clerk rarely reads start hidden and are shown from the header's context menu.

// The case list (CaseListModel): receipt no., name, state and legal representative in view;
// entity type and last change on request.
void fitCaseListColumns(QTableView *view);
// The search hits (SearchResultsModel): kind, name, code and person.
void fitSearchColumns(QTableView *view);

} // namespace ow::ui
