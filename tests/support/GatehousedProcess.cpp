#include "tests/support/GatehousedProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

namespace gatehouse::test {

GatehousedProcess::GatehousedProcess(const QString& program, const QStringList& arguments)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setReadChannel(QProcess::StandardError);
    m_process.start();
}

GatehousedProcess::~GatehousedProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

quint16 GatehousedProcess::waitForPort(int timeoutMs)
{
    static const QRegularExpression line(
        QStringLiteral("gatehoused listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (m_port == 0 && !deadline.hasExpired()) {
        collect();
        const auto match = line.match(m_stderr);
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_port = quint16(match.captured(2).toUInt());
            break;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
    }
    return m_port;
}

QString GatehousedProcess::baseUrl(int timeoutMs)
{
    const quint16 port = waitForPort(timeoutMs);
    return port == 0 ? QString() : QStringLiteral("%1://127.0.0.1:%2/v1").arg(m_scheme).arg(port);
}

bool GatehousedProcess::waitForLog(const QStringList& parts, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        collect();
        for (const QString& logLine : m_stderr.split(QLatin1Char('\n'))) {
            bool all = true;
            for (const QString& part : parts)
                all = all && logLine.contains(part);
            if (all)
                return true;
        }
        m_process.waitForReadyRead(50);
    } while (!deadline.hasExpired());
    return false;
}

QString GatehousedProcess::log()
{
    collect();
    return m_stderr;
}

bool GatehousedProcess::hangUp()
{
    const qint64 pid = m_process.processId();
    return pid > 0 && m_process.state() == QProcess::Running && ::kill(pid_t(pid), SIGHUP) == 0;
}

int GatehousedProcess::stop(int timeoutMs)
{
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void GatehousedProcess::collect()
{
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
}

} // namespace gatehouse::test
