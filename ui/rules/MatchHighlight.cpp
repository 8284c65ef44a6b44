#include "ui/rules/MatchHighlight.h"

#include <QPalette>

#include <algorithm>

namespace gatehouse::ui {

int utf16Position(const QByteArray& utf8, qsizetype byteOffset)
{
    const qsizetype end = std::clamp<qsizetype>(byteOffset, 0, utf8.size());
    int position = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if ((byte & 0xC0) == 0x80)
            continue;                     // a continuation byte: its character is counted at its lead byte
        position += byte >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs in UTF-16
    }
    return position;
}

QColor matchBackground(const QPalette& palette, const QString& action)
{
    const QColor hue = action == QLatin1String("block")    ? QColor(0xE0, 0x1B, 0x24)
                       : action == QLatin1String("redact") ? QColor(0xF6, 0x9A, 0x00)
                                                           : QColor(0x1C, 0x71, 0xD8);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // Enough of the hue to tell the three apart, little enough that the text stays readable.
    const double share = dark ? 0.45 : 0.30;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
                            float(base.greenF() * (1 - share) + hue.greenF() * share),
                            float(base.blueF() * (1 - share) + hue.blueF() * share));
}

} // namespace gatehouse::ui
