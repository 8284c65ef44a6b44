#include "ui/common/ColumnWidth.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace gatehouse::ui {

void setColumnWidthWithTitle(QTableView* table, int column, int width)
{
    table->setColumnWidth(column, std::max(width, table->horizontalHeader()->sectionSizeHint(column)));
}

} // namespace gatehouse::ui
