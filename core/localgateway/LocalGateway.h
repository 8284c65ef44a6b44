#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace gatehouse {

// The gateway that comes with the console: a gatehoused child process on 127.0.0.1 serving the
// offline demo model, so a new user has something real to chat with, test and watch at once.
// The console starts and stops it; its log is kept (the last lines) for the Gateways page.
class LocalGateway : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Failed
    };
    Q_ENUM(State)

    explicit LocalGateway(QObject* parent = nullptr);
    ~LocalGateway() override;

    // Where gatehoused is: $GATEHOUSE_GATEHOUSED, next to the console, in the build tree, or on
    // PATH. Empty when none is found.
    static QString findProgram();
    void setProgram(const QString& program);
    QString program() const { return m_program; }

    State state() const { return m_state; }
    QUrl baseUrl() const;    // http://127.0.0.1:PORT/v1 while running
    QUrl metricsUrl() const; // http://127.0.0.1:PORT/metrics while running
    quint16 port() const { return m_port; }
    QString problem() const { return m_problem; } // why it failed, in one sentence
    QStringList log() const { return m_log; }
    qint64 processId() const { return m_process.processId(); }

public slots:
    void start();
    void stop();

signals:
    void stateChanged(gatehouse::LocalGateway::State state);
    void logAppended(const QString& line);

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setState(State state);
    void fail(const QString& problem);

    QProcess m_process;
    QString m_program;
    State m_state = State::Stopped;
    quint16 m_port = 0;
    QString m_problem;
    QStringList m_log;
    QByteArray m_partialLine;
    bool m_stopping = false;
};

} // namespace gatehouse
