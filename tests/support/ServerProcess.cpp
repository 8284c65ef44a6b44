#include "tests/support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

namespace gatehouse::test {

namespace {

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(500);
}

} // namespace

QString serverProgram(const QString& name, const QString& usual)
{
    if (QFileInfo(usual).isExecutable())
        return usual;
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin")}) : found;
}

ServerProcess::ServerProcess(const QString& name, const QString& program, const QStringList& arguments,
                             const QString& outputFile)
    : m_name(name)
    , m_output(outputFile)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(outputFile);
    m_process.start();
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::waitForPort(quint16 port, QString& problem, const QString& extraLog)
{
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            problem =
                QStringLiteral("%1 exited (%2): %3").arg(m_name, m_process.errorString(), output(extraLog));
            return false;
        }
        if (accepts(port))
            return true;
        QTest::qWait(100);
    }
    problem = QStringLiteral("%1 does not accept connections on 127.0.0.1:%2 after 30 s: %3")
                  .arg(m_name)
                  .arg(port)
                  .arg(output(extraLog));
    return false;
}

QString ServerProcess::output(const QString& extraLog) const
{
    QString text;
    for (const QString& path : {m_output, extraLog}) {
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll().right(1500));
    }
    return text;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace gatehouse::test
