#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace gatehouse::ui {

// An icon from resources/icons drawn in the palette's text colour, so it stays legible in light
// and dark themes (the SVGs use currentColor). Re-create icons when the palette changes.
QIcon themedIcon(const QString& name, const QPalette& palette);
QIcon themedIcon(const QString& name); // with the application palette

} // namespace gatehouse::ui
