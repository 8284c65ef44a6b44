#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace gatehouse::test {

// `usual` if it is an executable, else `name` found on PATH or in /usr/sbin; "" when neither.
QString serverProgram(const QString& name, const QString& usual);

// A server (nginx, HAProxy, Prometheus) as a child in the foreground, its output in a file. Stopped with
// SIGTERM (nginx's master then stops its workers), killed if that does not do.
class ServerProcess
{
public:
    ServerProcess(const QString& name, const QString& program, const QStringList& arguments,
                  const QString& outputFile);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Waits until it accepts connections on 127.0.0.1:`port`; false with the reason (and the end
    // of its output and of `extraLog`) in `problem` when it exits or does not within 30 s.
    bool waitForPort(quint16 port, QString& problem, const QString& extraLog = {});
    // The end of its output and of `extraLog`, for failure messages.
    QString output(const QString& extraLog = {}) const;
    void stop();

private:
    QString m_name;
    QString m_output;
    QProcess m_process;
};

} // namespace gatehouse::test
