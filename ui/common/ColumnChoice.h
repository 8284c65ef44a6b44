#pragma once

class QHeaderView;

namespace gatehouse::ui {

// Right-clicking the header offers every column by its title, checked when shown, so the user
// picks which columns a table shows (the last shown one cannot be hidden).
void offerColumnChoice(QHeaderView* header);

} // namespace gatehouse::ui
