#pragma once

#include "core/metrics/PrometheusResponse.h"
#include "core/metrics/QueryRange.h"
#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gatehouse {
class SecretStore;
}

// A client of a Prometheus server's HTTP API (fleet mode): range queries (/api/v1/query_range)
// and instant queries (/api/v1/query) over GET, through the entry's TlsPolicy, with a timeout on
// every call (also passed to the server as `timeout`, so a slow query ends with its own 503
// timeout), and a credential from the keychain: a secret holding "user:password" is sent as
// HTTP basic auth (what Prometheus's --web.config.file supports), any other value as a bearer
// token (what reverse proxies in front of Prometheus usually want). The network runs on the
// client's thread (asynchronous); the JSON is parsed on the global thread pool, so a large answer
// never blocks a UI thread.
namespace gatehouse::metrics {

struct PrometheusEndpoint
{
    QString name; // the registry entry's name, for messages; empty when given as a bare URL
    QUrl url;     // the server's root, e.g. http://127.0.0.1:9090 (a --web.route-prefix path is kept)
    TlsOptions tls;
    QString credentialSecret; // SecretStore name; empty: none
    // How often the server scrapes its targets: the finest step worth asking for, and the base of
    // the rate() window. A registry entry gives it as its poll interval.
    double scrapeIntervalSeconds = 15;
    int timeoutMs = 30000; // a whole call, connect to last byte

    // "Prometheus server "Fleet" (http://127.0.0.1:9090)", for messages.
    QString displayName() const;
};

// The Authorization header value for a credential: "user:password" → "Basic <base64>" (a bearer
// token has no ':', RFC 6750's token68 alphabet), anything else → "Bearer <credential>".
QByteArray prometheusAuthorization(const QByteArray& credential);

// The endpoint of a registry entry of kind Prometheus server (its metrics URL, else its base URL);
// nullopt for other kinds or without a usable http(s) URL.
std::optional<PrometheusEndpoint> prometheusEndpointFor(const GatewayProfile& profile);

enum class PrometheusFailure
{
    None,
    Cancelled,
    Credential, // the keychain could not give the secret, or the server refused it (401/403)
    Tls,
    Dns,
    Refused,
    Timeout,
    Network,
    Http,      // an HTTP status that is not the API's error (a proxy's 502, a 404 page, a redirect)
    Api,       // the API's {"status":"error"}: bad_data, execution, timeout, …
    Malformed, // 2xx, but not the API's JSON
    TooLarge,
};

// One query in flight. finished() is emitted exactly once — on success, failure, timeout or
// cancel(). Afterwards ok() and result(), or failure() and errorString(): one sentence naming the
// server, the query and the reason, with what to do. The reply deletes itself later once
// finished; copy or take what you need in the slot, or hold a QPointer.
class PrometheusReply : public QObject
{
    Q_OBJECT
public:
    ~PrometheusReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_failure == PrometheusFailure::None; }
    PrometheusFailure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    // The reason alone, without the server and the query ("… refused the connection; …").
    QString reason() const { return m_reason; }
    // The API's own error when failure() is Api (errorType, message, HTTP status).
    const std::optional<PrometheusApiError>& apiError() const { return m_apiError; }
    int httpStatus() const { return m_httpStatus; }

    const PrometheusResult& result() const { return m_result; }
    PrometheusResult takeResult() { return std::move(m_result); }

    // What was asked: the PromQL, and the grid for a range query (nullopt for an instant query).
    const QString& promql() const { return m_promql; }
    const std::optional<QueryRange>& range() const { return m_range; }

    // Stops the query (network or parsing); finished() follows at once with failure Cancelled.
    void cancel();

signals:
    void finished();

private:
    friend class PrometheusClient;
    PrometheusReply(QString promql, std::optional<QueryRange> range, QObject* parent);

    void start(QNetworkReply* reply, int timeoutMs, qint64 maxBytes);
    void onNetworkFinished();
    void onParsed(const PrometheusResponse& response, int status);
    void fail(PrometheusFailure failure, const QString& reason);
    void succeed(PrometheusResult result);
    void finish();

    QString m_promql;
    std::optional<QueryRange> m_range;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_deadline = nullptr;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    int m_timeoutMs = 0;
    qint64 m_maxBytes = 0;
    bool m_finished = false;
    PrometheusFailure m_failure = PrometheusFailure::None;
    QString m_error;
    QString m_reason;
    std::optional<PrometheusApiError> m_apiError;
    int m_httpStatus = 0;
    PrometheusResult m_result;
    // Set by the client: how to word failures (server and query) and what to do on 401/403.
    std::function<QString(const QString& reason)> m_describe;
    std::function<void()> m_credentialRefused;
    QString m_credentialSecret;
};

class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    // `secrets` may be null: an endpoint with a credential secret then fails with a Credential
    // failure, unless setCredential() gave the value.
    PrometheusClient(PrometheusEndpoint endpoint, SecretStore* secrets, QObject* parent = nullptr);
    ~PrometheusClient() override;

    const PrometheusEndpoint& endpoint() const { return m_endpoint; }

    // A credential given directly (gatehousectl --token-env), used instead of the keychain.
    void setCredential(const QByteArray& credential);

    // Answers more than this are stopped (TooLarge); 256 MB by default.
    void setMaxAnswerBytes(qint64 bytes) { m_maxBytes = bytes; }

    // GET /api/v1/query_range?query=&start=&end=&step=&timeout=. The grid is sent as given (see
    // chooseQueryRange() for one the server accepts).
    PrometheusReply* queryRange(const QString& promql, const QueryRange& range);
    // GET /api/v1/query?query=&time=&timeout=: the value of each series at `timeMs`.
    PrometheusReply* query(const QString& promql, qint64 timeMs);

private:
    PrometheusReply* send(const QString& path, const QString& promql, std::optional<QueryRange> range,
                          const QString& parameters);
    void withCredential(PrometheusReply* reply, std::function<void()> go);
    void dispatch(PrometheusReply* reply, const QString& path, const QString& parameters);

    PrometheusEndpoint m_endpoint;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    QByteArray m_credential;
    bool m_credentialKnown = false; // read from the keychain or given
    qint64 m_maxBytes = 256LL * 1024 * 1024;
};

} // namespace gatehouse::metrics
