#pragma once

#include <QString>

namespace gatehouse::ui {

// Light, dark or the system's palette. "system" keeps the platform's own style and palette (and,
// from Qt 6.5 on, follows the OS switching between light and dark); "light" and "dark" use Fusion
// with a fixed palette so both look the same on every OS.
void applyTheme(const QString& theme);

} // namespace gatehouse::ui
