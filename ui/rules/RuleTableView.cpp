#include "ui/rules/RuleTableView.h"

#include "ui/common/ColumnChoice.h"
#include "ui/common/ColumnWidth.h"
#include "ui/rules/RuleTableModel.h"

#include <QHeaderView>
#include <QTableView>

namespace gatehouse::ui {

void setUpRuleTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(RuleTableModel::Name, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(RuleTableModel::Enabled, QHeaderView::ResizeToContents);
    setColumnWidthWithTitle(table, RuleTableModel::Id, 80);
    setColumnWidthWithTitle(table, RuleTableModel::Kind, 70);
    setColumnWidthWithTitle(table, RuleTableModel::Action, 70);
    setColumnWidthWithTitle(table, RuleTableModel::Scope, 110);
    setColumnWidthWithTitle(table, RuleTableModel::Priority, 60);
    setColumnWidthWithTitle(table, RuleTableModel::Hits, 50);
    setColumnWidthWithTitle(table, RuleTableModel::Tags, 90);
    // Hidden at first so the columns fit the window side by side; a right-click on the header
    // shows them (and any other column). The Tag filter and the search still see tags.
    table->horizontalHeader()->setSectionHidden(RuleTableModel::Tags, true);
    table->horizontalHeader()->setSectionHidden(RuleTableModel::Updated, true);
    offerColumnChoice(table->horizontalHeader());
    // After the widths: they fit the titles, not the titles plus a sort arrow on every column (only
    // the column sorted by shows one).
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the gateway's order
}

} // namespace gatehouse::ui
