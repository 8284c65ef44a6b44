#include "core/localgateway/LocalGateway.h"

#include "core/localgateway/DirectProvider.h"
#include "core/localgateway/LocalGatewayConfig.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace gatehouse {

namespace {
constexpr qsizetype maxLogLines = 500;
constexpr int startTimeoutMs = 15000;
constexpr int stopTimeoutMs = 8000;

QByteArray newAdminToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    QByteArray token = "gh-" + bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    wipe(bytes);
    return token;
}
} // namespace

LocalGateway::LocalGateway(QObject* parent)
    : QObject(parent)
    , m_program(findProgram())
    , m_dataDirectory(defaultLocalGatewayDirectory())
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
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("gatehoused.exe");
#else
    const QString name = QStringLiteral("gatehoused");
#endif
    // Installed side by side, then the build tree (build/<preset>/app/gatehouse → ../gateway/gatehoused).
    for (const QString& candidate :
         {here + QLatin1Char('/') + name, here + QStringLiteral("/../gateway/") + name,
          here + QStringLiteral("/../../gateway/") + name}) {
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

void LocalGateway::setDataDirectory(const QString& directory)
{
    m_dataDirectory = directory;
}

QString LocalGateway::providersFile() const
{
    return m_dataDirectory + QStringLiteral("/providers.json");
}

QUrl LocalGateway::adminUrl() const
{
    return m_state == State::Running ? QUrl(QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(m_port))
                                     : QUrl();
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
    QString error;
    const std::optional<QList<ProviderUpstream>> providers = loadProviders(providersFile(), &error);
    if (!providers) {
        fail(error);
        return;
    }
    setState(State::Starting);
    const quint64 generation = ++m_startGeneration;

    // Read the providers' keys from the keychain one after the other, then launch.
    auto reading = std::make_shared<KeyReading>();
    reading->generation = generation;
    reading->providers = *providers;
    for (const ProviderUpstream& p : *providers) {
        if (!p.secretName.isEmpty())
            reading->pending << p;
    }
    if (!reading->pending.isEmpty() && !m_secrets) {
        fail(
            tr("The local gateway's provider \"%1\" needs its key from the keychain, which is not available.")
                .arg(reading->pending.constFirst().name));
        return;
    }
    readNextKey(reading);
    QTimer::singleShot(startTimeoutMs + int(m_secrets ? m_secrets->timeout().count() : 0), this,
                       [this, generation] {
                           if (generation == m_startGeneration && m_state == State::Starting) {
                               m_process.kill();
                               fail(tr("The local gateway did not report its address within %1 s.")
                                        .arg(startTimeoutMs / 1000));
                           }
                       });
}

void LocalGateway::readNextKey(const std::shared_ptr<KeyReading>& reading)
{
    if (reading->generation != m_startGeneration || m_state != State::Starting) {
        for (QByteArray& key : reading->keys)
            wipe(key);
        return;
    }
    if (reading->pending.isEmpty()) {
        launch(reading->providers, std::exchange(reading->keys, {}));
        return;
    }
    const ProviderUpstream provider = reading->pending.takeFirst();
    m_secrets->read(
        provider.secretName, [this, provider, reading](const SecretError& e, const QByteArray& value) {
            if (e) {
                for (QByteArray& key : reading->keys)
                    wipe(key);
                if (reading->generation == m_startGeneration && m_state == State::Starting)
                    fail(tr("The local gateway could not read the key \"%1\" of provider \"%2\": %3")
                             .arg(provider.secretName, provider.name, e.message));
                return;
            }
            reading->keys.insert(providerSecretPipeName(provider), value);
            readNextKey(reading);
        });
}

void LocalGateway::launch(const QList<ProviderUpstream>& providers, QMap<QString, QByteArray> keys)
{
    const auto wipeKeys = [&keys] {
        for (QByteArray& key : keys)
            wipe(key);
    };
    const QString stateDirectory = m_dataDirectory + QStringLiteral("/state");
    if (!QDir().mkpath(stateDirectory)) {
        wipeKeys();
        fail(tr("The local gateway cannot create its directory %1.").arg(stateDirectory));
        return;
    }
    QFile::setPermissions(m_dataDirectory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString configFile = m_dataDirectory + QStringLiteral("/gatehoused.toml");
    QSaveFile config(configFile);
    if (!config.open(QIODevice::WriteOnly) || config.write(localGatewayToml(providers, stateDirectory)) < 0 ||
        !config.commit()) {
        wipeKeys();
        fail(tr("The local gateway cannot write its config %1: %2").arg(configFile, config.errorString()));
        return;
    }

    wipe(m_adminToken);
    m_adminToken = newAdminToken();
    QJsonObject secrets{{localAdminTokenSecretName(), QString::fromLatin1(m_adminToken)}};
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        secrets.insert(it.key(), QString::fromUtf8(it.value()));
    wipeKeys();
    QByteArray piped = QJsonDocument(secrets).toJson(QJsonDocument::Compact);
    secrets = {};

    // Loopback only, any free port; the keys travel through stdin, closed right after.
    m_process.start(m_program, {QStringLiteral("--config"), configFile, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--secrets-stdin")});
    if (m_process.waitForStarted(startTimeoutMs)) {
        m_process.write(piped);
        m_process.closeWriteChannel();
    }
    wipe(piped);
}

void LocalGateway::stop()
{
    ++m_startGeneration;
    wipe(m_adminToken);
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
