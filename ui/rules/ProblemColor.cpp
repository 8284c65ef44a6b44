#include "ui/rules/ProblemColor.h"

#include <QPalette>

namespace gatehouse::ui {

QColor problemColor(const QPalette& palette)
{
    // Material's error tones: #b3261e on light surfaces, #f2b8b5 on dark ones.
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0xF2, 0xB8, 0xB5) : QColor(0xB3, 0x26, 0x1E);
}

} // namespace gatehouse::ui
