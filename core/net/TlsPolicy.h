#pragma once

#include "core/registry/GatewayProfile.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QNetworkReply;
class QNetworkRequest;
class QSslSocket;

namespace gatehouse {

// How one gateway's certificate is checked: the system CA store plus the profile's CA file, and
// optionally a pin on the server certificate's public key (SHA-256 of its SubjectPublicKeyInfo,
// like curl's --pinnedpubkey). Verification always stays on. When a pin is set it must match,
// even for a certificate a CA vouches for; when it matches, only the errors a pin answers for
// (unknown or self-signed issuer, host name) of the certificates the server presented are ignored,
// by listing them — never ignoreSslErrors() without arguments. Expiry, revocation and bad
// signatures are never ignored. Every network client of the console goes through this class.
class TlsPolicy
{
public:
    explicit TlsPolicy(const TlsOptions& options = {});

    // False when the CA file or the pin cannot be used; errorString() says why and what to do.
    bool isUsable() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // System CAs plus the CA file, peer verification on, TLS 1.2 or later.
    QSslConfiguration configuration() const;
    void apply(QNetworkRequest& request) const;

    // Enforces the policy on a reply or socket (call before it connects): ignores exactly the
    // errors a matching pin covers, and aborts when the pin does not match. Afterwards
    // failure(reply or socket) holds the reason in plain words if it was refused.
    void watch(QNetworkReply* reply) const;
    void watch(QSslSocket* socket) const;
    static QString failure(const QObject* replyOrSocket);

    bool hasPin() const { return !m_pin.isEmpty(); }
    bool pinMatches(const QSslCertificate& certificate) const;
    // The errors to ignore for this peer: all of `errors` if the pin matches the first certificate of
    // `peerChain` and each error is one a pin answers for and concerns a certificate of that chain;
    // otherwise empty (nothing may be ignored).
    QList<QSslError> errorsToIgnore(const QList<QSslError>& errors,
                                    const QList<QSslCertificate>& peerChain) const;

    // One sentence on why the certificate of `host` was refused and what to do, e.g. "The
    // certificate of host gw.example.com is not trusted: self-signed certificate. Add its CA file or
    // pin it in the gateway's TLS options."
    QString describeFailure(const QString& host, const QList<QSslError>& errors,
                            const QList<QSslCertificate>& peerChain) const;
    // How the certificate was trusted, for a success message ("by the CA file", "by its pin", ...).
    QString describeTrust(const QList<QSslError>& ignoredErrors) const;

    // The raw SHA-256 of the certificate's SubjectPublicKeyInfo (empty if the DER cannot be read).
    static QByteArray publicKeySha256(const QSslCertificate& certificate);
    // "sha256//<base64>", what a user puts into the pin field.
    static QString pinOf(const QSslCertificate& certificate);

private:
    TlsOptions m_options;
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_pin; // 32 bytes, or empty
    QString m_error;
};

} // namespace gatehouse
