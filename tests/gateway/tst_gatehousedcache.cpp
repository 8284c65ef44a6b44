// The response cache of a real gatehoused, in front of a second gatehoused that serves the demo
// provider (so that upstream calls can be counted at the upstream's /metrics). The same cases run
// on both backends: GATEHOUSE_CACHE_BACKEND=sqlite (cache.db in the state directory) or redis (a
// real redis-server started by the test on a free port).

#include "tests/support/GatehousedProcess.h"
#include "tests/support/OpenApiContract.h"
#include "tests/support/RawHttp.h"
#include "tests/support/RedisServerProcess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {

using namespace gatehouse::test;

class Gatehoused : public GatehousedProcess
{
public:
    explicit Gatehoused(const QStringList& arguments)
        : GatehousedProcess(QStringLiteral(GATEHOUSED_PATH), arguments)
    {}
};

struct Ask
{
    QByteArray model = "chat";
    bool stream = false;
    bool includeUsage = false;
    double temperature = 0;
    QByteArray headers; // complete header lines
    QJsonObject extra;  // more body fields
};

QByteArray chatBody(const QString& question, const Ask& ask)
{
    QJsonObject body{{"model", QString::fromUtf8(ask.model)},
                     {"temperature", ask.temperature},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}};
    if (ask.stream)
        body["stream"] = true;
    if (ask.includeUsage)
        body["stream_options"] = QJsonObject{{"include_usage", true}};
    for (auto it = ask.extra.begin(); it != ask.extra.end(); ++it)
        body[it.key()] = it.value();
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray verdict(const HttpResult& result)
{
    return result.headers.value("x-gatehouse-cache");
}

QJsonObject eventJson(const QByteArray& event)
{
    return QJsonDocument::fromJson(event.mid(event.indexOf("data: ") + 6)).object();
}

// What a client makes of a streamed answer: the text, the finish reason, the usage (if any),
// and whether it ended with [DONE].
struct StreamedAnswer
{
    QString text;
    QString finishReason;
    QJsonObject usage;
    bool done = false;
    int contentEvents = 0;
};

StreamedAnswer readStream(const HttpResult& result)
{
    StreamedAnswer answer;
    for (const QByteArray& event : result.events()) {
        if (event == "data: [DONE]") {
            answer.done = true;
            continue;
        }
        const QJsonObject chunk = eventJson(event);
        if (chunk.contains("usage") && chunk.value("usage").isObject())
            answer.usage = chunk.value("usage").toObject();
        for (const auto& choice : chunk.value("choices").toArray()) {
            const QJsonObject delta = choice.toObject().value("delta").toObject();
            if (delta.contains("content") && !delta.value("content").toString().isEmpty())
                ++answer.contentEvents;
            answer.text += delta.value("content").toString();
            if (choice.toObject().value("finish_reason").isString())
                answer.finishReason = choice.toObject().value("finish_reason").toString();
        }
    }
    return answer;
}

QString messageText(const HttpResult& result)
{
    return result.json()
        .value("choices")
        .toArray()
        .at(0)
        .toObject()
        .value("message")
        .toObject()
        .value("content")
        .toString();
}

// The sum of the samples of `family` whose labels contain every one of `labels`.
double metricSum(quint16 port, const QByteArray& family, const QList<QByteArray>& labels = {})
{
    const HttpResult result = request(port, "GET", "/metrics");
    double sum = 0;
    for (const QByteArray& line : result.body.split('\n')) {
        if (!line.startsWith(family + "{") && !line.startsWith(family + " "))
            continue;
        bool all = true;
        for (const QByteArray& label : labels)
            all = all && line.contains(label);
        if (all)
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

} // namespace

class TestGatehousedCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_contract.isValid(), qPrintable(m_contract.loadError()));
        qputenv("GATEHOUSE_TEST_CACHE_ADMIN", adminToken);
        m_backend = qEnvironmentVariable("GATEHOUSE_CACHE_BACKEND", QStringLiteral("sqlite"));
        QVERIFY2(m_backend == "sqlite" || m_backend == "redis", qPrintable(m_backend));
        if (m_backend == "redis") {
            m_redis = std::make_unique<RedisServerProcess>();
            QVERIFY2(m_redis->start(), qPrintable(m_redis->problem()));
        }

        const QString upstreamConfig = writeFile(m_dir, "upstream.toml", R"(
[[upstreams]]
name = "fast"
kind = "demo"
first_token_ms = 0
chunk_ms = 1

[[upstreams]]
name = "slow"
kind = "demo"
first_token_ms = 200
chunk_ms = 40

[[upstreams]]
name = "failing"
kind = "demo"
first_token_ms = 0
error_rate = 1.0
error_status = 400

[[models]]
name = "demo-fast"
upstreams = ["fast"]
[[models]]
name = "demo-slow"
upstreams = ["slow"]
[[models]]
name = "demo-failing"
upstreams = ["failing"]
)");
        m_upstream = std::make_unique<Gatehoused>(
            QStringList{"--config", upstreamConfig, "--listen", "127.0.0.1:0", "--workers", "2"});
        m_upstreamPort = m_upstream->waitForPort();
        QVERIFY2(m_upstreamPort != 0, qPrintable(m_upstream->log().right(1200)));
        m_gateway = startGateway("gateway", "");
        QVERIFY(m_gateway);
        m_port = m_gateway->waitForPort();
    }

    void cleanupTestCase()
    {
        m_gateway.reset();
        m_upstream.reset();
        m_redis.reset();
    }

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
        QCOMPARE(messageText(whole), original.text);
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
        QCOMPARE(replayed.text, messageText(whole));
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
                                       : messageText(result);
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

    void adminApiManagesEntries()
    {
        // An FAQ answer, curated by an administrator, answers the exact question.
        const QString question = unique("When are you open?");
        const QJsonObject faq{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                              {"answer", "From 9 to 5, Monday to Friday."},
                              {"parameters", QJsonObject{{"temperature", 0}}}};
        HttpResult created = admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson());
        verifyContract("POST", "/admin/v1/cache/faq", created, 201);
        const QString id = created.json().value("id").toString();
        QCOMPARE(created.json().value("pinned").toBool(), true);
        QCOMPARE(created.json().value("faq").toBool(), true);
        QVERIFY(created.json().value("expires_at").isNull());
        const HttpResult answered = ask(question);
        QCOMPARE(verdict(answered), QByteArray("HIT"));
        QCOMPARE(messageText(answered), QStringLiteral("From 9 to 5, Monday to Friday."));
        Ask streamed;
        streamed.stream = true;
        QCOMPARE(readStream(ask(question, streamed)).text, QStringLiteral("From 9 to 5, Monday to Friday."));

        // An answer stored from an upstream, found by prompt text.
        const QString stored = unique("Which platforms do you support?");
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        HttpResult listed =
            admin("GET", "/admin/v1/cache/entries?q=" + QUrl::toPercentEncoding(stored.mid(0, 20).toUpper()) +
                             "&model=chat");
        verifyContract("GET", "/admin/v1/cache/entries", listed, 200);
        const QJsonArray entries = listed.json().value("entries").toArray();
        QVERIFY2(!entries.isEmpty(), listed.body.constData());
        QString storedId;
        for (const auto& entry : entries) {
            if (entry.toObject().value("prompt").toString().contains(stored))
                storedId = entry.toObject().value("id").toString();
        }
        QVERIFY2(!storedId.isEmpty(), listed.body.constData());

        // One entry: request and answer; hits counted (written within a second).
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
        QTRY_COMPARE_WITH_TIMEOUT(
            admin("GET", "/admin/v1/cache/entries/" + storedId.toUtf8()).json().value("hits").toInt(), 1,
            10000);
        HttpResult one = admin("GET", "/admin/v1/cache/entries/" + storedId.toUtf8());
        verifyContract("GET", "/admin/v1/cache/entries/{id}", one, 200);
        QCOMPARE(one.json()
                     .value("request")
                     .toObject()
                     .value("messages")
                     .toArray()[0]
                     .toObject()
                     .value("content")
                     .toString(),
                 stored);
        QVERIFY(one.json().value("answer").toObject().value("choices").isArray());
        QVERIFY(!one.json().value("last_hit_at").isNull());

        // Pin it, then give it a TTL and unpin it.
        HttpResult changed =
            admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"pinned":true})");
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}", changed, 200);
        QCOMPARE(changed.json().value("pinned").toBool(), true);
        QVERIFY(changed.json().value("expires_at").isNull());
        changed = admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(),
                        R"({"pinned":false,"ttl_seconds":600})");
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}", changed, 200);
        QCOMPARE(changed.json().value("pinned").toBool(), false);
        const QDateTime expires =
            QDateTime::fromString(changed.json().value("expires_at").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 600) < 60);
        verifyContract(
            "PATCH", "/admin/v1/cache/entries/{id}",
            admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"ttl_seconds":-5})"), 400);
        verifyContract("PATCH", "/admin/v1/cache/entries/{id}",
                       admin("PATCH", "/admin/v1/cache/entries/" + storedId.toUtf8(), R"({"colour":"red"})"),
                       400);

        // Stats.
        HttpResult stats = admin("GET", "/admin/v1/cache/stats");
        verifyContract("GET", "/admin/v1/cache/stats", stats, 200);
        QCOMPARE(stats.json().value("backend").toString(), m_backend);
        // The store's identity, the same on every gatehoused sharing it (and without secrets).
        const QString location = stats.json().value("location").toString();
        if (m_backend == "redis")
            QCOMPARE(location, QStringLiteral("127.0.0.1:%1/0 test:gateway:").arg(m_redis->port()));
        else
            QVERIFY2(
                location.endsWith(":" + QDir(m_dir.filePath("gateway-state")).absoluteFilePath("cache.db")),
                qPrintable(location));
        QVERIFY(stats.json().value("entries").toInt() >= 2);
        QVERIFY(stats.json().value("hits").toInt() >= 1);

        // Bulk delete: a dry run counts, the real one deletes.
        const QByteArray filter = "q=" + QUrl::toPercentEncoding(stored);
        HttpResult dry = admin("DELETE", "/admin/v1/cache/entries?" + filter + "&dry_run=true");
        verifyContract("DELETE", "/admin/v1/cache/entries", dry, 200);
        QCOMPARE(dry.json().value("matched").toInt(), 1);
        QCOMPARE(dry.json().value("deleted").toInt(), 0);
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT")); // still there
        HttpResult bulk = admin("DELETE", "/admin/v1/cache/entries?" + filter);
        verifyContract("DELETE", "/admin/v1/cache/entries", bulk, 200);
        QCOMPARE(bulk.json().value("deleted").toInt(), 1);
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE")); // gone, stored again
        verifyContract("DELETE", "/admin/v1/cache/entries", admin("DELETE", "/admin/v1/cache/entries"), 400);

        // Delete one; then it is not found.
        HttpResult deleted = admin("DELETE", "/admin/v1/cache/entries/" + id.toUtf8());
        verifyContract("DELETE", "/admin/v1/cache/entries/{id}", deleted, 204);
        verifyContract("GET", "/admin/v1/cache/entries/{id}",
                       admin("GET", "/admin/v1/cache/entries/" + id.toUtf8()), 404);
        verifyContract("DELETE", "/admin/v1/cache/entries/{id}",
                       admin("DELETE", "/admin/v1/cache/entries/" + id.toUtf8()), 404);
        QCOMPARE(verdict(ask(question)), QByteArray("STORE")); // the upstream answers again

        // Bad input is refused with the parameter named.
        HttpResult bad = admin("GET", "/admin/v1/cache/entries?limit=0");
        verifyContract("GET", "/admin/v1/cache/entries", bad, 400);
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("limit"));
        bad = admin("GET", "/admin/v1/cache/entries?cursor=abc");
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("cursor"));
        bad = admin("POST", "/admin/v1/cache/faq",
                    R"({"model":"chat","messages":[{"content":"x"}],"answer":"y"})");
        verifyContract("POST", "/admin/v1/cache/faq", bad, 400);
        QCOMPARE(bad.errorField("param").toString(), QStringLiteral("messages[0].role"));
        bad = admin("POST", "/admin/v1/cache/faq",
                    R"({"model":"nope","messages":[{"role":"user","content":"x"}],"answer":"y"})");
        verifyContract("POST", "/admin/v1/cache/faq", bad, 404);
        // Without the token: 401.
        const HttpResult anonymous = request(m_port, "GET", "/admin/v1/cache/stats");
        verifyContract("GET", "/admin/v1/cache/stats", anonymous, 401);

        // Flush keeps pinned entries unless asked.
        const QString pinnedQuestion = unique("Pinned forever");
        QJsonObject pinnedFaq = faq;
        pinnedFaq["messages"] = QJsonArray{QJsonObject{{"role", "user"}, {"content", pinnedQuestion}}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(pinnedFaq).toJson()).status, 201);
        HttpResult flushed = admin("POST", "/admin/v1/cache/flush");
        verifyContract("POST", "/admin/v1/cache/flush", flushed, 200);
        QVERIFY(flushed.json().value("deleted").toInt() >= 1);
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(pinnedQuestion)), QByteArray("HIT"));
        flushed = admin("POST", "/admin/v1/cache/flush?include_pinned=true");
        verifyContract("POST", "/admin/v1/cache/flush", flushed, 200);
        QCOMPARE(verdict(ask(pinnedQuestion)), QByteArray("STORE"));
    }

    void adminChangesApplyToTheNextHit()
    {
        // An answer that was just served (and is held in memory, with SQLite) changes for the
        // next request once the admin API has answered: a rewritten FAQ answer, a shorter TTL.
        const QString question = unique("What is the refund policy?");
        QJsonObject faq{{"model", "chat"},
                        {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                        {"answer", "Thirty days."},
                        {"parameters", QJsonObject{{"temperature", 0}}}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson()).status, 201);
        QCOMPARE(messageText(ask(question)), QStringLiteral("Thirty days."));
        QCOMPARE(messageText(ask(question)), QStringLiteral("Thirty days."));
        faq["answer"] = "Sixty days.";
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson()).status, 201);
        const HttpResult rewritten = ask(question);
        QCOMPARE(verdict(rewritten), QByteArray("HIT"));
        QCOMPARE(messageText(rewritten), QStringLiteral("Sixty days."));

        const QString stored = unique("How do I reset my password?");
        QCOMPARE(verdict(ask(stored)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
        HttpResult listed = admin("GET", "/admin/v1/cache/entries?q=" + QUrl::toPercentEncoding(stored));
        const QJsonArray entries = listed.json().value("entries").toArray();
        QCOMPARE(entries.size(), 1);
        const QByteArray id = entries.at(0).toObject().value("id").toString().toUtf8();
        QCOMPARE(admin("PATCH", "/admin/v1/cache/entries/" + id, R"({"ttl_seconds":1})").status, 200);
        // Within a second it may still hit; after that the entry is gone, asked again and stored.
        // (Not QTRY_COMPARE: it asks once more after the first STORE.)
        const QDeadlineTimer deadline(10000);
        QByteArray seen;
        while ((seen = verdict(ask(stored))) == "HIT" && !deadline.hasExpired())
            QThread::msleep(50);
        QCOMPARE(seen, QByteArray("STORE"));
        QCOMPARE(verdict(ask(stored)), QByteArray("HIT"));
    }

    void pagingIsStableUnderConcurrentWrites()
    {
        const QString tag = unique("paging");
        const auto faqFor = [&](int i, const QString& answer) {
            return QJsonDocument(
                       QJsonObject{{"model", "chat"},
                                   {"messages", QJsonArray{QJsonObject{
                                                    {"role", "user"},
                                                    {"content", tag + " question " + QString::number(i)}}}},
                                   {"answer", answer}})
                .toJson();
        };
        QSet<QString> existing;
        for (int i = 0; i < 40; ++i) {
            const HttpResult created = admin("POST", "/admin/v1/cache/faq", faqFor(i, "first"));
            QCOMPARE(created.status, 201);
            existing.insert(created.json().value("id").toString());
        }
        // While a client pages through, another adds entries and rewrites existing ones.
        std::atomic<bool> paging{true};
        std::thread writer([&] {
            for (int round = 0; paging && round < 200; ++round) {
                admin("POST", "/admin/v1/cache/faq", faqFor(1000 + round, "new"));
                admin("POST", "/admin/v1/cache/faq",
                      faqFor(round % 40, "rewritten " + QString::number(round)));
            }
        });
        QStringList seen;
        QByteArray cursor;
        int pages = 0;
        do {
            const HttpResult page =
                admin("GET", "/admin/v1/cache/entries?limit=7&q=" + QUrl::toPercentEncoding(tag) +
                                 (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor));
            verifyContract("GET", "/admin/v1/cache/entries", page, 200);
            for (const auto& entry : page.json().value("entries").toArray())
                seen << entry.toObject().value("id").toString();
            cursor = page.json().value("next_cursor").toString().toUtf8();
            ++pages;
            QThread::msleep(20);
        } while (!cursor.isEmpty() && pages < 1000);
        paging = false;
        writer.join();
        QVERIFY(pages >= 6);
        const QSet<QString> unique(seen.begin(), seen.end());
        QCOMPARE(unique.size(), seen.size()); // nothing twice
        for (const QString& id : existing)
            QVERIFY2(unique.contains(id), qPrintable(id)); // nothing that existed throughout skipped
    }

    void pinnedEntriesSurviveEviction()
    {
        auto gateway = startGateway("pinned", "max_bytes = 1800\n");
        QVERIFY(gateway);
        const quint16 port = gateway->waitForPort();
        const QString question = unique("Pinned FAQ");
        const QJsonObject faq{{"model", "chat"},
                              {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}},
                              {"answer", "Always here."}};
        QCOMPARE(admin("POST", "/admin/v1/cache/faq", QJsonDocument(faq).toJson(), port).status, 201);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(verdict(ask(unique("filler"), {}, port)), QByteArray("STORE"));
        QTRY_VERIFY_WITH_TIMEOUT(metricSum(port, "gatehouse_cache_evictions_total") >= 3, 10000);
        const HttpResult answered = ask(question, {}, port);
        QCOMPARE(verdict(answered), QByteArray("HIT"));
        QCOMPARE(messageText(answered), QStringLiteral("Always here."));
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
        QCOMPARE(messageText(answered), QStringLiteral("In Riga, by the river."));
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

    void redisGoingAwayMakesRequestsBypassUntilItReturns()
    {
        if (m_backend != "redis")
            QSKIP("Redis only: the SQLite cache has no server to lose");
        const QString question = unique("Still there?");
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question)), QByteArray("HIT"));

        m_redis->kill();
        // The gateway keeps answering, from the upstream, and says the cache is bypassed.
        QTRY_COMPARE_WITH_TIMEOUT(verdict(ask(question)), QByteArray("BYPASS"), 20000);
        const HttpResult answered = ask(question);
        QCOMPARE(answered.status, 200);
        QVERIFY(messageText(answered).contains(question));
        QCOMPARE(metricSum(m_port, "gatehouse_cache_backend_up"), 0.0);
        const HttpResult ready = request(m_port, "GET", "/readyz");
        QCOMPARE(ready.status, 200); // still ready to serve
        const QJsonObject cache = ready.json().value("cache").toObject();
        QCOMPARE(cache.value("backend").toString(), QStringLiteral("redis"));
        QCOMPARE(cache.value("status").toString(), QStringLiteral("degraded"));
        QVERIFY(cache.value("problem").toString().contains(QString::number(m_redis->port())));

        QVERIFY2(m_redis->start(), qPrintable(m_redis->problem()));
        // It reconnects by itself (backoff up to 5 s); the restarted Redis is empty.
        QTRY_COMPARE_WITH_TIMEOUT(metricSum(m_port, "gatehouse_cache_backend_up"), 1.0, 30000);
        QCOMPARE(
            request(m_port, "GET", "/readyz").json().value("cache").toObject().value("status").toString(),
            QStringLiteral("up"));
        QCOMPARE(verdict(ask(question)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question)), QByteArray("HIT"));
    }

    void aRedisWithAPasswordIsReachedWithIt()
    {
        if (m_backend != "redis")
            QSKIP("Redis only");
        const QByteArray password = "redis-pw-Xq83-never-logged";
        RedisServerProcess locked;
        locked.requirePassword(password);
        QVERIFY2(locked.start(), qPrintable(locked.problem()));
        const auto config = [&](const QString& name, const QByteArray& auth) {
            return writeFile(m_dir, name + ".toml",
                             "[state]\ndir = \"" + m_dir.filePath(name + "-state").toUtf8() +
                                 "\"\n\n[cache]\nbackend = \"redis\"\nredis_url = \"" +
                                 locked.url().toUtf8() + "\"\n" + auth +
                                 "\n[[upstreams]]\nname = \"d\"\nkind = \"demo\"\nfirst_token_ms = 0\n"
                                 "chunk_ms = 0\n\n[[models]]\nname = \"chat\"\nupstreams = [\"d\"]\n");
        };
        const QString passwordFile = writeFile(m_dir, "redis-password", password + "\n");

        // From a file: caching works.
        Gatehoused good({"--config",
                         config("locked-ok", "redis_password_file = \"" + passwordFile.toUtf8() + "\"\n"),
                         "--listen", "127.0.0.1:0"});
        const quint16 port = good.waitForPort();
        QVERIFY2(port, qPrintable(good.log()));
        const QString question = unique("Behind a password?");
        QCOMPARE(verdict(ask(question, {}, port)), QByteArray("STORE"));
        QCOMPARE(verdict(ask(question, {}, port)), QByteArray("HIT"));

        // A wrong one from the environment: the gateway serves, bypassing, and says why — without it.
        qputenv("GATEHOUSE_TEST_REDIS_PASSWORD", "wrong-" + password);
        Gatehoused wrong({"--config",
                          config("locked-wrong", "redis_password_env = \"GATEHOUSE_TEST_REDIS_PASSWORD\"\n"),
                          "--listen", "127.0.0.1:0"});
        const quint16 wrongPort = wrong.waitForPort();
        QVERIFY2(wrongPort, qPrintable(wrong.log()));
        const HttpResult bypassed = ask(question, {}, wrongPort);
        QCOMPARE(bypassed.status, 200);
        QCOMPARE(verdict(bypassed), QByteArray("BYPASS"));
        const QString problem =
            request(wrongPort, "GET", "/readyz").json().value("cache").toObject().value("problem").toString();
        QVERIFY2(problem.contains("WRONGPASS") || problem.contains("invalid"), qPrintable(problem));
        QVERIFY(!problem.contains(QString::fromUtf8(password)));
        QVERIFY(!wrong.log().contains(QString::fromUtf8(password)));
        QVERIFY(!good.log().contains(QString::fromUtf8(password)));

        // Unset: it does not start, and names the variable.
        qunsetenv("GATEHOUSE_TEST_REDIS_PASSWORD");
        Gatehoused unset({"--config",
                          config("locked-unset", "redis_password_env = \"GATEHOUSE_TEST_REDIS_PASSWORD\"\n"),
                          "--listen", "127.0.0.1:0"});
        QVERIFY(unset.process().waitForFinished(30000));
        QCOMPARE(unset.process().exitCode(), 1);
        QVERIFY2(unset.log().contains("GATEHOUSE_TEST_REDIS_PASSWORD (redis_password_env) is not set"),
                 qPrintable(unset.log()));
    }

private:
    static constexpr const char* adminToken = "test-admin-token-for-the-cache";

    HttpResult admin(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                     quint16 port = 0)
    {
        return request(port ? port : m_port, method, path, body,
                       QByteArray("Authorization: Bearer ") + adminToken + "\r\n");
    }

    void verifyContract(const QByteArray& method, const QString& pathTemplate, const HttpResult& result,
                        int status)
    {
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QVERIFY2(result.status == status,
                 qPrintable(
                     QString("%1 %2: %3 %4").arg(method, pathTemplate).arg(result.status).arg(result.body)));
        const QStringList problems = m_contract.check(method, pathTemplate, result.status, result.body);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join("\n")));
    }

    QString unique(const QString& text)
    {
        return text + " #" + QString::number(++m_counter) + "-" + m_backend;
    }

    HttpResult ask(const QString& question, const Ask& how = {}, quint16 port = 0)
    {
        return request(port ? port : m_port, "POST", "/v1/chat/completions", chatBody(question, how),
                       how.headers);
    }

    // A gateway in front of the upstream; `cacheExtra` adds lines to its [cache] table.
    std::unique_ptr<Gatehoused> startGateway(const QString& name, const QByteArray& cacheExtra)
    {
        QByteArray backend = "backend = \"sqlite\"\n";
        if (m_backend == "redis")
            backend = "backend = \"redis\"\nredis_url = \"" + m_redis->url().toUtf8() +
                      "\"\nkey_prefix = \"test:" + name.toUtf8() + ":\"\n";
        const QByteArray up = "http://127.0.0.1:" + QByteArray::number(m_upstreamPort) + "/v1";
        const QString config =
            writeFile(m_dir, name + ".toml",
                      "[admin]\ntoken_env = \"GATEHOUSE_TEST_CACHE_ADMIN\"\n\n[state]\ndir = \"" +
                          m_dir.filePath(name + "-state").toUtf8() + "\"\n\n[cache]\n" + backend +
                          cacheExtra + R"(
[cache.models."uncached"]
enabled = false

[[upstreams]]
name = "local"
kind = "openai"
base_url = ")" + up + R"("

[[models]]
name = "chat"
upstreams = [{ name = "local", model = "demo-fast" }]

[[models]]
name = "uncached"
upstreams = [{ name = "local", model = "demo-fast" }]

[[models]]
name = "slow"
upstreams = [{ name = "local", model = "demo-slow" }]

[[models]]
name = "failing"
upstreams = [{ name = "local", model = "demo-failing" }]
)");
        auto gateway =
            std::make_unique<Gatehoused>(QStringList{"--config", config, "--listen", "127.0.0.1:0"});
        if (gateway->waitForPort() == 0) {
            qWarning("%s", qPrintable(gateway->log().right(2000)));
            return nullptr;
        }
        return gateway;
    }

    QTemporaryDir m_dir;
    OpenApiContract m_contract{OpenApiContract::projectDocument()};
    QString m_backend;
    std::unique_ptr<RedisServerProcess> m_redis;
    std::unique_ptr<Gatehoused> m_upstream;
    std::unique_ptr<Gatehoused> m_gateway;
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestGatehousedCache)
#include "tst_gatehousedcache.moc"
