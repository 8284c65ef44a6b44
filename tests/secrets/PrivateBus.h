#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace gatehouse::test {

// A D-Bus daemon of the test's own, with no .service files (nothing gets activated: no Secret
// Service, no unlock prompter popping up on the developer's screen). start() points
// DBUS_SESSION_BUS_ADDRESS at it; call it before anything in the process connects to the session bus.
class PrivateBus
{
public:
    ~PrivateBus() { stop(); }

    // Empty on success, else what went wrong.
    QString start()
    {
        const QString config = QDir::homePath() + QStringLiteral("/private-bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(config);
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=" +
                   QDir::tempPath().toUtf8() +
                   "</listen>"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, "--nofork", "--print-address=1"});
        if (!m_daemon.waitForStarted(10000))
            return QStringLiteral("dbus-daemon did not start (apt-get install dbus-daemon): %1")
                .arg(m_daemon.errorString());
        if (!QTest::qWaitFor([&] { return m_daemon.canReadLine(); }, 10000))
            return QStringLiteral("dbus-daemon printed no address");
        m_address = m_daemon.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        return {};
    }

    QByteArray address() const { return m_address; }

    void stop()
    {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

private:
    QProcess m_daemon;
    QByteArray m_address;
};

} // namespace gatehouse::test
