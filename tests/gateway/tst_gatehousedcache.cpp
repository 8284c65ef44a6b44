// The response cache of a real gatehoused — lookups and storing: what makes a key, what is stored
// and what never is, TTLs and Cache-Control, streamed replays, one upstream call for concurrent
// identical misses, metrics, eviction, filtered answers, a restart. In front of a second
// gatehoused serving the demo provider (upstream calls counted at its /metrics), on the backend
// GATEHOUSE_CACHE_BACKEND names: sqlite (cache.db in the state directory) or redis (a real
// redis-server started by the test). The admin API's entries: tst_gatehousedcacheadmin.

#include "tests/gateway/CacheTestRig.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>

using namespace gatehouse::test;

class TestGatehousedCache : public CacheTestRig
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startRig(backendFromEnvironment());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { stopRig(); }

    void repeatedQuestionIsAnsweredFromTheCache()
    {
        const QString question = unique("What are your opening hours?");
        const HttpResult first = ask(question);
        QCOMPARE(first.status, 200);
        QCOMPARE(verdict(first), QByteArray("STORE"));
        const HttpResult second = ask(question);
        QCOMPARE(second.status, 200);
        QCOMPARE(verdict(second), QByteArray("HIT"));
        QCOMPARE(second.json(), first.json());
        QCOMPARE(second.headers.value("content-type"), QByteArray("application/json"));

        // Fields that do not change the answer do not change the key...
        Ask other;
        other.extra =
            QJsonObject{{"user", "someone-else"}, {"metadata", QJsonObject{{"ticket", "42"}}}, {"n", 1}};
        QCOMPARE(verdict(ask(question, other)), QByteArray("HIT"));
        // ...and the order of keys in the JSON does not either.
        const QByteArray reordered =
            "{\"messages\":[{\"content\":" +
            QJsonDocument(QJsonArray{question}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            ",\"role\":\"user\"}],\"temperature\":0.0,\"model\":\"chat\"}";
        QCOMPARE(verdict(request(m_port, "POST", "/v1/chat/completions", reordered)), QByteArray("HIT"));

        // Fields that do change it make another entry.
        Ask warmer;
        warmer.temperature = 0.2;
        QCOMPARE(verdict(ask(question, warmer)), QByteArray("STORE"));
        Ask shorter;
        shorter.extra = QJsonObject{{"max_tokens", 5}};
        QCOMPARE(verdict(ask(question, shorter)), QByteArray("STORE"));
    }

    void anAnswerIsAHitAsSoonAsTheClientHasIt()
    {
        // The entry is written by the cache thread after the answer went out; asked again at once,
        // the question must still be a hit (not a second upstream call), every time.
        for (int i = 0; i < 40; ++i) {
            const QString question = unique("Asked twice in a row");
            QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
            QCOMPARE(verdict(ask(question)), QByteArray("HIT"));
        }
    }

    void answersOutsideTheDeterminismBoundsAreNotStored()
    {
        const QString question = unique("Write me a poem");
        Ask hot;
        hot.temperature = 0.9;
        QCOMPARE(verdict(ask(question, hot)), QByteArray("MISS"));
        QCOMPARE(verdict(ask(question, hot)), QByteArray("MISS"));
        Ask several;
        several.extra = QJsonObject{{"n", 3}};
        QCOMPARE(verdict(ask(question, several)), QByteArray("MISS"));
        QCOMPARE(verdict(ask(question, several)), QByteArray("MISS"));
        // No temperature at all means the upstream's default (default_temperature = 1.0).
        const QByteArray noTemperature =
            "{\"model\":\"chat\",\"messages\":[{\"role\":\"user\",\"content\":\"" + question.toUtf8() +
            "\"}]}";
        QCOMPARE(verdict(request(m_port, "POST", "/v1/chat/completions", noTemperature)), QByteArray("MISS"));
    }

    void failedAnswersAreNotStored()
    {
        const QString question = unique("This will fail");
        Ask failing;
        failing.model = "failing";
        const HttpResult first = ask(question, failing);
        QCOMPARE(first.status, 400);
        QCOMPARE(verdict(first), QByteArray("MISS"));
        QCOMPARE(verdict(ask(question, failing)), QByteArray("MISS"));
    }

    void cacheControlHeadersAreHonoured()
    {
        const QString question = unique("Where is the station?");
        Ask noStore;
        noStore.headers = "Cache-Control: no-store\r\n";
        QCOMPARE(verdict(ask(question, noStore)), QByteArray("BYPASS"));
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));           // nothing was stored by no-store
        QCOMPARE(verdict(ask(question, noStore)), QByteArray("BYPASS")); // not even read
        Ask noCache;
        noCache.headers = "Cache-Control: max-age=0, No-Cache\r\n";
        QCOMPARE(verdict(ask(question, noCache)), QByteArray("STORE")); // skips the lookup, stores
        QCOMPARE(verdict(ask(question)), QByteArray("HIT"));

        Ask off;
        off.model = "uncached"; // [cache.models."uncached"] enabled = false
        QCOMPARE(verdict(ask(question, off)), QByteArray("BYPASS"));
        QCOMPARE(verdict(ask(question, off)), QByteArray("BYPASS"));
    }

    void ttlHeaderIsCheckedAtTheBorder()
    {
        const QString question = unique("How long do you keep this?");
        for (const QByteArray& value :
             {QByteArray("soon"), QByteArray("-1"), QByteArray("1.5"), QByteArray("99999999999")}) {
            Ask bad;
            bad.headers = "X-Gatehouse-Cache-TTL: " + value + "\r\n";
            const HttpResult result = ask(question, bad);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.errorField("code").toString(), QStringLiteral("invalid_cache_ttl"));
            QVERIFY(result.errorField("message").toString().contains("X-Gatehouse-Cache-TTL"));
        }
        Ask zero;
        zero.headers = "X-Gatehouse-Cache-TTL: 0\r\n";
        QCOMPARE(verdict(ask(question, zero)), QByteArray("MISS")); // 0: do not store
        QCOMPARE(verdict(ask(question, zero)), QByteArray("MISS"));
    }

    void entriesExpireAfterTheirTtl()
    {
        const QString question = unique("Is this still fresh?");
        constexpr qint64 ttlMs = 2000;
        Ask shortLived;
        shortLived.headers = "X-Gatehouse-Cache-TTL: 2\r\n";
        QElapsedTimer clock;
        clock.start();
        const qint64 storeSent = clock.elapsed();
        QCOMPARE(verdict(ask(question, shortLived)), QByteArray("STORE"));
        const qint64 storeAnswered = clock.elapsed();
        // Poll: an answer that came back before the entry can have expired must be a hit; a request
        // sent after it surely expired must not be. In between, either is right.
        const QDeadlineTimer deadline(60000);
        for (;;) {
            QVERIFY2(!deadline.hasExpired(), "the entry never expired");
            const qint64 sent = clock.elapsed();
            const QByteArray seen = verdict(ask(question));
            const qint64 answered = clock.elapsed();
            if (answered < storeSent + ttlMs)
                QCOMPARE(seen, QByteArray("HIT"));
            if (sent > storeAnswered + ttlMs) {
                QCOMPARE(seen, QByteArray("STORE")); // expired, asked again, stored with the default TTL
                break;
            }
            QThread::msleep(200);
        }
    }

    void streamedAnswerIsStoredAndReplayedAsAStream()
    {
        const QString question = unique("Tell me a long story");
        Ask streamed;
        streamed.stream = true;
        streamed.includeUsage = true;
        const HttpResult first = ask(question, streamed);
        QCOMPARE(first.status, 200);
        QCOMPARE(verdict(first), QByteArray("STORE"));
        const StreamedAnswer original = readStream(first);
        QVERIFY(original.done);
        QVERIFY(original.text.contains(question));

        const HttpResult replay = ask(question, streamed);
        QCOMPARE(replay.status, 200);
        QCOMPARE(verdict(replay), QByteArray("HIT"));
        QCOMPARE(replay.headers.value("content-type"), QByteArray("text/event-stream"));
        const StreamedAnswer replayed = readStream(replay);
        QCOMPARE(replayed.text, original.text);
        QCOMPARE(replayed.finishReason, QStringLiteral("stop"));
        QVERIFY(replayed.done);
        QCOMPARE(replay.events().last(), QByteArray("data: [DONE]"));
        QCOMPARE(replayed.usage, original.usage); // include_usage honoured
        QVERIFY(replayed.usage.value("completion_tokens").toInt() > 0);
        // Realistic chunking: word-sized pieces, each event its own chunk.
        QVERIFY2(replayed.contentEvents >= 10, qPrintable(QString::number(replayed.contentEvents)));
        QCOMPARE(replay.chunks.size(), replay.events().size());

        // Without include_usage there is no usage event.
        Ask plain;
        plain.stream = true;
        const HttpResult noUsage = ask(question, plain);
        QCOMPARE(verdict(noUsage), QByteArray("HIT"));
        QVERIFY(readStream(noUsage).usage.isEmpty());
        QCOMPARE(readStream(noUsage).text, original.text);

        // The same entry answers a non-streaming request with one whole body.
        const HttpResult whole = ask(question);
        QCOMPARE(verdict(whole), QByteArray("HIT"));
        QCOMPARE(whole.json().value("object").toString(), QStringLiteral("chat.completion"));
        QCOMPARE(whole.messageText(), original.text);
        QCOMPARE(whole.json().value("usage").toObject(), original.usage);
    }

    void wholeAnswerIsReplayedAsAStream()
    {
        const QString question = unique("Explain the cache");
        const HttpResult whole = ask(question);
        QCOMPARE(verdict(whole), QByteArray("STORE"));
        Ask streamed;
        streamed.stream = true;
        streamed.includeUsage = true;
        const HttpResult replay = ask(question, streamed);
        QCOMPARE(verdict(replay), QByteArray("HIT"));
        const StreamedAnswer replayed = readStream(replay);
        QCOMPARE(replayed.text, whole.messageText());
        QVERIFY(replayed.done);
        QCOMPARE(replayed.usage, whole.json().value("usage").toObject());
        QCOMPARE(eventJson(replay.events().first()).value("object").toString(),
                 QStringLiteral("chat.completion.chunk"));
    }

    void concurrentIdenticalMissesMakeOneUpstreamCall()
    {
        const QString question = unique("Everyone asks this at once");
        const QList<QByteArray> slowCalls{"model=\"demo-slow\""};
        const double before = metricSum(m_upstreamPort, "gatehouse_requests_total", slowCalls);
        constexpr int clients = 6;
        std::vector<HttpResult> results(clients);
        std::vector<std::thread> threads;
        Ask slow;
        slow.model = "slow";
        for (int i = 0; i < clients; ++i) {
            Ask mine = slow;
            mine.stream = i % 2 == 1; // streaming and whole requests share the flight
            const QByteArray body = chatBody(question, mine);
            threads.emplace_back([this, body, &results, i] {
                results[static_cast<std::size_t>(i)] = request(m_port, "POST", "/v1/chat/completions", body);
            });
        }
        for (auto& thread : threads)
            thread.join();
        int stores = 0;
        int hits = 0;
        QString text;
        for (const HttpResult& result : results) {
            QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
            QCOMPARE(result.status, 200);
            stores += verdict(result) == "STORE" ? 1 : 0;
            hits += verdict(result) == "HIT" ? 1 : 0;
            const QString answer = result.headers.value("content-type") == "text/event-stream"
                                       ? readStream(result).text
                                       : result.messageText();
            if (text.isEmpty())
                text = answer;
            QCOMPARE(answer, text);
        }
        QCOMPARE(stores, 1);
        QCOMPARE(hits, clients - 1);
        const double after = metricSum(m_upstreamPort, "gatehouse_requests_total", slowCalls);
        QCOMPARE(after - before, 1.0); // counted at the upstream
    }

    void leaderFailureLetsFollowersGoOnTheirOwn()
    {
        const QString question = unique("Nobody can answer this");
        const QList<QByteArray> failingCalls{"model=\"demo-failing\""};
        const double before = metricSum(m_upstreamPort, "gatehouse_requests_total", failingCalls);
        constexpr int clients = 3;
        std::vector<HttpResult> results(clients);
        std::vector<std::thread> threads;
        Ask failing;
        failing.model = "failing";
        const QByteArray body = chatBody(question, failing);
        for (int i = 0; i < clients; ++i)
            threads.emplace_back([this, body, &results, i] {
                results[static_cast<std::size_t>(i)] = request(m_port, "POST", "/v1/chat/completions", body);
            });
        for (auto& thread : threads)
            thread.join();
        for (const HttpResult& result : results) {
            QCOMPARE(result.status, 400);
            QCOMPARE(verdict(result), QByteArray("MISS"));
        }
        // Each asked the upstream itself: the leader's failure is not replayed to the others.
        QCOMPARE(metricSum(m_upstreamPort, "gatehouse_requests_total", failingCalls) - before,
                 double(clients));
    }

    void metricsCountLookupsAndSavings()
    {
        const double hitsBefore = metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"hit\""});
        const double missesBefore = metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"miss\""});
        const double bypassBefore = metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"bypass\""});
        const double tokensBefore = metricSum(m_port, "gatehouse_cache_saved_tokens_total");
        const double secondsBefore = metricSum(m_port, "gatehouse_cache_saved_seconds_total");
        const QString question = unique("Count me");
        Ask slow;
        slow.model = "slow"; // takes a measurable time upstream
        QCOMPARE(verdict(ask(question, slow)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question, slow)), QByteArray("HIT"));
        QCOMPARE(verdict(ask(question, slow)), QByteArray("HIT"));
        Ask noStore;
        noStore.headers = "Cache-Control: no-store\r\n";
        QCOMPARE(verdict(ask(question, noStore)), QByteArray("BYPASS"));
        QCOMPARE(metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"hit\""}) - hitsBefore, 2.0);
        QCOMPARE(metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"miss\""}) - missesBefore, 1.0);
        QCOMPARE(metricSum(m_port, "gatehouse_cache_lookups_total", {"result=\"bypass\""}) - bypassBefore,
                 1.0);
        QVERIFY(metricSum(m_port, "gatehouse_cache_saved_tokens_total") - tokensBefore >= 2.0);
        QVERIFY(metricSum(m_port, "gatehouse_cache_saved_seconds_total") - secondsBefore >= 2 * 0.2);
        QCOMPARE(metricSum(m_port, "gatehouse_cache_backend_up"), 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(metricSum(m_port, "gatehouse_cache_entries") >= 1, 10000);
        QVERIFY(metricSum(m_port, "gatehouse_cache_bytes") > 0);
    }

    void leastRecentlyUsedEntriesGoBeyondTheByteLimit()
    {
        auto gateway = startGateway("lru", "max_bytes = 1800\n");
        QVERIFY(gateway);
        const quint16 port = gateway->waitForPort();
        const QString a = unique("A");
        const QString b = unique("B");
        const QString c = unique("C");
        QCOMPARE(verdict(ask(a, {}, port)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(b, {}, port)), QByteArray("STORE"));
        // Precondition on the sizes this test relies on: two entries fit, three do not.
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_entries"), 2.0, 10000);
        const double two = metricSum(port, "gatehouse_cache_bytes");
        QVERIFY2(two <= 1800 && two * 1.5 > 1800, qPrintable(QString::number(two)));
        QCOMPARE(verdict(ask(a, {}, port)), QByteArray("HIT")); // A is now more recent than B
        QCOMPARE(verdict(ask(c, {}, port)), QByteArray("STORE"));
        QTRY_VERIFY_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_evictions_total") >= 1, 10000);
        QCOMPARE(verdict(ask(a, {}, port)), QByteArray("HIT"));
        QCOMPARE(verdict(ask(c, {}, port)), QByteArray("HIT"));
        QCOMPARE(verdict(ask(b, {}, port)), QByteArray("STORE")); // B was the one evicted
        QTRY_VERIFY_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_bytes") <= 1800, 10000);
    }

    void filteredAnswersAreNotStored()
    {
        const auto rules = [](const QJsonArray& list) {
            return QJsonDocument(
                       QJsonObject{{"version", 1},
                                   {"options", QJsonObject{{"failMode", "closed"}, {"maxMatchLength", 64}}},
                                   {"rules", list}})
                .toJson();
        };
        const QJsonObject flagZebras{{"id", "flag-zebras"},
                                     {"kind", "regex"},
                                     {"action", "flag"},
                                     {"pattern", "(?i)zebra"},
                                     {"scope", QJsonObject{{"input", false}, {"output", true}}}};
        QCOMPARE(admin("PUT", "/admin/v1/rules", rules({flagZebras})).status, 200);
        // The demo model repeats the question, so the answer mentions zebras and is flagged.
        const QString question = unique("Tell me about zebras");
        for (const bool stream : {false, true}) {
            Ask how;
            how.stream = stream;
            const HttpResult first = ask(question, how);
            QCOMPARE(first.status, 200);
            if (!stream)
                QCOMPARE(first.headers.value("x-gatehouse-filter"), QByteArray("flag"));
            QCOMPARE(verdict(first),
                     stream ? QByteArray("STORE") : QByteArray("MISS")); // a stream's verdict comes too late
            QCOMPARE(verdict(ask(question, how)),
                     stream ? QByteArray("STORE") : QByteArray("MISS")); // not stored
        }
        QCOMPARE(admin("PUT", "/admin/v1/rules", rules({})).status, 200);
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
    }

    void storedAnswersAndFaqEntriesAreFoundAfterARestart()
    {
        // A gatehoused of its own, stopped and started again on the same state: what it stored
        // and an FAQ entry are still answered (on SQLite the keys of the store are read at
        // opening, so a miss can be told without asking the store: this checks that every key
        // already in the file is known).
        auto gateway = startGateway("restart", "");
        QVERIFY(gateway);
        quint16 port = gateway->waitForPort();
        const QString stored = unique("Do you ship abroad?");
        QCOMPARE(verdict(ask(stored, {}, port)), QByteArray("STORE"));
        const QString question = unique("Where is your office?");
        const QJsonObject faq{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                              {"answer", "In Riga, by the river."}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson(), port).status, 201);
        const QString never = unique("A question nobody asked");

        gateway.reset();
        gateway = startGateway("restart", "");
        QVERIFY(gateway);
        port = gateway->waitForPort();
        const HttpResult again = ask(stored, {}, port);
        QCOMPARE(verdict(again), QByteArray("HIT"));
        const HttpResult answered = ask(question, {}, port);
        QCOMPARE(verdict(answered), QByteArray("HIT"));
        QCOMPARE(answered.messageText(), QStringLiteral("In Riga, by the river."));
        QCOMPARE(verdict(ask(never, {}, port)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(never, {}, port)), QByteArray("HIT"));

        // Removed through the admin API: a miss again, and stored anew.
        const HttpResult listed = admin(
            "GET", "/admin/v1/cache/entries?q=" + QUrl::toPercentEncoding(stored) + "&model=chat", {}, port);
        const QJsonArray entries = listed.json().value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(admin("DELETE",
                       "/admin/v1/cache/entries/" + entries[0].toObject().value("id").toString().toUtf8(), {},
                       port)
                     .status,
                 204);
        QCOMPARE(verdict(ask(stored, {}, port)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(stored, {}, port)), QByteArray("HIT"));
    }
};

QTEST_GUILESS_MAIN(TestGatehousedCache)
#include "tst_gatehousedcache.moc"
