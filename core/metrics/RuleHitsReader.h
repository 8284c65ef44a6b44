#pragma once

#include "core/metrics/RuleHits.h"
#include "core/registry/GatewayProfile.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse {
class SecretStore;
}

namespace gatehouse::metrics {

// Reads one gatehoused's /metrics once for the Rules page's hit counts: the registry entry's
// metrics URL, its TLS options and its API key (the same bearer the poller sends), a timeout, and
// every failure as one sentence naming the gateway. A new read() drops the answer of the previous
// one; finished() comes once per read, later.
class RuleHitsReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int timeoutMs = 10'000;

    explicit RuleHitsReader(SecretStore* secrets, QObject* parent = nullptr);

    void read(const GatewayProfile& profile);

signals:
    void finished(const gatehouse::metrics::RuleHits& hits);

private:
    void fetch(const GatewayProfile& profile, const QByteArray& credential, quint64 generation);
    void finishFetch(QNetworkReply* reply, const GatewayProfile& profile, quint64 generation);
    void fail(const QString& error, quint64 generation);

    QPointer<SecretStore> m_secrets;
    QNetworkAccessManager* m_network;
    quint64 m_generation = 0;
};

} // namespace gatehouse::metrics
