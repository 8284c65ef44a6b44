#pragma once

class QTableView;

namespace gatehouse::ui {

// Sets a table column to `width` (what its values need), but never narrower than its header's
// title: translated titles are often longer than the values ("Попадания" over a 5-digit count).
void setColumnWidthWithTitle(QTableView* table, int column, int width);

} // namespace gatehouse::ui
