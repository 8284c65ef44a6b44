#pragma once

#include <QStringList>

class QWidget;

namespace gatehouse::test {

// Texts under `root` that read as English sentences in an interface that should be in another
// language: visible labels, buttons, group box titles, tabs, list and tree items, table headers
// and placeholders with no Cyrillic letter and at least two lower-case English words in a row
// ("Add gateway", "no entries"). Names such as "Secret Service" or "Gatehouse 0.1" pass.
QStringList untranslatedTexts(const QWidget* root);

// The rule itself, for texts that are not widgets (menu actions, window titles).
bool readsAsEnglish(QString text);

} // namespace gatehouse::test
