#pragma once

#include <QObject>

class QSocketNotifier;

namespace gatehouse::app {

// Turns SIGTERM and SIGINT into a Qt signal on the main thread (through a self-pipe), so the
// console closes its window, saves its state and exits 0 instead of being killed mid-write.
// A no-op on Windows, where the OS closes windows through the event loop.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace gatehouse::app
