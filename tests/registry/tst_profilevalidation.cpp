#include "core/registry/ProfileValidation.h"
#include "tests/net/TestCertificates.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse;

namespace {

GatewayProfile validProfile()
{
    GatewayProfile p;
    p.name = QStringLiteral("production");
    p.kind = GatewayKind::Gatehouse;
    p.baseUrl = QUrl(QStringLiteral("https://gw.example.com/v1"));
    p.metricsUrl = QUrl(QStringLiteral("https://gw.example.com/metrics"));
    p.adminUrl = QUrl(QStringLiteral("https://gw.example.com:9443/admin/v1"));
    p.apiKeySecret = QStringLiteral("prod.api-key");
    p.adminTokenSecret = QStringLiteral("prod/admin:token");
    p.tags = QStringList{QStringLiteral("eu"), QStringLiteral("prod")};
    return p;
}

// The one error for `field`, failing the test if there is none or several errors.
FieldError onlyError(const QList<FieldError>& errors, const QString& field)
{
    QStringList all;
    for (const FieldError& e : errors)
        all << e.field + QStringLiteral(" → ") + e.message;
    if (errors.size() != 1 || errors.first().field != field) {
        qWarning("expected exactly one error on %s, got: %s", qPrintable(field), qPrintable(all.join(" | ")));
        return {};
    }
    return errors.first();
}

} // namespace

class TestProfileValidation : public QObject
{
    Q_OBJECT

private slots:
    void aCompleteProfileIsValid() { QCOMPARE(validateProfile(validProfile()).size(), 0); }

    void namesNeedText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << ""
                               << "enter a name";
        QTest::newRow("blank") << "   "
                               << "enter a name";
        QTest::newRow("too long") << QString(81, QLatin1Char('x')) << "at most 80 characters";
        QTest::newRow("line break") << "prod\nuction"
                                    << "control characters";
        QTest::newRow("trailing space") << "prod "
                                        << "spaces at the start or the end";
    }

    void namesNeedText()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        GatewayProfile p = validProfile();
        p.name = name;
        const FieldError e = onlyError(validateProfile(p), QStringLiteral("name"));
        QVERIFY2(e.message.startsWith(QStringLiteral("Name: ")), qPrintable(e.message));
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(QStringLiteral("Name: ") + e.problem, e.message);
    }

    void eightyCharactersAndUnicodeAreFine()
    {
        GatewayProfile p = validProfile();
        p.name = QString(80, QChar(0x00e4));
        QCOMPARE(validateProfile(p).size(), 0);
    }

    void urlsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("ftp") << "baseUrl"
                             << "ftp://gw.example.com/v1"
                             << "Base URL: use http:// or https://";
        QTest::newRow("no scheme") << "metricsUrl"
                                   << "gw.example.com/metrics"
                                   << "Metrics URL: use http:// or https://";
        QTest::newRow("no host") << "adminUrl"
                                 << "https:///admin/v1"
                                 << "Admin URL: add the host name";
        QTest::newRow("password") << "baseUrl"
                                  << "https://bob:hunter2@gw.example.com/v1"
                                  << "Base URL: remove the user name and password";
        QTest::newRow("user only") << "metricsUrl"
                                   << "https://bob@gw.example.com/metrics"
                                   << "Metrics URL: remove the user name and password";
        QTest::newRow("fragment") << "baseUrl"
                                  << "https://gw.example.com/v1#x"
                                  << "Base URL: remove the #fragment";
        QTest::newRow("bad port") << "baseUrl"
                                  << "https://gw.example.com:99999/v1"
                                  << "Base URL: not a valid URL";
    }

    void urlsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, url);
        QFETCH(QString, says);
        GatewayProfile p = validProfile();
        const QUrl parsed(url, QUrl::StrictMode);
        if (field == QLatin1String("baseUrl"))
            p.baseUrl = parsed;
        else if (field == QLatin1String("metricsUrl"))
            p.metricsUrl = parsed;
        else
            p.adminUrl = parsed;
        const FieldError e = onlyError(validateProfile(p), field);
        QVERIFY2(e.message.startsWith(says), qPrintable(e.message));
        // Credentials never come back in a message.
        QVERIFY(!e.message.contains(QStringLiteral("hunter2")));
        QVERIFY(!e.message.contains(QStringLiteral("bob")));
    }

    void kindsNeedTheirUrl()
    {
        GatewayProfile p = validProfile();
        p.baseUrl.clear();
        QCOMPARE(validateProfile(p).size(), 0); // metrics only: a monitored gateway
        p.metricsUrl.clear();
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("baseUrl"))
                    .message.contains(QStringLiteral("API root")));

        GatewayProfile prom;
        prom.name = QStringLiteral("fleet");
        prom.kind = GatewayKind::PrometheusServer;
        prom.baseUrl = QUrl(QStringLiteral("http://prom:9090"));
        QVERIFY(onlyError(validateProfile(prom), QStringLiteral("metricsUrl"))
                    .message.contains(QStringLiteral("Prometheus server's address")));
        prom.metricsUrl = QUrl(QStringLiteral("http://prom:9090"));
        QCOMPARE(validateProfile(prom).size(), 0);

        GatewayProfile ollama;
        ollama.name = QStringLiteral("local");
        ollama.kind = GatewayKind::Ollama;
        ollama.metricsUrl = QUrl(QStringLiteral("http://localhost:11434/metrics"));
        QVERIFY(onlyError(validateProfile(ollama), QStringLiteral("baseUrl"))
                    .message.contains(QStringLiteral("11434")));
    }

    void onlyGatehouseHasAnAdminApi()
    {
        GatewayProfile p = validProfile();
        p.kind = GatewayKind::Vllm;
        const QList<FieldError> errors = validateProfile(p);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, QStringLiteral("adminUrl"));
        QCOMPARE(errors[1].field, QStringLiteral("adminTokenSecret"));
        QVERIFY(errors[0].message.contains(QStringLiteral("vLLM server")));
    }

    void secretReferencesAreNamesNotValues()
    {
        GatewayProfile p = validProfile();
        p.apiKeySecret = QStringLiteral("sk-proj abc def");
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("apiKeySecret"))
                    .message.contains(QStringLiteral("not the secret itself")));
        p.apiKeySecret = QStringLiteral("-starts-with-dash");
        QCOMPARE(onlyError(validateProfile(p), QStringLiteral("apiKeySecret")).field,
                 QStringLiteral("apiKeySecret"));
        p.apiKeySecret = QString(129, QLatin1Char('k'));
        QCOMPARE(onlyError(validateProfile(p), QStringLiteral("apiKeySecret")).field,
                 QStringLiteral("apiKeySecret"));
        p.apiKeySecret.clear();
        QCOMPARE(validateProfile(p).size(), 0);
    }

    void pollInterval()
    {
        GatewayProfile p = validProfile();
        for (int seconds : {1, 3600}) {
            p.pollIntervalSeconds = seconds;
            QCOMPARE(validateProfile(p).size(), 0);
        }
        for (int seconds : {0, -5, 3601}) {
            p.pollIntervalSeconds = seconds;
            const FieldError e = onlyError(validateProfile(p), QStringLiteral("pollIntervalSeconds"));
            QVERIFY2(e.message.contains(QStringLiteral("use 1 to 3600 seconds")), qPrintable(e.message));
        }
    }

    void tags()
    {
        GatewayProfile p = validProfile();
        p.tags = QStringList{QStringLiteral("eu"), QStringLiteral("EU")};
        QVERIFY(
            onlyError(validateProfile(p), QStringLiteral("tags")).message.contains(QStringLiteral("twice")));
        p.tags = QStringList{QStringLiteral("a,b")};
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tags"))
                    .message.contains(QStringLiteral("no commas")));
        p.tags = QStringList{QString()};
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tags"))
                    .message.contains(QStringLiteral("empty tag")));
        p.tags.clear();
        for (int i = 0; i < 21; ++i)
            p.tags << QString::number(i);
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tags"))
                    .message.contains(QStringLiteral("at most 20")));
    }

    void pins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        const QString good = QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
        QTest::newRow("bare") << good << true;
        QTest::newRow("curl style") << QStringLiteral("sha256//") + good << true;
        QTest::newRow("hex") << QString::fromLatin1(QByteArray(32, '\x5a').toHex()) << false;
        QTest::newRow("sha1 length") << QString::fromLatin1(QByteArray(20, '\x5a').toBase64()) << false;
        QTest::newRow("not base64") << QString(43, QLatin1Char('!')) + QLatin1Char('=') << false;
        QTest::newRow("other hash") << QStringLiteral("sha1//") + good << false;
    }

    void pins()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        GatewayProfile p = validProfile();
        p.tls.pinSha256 = pin;
        if (valid) {
            QCOMPARE(validateProfile(p).size(), 0);
            QCOMPARE(decodePin(pin), QByteArray(32, '\x5a'));
        } else {
            QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.pinSha256"))
                        .message.startsWith(QStringLiteral("Certificate pin: use the base64 SHA-256")));
            QVERIFY(decodePin(pin).isEmpty());
        }
    }

    void caFile()
    {
        QTemporaryDir dir;
        test::TestPki pki;
        const QString error = test::generateTestPki(dir.filePath(QStringLiteral("pki")), pki);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        GatewayProfile p = validProfile();
        p.tls.caFile = pki.caCert;
        QCOMPARE(validateProfile(p).size(), 0);

        p.tls.caFile = QStringLiteral("pki/ca.pem");
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.caFile"))
                    .message.contains(QStringLiteral("full path")));
        p.tls.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.caFile"))
                    .message.contains(QStringLiteral("does not exist")));
        p.tls.caFile = dir.path();
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.caFile"))
                    .message.contains(QStringLiteral("not a file")));
        p.tls.caFile = pki.serverKey; // a key, not a certificate
        QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.caFile"))
                    .message.contains(QStringLiteral("no PEM certificate")));
        QFile unreadable(dir.filePath(QStringLiteral("unreadable.pem")));
        QVERIFY(QFile::copy(pki.caCert, unreadable.fileName()));
        QVERIFY(unreadable.setPermissions(QFileDevice::Permissions()));
        p.tls.caFile = unreadable.fileName();
        if (!unreadable.open(QIODevice::ReadOnly)) // root reads anything
            QVERIFY(onlyError(validateProfile(p), QStringLiteral("tls.caFile"))
                        .message.contains(QStringLiteral("cannot read")));
    }

    void everyProblemIsReportedAtOnce()
    {
        GatewayProfile p;
        p.kind = GatewayKind::Vllm;
        p.baseUrl = QUrl(QStringLiteral("ftp://x/v1"));
        p.pollIntervalSeconds = 0;
        p.tls.pinSha256 = QStringLiteral("nope");
        QStringList fields;
        for (const FieldError& e : validateProfile(p))
            fields << e.field;
        QCOMPARE(fields, QStringList({"name", "baseUrl", "tls.pinSha256", "pollIntervalSeconds"}));
    }
};

QTEST_GUILESS_MAIN(TestProfileValidation)
#include "tst_profilevalidation.moc"
