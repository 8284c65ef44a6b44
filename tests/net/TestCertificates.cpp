#include "tests/net/TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace gatehouse::test {

namespace {

// Runs openssl with the arguments; returns an empty string or its error output.
QString openssl(const QStringList& arguments, const QString& folder, const QByteArray& input = {},
                QByteArray* output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(10000))
        return QStringLiteral("cannot start openssl: %1").arg(p.errorString());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return QStringLiteral("openssl %1 did not finish").arg(arguments.join(QLatin1Char(' ')));
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
    return {};
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

QString generateTestPki(const QString& folder, TestPki& pki)
{
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create %1").arg(folder);
    const QDir dir(folder);
    pki.caCert = dir.filePath(QStringLiteral("ca.pem"));
    pki.serverCert = dir.filePath(QStringLiteral("server.pem"));
    pki.serverKey = dir.filePath(QStringLiteral("server.key"));
    pki.selfSignedCert = dir.filePath(QStringLiteral("self-signed.pem"));
    pki.selfSignedKey = dir.filePath(QStringLiteral("self-signed.key"));

    const QString serverExt = dir.filePath(QStringLiteral("server.ext"));
    if (!writeFile(serverExt, "basicConstraints=critical,CA:FALSE\n"
                              "keyUsage=critical,digitalSignature\n"
                              "extendedKeyUsage=serverAuth\n"
                              "subjectAltName=DNS:localhost,IP:127.0.0.1\n"))
        return QStringLiteral("cannot write %1").arg(serverExt);

    const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString caKey = dir.filePath(QStringLiteral("ca.key"));
    const QString csr = dir.filePath(QStringLiteral("server.csr"));
    const QList<QStringList> steps = {
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), pki.caCert,
                        QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Gatehouse Test CA"), QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        QStringList{QStringLiteral("req")} + ec +
            QStringList{QStringLiteral("-keyout"), pki.serverKey, QStringLiteral("-out"), csr,
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), pki.caCert, QStringLiteral("-CAkey"), caKey,
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), pki.serverCert,
                    QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-extfile"), serverExt},
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{QStringLiteral("-keyout"), pki.selfSignedKey, QStringLiteral("-out"),
                        pki.selfSignedCert, QStringLiteral("-days"), QStringLiteral("3"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
    };
    for (const QStringList& step : steps) {
        const QString error = openssl(step, folder);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString issueServerCertificate(const QString& folder, const QString& name, const QString& organisation,
                               QString& certFile, QString& keyFile)
{
    const QDir dir(folder);
    certFile = dir.filePath(name + QStringLiteral(".pem"));
    keyFile = dir.filePath(name + QStringLiteral(".key"));
    const QString csr = dir.filePath(name + QStringLiteral(".csr"));
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
         keyFile, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
         QStringLiteral("/CN=localhost/O=") + organisation},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
         dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
         dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
         certFile, QStringLiteral("-days"), QStringLiteral("3"), QStringLiteral("-extfile"),
         dir.filePath(QStringLiteral("server.ext"))},
    };
    for (const QStringList& step : steps) {
        const QString error = openssl(step, folder);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString opensslPin(const QString& certFile)
{
    const QString folder = QFileInfo(certFile).absolutePath();
    QByteArray pem, der, digest;
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-pubkey"),
                  QStringLiteral("-noout")},
                 folder, {}, &pem)
             .isEmpty())
        return {};
    if (!openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"),
                  QStringLiteral("der")},
                 folder, pem, &der)
             .isEmpty())
        return {};
    if (!openssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")}, folder, der,
                 &digest)
             .isEmpty())
        return {};
    return QStringLiteral("sha256//") + QString::fromLatin1(digest.toBase64());
}

} // namespace gatehouse::test
