#pragma once

#include <QObject>

class QLocalServer;

namespace gatehouse::app {

// One console per user session: the first instance listens on a local socket named after the
// user; a second launch connects to it, asks it to come to the front and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered (it has been asked to activate). Otherwise this
    // instance becomes the one that listens.
    bool activateRunningInstance();

    static QString socketName();

    // Stops answering second launches, so that a restarted console becomes the instance.
    void release();

signals:
    void activationRequested();

private:
    void listen();

    QLocalServer* m_server = nullptr;
};

} // namespace gatehouse::app
