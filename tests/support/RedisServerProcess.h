#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace gatehouse::test {

// A real redis-server started by a test on 127.0.0.1 and a free port, with a throwaway working
// directory and no persistence. stop() and start() again keep the port, so a test can take Redis
// away and bring it back. Killed when destroyed.
class RedisServerProcess
{
public:
    RedisServerProcess();
    ~RedisServerProcess();
    RedisServerProcess(const RedisServerProcess&) = delete;
    RedisServerProcess& operator=(const RedisServerProcess&) = delete;

    // Makes the next start() require this password (redis-server --requirepass).
    void requirePassword(const QByteArray& password) { m_password = password; }
    // Starts redis-server and waits until it accepts connections; false (see problem()) otherwise.
    bool start(int timeoutMs = 30000);
    // Kills it (SIGKILL: as if the machine went away) and waits for the exit.
    void kill();
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    // SIGSTOP and SIGCONT: a hung Redis that keeps its connections open and answers nothing.
    bool freeze();
    bool thaw();

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("redis://127.0.0.1:%1/0").arg(m_port); }
    const QString& problem() const { return m_problem; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_password;
    quint16 m_port = 0;
    QString m_problem;
};

} // namespace gatehouse::test
