#pragma once

#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

namespace gatehouse {

// "Test connection" for a registry entry: resolves the host, opens TCP, does the TLS handshake
// (with the profile's CA file or pin, see TlsPolicy), makes one authenticated HTTP GET to the
// endpoint that fits the kind (endpoint()), and reports each step in plain words so DNS, TCP, TLS,
// HTTP status and authentication failures read differently. Every step has a timeout.
//
// Steps are reported in order: Dns, Tcp, Tls (https only), Http, Auth (only when a credential was
// sent or the gateway asked for one). The first failed step ends the test.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    enum class Stage
    {
        Dns,
        Tcp,
        Tls,
        Http,
        Auth
    };
    Q_ENUM(Stage)

    struct Step
    {
        Stage stage;
        bool ok = false;
        QString
            detail; // "Resolved gw.example.com to 10.0.0.5", "The certificate of host … is not trusted: …"
        qint64 elapsedMs = 0;
    };

    // credential: the API key for the request (may be empty), read by the caller from the
    // SecretStore under credentialSecret(profile). Pass it with std::move: the test wipes its copy
    // once the request is built, and wiping cannot reach copies the caller still shares.
    ConnectionTest(GatewayProfile profile, QByteArray credential, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void setTimeoutMs(int ms); // per step, default 10 s
    void start();              // steps and finished() follow asynchronously, never from inside start()
    void cancel();             // stops at once; no signal follows
    bool isRunning() const { return m_run != nullptr; }

    // What the test GETs: chat kinds and Gatehouse <baseUrl>/models; a Prometheus server
    // <root>/api/v1/status/buildinfo; a profile with only a metrics URL that URL. Empty if the
    // profile has none of these.
    static QUrl endpoint(const GatewayProfile& profile);
    // The name of the secret the caller should read and pass as credential (empty: none needed).
    static QString credentialSecret(const GatewayProfile& profile);

signals:
    void stepFinished(const gatehouse::ConnectionTest::Step& step);
    void finished(bool ok, const QString& summary); // summary: the failed step's detail, or what worked

private:
    class Run;
    friend class Run;
    GatewayProfile m_profile;
    QByteArray m_credential;
    int m_timeoutMs = 10000;
    Run* m_run = nullptr;
};

} // namespace gatehouse
