#include "core/metrics/RuleHitsReader.h"

#include "core/net/TlsPolicy.h"
#include "core/secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace gatehouse::metrics {

namespace {

constexpr char acceptHeader[] = "application/openmetrics-text;version=1.0.0;q=0.9,"
                                "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

} // namespace

RuleHitsReader::RuleHitsReader(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{}

void RuleHitsReader::fail(const QString& error, quint64 generation)
{
    QTimer::singleShot(0, this, [this, error, generation] {
        if (generation != m_generation)
            return;
        RuleHits hits;
        hits.error = error;
        emit finished(hits);
    });
}

void RuleHitsReader::read(const GatewayProfile& profile)
{
    const quint64 generation = ++m_generation;
    if (profile.metricsUrl.isEmpty() || !profile.metricsUrl.isValid()) {
        fail(tr("%1 has no metrics URL; add it on the Gateways page to count hits.").arg(profile.name),
             generation);
        return;
    }
    if (profile.apiKeySecret.isEmpty()) {
        fetch(profile, {}, generation);
        return;
    }
    if (!m_secrets) {
        fail(tr("the key \"%1\" for %2's metrics cannot be read: no keychain is available.")
                 .arg(profile.apiKeySecret, profile.name),
             generation);
        return;
    }
    QPointer<RuleHitsReader> self(this);
    m_secrets->read(profile.apiKeySecret,
                    [self, profile, generation](const SecretError& error, const QByteArray& key) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (error) {
                            self->fail(tr("the key \"%1\" for %2's metrics cannot be read: %3")
                                           .arg(profile.apiKeySecret, profile.name, error.message),
                                       generation);
                            return;
                        }
                        self->fetch(profile, key, generation);
                    });
}

void RuleHitsReader::fetch(const GatewayProfile& profile, const QByteArray& credential, quint64 generation)
{
    const TlsPolicy policy(profile.tls);
    if (!policy.isUsable()) {
        fail(policy.errorString(), generation);
        return;
    }
    QNetworkRequest request(profile.metricsUrl);
    request.setRawHeader("Accept", acceptHeader);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeoutMs);
    if (!credential.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer ") + credential);
    policy.apply(request);
    QNetworkReply* reply = m_network->get(request);
    policy.watch(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, profile, generation] { finishFetch(reply, profile, generation); });
}

void RuleHitsReader::finishFetch(QNetworkReply* reply, const GatewayProfile& profile, quint64 generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return;
    const QUrl& url = profile.metricsUrl;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString tlsWhy = TlsPolicy::failure(reply);
    QString error;
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        error = tr("%1 gave no answer within %2 s.").arg(url.toString()).arg(timeoutMs / 1000);
    else if (!tlsWhy.isEmpty())
        error = tlsWhy;
    else if (status != 0 && status != 200)
        error = tr("%1 answered HTTP %2 %3.")
                    .arg(url.toString())
                    .arg(status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    else if (reply->error() == QNetworkReply::ConnectionRefusedError)
        error = tr("%1 refused the connection: is %2 running?").arg(url.authority(), profile.name);
    else if (reply->error() != QNetworkReply::NoError)
        error = tr("reading %1 failed: %2.").arg(url.toString(), reply->errorString());
    if (!error.isEmpty()) {
        RuleHits hits;
        hits.error = error;
        emit finished(hits);
        return;
    }
    RuleHits hits =
        ruleHitsFromScrape(reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    if (!hits.ok())
        hits.error = tr("%1: %2.").arg(url.toString(), hits.error);
    emit finished(hits);
}

} // namespace gatehouse::metrics
