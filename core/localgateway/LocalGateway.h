#pragma once

#include "core/localgateway/ProviderUpstream.h"

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace gatehouse {

class SecretStore;

// The gateway that comes with the console: a gatehoused child process on 127.0.0.1 serving the
// offline demo model, so a new user has something real to chat with, test and watch at once, and
// any providers the user adds (ProviderUpstream). At each start the console writes its config
// (LocalGatewayConfig) and keeps its state in the data directory, reads the providers' keys from
// the keychain and pipes them — with a fresh admin token — to gatehoused's stdin, never through
// argv, the environment or a file. The log is kept (the last lines) for the Gateways page.
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

    // Where its config, providers and state live (default: the console's data dir + "/local-gateway").
    void setDataDirectory(const QString& directory);
    QString dataDirectory() const { return m_dataDirectory; }
    QString providersFile() const; // providers.json in the data directory
    // Where provider keys come from; without a store, providers that need a key cannot start.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    // The admin token of the running gateway (a new one each start); empty when not running.
    QByteArray adminToken() const { return m_state == State::Running ? m_adminToken : QByteArray(); }

    State state() const { return m_state; }
    QUrl baseUrl() const;    // http://127.0.0.1:PORT/v1 while running
    QUrl metricsUrl() const; // http://127.0.0.1:PORT/metrics while running
    QUrl adminUrl() const;   // http://127.0.0.1:PORT/admin/v1 while running
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
    struct KeyReading
    {
        quint64 generation = 0;
        QList<ProviderUpstream> providers;
        QList<ProviderUpstream> pending; // whose keys are still to be read
        QMap<QString, QByteArray> keys;  // by the name they are piped under
    };
    void readNextKey(const std::shared_ptr<KeyReading>& reading);
    void launch(const QList<ProviderUpstream>& providers, QMap<QString, QByteArray> keys);
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setState(State state);
    void fail(const QString& problem);

    QProcess m_process;
    QString m_program;
    QString m_dataDirectory;
    SecretStore* m_secrets = nullptr;
    QByteArray m_adminToken;
    quint64 m_startGeneration = 0; // ignores key reads that finish after a stop or a new start
    State m_state = State::Stopped;
    quint16 m_port = 0;
    QString m_problem;
    QStringList m_log;
    QByteArray m_partialLine;
    bool m_stopping = false;
};

} // namespace gatehouse
