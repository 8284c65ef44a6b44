// gatehousectl cache against real gatehoused processes: the real binaries, each gateway's SQLite
// cache in its own state dir, entries made by real chat requests to the demo upstream, and the
// admin token for --target in the real gnome-keyring of tests/support/private-session.

#include "tests/support/CtlRun.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/ScratchScan.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gatehouse::test;

namespace {

const QByteArray token = "gh-admin-ctl-cache-7r3m";

QByteArray chatBody(const QString& question)
{
    return QJsonDocument(
               QJsonObject{{"model", "chat"},
                           {"temperature", 0},
                           {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestCtlCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<GatehousedProcess> m_gateway;
    std::unique_ptr<GatehousedProcess> m_noCache;
    quint16 m_port = 0;
    quint16 m_noCachePort = 0;

    CtlRun ctl(const QStringList& args, const QByteArray& input = {})
    {
        return runCtl(QStringLiteral(GATEHOUSECTL_PATH), args, input,
                      environmentWith(QStringLiteral("GH_TEST_ADMIN_TOKEN"), token));
    }

    // gatehousectl cache ARGS --url <the cached gateway> --token-env GH_TEST_ADMIN_TOKEN
    CtlRun cache(const QStringList& args, quint16 port = 0)
    {
        return ctl(QStringList{"cache"} + args +
                   QStringList{"--url",
                               QStringLiteral("http://127.0.0.1:%1/admin/v1").arg(port ? port : m_port),
                               "--token-env", "GH_TEST_ADMIN_TOKEN"});
    }

    std::unique_ptr<GatehousedProcess> startGateway(const QString& name, const QByteArray& cacheSection,
                                                    quint16& port)
    {
        const QString tokenFile = writeFile(m_dir, name + ".token", token + "\n");
        const QString config =
            writeFile(m_dir, name + ".toml",
                      "[admin]\ntoken_file = \"" + tokenFile.toUtf8() + "\"\n\n[state]\ndir = \"" +
                          m_dir.filePath(name + "-state").toUtf8() + "\"\n\n" + cacheSection +
                          "\n[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\nchunk_ms = "
                          "0\n\n[[models]]\nname = \"chat\"\n"
                          "upstreams = [\"demo\"]\n");
        auto gateway = std::make_unique<GatehousedProcess>(
            QStringLiteral(GATEHOUSED_PATH), QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        port = gateway->waitForPort();
        return gateway;
    }

    HttpResult ask(const QString& question)
    {
        return request(m_port, "POST", "/v1/chat/completions", chatBody(question));
    }

    QJsonArray entries()
    {
        return request(m_port, "GET", "/admin/v1/cache/entries?limit=1000", {},
                       "Authorization: Bearer " + token + "\r\n")
            .json()
            .value("entries")
            .toArray();
    }

    QString idOf(const QString& prompt)
    {
        for (const QJsonValue e : entries())
            if (e.toObject().value("prompt").toString().contains(prompt))
                return e.toObject().value("id").toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("TMPDIR") == QDir::homePath() + QStringLiteral("/tmp"),
                 "run through ctest or tests/support/scratch-home, not in your own HOME");
        QVERIFY(m_dir.isValid());
        m_gateway = startGateway("cached", "[cache]\nbackend = \"sqlite\"\n", m_port);
        QVERIFY2(m_port != 0, qPrintable(m_gateway->log()));
        m_noCache = startGateway("uncached", "[cache]\nenabled = false\n", m_noCachePort);
        QVERIFY2(m_noCachePort != 0, qPrintable(m_noCache->log()));
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_noCache.reset();
    }

    void cleanup()
    {
        request(m_port, "POST", "/admin/v1/cache/flush?include_pinned=true", "{}",
                "Authorization: Bearer " + token + "\r\n");
    }

    void listShowsWhatRequestsStoredAndFiltersIt()
    {
        for (const QString& q :
             {QStringLiteral("How do I reset my password?"), QStringLiteral("Как сменить тариф?"),
              QStringLiteral("What is the refund policy?")}) {
            const HttpResult r = ask(q);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-gatehouse-cache"), QByteArray("STORE"));
        }
        QCOMPARE(ask("Как сменить тариф?").headers.value("x-gatehouse-cache"), QByteArray("HIT"));

        CtlRun r = cache({"ls"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QStringList lines = r.outLines();
        QCOMPARE(lines.size(), 5); // header, three entries, count
        QVERIFY2(lines.first().startsWith("ID            MODEL  HITS  AGE"), r.explain());
        QCOMPARE(lines.last(), QStringLiteral("3 entries"));
        const QStringList tariff = lines.filter("Как сменить тариф?");
        QCOMPARE(tariff.size(), 1);
        QVERIFY2(QRegularExpression("^[0-9a-f]{12}  chat +1  ").match(tariff.first()).hasMatch(),
                 r.explain());

        r = cache({"ls", "--search", "PASSWORD"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.outLines().size(), 3);
        QVERIFY(r.outLines().at(1).contains("How do I reset my password?"));

        r = cache({"ls", "--limit", "2"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.outLines().last(), QStringLiteral("2 entries shown; more match (--limit N or --all)"));

        r = cache({"ls", "--newer-than", "1h", "--model", "chat", "--json"});
        QVERIFY2(r.exitCode == 0, r.explain());
        const QJsonObject page = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(page.value("entries").toArray().size(), 3);
        QVERIFY(page.value("next_cursor").isNull());

        r = cache({"ls", "--older-than", "1h"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.outLines().last(), QStringLiteral("0 entries"));

        r = cache({"ls", "--older-than", "soon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--older-than: 'soon' is not an age"), r.explain());
    }

    void getShowsTheRequestAndAnswerByIdPrefix()
    {
        const HttpResult answer = ask("Where is my invoice?");
        QCOMPARE(answer.status, 200);
        const QString id = idOf("Where is my invoice?");
        QCOMPARE(id.size(), 64);

        CtlRun r = cache({"get", id.left(8)});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.startsWith("id:          " + id + "\nmodel:       chat\nkind:        cached answer\n"),
                 r.explain());
        const QString content = answer.json()
                                    .value("choices")
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("message")
                                    .toObject()
                                    .value("content")
                                    .toString();
        QVERIFY(!content.isEmpty());
        QVERIFY2(r.out.contains("answer:\n" + content), r.explain());
        QVERIFY2(r.out.contains("\"Where is my invoice?\""), r.explain());

        r = cache({"get", "--json", id});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("id").toString(), id);

        r = cache({"get", "abc"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("too short"), r.explain());
        r = cache({"get", "not-hex"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("'not-hex' is not a cache entry id"), r.explain());
        const QString absent = QString(id).replace(0, 8, id.startsWith("0000") ? "ffffffff" : "00000000");
        r = cache({"get", absent});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("404"), r.explain());
    }

    void pinKeepsAnEntryThroughFlushAndUnpinLetsItGo()
    {
        QCOMPARE(ask("Pinned question").status, 200);
        QCOMPARE(ask("Ordinary question").status, 200);
        const QString pinned = idOf("Pinned question");

        CtlRun r = cache({"pin", pinned.left(10)});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.out, "pinned " + pinned.left(12) + " (never expires or is evicted)\n");
        r = cache({"ls", "--pinned"});
        QCOMPARE(r.outLines().size(), 3);
        QVERIFY(r.outLines().at(1).contains(" pinned  user: Pinned question"));

        r = cache({"flush"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("add --yes"), r.explain());
        QCOMPARE(entries().size(), 2); // nothing happened

        r = cache({"flush", "--yes"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.out.trimmed(), "flushed http://127.0.0.1:" + QString::number(m_port) +
                                      "/admin/v1: deleted 1 entry (pinned entries kept)");
        QCOMPARE(entries().size(), 1);
        QCOMPARE(idOf("Pinned question"), pinned);

        r = cache({"unpin", pinned});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY(!entries().first().toObject().value("pinned").toBool());
        r = cache({"flush", "--yes"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY(entries().isEmpty());
    }

    void ttlSetsANewExpiryOrNever()
    {
        QCOMPARE(ask("ttl question").status, 200);
        const QString id = idOf("ttl question");
        const auto expiry = [&] {
            return QDateTime::fromString(entries().first().toObject().value("expires_at").toString(),
                                         Qt::ISODateWithMs);
        };
        CtlRun r = cache({"ttl", id.left(8), "2h"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.startsWith(id.left(12) + " now expires 20"), r.explain());
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expiry());
        QVERIFY2(left > 7200 - 60 && left <= 7200, qPrintable(QString::number(left)));

        r = cache({"ttl", id, "never"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QCOMPARE(r.out, id.left(12) + " now expires never\n");
        QVERIFY(entries().first().toObject().value("expires_at").isNull());

        r = cache({"ttl", id, "soon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'soon' is not a time to live"), r.explain());
        r = cache({"ttl", id});
        QCOMPARE(r.exitCode, 2);
    }

    void faqAnswersReplaceTheUpstreamForTheirQuestion()
    {
        const QString answerFile = writeFile(m_dir, "faq.md", "Откройте «Настройки» → «Тариф».\n");
        CtlRun r = cache({"faq", "add", "--model", "chat", "--question", "Как сменить тариф?",
                          "--answer-file", answerFile, "--param", "temperature=0"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(QRegularExpression("^stored FAQ answer [0-9a-f]{12} on .* \\(pinned\\)\n$")
                     .match(r.out)
                     .hasMatch(),
                 r.explain());

        const HttpResult hit = ask("Как сменить тариф?");
        QCOMPARE(hit.status, 200);
        QCOMPARE(hit.headers.value("x-gatehouse-cache"), QByteArray("HIT"));
        QVERIFY2(hit.body.contains("Откройте «Настройки» → «Тариф»."), hit.body);

        r = cache({"ls"});
        QVERIFY2(r.outLines().filter(QRegularExpression("  faq +user: Как сменить тариф\\?")).size() == 1,
                 r.explain());

        // A flush without --include-pinned keeps curated answers.
        QCOMPARE(cache({"flush", "--yes"}).exitCode, 0);
        QCOMPARE(entries().size(), 1);

        r = cache({"faq", "add", "--model", "chat", "--question", "Q"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--answer TEXT or --answer-file FILE"), r.explain());
        r = cache(
            {"faq", "add", "--model", "chat", "--question", "Q", "--answer", "A", "--param", "top_p=abc"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--param top_p: the value is not JSON"), r.explain());
        r = cache({"faq", "add", "--model", "no-such-model", "--question", "Q", "--answer", "A"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no-such-model"), r.explain());
        QCOMPARE(entries().size(), 1);
    }

    void rmDeletesByIdOrByFilterWithADryRunFirst()
    {
        for (const QString& q :
             {QStringLiteral("billing one"), QStringLiteral("billing two"), QStringLiteral("shipping one")})
            QCOMPARE(ask(q).status, 200);

        CtlRun r = cache({"rm", "--search", "billing", "--dry-run"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.startsWith("2 entries match on "), r.explain());
        QVERIFY(r.out.contains("(nothing deleted)"));
        QCOMPARE(entries().size(), 3);

        r = cache({"rm", "--search", "billing"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.startsWith("deleted 2 entries from "), r.explain());
        QCOMPARE(entries().size(), 1);

        const QString shipping = idOf("shipping one");
        r = cache(
            {"rm", shipping.left(6), "0000000000000000000000000000000000000000000000000000000000000000"});
        QCOMPARE(r.exitCode, 1); // one of two failed
        QCOMPARE(r.out, "deleted " + shipping.left(12) + "\n");
        QVERIFY2(r.err.contains("000000000000: ") && r.err.contains("404"), r.explain());
        QVERIFY(entries().isEmpty());

        r = cache({"rm"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("to delete everything use cache flush"), r.explain());
        r = cache({"pin", shipping, "--dry-run"});
        QCOMPARE(r.exitCode, 2);
    }

    void statsCountLookupsAndSavings()
    {
        QCOMPARE(ask("stats question").headers.value("x-gatehouse-cache"), QByteArray("STORE"));
        QCOMPARE(ask("stats question").headers.value("x-gatehouse-cache"), QByteArray("HIT"));
        CtlRun r = cache({"stats"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(
            QRegularExpression("backend:     sqlite \\(.+:.*/cached-state/cache\\.db\\)\nentries:     1\n")
                .match(r.out)
                .hasMatch(),
            r.explain());
        QVERIFY2(
            QRegularExpression("lookups:     [1-9][0-9]* hits, [1-9][0-9]* misses").match(r.out).hasMatch(),
            r.explain());
        r = cache({"stats", "--json"});
        QVERIFY2(r.exitCode == 0, r.explain());
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(stats.value("entries").toInt(), 1);
        QVERIFY(stats.value("hits").toInt() >= 1);
    }

    void aGatewayWithoutACacheSaysSo()
    {
        const CtlRun r = cache({"ls"}, m_noCachePort);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[cache] enabled = false"), r.explain());
    }

    void targetTakesTheTokenFromTheKeychain()
    {
        QCOMPARE(ask("keychain question").status, 200);
        CtlRun r = ctl({"secret", "set", "cache-admin", "--kind", "admin-token"}, token + "\n");
        QVERIFY2(r.exitCode == 0, "storing a token failed; run the tests under tests/support/private-session "
                                  "(a private D-Bus session with gnome-keyring): " +
                                      r.explain());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        r = ctl({"gateway", "add", "edge", "--kind", "gatehouse", "--url", base + "/v1", "--admin-url",
                 base + "/admin/v1", "--admin-token-secret", "cache-admin"});
        QVERIFY2(r.exitCode == 0, r.explain());

        r = ctl({"cache", "ls", "--target", "edge"});
        QVERIFY2(r.exitCode == 0, r.explain());
        QVERIFY2(r.out.contains("keychain question"), r.explain());
        r = ctl({"cache", "stats", "--target", "edge"});
        QVERIFY2(r.out.startsWith("gateway:     edge\n"), r.explain());

        r = ctl({"cache", "ls", "--target", "nowhere"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nowhere"), r.explain());
        r = ctl({"cache", "ls"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--target NAME"), r.explain());

        // The token went through the keychain only.
        QStringList leaks = filesContaining({token});
        leaks.removeIf([&](const QString& hit) { return hit.startsWith(m_dir.path()); });
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestCtlCache)
#include "tst_ctl_cache.moc"
