#pragma once

#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace gatehouse {

// "Test connection" for a registry entry: resolves the host, opens TCP, does the TLS handshake
// (with the profile's CA file or pin), makes one authenticated HTTP request to the endpoint that
// fits the kind (/models for chat APIs, /metrics, the admin info route, Prometheus buildinfo),
// and reports each step in plain words so DNS, TCP, TLS, HTTP status and authentication
// failures read differently. Every step has a timeout.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Dns, Tcp, Tls, Http, Auth };
    Q_ENUM(Stage)

    struct Step
    {
        Stage stage;
        bool ok = false;
        QString detail;  // "Resolved gw.example.com to 10.0.0.5", "The certificate is not trusted: …"
        qint64 elapsedMs = 0;
    };

    // credential: the API key or admin token for the request (may be empty); wiped after use.
    ConnectionTest(GatewayProfile profile, QByteArray credential, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void setTimeoutMs(int ms);  // per step, default 10 s
    void start();
    void cancel();

signals:
    void stepFinished(const gatehouse::ConnectionTest::Step& step);
    void finished(bool ok, const QString& summary);

private:
    class Run;
    GatewayProfile m_profile;
    QByteArray m_credential;
    int m_timeoutMs = 10000;
    Run* m_run = nullptr;
};

} // namespace gatehouse
