#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QWidget;

namespace gatehouse::bench {

// Watches widgets for paint events, so a frame can be timed to the end of its repaint.
class PaintWait : public QObject
{
public:
    explicit PaintWait(const QList<QWidget*>& widgets);

    void reset(); // forget the paints so far
    // Handles events until every widget painted once since reset() and that repaint (with the
    // flush to the window it belongs to) is over, or `timeoutMs` passed; false on a timeout.
    bool waitForAll(int timeoutMs);
    int paints() const { return m_paints; } // paint events since reset()

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QWidget*> m_widgets;
    QSet<QObject*> m_painted;
    int m_paints = 0;
};

} // namespace gatehouse::bench
