#include "tests/support/RedisServerProcess.h"

#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace gatehouse::test {

namespace {

// True when Redis answers PING on the port (after AUTH with `password`, when given).
bool answersPing(quint16 port, const QByteArray& password)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(1000))
        return false;
    if (!password.isEmpty())
        socket.write("AUTH " + password + "\r\n");
    socket.write("PING\r\n");
    QByteArray reply;
    const QDeadlineTimer deadline(2000);
    while (!reply.contains("+PONG") && !reply.contains("-") && !deadline.hasExpired() &&
           socket.waitForReadyRead(200))
        reply += socket.readAll();
    return reply.contains("+PONG");
}

} // namespace

RedisServerProcess::RedisServerProcess()
{
    m_port = deadPort();
}

RedisServerProcess::~RedisServerProcess()
{
    kill();
}

bool RedisServerProcess::start(int timeoutMs)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (program.isEmpty()) {
        m_problem = QStringLiteral(
            "redis-server is not installed; run ./dev deps test (Debian: apt install redis-server)");
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments(
        QStringList{"--port", QString::number(m_port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                    "no", "--dir", m_dir.path(), "--daemonize", "no", "--protected-mode", "yes"} +
        (m_password.isEmpty() ? QStringList{} : QStringList{"--requirepass", QString::fromUtf8(m_password)}));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_problem = QStringLiteral("redis-server exited: ") + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        if (answersPing(m_port, m_password))
            return true;
        m_process.waitForReadyRead(100);
    }
    m_problem = QStringLiteral("redis-server did not answer PING on port %1 in time").arg(m_port);
    return false;
}

void RedisServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool RedisServerProcess::freeze()
{
    return running() && ::kill(pid_t(m_process.processId()), SIGSTOP) == 0;
}

bool RedisServerProcess::thaw()
{
    return running() && ::kill(pid_t(m_process.processId()), SIGCONT) == 0;
}

} // namespace gatehouse::test
