#include "tests/net/LocalHttpServer.h"
#include "tests/net/TestCertificates.h"
#include "tests/support/CtlRun.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::test;

// Runs the real gatehousectl with this test's HOME (so its console database lands in the scratch
// HOME) and checks what a user sees: exit codes, stdout, one line per error on stderr.
class TestCtlGateway : public QObject
{
    Q_OBJECT

    LocalHttpServer m_server;
    QTemporaryDir m_dir;
    TestPki m_pki;
    QByteArray m_key = "gh-gw-key-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

    // The event loop keeps running while gatehousectl runs, so the in-process responder can answer.
    CtlRun ctl(const QStringList& args, const QByteArray& input = {},
               const QString& language = QStringLiteral("en"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        return runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input, env);
    }

    QJsonArray listJson(const QStringList& where = {QStringLiteral("gateway"), QStringLiteral("list"),
                                                    QStringLiteral("--json")})
    {
        const CtlRun r = ctl(where);
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        // gatehousectl writes its database under HOME: only ever a scratch one (see
        // tests/support/scratch-home).
        QVERIFY2(qEnvironmentVariable("TMPDIR") == QDir::homePath() + QStringLiteral("/tmp"),
                 "run through ctest or tests/support/scratch-home, not in your own HOME");
        QVERIFY(m_server.listenOnLoopback());
        m_server.setRequiredBearer(m_key);
        m_server.setResponse("/v1/models", 200, R"({"object":"list","data":[]})");
        m_server.setResponse("/broken/v1/models", 500, R"({"error":"boom"})");
        const QString error = generateTestPki(m_dir.filePath(QStringLiteral("pki")), m_pki);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void addListAndRemove()
    {
        CtlRun r = ctl({"gateway", "list"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("No gateways yet.")), r.explain());

        r = ctl({"gateway", "add", "gpu box", "--kind", "vllm", "--url", "http://10.0.0.5:8000/v1", "--tag",
                 "gpu", "--tag", "eu", "--poll-interval", "30", "--ca-file", m_pki.caCert});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("Added gateway 'gpu box' (vLLM server, http://10.0.0.5:8000/v1, "
                                "metrics at http://10.0.0.5:8000/metrics)."));
        QCOMPARE(r.err, QString());

        r = ctl({"gateway", "add", "fleet", "--kind=prometheus", "--url=http://prom.example:9090"});
        QVERIFY2(r.exitCode == 0, r.explain());

        r = ctl({"gateway", "list"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QStringLiteral("NAME")) && lines[0].contains(QStringLiteral("URL")),
                 r.explain());
        QVERIFY2(lines[1].startsWith(QStringLiteral("fleet")) &&
                     lines[1].contains(QStringLiteral("prometheus")) &&
                     lines[1].contains(QStringLiteral("http://prom.example:9090")),
                 r.explain());
        QVERIFY2(lines[2].startsWith(QStringLiteral("gpu box")) &&
                     lines[2].contains(QStringLiteral("vllm")) && lines[2].endsWith(QStringLiteral("gpu,eu")),
                 r.explain());

        // --json after the sub-command, as in `gatehousectl gateway list --json`.
        const QJsonArray all = listJson();
        QCOMPARE(all.size(), 2);
        const QJsonObject gpu = all[1].toObject();
        QCOMPARE(gpu[QStringLiteral("name")].toString(), QStringLiteral("gpu box"));
        QCOMPARE(gpu[QStringLiteral("kind")].toString(), QStringLiteral("vllm"));
        QCOMPARE(gpu[QStringLiteral("baseUrl")].toString(), QStringLiteral("http://10.0.0.5:8000/v1"));
        QCOMPARE(gpu[QStringLiteral("metricsUrl")].toString(),
                 QStringLiteral("http://10.0.0.5:8000/metrics"));
        QCOMPARE(gpu[QStringLiteral("pollIntervalSeconds")].toInt(), 30);
        QCOMPARE(gpu[QStringLiteral("tags")].toArray(), QJsonArray({"gpu", "eu"}));
        QCOMPARE(gpu[QStringLiteral("tls")].toObject()[QStringLiteral("caFile")].toString(), m_pki.caCert);
        // The global form works too.
        QCOMPARE(listJson({"--json", "gateway", "list"}), all);

        r = ctl({"gateway", "edit", "GPU BOX", "--name", "gpu-01", "--tag", "a100"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(listJson()[1].toObject()[QStringLiteral("tags")].toArray(), QJsonArray({"a100"}));

        r = ctl({"gateway", "remove", "gpu-01"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.out.trimmed(), QStringLiteral("Removed gateway 'gpu-01'."));
        r = ctl({"gateway", "remove", "fleet"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(listJson(), QJsonArray());

        r = ctl({"gateway", "remove", "fleet"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines(),
                 QStringList(QStringLiteral(
                     "gatehousectl: there is no gateway named 'fleet'; see gatehousectl gateway list")));
    }

    void validationErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        const QStringList add = {"gateway", "add", "bad", "--kind", "vllm"};
        QTest::newRow("scheme") << add + QStringList{"--url", "ftp://gw.example.com/v1"}
                                << "gatehousectl: --url: use http:// or https://";
        QTest::newRow("credentials")
            << add + QStringList{"--url", "https://bob:hunter2@gw.example.com/v1"}
            << "gatehousectl: --url: remove the user name and password from the URL; store "
               "credentials in the keychain and name them in the profile";
        QTest::newRow("metrics url") << add +
                                            QStringList{"--url", "http://h/v1", "--metrics-url", "h/metrics"}
                                     << "gatehousectl: --metrics-url: use http:// or https://";
        QTest::newRow("poll interval")
            << add + QStringList{"--url", "http://h/v1", "--poll-interval", "soon"}
            << "gatehousectl: --poll-interval: use a whole number of seconds from 1 to "
               "3600, e.g. 15";
        QTest::newRow("poll range") << add + QStringList{"--url", "http://h/v1", "--poll-interval", "0"}
                                    << "gatehousectl: --poll-interval: use 1 to 3600 seconds (not 0)";
        QTest::newRow("pin")
            << add + QStringList{"--url", "https://h/v1", "--pin", "sha256//short"}
            << "gatehousectl: --pin: use the base64 SHA-256 of the certificate's public key, 44 "
               "characters, optionally after \"sha256//\" (as in curl --pinnedpubkey)";
        QTest::newRow("ca file")
            << add + QStringList{"--url", "https://h/v1", "--ca-file", "/nonexistent/ca.pem"}
            << "gatehousectl: --ca-file: /nonexistent/ca.pem does not exist; check the path";
        QTest::newRow("secret name")
            << add + QStringList{"--url", "http://h/v1", "--api-key-secret", "sk live"}
            << "gatehousectl: --api-key-secret: use the name of a secret in the keychain "
               "(letters, digits and . _ - : /, starting with a letter or digit, at most "
               "128), not the secret itself";
        QTest::newRow("kind")
            << QStringList{"gateway", "add", "bad", "--kind", "nginx", "--url", "http://h"}
            << "gatehousectl: --kind: unknown kind 'nginx'; use one of gatehouse, openai, litellm, "
               "vllm, llamacpp, ollama, kong, bifrost, tensorzero, prometheus";
    }

    void validationErrorsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const CtlRun r = ctl(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines(), QStringList(error));
        QCOMPARE(r.out, QString());
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
        QCOMPARE(listJson(), QJsonArray()); // nothing was stored
    }

    void duplicateNamesAreRefused()
    {
        QCOMPARE(ctl({"gateway", "add", "prod", "--kind", "openai", "--url", "https://api.example.com/v1"})
                     .exitCode,
                 0);
        const QJsonArray before = listJson();
        const CtlRun r = ctl({"gateway", "add", "PROD", "--kind", "vllm", "--url", "http://other/v1"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines(),
                 QStringList(QStringLiteral(
                     "gatehousectl: NAME: a gateway named \"PROD\" already exists; choose another name")));
        QCOMPARE(listJson(), before);
        QCOMPARE(ctl({"gateway", "remove", "prod"}).exitCode, 0);
    }

    // Messages follow the system's language; what scripts read (--json, exit codes) does not.
    void speaksTheSystemLanguageButNotInJson()
    {
        QCOMPARE(ctl({"gateway", "add", "prod", "--kind", "openai", "--url", "https://api.example.com/v1"})
                     .exitCode,
                 0);
        const CtlRun russian = ctl({"gateway", "add", "PROD", "--kind", "vllm", "--url", "http://other/v1"},
                                   {}, QStringLiteral("ru"));
        QCOMPARE(russian.exitCode, 1);
        QCOMPARE(russian.errLines(),
                 QStringList(QStringLiteral("gatehousectl: NAME: шлюз с именем «PROD» уже существует; "
                                            "выберите другое имя")));
        const CtlRun usage = ctl({"frobnicate"}, {}, QStringLiteral("ru"));
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QStringLiteral("неизвестная команда 'frobnicate'")), usage.explain());

        const CtlRun jsonRu = ctl({"gateway", "list", "--json"}, {}, QStringLiteral("ru"));
        const CtlRun jsonEn = ctl({"gateway", "list", "--json"});
        QCOMPARE(jsonRu.exitCode, 0);
        QCOMPARE(jsonRu.out, jsonEn.out);
        QVERIFY(jsonRu.out.contains(QStringLiteral("\"kind\"")));
        QCOMPARE(ctl({"gateway", "remove", "prod"}).exitCode, 0);
    }

    void usageErrors()
    {
        CtlRun r = ctl({"gateway", "add", "x", "--url", "http://h/v1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("gatehousectl: gateway add needs --kind KIND")),
                 r.explain());
        r = ctl({"gateway", "add", "x", "--kind", "vllm", "--url"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("gatehousectl: --url needs a value")), r.explain());
        r = ctl({"gateway", "remove", "x", "--url", "http://h"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("gatehousectl: --url does not belong to 'gateway remove'")),
                 r.explain());
        r = ctl({"gateway", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
    }

    void testReadsTheKeyFromTheKeychain()
    {
        CtlRun r = ctl({"secret", "set", "local-key", "--kind", "provider-key"}, m_key + "\n");
        QVERIFY2(r.exitCode == 0, "storing the key failed; run the tests under tests/support/private-session "
                                  "(a private D-Bus session with gnome-keyring): " +
                                      r.explain());
        const QString url = m_server.url(QStringLiteral("/v1")).toString();
        r = ctl(
            {"gateway", "add", "local", "--kind", "openai", "--url", url, "--api-key-secret", "local-key"});
        QVERIFY2(r.exitCode == 0, r.explain());

        r = ctl({"gateway", "test", "local"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(QStringLiteral("ok    HTTP  HTTP 200 OK from %1/models").arg(url)),
                 r.explain());
        QVERIFY2(r.out.contains(QStringLiteral("ok    Auth  The API key stored as 'local-key' was accepted")),
                 r.explain());
        QVERIFY(m_server.requests().last().headers.value("authorization") == "Bearer " + m_key);
        QVERIFY(!r.out.contains(QString::fromUtf8(m_key)));

        // The key is replaced in the keychain: the gateway now rejects it.
        QCOMPARE(ctl({"secret", "set", "local-key"}, "not-the-key\n").exitCode, 0);
        r = ctl({"gateway", "test", "local"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  Auth")), r.explain());
        QCOMPARE(r.errLines(),
                 QStringList(QStringLiteral("gatehousectl: The gateway answered 401 Unauthorized: the "
                                            "API key was rejected. Check the key stored as 'local-key'.")));

        // The key is gone from the keychain: say so before any request is made.
        QCOMPARE(ctl({"secret", "delete", "local-key"}).exitCode, 0);
        const qsizetype requests = m_server.requests().size();
        r = ctl({"gateway", "test", "local"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.startsWith(QStringLiteral(
                     "gatehousectl: cannot read the API key 'local-key' of gateway 'local': ")),
                 r.explain());
        QCOMPARE(m_server.requests().size(), requests);
        QCOMPARE(ctl({"gateway", "remove", "local"}).exitCode, 0);
    }

    void testReportsHttpAndNetworkFailures()
    {
        QCOMPARE(ctl({"gateway", "add", "broken", "--kind", "litellm", "--url",
                      m_server.url(QStringLiteral("/broken/v1")).toString()})
                     .exitCode,
                 0);
        CtlRun r = ctl({"gateway", "test", "broken"});
        QCOMPARE(r.exitCode, 1);
        // No key configured: the responder wants one, so this is the authentication wording.
        QCOMPARE(r.errLines(),
                 QStringList(QStringLiteral("gatehousectl: The gateway answered 401 Unauthorized: it "
                                            "needs an API key. Store the key in the keychain and name "
                                            "it in the gateway's profile.")));

        LocalHttpServer open;
        QVERIFY(open.listenOnLoopback());
        open.setResponse("/broken/v1/models", 500, "{}");
        QCOMPARE(
            ctl({"gateway", "edit", "broken", "--url", open.url(QStringLiteral("/broken/v1")).toString()})
                .exitCode,
            0);
        r = ctl({"gateway", "test", "broken"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines(),
                 QStringList(QStringLiteral("gatehousectl: HTTP 500 Internal Server Error from %1/models: "
                                            "the gateway failed to answer. Check its logs.")
                                 .arg(open.url(QStringLiteral("/broken/v1")).toString())));

        QCOMPARE(ctl({"gateway", "edit", "broken", "--url", "https://gw.gatehouse-test.invalid/v1"}).exitCode,
                 0);
        r = ctl({"gateway", "test", "broken"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.trimmed(),
                 QStringLiteral("FAIL  DNS   Cannot resolve gw.gatehouse-test.invalid: host not "
                                "found. Check the URL's host name."));
        QCOMPARE(ctl({"gateway", "remove", "broken"}).exitCode, 0);

        r = ctl({"gateway", "test", "nothing-here"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errLines().size(), 1);
    }

    void nothingSecretLandsOnDisk()
    {
        // The console database and anything else gatehousectl wrote under HOME.
        QVERIFY(QDir(QDir::homePath()).exists());
        const QStringList hits = filesContaining({m_key, "hunter2"});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCtlGateway)
#include "tst_ctl_gateway.moc"
