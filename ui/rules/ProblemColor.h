#pragma once

#include <QColor>

class QPalette;

namespace gatehouse::ui {

// The colour of a rule's problem text ("pattern, offset 2: missing )"): a red that keeps the 4.5:1
// contrast normal text needs on the palette's window colour, light or dark.
QColor problemColor(const QPalette& palette);

} // namespace gatehouse::ui
