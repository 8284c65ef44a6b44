#include "ui/common/ProblemBanner.h"

namespace gatehouse::ui {

ProblemBanner::ProblemBanner(const QString& accessibleName, QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setVisible(false);
    setAutoFillBackground(true);
    setMargin(8);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = palette();
    warn.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warn.setColor(QPalette::WindowText, QColor(0x5c, 0x3b, 0x00));
    setPalette(warn);
    setAccessibleName(accessibleName);
}

} // namespace gatehouse::ui
