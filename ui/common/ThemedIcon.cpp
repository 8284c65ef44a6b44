#include "ui/common/ThemedIcon.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace gatehouse::ui {

namespace {

QPixmap render(const QByteArray& svg, const QColor& color, int size)
{
    QByteArray tinted = svg;
    tinted.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(tinted);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString& name, const QPalette& palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48, 64}) {
        icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::WindowText), size),
                       QIcon::Normal);
        icon.addPixmap(render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size),
                       QIcon::Disabled);
        icon.addPixmap(render(svg, palette.color(QPalette::Active, QPalette::HighlightedText), size),
                       QIcon::Selected);
    }
    return icon;
}

QIcon themedIcon(const QString& name)
{
    return themedIcon(name, QApplication::palette());
}

} // namespace gatehouse::ui
