#include "core/net/ConnectionTest.h"

#include "core/net/TlsPolicy.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>

namespace gatehouse {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)
};

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

QString endpointText(const QHostAddress& address, int port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QUrl appendPath(QUrl url, const QString& tail)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + tail);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

// One run of the test: owns the lookup, the socket and the request, and is deleted to cancel.
class ConnectionTest::Run : public QObject
{
public:
    Run(ConnectionTest* test, QByteArray credential)
        : QObject(test)
        , m_test(test)
        , m_profile(test->m_profile)
        , m_policy(test->m_profile.tls)
        , m_credential(std::move(credential))
        , m_timeoutMs(test->m_timeoutMs)
    {
        m_timer.setSingleShot(true);
    }

    ~Run() override
    {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
        }
        wipe(m_credential);
    }

    void start()
    {
        m_url = endpoint(m_profile);
        m_tls = m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
        m_port = m_url.port(m_tls ? 443 : 80);
        if (m_url.isEmpty()) {
            finish(
                false,
                Text::tr(
                    "Nothing to test: the profile has no base URL or metrics URL. Enter one and try again."));
            return;
        }
        resolve();
    }

private:
    void beginStep(int timeoutMs, std::function<void()> onTimeout)
    {
        m_clock.start();
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, std::move(onTimeout));
        m_timer.start(timeoutMs);
    }

    void report(Stage stage, bool ok, const QString& detail)
    {
        if (m_done)
            return;
        m_timer.stop();
        const Step step{stage, ok, detail, m_clock.isValid() ? m_clock.elapsed() : 0};
        emit m_test->stepFinished(step);
    }

    // Reports the failed step and ends the run (deletes this).
    void fail(Stage stage, const QString& detail)
    {
        report(stage, false, detail);
        finish(false, detail);
    }

    void finish(bool ok, const QString& summary)
    {
        if (m_done)
            return; // a late signal of a socket or reply after the outcome is known
        m_done = true;
        m_timer.stop();
        ConnectionTest* test = m_test;
        test->m_run = nullptr;
        deleteLater();
        emit test->finished(ok, summary);
    }

    // --- DNS ---------------------------------------------------------------------------------
    void resolve()
    {
        const QString host = m_url.host();
        beginStep(m_timeoutMs, [this, host] {
            fail(Stage::Dns,
                 Text::tr("Cannot resolve %1 within %2 s: the DNS server does not answer. Check the network "
                          "connection and the DNS settings.")
                     .arg(host, seconds(m_timeoutMs)));
        });
        m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo& info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                const QString why =
                    info.error() == QHostInfo::UnknownError ? info.errorString() : Text::tr("host not found");
                fail(Stage::Dns,
                     Text::tr("Cannot resolve %1: %2. Check the URL's host name.").arg(host, why));
                return;
            }
            m_addresses = info.addresses();
            QStringList shown;
            for (const QHostAddress& a : std::as_const(m_addresses))
                shown << a.toString();
            if (QHostAddress(host).isNull())
                report(Stage::Dns, true,
                       Text::tr("Resolved %1 to %2").arg(host, shown.join(QStringLiteral(", "))));
            else
                report(Stage::Dns, true, Text::tr("%1 is an address; nothing to resolve").arg(host));
            connectTcp();
        });
    }

    // --- TCP ---------------------------------------------------------------------------------
    void connectTcp()
    {
        beginStep(m_timeoutMs, [this] {
            fail(Stage::Tcp,
                 Text::tr("No answer from %1 within %2 s: a firewall may drop the connection, or the host is "
                          "down.")
                     .arg(endpointText(m_addresses.value(m_addressIndex), m_port), seconds(m_timeoutMs)));
        });
        m_addressIndex = 0;
        tryNextAddress();
    }

    void tryNextAddress()
    {
        delete m_socket;
        m_socket = new QSslSocket(this);
        const QHostAddress address = m_addresses.value(m_addressIndex);
        connect(m_socket, &QAbstractSocket::connected, this, [this, address] {
            report(Stage::Tcp, true, Text::tr("Connected to %1").arg(endpointText(address, m_port)));
            if (m_tls)
                handshake();
            else
                request();
        });
        connect(m_socket, &QAbstractSocket::errorOccurred, this,
                [this, address](QAbstractSocket::SocketError error) {
                    if (m_socket->state() == QAbstractSocket::ConnectedState || m_socket->isEncrypted())
                        return; // a TLS-stage error, handled there
                    m_lastTcpError = tcpFailure(address, error);
                    if (++m_addressIndex < m_addresses.size()) {
                        QTimer::singleShot(0, this, [this] { tryNextAddress(); });
                        return;
                    }
                    fail(Stage::Tcp, m_lastTcpError);
                });
        m_socket->connectToHost(address, quint16(m_port));
    }

    QString tcpFailure(const QHostAddress& address, QAbstractSocket::SocketError error) const
    {
        const QString where = endpointText(address, m_port);
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            return Text::tr("Connection refused by %1: nothing listens on that port.").arg(where);
        case QAbstractSocket::NetworkError:
        case QAbstractSocket::HostNotFoundError:
            return Text::tr("Cannot reach %1: the network or the host is unreachable. Check the address and "
                            "the network "
                            "connection.")
                .arg(where);
        case QAbstractSocket::SocketTimeoutError:
            return Text::tr("No answer from %1 within %2 s: a firewall may drop the connection, or the host "
                            "is down.")
                .arg(where, seconds(m_timeoutMs));
        default:
            return Text::tr("Cannot connect to %1: %2.").arg(where, m_socket->errorString());
        }
    }

    // --- TLS ---------------------------------------------------------------------------------
    void handshake()
    {
        const QString host = m_url.host();
        if (!m_policy.isUsable()) {
            fail(Stage::Tls, m_policy.errorString());
            return;
        }
        beginStep(m_timeoutMs, [this, host] {
            fail(Stage::Tls,
                 Text::tr("The TLS handshake with %1 did not finish within %2 s. Check that the port serves "
                          "HTTPS, or use http://.")
                     .arg(host, seconds(m_timeoutMs)));
        });
        m_socket->disconnect(this);
        m_socket->setSslConfiguration(m_policy.configuration());
        m_socket->setPeerVerifyName(host);
        m_policy.watch(m_socket);
        connect(m_socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError>& errors) { m_tlsErrors = errors; });
        connect(m_socket, &QSslSocket::encrypted, this, [this, host] {
            const QString refused = TlsPolicy::failure(m_socket);
            if (!refused.isEmpty()) { // the policy aborted: the pin does not match
                fail(Stage::Tls, refused);
                return;
            }
            const QSslCertificate leaf = m_socket->peerCertificate();
            const QString subject = leaf.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
            report(Stage::Tls, true,
                   Text::tr("%1 with %2: certificate for %3, %4")
                       .arg(m_socket->sessionCipher().protocolString(), host,
                            subject.isEmpty() ? host : subject, m_policy.describeTrust(m_tlsErrors)));
            m_socket->disconnect(this);
            m_socket->abort();
            request();
        });
        connect(m_socket, &QAbstractSocket::errorOccurred, this,
                [this, host](QAbstractSocket::SocketError error) {
                    QString why = TlsPolicy::failure(m_socket);
                    if (why.isEmpty() && error == QAbstractSocket::RemoteHostClosedError)
                        why = Text::tr("%1 closed the connection during the TLS handshake. Check that the "
                                       "port serves HTTPS, or "
                                       "use http://.")
                                  .arg(host);
                    if (why.isEmpty())
                        why = Text::tr("The TLS handshake with %1 failed: %2. Check that the port serves "
                                       "HTTPS, or use http://.")
                                  .arg(host, m_socket->errorString());
                    fail(Stage::Tls, why);
                });
        m_socket->startClientEncryption();
    }

    // --- HTTP and authentication ----------------------------------------------------------------
    void request()
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        beginStep(m_timeoutMs, [this] {
            if (m_reply) {
                m_reply->disconnect(this);
                m_reply->abort();
            }
            fail(
                Stage::Http,
                Text::tr("No HTTP answer from %1 within %2 s: the server accepted the connection but did not "
                         "respond. Check that the URL points at the API.")
                    .arg(m_url.toDisplayString(), seconds(m_timeoutMs)));
        });
        QNetworkRequest request(m_url);
        m_policy.apply(request);
        request.setTransferTimeout(m_timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setRawHeader("Accept", "application/json, text/plain;q=0.9, */*;q=0.1");
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Gatehouse"));
        m_sentCredential = !m_credential.isEmpty();
        if (m_sentCredential) {
            QByteArray header = "Bearer " + m_credential;
            request.setRawHeader("Authorization", header);
            wipe(header);
            wipe(m_credential);
        }
        m_reply = m_manager.get(request);
        m_policy.watch(m_reply);
        connect(m_reply, &QNetworkReply::finished, this, [this] { answered(); });
    }

    void answered()
    {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const QString url = m_url.toDisplayString();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            const QString tls = TlsPolicy::failure(reply);
            if (!tls.isEmpty())
                fail(Stage::Http, tls);
            else if (reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError)
                fail(
                    Stage::Http,
                    Text::tr("No HTTP answer from %1 within %2 s: the server accepted the connection but did "
                             "not respond. Check that the URL points at the API.")
                        .arg(url, seconds(m_timeoutMs)));
            else if (reply->error() == QNetworkReply::RemoteHostClosedError)
                fail(Stage::Http,
                     Text::tr("The server closed the connection without an HTTP answer to %1. Check that the "
                              "port serves %2.")
                         .arg(url, m_tls ? QStringLiteral("HTTPS") : QStringLiteral("HTTP")));
            else
                fail(Stage::Http,
                     Text::tr("The HTTP request to %1 failed: %2.").arg(url, reply->errorString()));
            return;
        }

        QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        if (reason.isEmpty())
            reason = reasonPhrase(status);
        const QString statusText =
            reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
        const QString secret = m_profile.apiKeySecret;

        if (status == 401 || status == 403) {
            report(Stage::Http, true, Text::tr("The gateway answered %1").arg(statusText));
            m_clock.start();
            QString why;
            if (!m_sentCredential && secret.isEmpty())
                why = Text::tr("The gateway answered %1: it needs an API key. Store the key in the keychain "
                               "and name it in "
                               "the gateway's profile.")
                          .arg(statusText);
            else if (!m_sentCredential)
                why = Text::tr("The gateway answered %1: it needs an API key, and the key stored as '%2' "
                               "was not sent. "
                               "Check that the keychain holds it.")
                          .arg(statusText, secret);
            else if (status == 401)
                why = Text::tr(
                          "The gateway answered %1: the API key was rejected. Check the key stored as '%2'.")
                          .arg(statusText, secret);
            else
                why = Text::tr("The gateway answered %1: the API key is not allowed to use %2. Check the "
                               "key stored as "
                               "'%3' and its permissions.")
                          .arg(statusText, url, secret);
            fail(Stage::Auth, why);
            return;
        }
        if (status >= 300 && status < 400) {
            const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            fail(Stage::Http,
                 Text::tr("HTTP %1 from %2: the gateway redirects to %3. Use that address in the profile.")
                     .arg(statusText, url, m_url.resolved(location).toDisplayString()));
            return;
        }
        if (status >= 400) {
            QString what;
            if (status == 404)
                what = m_profile.kind == GatewayKind::PrometheusServer
                           ? Text::tr("nothing is served at that path. Check that the URL is the Prometheus "
                                      "server's root.")
                           : Text::tr("nothing is served at that path. Check the URL (OpenAI-compatible "
                                      "APIs usually end "
                                      "in /v1).");
            else if (status == 429)
                what = Text::tr("the gateway is limiting requests. Try again later.");
            else if (status == 502 || status == 503 || status == 504)
                what = Text::tr(
                    "the gateway or the service behind it is unavailable. Check its logs and upstreams.");
            else if (status >= 500)
                what = Text::tr("the gateway failed to answer. Check its logs.");
            else
                what = Text::tr("the gateway refused the request. Check the URL.");
            fail(Stage::Http, Text::tr("HTTP %1 from %2: %3").arg(statusText, url, what));
            return;
        }
        report(Stage::Http, true, Text::tr("HTTP %1 from %2").arg(statusText, url));
        if (m_sentCredential) {
            m_clock.start();
            report(Stage::Auth, true, Text::tr("The API key stored as '%1' was accepted").arg(secret));
        }
        finish(true,
               Text::tr("The connection to %1 works: HTTP %2 from %3.").arg(m_profile.name, statusText, url));
    }

    ConnectionTest* m_test;
    GatewayProfile m_profile;
    TlsPolicy m_policy;
    QByteArray m_credential;
    int m_timeoutMs;
    QUrl m_url;
    bool m_tls = false;
    int m_port = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    int m_addressIndex = 0;
    QString m_lastTcpError;
    QSslSocket* m_socket = nullptr;
    QList<QSslError> m_tlsErrors;
    QNetworkAccessManager m_manager;
    QNetworkReply* m_reply = nullptr;
    bool m_sentCredential = false;
    bool m_done = false;
};

ConnectionTest::ConnectionTest(GatewayProfile profile, QByteArray credential, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_credential(std::move(credential))
{}

ConnectionTest::~ConnectionTest()
{
    cancel();
    wipe(m_credential);
}

void ConnectionTest::setTimeoutMs(int ms)
{
    m_timeoutMs = ms > 0 ? ms : 10000;
}

void ConnectionTest::start()
{
    if (m_run)
        return;
    // The credential moves into the run; a second start() tests without it (the caller reads it again).
    m_run = new Run(this, std::exchange(m_credential, QByteArray()));
    QTimer::singleShot(0, m_run, [run = m_run] { run->start(); });
}

void ConnectionTest::cancel()
{
    delete m_run;
    m_run = nullptr;
}

QUrl ConnectionTest::endpoint(const GatewayProfile& profile)
{
    if (profile.kind == GatewayKind::PrometheusServer) {
        const QUrl root = profile.metricsUrl.isEmpty() ? profile.baseUrl : profile.metricsUrl;
        return root.isEmpty() ? QUrl() : appendPath(root, QStringLiteral("/api/v1/status/buildinfo"));
    }
    if (!profile.baseUrl.isEmpty() && kindSpeaksChat(profile.kind))
        return appendPath(profile.baseUrl, QStringLiteral("/models"));
    return profile.metricsUrl;
}

QString ConnectionTest::credentialSecret(const GatewayProfile& profile)
{
    return profile.apiKeySecret;
}

} // namespace gatehouse
