#pragma once

#include <QString>

namespace gatehouse::test {

// A small PKI made with the `openssl` command at test time (never checked in): a CA, a server
// certificate it signed for localhost and 127.0.0.1, and a self-signed server certificate.
struct TestPki
{
    QString caCert;     // PEM
    QString serverCert; // signed by caCert; SAN DNS:localhost, IP:127.0.0.1
    QString serverKey;
    QString selfSignedCert; // self-signed; SAN DNS:localhost, IP:127.0.0.1
    QString selfSignedKey;
};

// Writes the files into `folder` (created if missing). Returns an empty string or what failed.
QString generateTestPki(const QString& folder, TestPki& pki);

// Another certificate for localhost and 127.0.0.1 signed by the CA that generateTestPki() made in
// `folder` (a renewed certificate, say): writes NAME.pem and NAME.key there, subject
// "CN=localhost,O=<organisation>". Returns an empty string or what failed.
QString issueServerCertificate(const QString& folder, const QString& name, const QString& organisation,
                               QString& certFile, QString& keyFile);

// "sha256//<base64>" of a certificate's public key, computed by the openssl command (the way
// users compute pins), so tests do not check our code against itself. Empty on failure.
QString opensslPin(const QString& certFile);

} // namespace gatehouse::test
