#include "core/metrics/Poller.h"

#include "core/metrics/ProfileLoader.h"
#include "core/metrics/ScrapeBackoff.h"
#include "core/metrics/ScrapeProcessor.h"
#include "core/net/TlsPolicy.h"
#include "core/registry/GatewayRegistry.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace gatehouse::metrics {

namespace {

// What Prometheus asks for: OpenMetrics first, then the classic text format.
constexpr char acceptHeader[] = "application/openmetrics-text;version=1.0.0;q=0.9,"
                                "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
constexpr qint64 maxBodyBytes = 64 * 1024 * 1024;

// Signals are computed over a trailing window of at least four scrape intervals (PromQL's advice
// for rate()) and at least a minute.
int signalWindowMs(int intervalMs)
{
    return std::max(60000, intervalMs * 4);
}

} // namespace

struct Poller::Target
{
    ScrapeTarget def;
    quint64 generation = 0;
    QTimer next;
    QTimer deadline;
    QPointer<QNetworkReply> reply;
    QElapsedTimer elapsed;
    qint64 startedMs = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool busy = false; // reading the key, fetching or processing
    QByteArray credential;
    bool credentialRead = false;
    TargetState state;

    ~Target()
    {
        wipe(credential);
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
    }
};

Poller::Poller(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_processor(new ScrapeProcessor(loadProfiles(userProfileFolder()).profiles))
{
    qRegisterMetaType<ScrapeReport>();
    m_workerThread.setObjectName(QStringLiteral("metrics-parse"));
    m_processor->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_processor, &QObject::deleteLater);
    m_workerThread.start();
}

Poller::~Poller()
{
    m_targets.clear(); // aborts requests in flight
    m_workerThread.quit();
    m_workerThread.wait();
}

void Poller::setTargets(const QList<ScrapeTarget>& targets)
{
    QSet<qint64> wanted;
    bool changed = false;
    for (const ScrapeTarget& t : targets) {
        wanted.insert(t.gatewayId);
        auto it = m_targets.find(t.gatewayId);
        if (it != m_targets.end() && (*it)->def == t)
            continue;
        changed = true;
        auto target = std::make_shared<Target>();
        target->def = t;
        target->generation = ++m_generation;
        target->next.setSingleShot(true);
        target->deadline.setSingleShot(true);
        const qint64 id = t.gatewayId;
        connect(&target->next, &QTimer::timeout, this, [this, id] { start(id); });
        m_targets.insert(id, target);
        const qint64 gid = t.gatewayId;
        QMetaObject::invokeMethod(m_processor, [p = m_processor, gid] { p->forget(gid); });
        // Spread the first scrapes of many targets a little instead of firing all at once.
        schedule(*target, int(QRandomGenerator::global()->bounded(std::min(t.intervalMs, 500) + 1)));
    }
    for (auto it = m_targets.begin(); it != m_targets.end();) {
        if (!wanted.contains(it.key())) {
            const qint64 gid = it.key();
            QMetaObject::invokeMethod(m_processor, [p = m_processor, gid] { p->forget(gid); });
            it = m_targets.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        emit targetsChanged();
}

QList<ScrapeTarget> Poller::targets() const
{
    QList<ScrapeTarget> list;
    for (const auto& t : m_targets)
        list.append(t->def);
    return list;
}

void Poller::followRegistry(GatewayRegistry& registry, int refreshMs)
{
    m_registry = &registry;
    if (!m_registryTimer) {
        m_registryTimer = new QTimer(this);
        connect(m_registryTimer, &QTimer::timeout, this, &Poller::refreshFromRegistry);
    }
    m_registryTimer->start(refreshMs);
    refreshFromRegistry();
}

void Poller::refreshFromRegistry()
{
    if (!m_registry)
        return;
    QList<ScrapeTarget> targets;
    for (const GatewayProfile& profile : m_registry->list()) {
        if (auto target = scrapeTargetFor(profile))
            targets.append(*target);
    }
    setTargets(targets);
}

TargetState Poller::state(qint64 gatewayId) const
{
    const auto it = m_targets.constFind(gatewayId);
    return it == m_targets.constEnd() ? TargetState{} : (*it)->state;
}

void Poller::scrapeNow(qint64 gatewayId)
{
    const auto it = m_targets.constFind(gatewayId);
    if (it != m_targets.constEnd() && !(*it)->busy)
        schedule(**it, 0);
}

void Poller::schedule(Target& target, int delayMs)
{
    target.state.nextScrapeMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    target.next.start(delayMs);
}

void Poller::start(qint64 gatewayId)
{
    const auto it = m_targets.constFind(gatewayId);
    if (it == m_targets.constEnd())
        return;
    Target& target = **it;
    if (target.busy)
        return;
    target.busy = true;
    target.startedMs = QDateTime::currentMSecsSinceEpoch();
    target.elapsed.start();
    if (target.def.credentialSecret.isEmpty() || target.credentialRead) {
        fetch(target);
        return;
    }
    if (!m_secrets) {
        ScrapeReport r;
        r.gatewayId = gatewayId;
        r.timeMs = target.startedMs;
        r.failure = ScrapeFailure::Credential;
        r.reason =
            tr("The key \"%1\" cannot be read: no keychain is available.").arg(target.def.credentialSecret);
        deliver(r, target.generation);
        return;
    }
    const quint64 generation = target.generation;
    m_secrets->read(target.def.credentialSecret, [self = QPointer<Poller>(this), gatewayId, generation](
                                                     const SecretError& error, const QByteArray& value) {
        if (!self)
            return;
        const auto found = self->m_targets.constFind(gatewayId);
        if (found == self->m_targets.constEnd() || (*found)->generation != generation)
            return;
        Target& t = **found;
        if (error) {
            ScrapeReport r;
            r.gatewayId = gatewayId;
            r.timeMs = t.startedMs;
            r.failure = ScrapeFailure::Credential;
            r.reason = tr("The key \"%1\" cannot be read: %2").arg(t.def.credentialSecret, error.message);
            self->deliver(r, generation);
            return;
        }
        t.credential = value;
        t.credentialRead = true;
        self->fetch(t);
    });
}

void Poller::fetch(Target& target)
{
    const qint64 gatewayId = target.def.gatewayId;
    const quint64 generation = target.generation;
    const TlsPolicy policy(target.def.tls);
    if (!policy.isUsable()) {
        ScrapeReport r;
        r.gatewayId = gatewayId;
        r.timeMs = target.startedMs;
        r.failure = ScrapeFailure::Tls;
        r.reason = policy.errorString();
        deliver(r, generation);
        return;
    }
    QNetworkRequest request(target.def.url);
    request.setRawHeader("Accept", acceptHeader);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(target.def.timeoutMs);
    if (!target.credential.isEmpty())
        request.setRawHeader("Authorization", QByteArray("Bearer ") + target.credential);
    policy.apply(request);
    target.timedOut = false;
    target.tooLarge = false;
    QNetworkReply* reply = m_network->get(request);
    policy.watch(reply);
    target.reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, &target](qint64 received, qint64) {
        if (received > maxBodyBytes && target.reply == reply) {
            target.tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, gatewayId, generation] { finishFetch(gatewayId, generation); });
    target.deadline.disconnect();
    connect(&target.deadline, &QTimer::timeout, this, [reply, &target] {
        if (target.reply == reply) {
            target.timedOut = true;
            reply->abort();
        }
    });
    target.deadline.start(target.def.timeoutMs);
}

void Poller::finishFetch(qint64 gatewayId, quint64 generation)
{
    const auto it = m_targets.constFind(gatewayId);
    if (it == m_targets.constEnd() || (*it)->generation != generation)
        return;
    Target& target = **it;
    target.deadline.stop();
    QNetworkReply* reply = target.reply;
    target.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    ScrapeReport r;
    r.gatewayId = gatewayId;
    r.timeMs = target.startedMs;
    r.durationMs = int(target.elapsed.elapsed());
    const QUrl& url = target.def.url;
    const QString host = url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString tlsWhy = TlsPolicy::failure(reply);
    if (target.timedOut || reply->error() == QNetworkReply::TimeoutError) {
        r.failure = ScrapeFailure::Timeout;
        r.reason = tr("%1 gave no complete answer within %2 s.").arg(host).arg(target.def.timeoutMs / 1000.0);
    } else if (target.tooLarge) {
        r.failure = ScrapeFailure::Network;
        r.reason = tr("%1 sent more than %2 MB of metrics; the scrape was stopped.")
                       .arg(host)
                       .arg(maxBodyBytes / (1024 * 1024));
    } else if (!tlsWhy.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        r.failure = ScrapeFailure::Tls;
        r.reason = !tlsWhy.isEmpty()
                       ? tlsWhy
                       : tr("The TLS handshake with %1 failed: %2.").arg(host, reply->errorString());
    } else if (status != 0 && status != 200) {
        r.failure = ScrapeFailure::Http;
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 401 || status == 403) {
            r.reason = target.def.credentialSecret.isEmpty()
                           ? tr("%1 answered HTTP %2 %3: it wants a key; set one on the gateway's entry.")
                                 .arg(url.toString())
                                 .arg(status)
                                 .arg(phrase)
                           : tr("%1 answered HTTP %2 %3: check the key \"%4\".")
                                 .arg(url.toString())
                                 .arg(status)
                                 .arg(phrase, target.def.credentialSecret);
            wipe(target.credential);
            target.credentialRead = false; // read it again: it may have been replaced
        } else {
            r.reason = tr("%1 answered HTTP %2 %3.").arg(url.toString()).arg(status).arg(phrase);
        }
    } else if (reply->error() == QNetworkReply::HostNotFoundError) {
        r.failure = ScrapeFailure::Dns;
        r.reason = tr("Cannot resolve %1: check the host name of the metrics URL.").arg(host);
    } else if (reply->error() == QNetworkReply::ConnectionRefusedError) {
        r.failure = ScrapeFailure::Refused;
        r.reason = tr("%1:%2 refused the connection: is the gateway running?")
                       .arg(host)
                       .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    } else if (reply->error() != QNetworkReply::NoError) {
        r.failure = ScrapeFailure::Network;
        r.reason = tr("Scraping %1 failed: %2.").arg(url.toString(), reply->errorString());
    }
    if (r.failure != ScrapeFailure::None) {
        deliver(r, generation);
        return;
    }

    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const qint64 startedMs = target.startedMs;
    const int durationMs = r.durationMs;
    const int windowMs = signalWindowMs(target.def.intervalMs);
    ScrapeProcessor* processor = m_processor;
    QPointer<Poller> self(this);
    QMetaObject::invokeMethod(processor, [=] {
        const ScrapeReport report =
            processor->process(gatewayId, startedMs, durationMs, body, contentType, windowMs);
        QMetaObject::invokeMethod(
            self.data(),
            [self, report, generation] {
                if (self)
                    self->deliver(report, generation);
            },
            Qt::QueuedConnection);
    });
}

void Poller::deliver(const ScrapeReport& report, quint64 generation)
{
    const auto it = m_targets.constFind(report.gatewayId);
    if (it == m_targets.constEnd() || (*it)->generation != generation)
        return;
    Target& target = **it;
    target.busy = false;
    TargetState& s = target.state;
    s.known = true;
    s.up = report.up;
    s.failure = report.failure;
    s.reason = report.reason;
    s.lastScrapeMs = report.timeMs;
    if (report.up) {
        s.failures = 0;
        s.profileId = report.profileId;
        const qint64 spent = QDateTime::currentMSecsSinceEpoch() - target.startedMs;
        schedule(target, int(std::max<qint64>(0, target.def.intervalMs - spent)));
    } else {
        ++s.failures;
        const qint64 gid = report.gatewayId;
        QMetaObject::invokeMethod(m_processor, [p = m_processor, gid] { p->forget(gid); });
        schedule(target, scrapeBackoffMs(target.def.intervalMs, s.failures,
                                         QRandomGenerator::global()->generateDouble()));
    }
    emit reported(report);
}

} // namespace gatehouse::metrics
