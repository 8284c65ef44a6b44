#pragma once

#include <QByteArray>
#include <QColor>
#include <QString>

class QPalette;

namespace gatehouse::ui {

// How the test pane draws a match in the sample text.

// The QString (UTF-16) position of a byte offset into the text's UTF-8 form, as the admin API's
// match offsets are: a Cyrillic letter is 2 bytes and 1 position, an emoji 4 bytes and 2. An
// offset inside a character counts that character as begun; one past the end is clamped.
int utf16Position(const QByteArray& utf8, qsizetype byteOffset);

// A background for a match of `action` (block, redact, flag; anything else: flag's) mixed into
// the palette's base colour, so the palette's text colour stays readable on it in light and dark
// themes alike.
QColor matchBackground(const QPalette& palette, const QString& action);

} // namespace gatehouse::ui
