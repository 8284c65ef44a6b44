#include "PaintWait.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace gatehouse::bench {

PaintWait::PaintWait(const QList<QWidget*>& widgets)
    : m_widgets(widgets)
{
    for (QWidget* w : m_widgets)
        w->installEventFilter(this);
}

void PaintWait::reset()
{
    m_painted.clear();
    m_paints = 0;
}

bool PaintWait::waitForAll(int timeoutMs)
{
    bool timedOut = false;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, [&timedOut] { timedOut = true; });
    guard.start(timeoutMs);
    // The filter sees a paint event before it is painted; processEvents returns after the whole
    // repaint of the window and its flush, so the check after it is the end of the frame. Waiting
    // for events (not spinning) keeps the wait itself out of the CPU figures.
    while (m_painted.size() < m_widgets.size() && !timedOut)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return !timedOut;
}

bool PaintWait::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        m_painted.insert(watched);
        ++m_paints;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gatehouse::bench
