#include "core/net/TlsPolicy.h"

#include "core/registry/ProfileValidation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslSocket>

namespace gatehouse {

namespace {

const char* const failureProperty = "gatehouse.tlsFailure";

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsPolicy)
};

// One DER element at `pos`: its tag and where its content starts and ends. False if malformed.
struct DerElement
{
    uchar tag = 0;
    qsizetype start = 0; // of the whole element
    qsizetype contentStart = 0;
    qsizetype end = 0; // one past the content
};

bool readDer(const QByteArray& der, qsizetype pos, DerElement& element)
{
    if (pos + 2 > der.size())
        return false;
    element.start = pos;
    element.tag = uchar(der[pos]);
    qsizetype length = uchar(der[pos + 1]);
    pos += 2;
    if (length & 0x80) {
        const int bytes = int(length & 0x7f);
        if (bytes == 0 || bytes > 4 || pos + bytes > der.size())
            return false;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | uchar(der[pos++]);
    }
    if (length > der.size() - pos)
        return false;
    element.contentStart = pos;
    element.end = pos + length;
    return true;
}

// Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
// issuer, validity, subject, subjectPublicKeyInfo, ... }, ... } (RFC 5280, 4.1).
QByteArray subjectPublicKeyInfo(const QByteArray& der)
{
    constexpr uchar sequence = 0x30;
    DerElement certificate, tbs, field;
    if (!readDer(der, 0, certificate) || certificate.tag != sequence)
        return {};
    if (!readDer(der, certificate.contentStart, tbs) || tbs.tag != sequence)
        return {};
    qsizetype pos = tbs.contentStart;
    if (!readDer(der, pos, field))
        return {};
    if (field.tag == 0xa0) // explicit version
        pos = field.end;
    for (int skip = 0; skip < 5; ++skip) { // serial, signature, issuer, validity, subject
        if (!readDer(der, pos, field) || field.end > tbs.end)
            return {};
        pos = field.end;
    }
    if (!readDer(der, pos, field) || field.tag != sequence || field.end > tbs.end)
        return {};
    return der.mid(field.start, field.end - field.start);
}

// Errors that say "no CA I trust vouches for this certificate" or "it names another host": a
// matching pin answers both. Everything else (expired, revoked, bad signature, wrong purpose) stands.
bool pinAnswersFor(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

QString names(const QSslCertificate& certificate)
{
    QStringList all = certificate.subjectAlternativeNames().values();
    if (all.isEmpty())
        all = certificate.subjectInfo(QSslCertificate::CommonName);
    all.removeDuplicates();
    return all.isEmpty() ? Text::tr("none") : all.join(QStringLiteral(", "));
}

QString date(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TlsPolicy::TlsPolicy(const TlsOptions& options)
    : m_options(options)
{
    if (!options.pinSha256.isEmpty()) {
        m_pin = decodePin(options.pinSha256);
        if (m_pin.isEmpty())
            m_error = Text::tr(
                "The certificate pin in the gateway's TLS options is not a base64 SHA-256 of a public key; "
                "correct it (44 characters, optionally after \"sha256//\").");
    }
    if (!options.caFile.isEmpty()) {
        QFile file(options.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error =
                Text::tr(
                    "Cannot read the CA file %1 of the gateway's TLS options: %2. Check the path and its "
                    "permissions.")
                    .arg(options.caFile, file.errorString());
        } else {
            m_caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (m_caCertificates.isEmpty())
                m_error =
                    Text::tr(
                        "The CA file %1 of the gateway's TLS options holds no PEM certificate; export the CA "
                        "certificate as PEM.")
                        .arg(options.caFile);
        }
    }
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_caCertificates.isEmpty()) {
        // Setting the list switches off loading the system store on demand: name it explicitly.
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_caCertificates);
    }
    return config;
}

void TlsPolicy::apply(QNetworkRequest& request) const
{
    request.setSslConfiguration(configuration());
}

void TlsPolicy::watch(QNetworkReply* reply) const
{
    const TlsPolicy policy = *this; // the reply may outlive this object
    const QString host = reply->url().host();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [policy, host, reply](const QList<QSslError>& errors) {
            const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
            const QList<QSslError> ignore = policy.errorsToIgnore(errors, chain);
            if (!ignore.isEmpty())
                reply->ignoreSslErrors(ignore);
            else
                reply->setProperty(failureProperty, policy.describeFailure(host, errors, chain));
        });
    // Emitted before any request data is sent, so aborting here keeps the credential from a wrong peer.
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [policy, host, reply] {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (policy.hasPin() && !policy.pinMatches(chain.value(0))) {
            reply->setProperty(failureProperty, policy.describeFailure(host, {}, chain));
            reply->abort();
        }
    });
}

void TlsPolicy::watch(QSslSocket* socket) const
{
    const TlsPolicy policy = *this;
    QObject::connect(
        socket, &QSslSocket::sslErrors, socket, [policy, socket](const QList<QSslError>& errors) {
            const QString host =
                socket->peerVerifyName().isEmpty() ? socket->peerName() : socket->peerVerifyName();
            const QList<QSslCertificate> chain = socket->peerCertificateChain();
            const QList<QSslError> ignore = policy.errorsToIgnore(errors, chain);
            if (!ignore.isEmpty())
                socket->ignoreSslErrors(ignore);
            else
                socket->setProperty(failureProperty, policy.describeFailure(host, errors, chain));
        });
    QObject::connect(socket, &QSslSocket::encrypted, socket, [policy, socket] {
        const QString host =
            socket->peerVerifyName().isEmpty() ? socket->peerName() : socket->peerVerifyName();
        const QList<QSslCertificate> chain = socket->peerCertificateChain();
        if (policy.hasPin() && !policy.pinMatches(chain.value(0))) {
            socket->setProperty(failureProperty, policy.describeFailure(host, {}, chain));
            socket->abort();
        }
    });
}

QString TlsPolicy::failure(const QObject* replyOrSocket)
{
    return replyOrSocket ? replyOrSocket->property(failureProperty).toString() : QString();
}

bool TlsPolicy::pinMatches(const QSslCertificate& certificate) const
{
    if (m_pin.isEmpty() || certificate.isNull())
        return false;
    const QByteArray actual = publicKeySha256(certificate);
    return actual.size() == m_pin.size() && actual == m_pin;
}

QList<QSslError> TlsPolicy::errorsToIgnore(const QList<QSslError>& errors,
                                           const QList<QSslCertificate>& peerChain) const
{
    if (errors.isEmpty() || peerChain.isEmpty() || !pinMatches(peerChain.first()))
        return {};
    for (const QSslError& e : errors) {
        if (!pinAnswersFor(e.error()) || !peerChain.contains(e.certificate()))
            return {};
    }
    return errors;
}

QString TlsPolicy::describeFailure(const QString& host, const QList<QSslError>& errors,
                                   const QList<QSslCertificate>& peerChain) const
{
    const QSslCertificate leaf = peerChain.value(0);
    if (hasPin() && !leaf.isNull() && !pinMatches(leaf))
        return Text::tr(
                   "The certificate of host %1 does not match the pinned key (it has %2). If the gateway's "
                   "key "
                   "changed on purpose, update the pin in its TLS options; otherwise someone may be "
                   "intercepting "
                   "the connection.")
            .arg(host, pinOf(leaf));

    // The most telling error first: what a pin or CA file cannot fix, then trust, then the name.
    const auto find = [&errors](std::initializer_list<QSslError::SslError> codes) -> const QSslError* {
        for (const QSslError& e : errors) {
            if (std::find(codes.begin(), codes.end(), e.error()) != codes.end())
                return &e;
        }
        return nullptr;
    };
    if (const QSslError* e = find({QSslError::CertificateExpired}))
        return Text::tr("The certificate of host %1 expired on %2. Renew the gateway's certificate.")
            .arg(host, date(e->certificate().expiryDate()));
    if (const QSslError* e = find({QSslError::CertificateNotYetValid}))
        return Text::
            tr("The certificate of host %1 is valid only from %2. Check the clock of this computer and of "
               "the "
               "gateway.")
                .arg(host, date(e->certificate().effectiveDate()));
    if (find({QSslError::CertificateRevoked}))
        return Text::tr("The certificate of host %1 has been revoked. Replace the gateway's certificate.")
            .arg(host);
    if (find({QSslError::SelfSignedCertificate}))
        return Text::tr(
                   "The certificate of host %1 is not trusted: self-signed certificate. Add its CA file or "
                   "pin it "
                   "in the gateway's TLS options.")
            .arg(host);
    if (const QSslError* e =
            find({QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetIssuerCertificate,
                  QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate,
                  QSslError::CertificateUntrusted})) {
        const QSslCertificate& c = e->certificate().isNull() ? leaf : e->certificate();
        const QString issuer = c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        return Text::tr(
                   "The certificate of host %1 is not trusted: issued by an unknown CA (%2). Add its CA file "
                   "or pin "
                   "it in the gateway's TLS options.")
            .arg(host, issuer.isEmpty() ? Text::tr("no name") : issuer);
    }
    if (find({QSslError::HostNameMismatch}))
        return Text::
            tr("The certificate of host %1 is for other names (%2). Use one of those names in the URL, or "
               "pin "
               "the certificate in the gateway's TLS options.")
                .arg(host, names(leaf));
    if (!errors.isEmpty())
        return Text::tr("The certificate of host %1 was refused: %2. Check the gateway's certificate.")
            .arg(host, errors.first().errorString());
    return Text::tr("The TLS connection to %1 was refused. Check the gateway's certificate.").arg(host);
}

QString TlsPolicy::describeTrust(const QList<QSslError>& ignoredErrors) const
{
    if (!ignoredErrors.isEmpty())
        return Text::tr("trusted by its pin");
    if (hasPin())
        return m_caCertificates.isEmpty() ? Text::tr("trusted by the system CAs, pin matches")
                                          : Text::tr("trusted by the CA file, pin matches");
    return m_caCertificates.isEmpty() ? Text::tr("trusted by the system CAs")
                                      : Text::tr("trusted by the system CAs or the CA file");
}

QByteArray TlsPolicy::publicKeySha256(const QSslCertificate& certificate)
{
    const QByteArray spki = subjectPublicKeyInfo(certificate.toDer());
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString TlsPolicy::pinOf(const QSslCertificate& certificate)
{
    const QByteArray digest = publicKeySha256(certificate);
    return digest.isEmpty() ? QString() : QStringLiteral("sha256//") + QString::fromLatin1(digest.toBase64());
}

} // namespace gatehouse
