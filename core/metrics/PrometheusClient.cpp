#include "core/metrics/PrometheusClient.h"

#include "core/net/TlsPolicy.h"
#include "core/secrets/SecretStore.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace gatehouse::metrics {

namespace {

constexpr int shownQueryChars = 160;

QString shortQuery(const QString& promql)
{
    const QString flat = promql.simplified();
    return QLatin1Char('"') +
           (flat.size() > shownQueryChars ? flat.left(shownQueryChars) + QChar(0x2026) : flat) +
           QLatin1Char('"');
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Seconds as the API reads them: an integer, or milliseconds as three decimals.
QString seconds(qint64 ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'f', 3);
}

// What the server should give up after: a second before we do, so its own 503 timeout (which
// names the cause) arrives first.
QString serverTimeout(int timeoutMs)
{
    return QStringLiteral("%1s").arg(std::max(1, timeoutMs / 1000 - 1));
}

} // namespace

QString PrometheusEndpoint::displayName() const
{
    const QString address = url.toDisplayString(QUrl::RemoveUserInfo);
    return name.isEmpty() ? PrometheusClient::tr("Prometheus server %1").arg(address)
                          : PrometheusClient::tr("Prometheus server \"%1\" (%2)").arg(name, address);
}

QByteArray prometheusAuthorization(const QByteArray& credential)
{
    return credential.contains(':') ? "Basic " + credential.toBase64() : "Bearer " + credential;
}

std::optional<PrometheusEndpoint> prometheusEndpointFor(const GatewayProfile& profile)
{
    if (profile.kind != GatewayKind::PrometheusServer)
        return std::nullopt;
    const QUrl url =
        profile.metricsUrl.isValid() && !profile.metricsUrl.isEmpty() ? profile.metricsUrl : profile.baseUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    PrometheusEndpoint e;
    e.name = profile.name;
    e.url = url;
    e.tls = profile.tls;
    e.credentialSecret = profile.apiKeySecret;
    e.scrapeIntervalSeconds = std::max(1, profile.pollIntervalSeconds);
    return e;
}

// ---- PrometheusReply ----------------------------------------------------------------------

PrometheusReply::PrometheusReply(QString promql, std::optional<QueryRange> range, QObject* parent)
    : QObject(parent)
    , m_promql(std::move(promql))
    , m_range(range)
{}

PrometheusReply::~PrometheusReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PrometheusReply::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    fail(PrometheusFailure::Cancelled, tr("it was cancelled"));
}

void PrometheusReply::start(QNetworkReply* reply, int timeoutMs, qint64 maxBytes)
{
    m_reply = reply;
    m_timeoutMs = timeoutMs;
    m_maxBytes = maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &PrometheusReply::onNetworkFinished);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    m_deadline->start(timeoutMs);
}

void PrometheusReply::onNetworkFinished()
{
    if (m_deadline)
        m_deadline->stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_httpStatus = status;
    const QString tlsWhy = TlsPolicy::failure(reply);
    const QUrl url = reply->url();
    if (m_timedOut || reply->error() == QNetworkReply::TimeoutError) {
        fail(PrometheusFailure::Timeout,
             tr("no complete answer within %1 s; choose a shorter range or a coarser step, or check that "
                "the server is reachable")
                 .arg(m_timeoutMs / 1000.0));
    } else if (m_tooLarge) {
        fail(PrometheusFailure::TooLarge,
             tr("the answer grew beyond %1 MB and was stopped; narrow the range or the selection")
                 .arg(m_maxBytes / (qint64(1024) * 1024)));
    } else if (!tlsWhy.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        fail(PrometheusFailure::Tls,
             !tlsWhy.isEmpty()
                 ? withoutFinalStop(tlsWhy)
                 : tr("the TLS handshake with %1 failed: %2").arg(url.host(), reply->errorString()));
    } else if (status >= 300 && status < 400) {
        fail(PrometheusFailure::Http,
             tr("HTTP %1: it redirects to %2; use that address for the server")
                 .arg(status)
                 .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString()));
    } else if (status == 401 || status == 403) {
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (m_credentialRefused)
            m_credentialRefused();
        // HTTP/2 has no reason phrase: "HTTP 401", else "HTTP 401 Unauthorized".
        const QString http = QStringLiteral("HTTP %1").arg(status) +
                             (phrase.isEmpty() ? QString() : QLatin1Char(' ') + phrase);
        fail(
            PrometheusFailure::Credential,
            m_credentialSecret.isEmpty()
                ? tr("%1: the server wants a credential; name a secret on the entry (user:password for basic "
                     "auth, anything else is sent as a bearer token)")
                      .arg(http)
                : tr("%1: the server does not accept the credential \"%2\"; check it (user:password for "
                     "basic "
                     "auth, anything else is sent as a bearer token)")
                      .arg(http, m_credentialSecret));
    } else if (status != 0) {
        // The API's answers, errors included, are JSON: read them on the thread pool.
        const QByteArray body = reply->readAll();
        using Parsed = std::shared_ptr<const PrometheusResponse>;
        auto promise = std::make_shared<QPromise<Parsed>>();
        auto* watcher = new QFutureWatcher<Parsed>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, status, body] {
            watcher->deleteLater();
            if (m_finished || watcher->future().resultCount() == 0)
                return;
            const Parsed parsed = watcher->future().result();
            if (!parsed->result && !parsed->error && (status < 200 || status >= 300)) {
                fail(PrometheusFailure::Http,
                     status == 404
                         ? tr("HTTP 404: there is no Prometheus HTTP API at this address; give the server's "
                              "root "
                              "(e.g. http://host:9090)")
                         : tr("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(200)).simplified()));
                return;
            }
            onParsed(*parsed, status);
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, body, status] {
            promise->addResult(
                std::make_shared<const PrometheusResponse>(parsePrometheusResponse(body, status)));
            promise->finish();
        });
    } else if (reply->error() == QNetworkReply::HostNotFoundError) {
        fail(PrometheusFailure::Dns, tr("cannot resolve %1; check the server's host name").arg(url.host()));
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        fail(PrometheusFailure::Refused,
             tr("%1:%2 refused the connection; is Prometheus running there?")
                 .arg(url.host())
                 .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(PrometheusFailure::Network, tr("the connection was aborted"));
    } else {
        fail(PrometheusFailure::Network, withoutFinalStop(reply->errorString()));
    }
}

void PrometheusReply::onParsed(const PrometheusResponse& response, int status)
{
    if (response.error) {
        m_apiError = response.error;
        const QString type = response.error->errorType;
        QString advice;
        if (type == QLatin1String("bad_data"))
            advice = tr("check the query and that the range has at most 11,000 steps");
        else if (type == QLatin1String("execution"))
            advice =
                tr("the server could not evaluate it; narrow the selection (e.g. to one job) or the range");
        else if (type == QLatin1String("timeout"))
            advice = tr("choose a shorter range or a coarser step, or raise the server's --query.timeout");
        else if (type == QLatin1String("not_found"))
            advice = tr("check the server's address");
        else
            advice = tr("try again; if it persists, see the server's log");
        fail(PrometheusFailure::Api, tr("the server refused it with %1 (HTTP %2): %3; %4")
                                         .arg(type.isEmpty() ? QStringLiteral("an error") : type)
                                         .arg(status)
                                         .arg(withoutFinalStop(response.error->message), advice));
        return;
    }
    if (!response.result) {
        fail(PrometheusFailure::Malformed, tr("the answer is not the Prometheus API's JSON (%1); check that "
                                              "the address is a Prometheus server")
                                               .arg(response.malformed));
        return;
    }
    succeed(*response.result);
}

void PrometheusReply::fail(PrometheusFailure failure, const QString& reason)
{
    if (m_finished)
        return;
    m_failure = failure;
    m_reason = reason;
    m_error = m_describe ? m_describe(reason) : reason;
    finish();
}

void PrometheusReply::succeed(PrometheusResult result)
{
    if (m_finished)
        return;
    m_result = std::move(result);
    finish();
}

void PrometheusReply::finish()
{
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    emit finished();
    deleteLater();
}

// ---- PrometheusClient ---------------------------------------------------------------------

PrometheusClient::PrometheusClient(PrometheusEndpoint endpoint, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{}

PrometheusClient::~PrometheusClient()
{
    wipe(m_credential);
    // Replies die with their client; their network replies go before the network manager does.
    for (PrometheusReply* r : findChildren<PrometheusReply*>(Qt::FindDirectChildrenOnly)) {
        r->m_finished = true;
        if (r->m_reply) {
            r->m_reply->disconnect(r);
            r->m_reply->abort();
        }
    }
}

void PrometheusClient::setCredential(const QByteArray& credential)
{
    wipe(m_credential);
    m_credential = QByteArray(credential.constData(), credential.size());
    m_credentialKnown = true;
}

PrometheusReply* PrometheusClient::queryRange(const QString& promql, const QueryRange& range)
{
    // Concatenated, not .arg(): the encoded query is full of "%2C" and the like.
    const QString parameters = QStringLiteral("query=") + encoded(promql) + QStringLiteral("&start=") +
                               QString::number(range.start) + QStringLiteral("&end=") +
                               QString::number(range.end) + QStringLiteral("&step=") +
                               QString::number(range.step) + QStringLiteral("&timeout=") +
                               serverTimeout(m_endpoint.timeoutMs);
    return send(QStringLiteral("/api/v1/query_range"), promql, range, parameters);
}

PrometheusReply* PrometheusClient::query(const QString& promql, qint64 timeMs)
{
    const QString parameters = QStringLiteral("query=") + encoded(promql) + QStringLiteral("&time=") +
                               seconds(timeMs) + QStringLiteral("&timeout=") +
                               serverTimeout(m_endpoint.timeoutMs);
    return send(QStringLiteral("/api/v1/query"), promql, std::nullopt, parameters);
}

PrometheusReply* PrometheusClient::send(const QString& path, const QString& promql,
                                        std::optional<QueryRange> range, const QString& parameters)
{
    auto* reply = new PrometheusReply(promql, range, this);
    reply->m_describe = [server = m_endpoint.displayName(),
                         query = shortQuery(promql)](const QString& reason) {
        const QString why = withoutFinalStop(reason);
        const bool asks = why.endsWith(QLatin1Char('?')) || why.endsWith(QLatin1Char('!'));
        return tr("The query %1 to %2 failed: %3").arg(query, server, why) +
               (asks ? QString() : QStringLiteral("."));
    };
    reply->m_credentialSecret = m_endpoint.credentialSecret;
    QPointer<PrometheusClient> self(this);
    reply->m_credentialRefused = [self] {
        // Read it again next time: it may have been replaced in the keychain meanwhile.
        if (self && !self->m_endpoint.credentialSecret.isEmpty() && self->m_secrets) {
            wipe(self->m_credential);
            self->m_credentialKnown = false;
        }
    };
    QPointer<PrometheusReply> guard(reply);
    // Always later than the call, so a caller can connect to finished() first.
    QTimer::singleShot(0, reply, [this, guard, path, parameters] {
        if (guard && !guard->isFinished())
            withCredential(guard, [this, guard, path, parameters] {
                if (guard && !guard->isFinished())
                    dispatch(guard, path, parameters);
            });
    });
    return reply;
}

void PrometheusClient::withCredential(PrometheusReply* reply, std::function<void()> go)
{
    if (m_endpoint.credentialSecret.isEmpty() || m_credentialKnown) {
        go();
        return;
    }
    const QString name = m_endpoint.credentialSecret;
    if (!m_secrets) {
        reply->fail(PrometheusFailure::Credential,
                    tr("the credential \"%1\" cannot be read: no keychain is available").arg(name));
        return;
    }
    QPointer<PrometheusClient> self(this);
    QPointer<PrometheusReply> guard(reply);
    m_secrets->read(name, [self, guard, go = std::move(go), name](const SecretError& error,
                                                                  const QByteArray& value) {
        if (!self || !guard || guard->isFinished())
            return;
        if (error) {
            guard->fail(
                PrometheusFailure::Credential,
                tr("the credential \"%1\" cannot be read: %2").arg(name, withoutFinalStop(error.message)));
            return;
        }
        self->setCredential(value);
        go();
    });
}

void PrometheusClient::dispatch(PrometheusReply* reply, const QString& path, const QString& parameters)
{
    const TlsPolicy policy(m_endpoint.tls);
    if (!policy.isUsable()) {
        reply->fail(PrometheusFailure::Tls, policy.errorString());
        return;
    }
    QUrl url = m_endpoint.url;
    QString root = url.path();
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    url.setPath(root + path);
    url.setQuery(parameters, QUrl::StrictMode);

    QNetworkRequest request(url);
    policy.apply(request);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    if (!m_credential.isEmpty()) {
        QByteArray header = prometheusAuthorization(m_credential);
        request.setRawHeader("Authorization", header);
        wipe(header);
    }
    QNetworkReply* network = m_network->get(request);
    policy.watch(network);
    reply->start(network, m_endpoint.timeoutMs, m_maxBytes);
}

} // namespace gatehouse::metrics
