#pragma once

#include <QStringList>

class QWidget;

namespace gatehouse::test {

// The texts a user cannot read in full under `root` as it is laid out now: labels, buttons, check
// boxes, group box titles, tabs, combo boxes, list items, table headers and line edit placeholders
// whose text needs more room than their widget has (wider than a one-line widget, taller than a word-wrapped
// label). Only visible widgets count. Each entry names the widget's class, object name and text, and the room
// it had against the room it needs, e.g. `QPushButton "Сохранить в хранилище ключей" 120 < 214 px`.
QStringList clippedTexts(const QWidget* root);

} // namespace gatehouse::test
