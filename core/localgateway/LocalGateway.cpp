#include "core/localgateway/LocalGateway.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace gatehouse {

namespace {
constexpr qsizetype maxLogLines = 500;
constexpr int startTimeoutMs = 15000;
constexpr int stopTimeoutMs = 8000;
} // namespace

LocalGateway::LocalGateway(QObject* parent)
    : QObject(parent)
    , m_program(findProgram())
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &LocalGateway::readOutput);
    connect(&m_process, &QProcess::finished, this, &LocalGateway::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local gateway could not start: %1 (%2).").arg(m_process.errorString(), m_program));
    });
}

LocalGateway::~LocalGateway()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(stopTimeoutMs))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString LocalGateway::findProgram()
{
    const QString fromEnv = qEnvironmentVariable("GATEHOUSE_GATEHOUSED");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString here = QCoreApplication::applicationDirPath();
    // Installed side by side, then the build tree (build/<preset>/app/gatehouse → ../gateway/gatehoused).
    for (const QString& candidate :
         {here + QStringLiteral("/gatehoused"), here + QStringLiteral("/../gateway/gatehoused"),
          here + QStringLiteral("/../../gateway/gatehoused")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("gatehoused"));
}

void LocalGateway::setProgram(const QString& program)
{
    m_program = program;
}

QUrl LocalGateway::baseUrl() const
{
    return m_state == State::Running ? QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port)) : QUrl();
}

QUrl LocalGateway::metricsUrl() const
{
    return m_state == State::Running ? QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port))
                                     : QUrl();
}

void LocalGateway::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_problem.clear();
    m_port = 0;
    m_stopping = false;
    if (m_program.isEmpty()) {
        fail(
            tr("The local gateway is not installed: gatehoused was not found next to Gatehouse or on PATH."));
        return;
    }
    setState(State::Starting);
    // Loopback only, any free port, the offline demo model, no state kept between runs.
    m_process.start(m_program,
                    {QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QTimer::singleShot(startTimeoutMs, this, [this] {
        if (m_state == State::Starting) {
            m_process.kill();
            fail(tr("The local gateway did not report its address within %1 s.").arg(startTimeoutMs / 1000));
        }
    });
}

void LocalGateway::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        setState(State::Stopped);
        return;
    }
    m_stopping = true;
    m_process.terminate();
    QTimer::singleShot(stopTimeoutMs, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

void LocalGateway::readOutput()
{
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    m_partialLine += m_process.readAll();
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partialLine.left(newline)).trimmed();
        m_partialLine.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_log << line;
        if (m_log.size() > maxLogLines)
            m_log.removeFirst();
        emit logAppended(line);
        if (m_state == State::Starting) {
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                setState(State::Running);
            }
        }
    }
}

void LocalGateway::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (m_stopping || m_state == State::Failed) {
        m_stopping = false;
        if (m_state != State::Failed)
            setState(State::Stopped);
        return;
    }
    const QString last = m_log.isEmpty() ? QString() : m_log.constLast();
    fail(status == QProcess::CrashExit
             ? tr("The local gateway crashed. Its last words: %1").arg(last)
             : tr("The local gateway stopped (exit code %1): %2").arg(exitCode).arg(last));
}

void LocalGateway::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalGateway::fail(const QString& problem)
{
    m_problem = problem;
    m_port = 0;
    setState(State::Failed);
}

} // namespace gatehouse
