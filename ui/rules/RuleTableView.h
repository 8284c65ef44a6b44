#pragma once

class QAbstractItemModel;
class QTableView;

namespace gatehouse::ui {

// How the Rules page's table looks: whole rows selected one at a time, the name stretching, the
// other columns as wide as their titles in the language shown, Tags and Updated hidden until the
// header's menu shows them, and sorting by any column (the gateway's order until one is clicked).
void setUpRuleTable(QTableView* table, QAbstractItemModel* model);

} // namespace gatehouse::ui
