#include "WindowExposed.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QWidget>
#include <QWindow>

namespace gatehouse::bench {

bool waitForExposed(QWidget& window, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return window.windowHandle() && window.windowHandle()->isExposed();
}

} // namespace gatehouse::bench
