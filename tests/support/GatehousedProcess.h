#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// A real gatehoused started by a test, usually with --listen 127.0.0.1:0: waitForPort() reads the
// bound port back from its "gatehoused listening on http://HOST:PORT" line. Killed when destroyed.
class GatehousedProcess
{
public:
    GatehousedProcess(const QString& program, const QStringList& arguments);
    ~GatehousedProcess();
    GatehousedProcess(const GatehousedProcess&) = delete;
    GatehousedProcess& operator=(const GatehousedProcess&) = delete;

    quint16 waitForPort(int timeoutMs = 30000);
    // "http://127.0.0.1:PORT/v1" ("https://" when it serves TLS), or "" when it did not start.
    QString baseUrl(int timeoutMs = 30000);

    // Waits until stderr has a line containing all of `parts`; true when it came.
    bool waitForLog(const QStringList& parts, int timeoutMs = 30000);
    QString log();
    QProcess& process() { return m_process; }

    // SIGHUP: gatehoused reloads its config file and TLS certificate. False if not running.
    bool hangUp();

    // SIGTERM and wait; the exit code (or -1 when it did not stop in time).
    int stop(int timeoutMs = 15000);

private:
    void collect();

    QProcess m_process;
    QString m_stderr;
    quint16 m_port = 0;
    QString m_scheme;
};

} // namespace gatehouse::test
