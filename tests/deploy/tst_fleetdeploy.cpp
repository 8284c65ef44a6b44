// The fleet deployment files of packaging/deploy/, run as an installer would run them: a
// password-protected redis-server, three gatehoused started the way gatehoused@.service starts
// them (fleet.toml, --listen, a state directory each), nginx and HAProxy balancing them, and
// Prometheus scraping them, all on 127.0.0.1. The files are used as written; only the addresses
// 127.0.0.1:PORT in them are replaced by free ports (see deployed()), and nginx gets the minimal
// main config that /etc/nginx/nginx.conf is on a server. docs/deploy.md describes the files.

#include "tests/deploy/DeployFiles.h"
#include "tests/support/GatehousedProcess.h"
#include "tests/support/RawHttp.h"
#include "tests/support/RedisServerProcess.h"
#include "tests/support/ScratchScan.h"
#include "tests/support/ServerProcess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <array>
#include <memory>
#include <thread>
#include <vector>

namespace {

using namespace gatehouse::test;

constexpr int memberCount = 3;
// The port plan of packaging/deploy: the balancer, the members, HAProxy's status page, Redis and
// Prometheus (whose address is a command-line flag; prometheus.yml names it in a comment).
constexpr int balancerPort = 8100;
constexpr std::array<int, memberCount> memberPorts{8101, 8102, 8103};
constexpr int haproxyStatsPort = 8404;
constexpr int redisPort = 6379;
constexpr int prometheusPort = 9090;

constexpr char redisPassword[] = "fleet-redis-pw-7Qm2-never-logged";
constexpr char adminToken[] = "fleet-admin-token-Zx81-never-logged";

QByteArray adminAuthorization()
{
    return QByteArrayLiteral("Authorization: Bearer ") + adminToken + "\r\n";
}

QByteArray chatBody(const QString& question, double temperature, bool stream = false)
{
    QJsonObject body{{"model", "gatehouse-demo"},
                     {"temperature", temperature},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", question}}}}};
    if (stream)
        body["stream"] = true;
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

HttpResult chat(quint16 port, const QString& question, double temperature = 1.0)
{
    return request(port, "POST", "/v1/chat/completions", chatBody(question, temperature), {}, 20000);
}

QString describe(const HttpResult& result)
{
    return QStringLiteral("HTTP %1 %2%3")
        .arg(result.status)
        .arg(QString::fromUtf8(result.body.left(400)),
             result.problem.isEmpty() ? QString() : " (" + result.problem + ")");
}

// A streamed chat completion read as a client reads it: when the first event arrived and when
// [DONE] did, in milliseconds from sending.
struct TimedStream
{
    HttpResult result;
    qint64 firstEventMs = -1;
    qint64 doneMs = -1;
};

TimedStream streamChat(quint16 port, const QString& question)
{
    TimedStream stream;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        stream.result.problem = QStringLiteral("cannot connect");
        return stream;
    }
    const QByteArray body = chatBody(question, 1.0, true);
    QElapsedTimer sent;
    sent.start();
    // no-store: each stream is answered by the model itself, never replayed from the cache. Like
    // OpenAI's SDKs, the client accepts gzip, which a proxy must not apply to a stream (it holds
    // events back until a compressed block fills).
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                 "Cache-Control: no-store\r\nAccept-Encoding: gzip, deflate\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray data;
    const QDeadlineTimer deadline(30000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(50);
        data += socket.readAll();
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (stream.firstEventMs < 0 && headerEnd >= 0 && data.indexOf("data: {", headerEnd) >= 0)
            stream.firstEventMs = sent.elapsed();
        if (stream.doneMs < 0 && data.contains("data: [DONE]"))
            stream.doneMs = sent.elapsed();
    }
    data += socket.readAll();
    stream.result = parseResponse(data);
    return stream;
}

int contentEvents(const HttpResult& result)
{
    int count = 0;
    for (const QByteArray& event : result.events()) {
        const QJsonObject chunk = QJsonDocument::fromJson(event.mid(event.indexOf("data: ") + 6)).object();
        const QJsonArray choices = chunk.value("choices").toArray();
        if (!choices.isEmpty() &&
            !choices.at(0).toObject().value("delta").toObject().value("content").toString().isEmpty())
            ++count;
    }
    return count;
}

// Runs `job(0)` … `job(count - 1)` at once, each on a thread of its own (the demo model takes
// about 2 s an answer), and returns what they returned in that order.
template <typename Job> auto inParallel(int count, Job job)
{
    std::vector<decltype(job(0))> results(static_cast<std::size_t>(count));
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&results, &job, i] { results[static_cast<std::size_t>(i)] = job(i); });
    for (std::thread& thread : threads)
        thread.join();
    return results;
}

// Chat completions a member counted (gatehouse_requests_total of the chat route).
double chatRequests(quint16 port)
{
    const HttpResult result = request(port, "GET", "/metrics");
    double sum = 0;
    for (const QByteArray& line : result.body.split('\n')) {
        if (line.startsWith("gatehouse_requests_total{") && line.contains("route=\"/v1/chat/completions\""))
            sum += line.mid(line.lastIndexOf(' ') + 1).toDouble();
    }
    return sum;
}

} // namespace

class TestFleetDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString nginx = serverProgram("nginx", "/usr/sbin/nginx");
        const QString haproxy = serverProgram("haproxy", "/usr/sbin/haproxy");
        const QString prometheus = serverProgram("prometheus", "/usr/bin/prometheus");
        for (const auto& [name, path] : std::array{std::pair{QStringLiteral("nginx"), nginx},
                                                   std::pair{QStringLiteral("haproxy"), haproxy},
                                                   std::pair{QStringLiteral("prometheus"), prometheus}})
            QVERIFY2(!path.isEmpty(),
                     qPrintable(name + " is not installed; ./dev test installs it (Debian: apt "
                                       "install nginx haproxy prometheus)"));

        m_redis.requirePassword(redisPassword);
        QVERIFY2(m_redis.start(), qPrintable(m_redis.problem()));
        startMembers();
        QVERIFY(!QTest::currentTestFailed());

        QSet<quint16> taken{m_redis.port()};
        for (const quint16 port : m_memberPorts)
            taken.insert(port);
        for (quint16* port : {&m_nginxPort, &m_haproxyPort, &m_haproxyStatsPort, &m_prometheusPort}) {
            do
                *port = deadPort();
            while (taken.contains(*port));
            taken.insert(*port);
        }

        QHash<int, quint16> members;
        for (int i = 0; i < memberCount; ++i)
            members.insert(memberPorts[i], m_memberPorts[i]);
        QString problem;

        // nginx: the fleet file where /etc/nginx/conf.d/ would have it, inside the smallest main
        // config a non-root nginx runs with (its pid, logs and temporary files in the test's folder).
        QHash<int, quint16> nginxPorts = members;
        nginxPorts.insert(balancerPort, m_nginxPort);
        const QByteArray nginxFleet = deployed("nginx/gatehouse-fleet.conf", nginxPorts, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString n = m_dir.filePath("nginx");
        QVERIFY(QDir().mkpath(n + "/temp"));
        writeFile(m_dir, "nginx/gatehouse-fleet.conf", nginxFleet);
        writeFile(m_dir, "nginx/nginx.conf",
                  QStringLiteral(R"(# /etc/nginx/nginx.conf, with paths in the test's folder
pid %1/nginx.pid;
error_log %1/error.log notice;
worker_processes 1;
events {
    worker_connections 256;
}
http {
    access_log %1/access.log;
    client_body_temp_path %1/temp/body;
    proxy_temp_path %1/temp/proxy;
    fastcgi_temp_path %1/temp/fastcgi;
    uwsgi_temp_path %1/temp/uwsgi;
    scgi_temp_path %1/temp/scgi;
    include %1/gatehouse-fleet.conf;
}
)")
                      .arg(n)
                      .toUtf8());
        m_nginx = std::make_unique<ServerProcess>(
            "nginx", nginx,
            QStringList{"-p", n + "/", "-c", n + "/nginx.conf", "-e", n + "/error.log", "-g", "daemon off;"},
            n + "/output.log");

        // HAProxy: the fleet file on its own, as `-f` beside the system's config would load it.
        QHash<int, quint16> haproxyPorts = members;
        haproxyPorts.insert(balancerPort, m_haproxyPort);
        haproxyPorts.insert(haproxyStatsPort, m_haproxyStatsPort);
        const QString haproxyConfig = writeFile(
            m_dir, "gatehouse-fleet.cfg", deployed("haproxy/gatehouse-fleet.cfg", haproxyPorts, problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_haproxy = std::make_unique<ServerProcess>(
            "haproxy", haproxy, QStringList{"-db", "-f", haproxyConfig}, m_dir.filePath("haproxy.log"));

        // Prometheus: the scrape config (HAProxy's commented-out job included in the map, so that
        // its address follows the plan too), the address and storage as /etc/default/prometheus
        // would give them.
        QHash<int, quint16> prometheusPorts = members;
        prometheusPorts.insert(haproxyStatsPort, m_haproxyStatsPort);
        prometheusPorts.insert(prometheusPort, m_prometheusPort);
        const QString prometheusConfig = writeFile(
            m_dir, "prometheus.yml", deployed("prometheus/prometheus.yml", prometheusPorts, problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_prometheus = std::make_unique<ServerProcess>(
            "prometheus", prometheus,
            QStringList{"--config.file=" + prometheusConfig, "--storage.tsdb.path=" + m_dir.filePath("tsdb"),
                        QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)},
            m_dir.filePath("prometheus.log"));

        QVERIFY2(m_nginx->waitForPort(m_nginxPort, problem, n + "/error.log"), qPrintable(problem));
        QVERIFY2(m_haproxy->waitForPort(m_haproxyPort, problem), qPrintable(problem));
        QVERIFY2(m_prometheus->waitForPort(m_prometheusPort, problem), qPrintable(problem));
        QTRY_VERIFY2_WITH_TIMEOUT(request(m_prometheusPort, "GET", "/-/ready").status == 200,
                                  qPrintable("Prometheus is not ready: " + m_prometheus->output()), 30000);
    }

    void cleanupTestCase()
    {
        m_prometheus.reset();
        m_haproxy.reset();
        m_nginx.reset();
        for (auto& member : m_members)
            member.reset();
        m_redis.kill();
    }

    // (1) A chat completion through each balancer is answered by a member, and the requests are
    // spread over all of them.
    void balancersAnswerChatFromEveryMember_data()
    {
        QTest::addColumn<QString>("balancer");
        QTest::newRow("nginx") << "nginx";
        QTest::newRow("haproxy") << "haproxy";
    }

    void balancersAnswerChatFromEveryMember()
    {
        QFETCH(QString, balancer);
        const quint16 port = balancerPortOf(balancer);
        std::array<double, memberCount> before{};
        for (int i = 0; i < memberCount; ++i)
            before[i] = chatRequests(m_memberPorts[i]);
        // Requests at once, as clients send them: least connections spreads them over every member.
        const int requests = 3 * memberCount;
        const auto answers = inParallel(requests, [&](int r) {
            return chat(port, QStringLiteral("Through %1, request %2?").arg(balancer).arg(r));
        });
        for (const HttpResult& answer : answers) {
            QVERIFY2(answer.status == 200, qPrintable(describe(answer)));
            QCOMPARE(answer.json().value("object").toString(), QStringLiteral("chat.completion"));
            QVERIFY2(!answer.messageText().isEmpty(), qPrintable(describe(answer)));
            QVERIFY2(answer.headers.contains("x-gatehouse-cache"), qPrintable(describe(answer)));
        }
        for (int i = 0; i < memberCount; ++i)
            QVERIFY2(chatRequests(m_memberPorts[i]) > before[i],
                     qPrintable(QStringLiteral("%1 sent none of %2 requests to member %3 (127.0.0.1:%4)")
                                    .arg(balancer)
                                    .arg(requests)
                                    .arg(i + 1)
                                    .arg(m_memberPorts[i])));
    }

    // A stream reaches the client event by event, as the member sends it, not all at the end.
    void balancersPassStreamsThrough()
    {
        // Directly from a member and through each balancer, at once.
        const std::array<quint16, 3> ports{m_memberPorts[0], m_nginxPort, m_haproxyPort};
        const std::array<QString, 3> names{QStringLiteral("member 1"), QStringLiteral("nginx"),
                                           QStringLiteral("haproxy")};
        const auto streams =
            inParallel(3, [&](int i) { return streamChat(ports[i], "Tell me a story, slowly."); });
        const TimedStream& direct = streams[0];
        QVERIFY2(direct.result.status == 200, qPrintable(describe(direct.result)));
        // The demo model paces its answer (first_token_ms, chunk_ms): the stream takes long
        // enough that a proxy holding it back until the end would show.
        QVERIFY2(
            direct.doneMs - direct.firstEventMs >= 1000,
            qPrintable(
                QStringLiteral("the demo stream took only %1 ms").arg(direct.doneMs - direct.firstEventMs)));
        for (int i = 1; i < 3; ++i) {
            const TimedStream& through = streams[i];
            QVERIFY2(through.result.status == 200, qPrintable(names[i] + ": " + describe(through.result)));
            QVERIFY2(through.result.problem.isEmpty(), qPrintable(names[i] + ": " + through.result.problem));
            QCOMPARE(through.result.headers.value("content-type"), QByteArray("text/event-stream"));
            QVERIFY2(!through.result.headers.contains("content-encoding"),
                     qPrintable(names[i] + " compressed the stream: " +
                                through.result.headers.value("content-encoding")));
            QVERIFY(!through.result.events().isEmpty());
            QCOMPARE(through.result.events().constLast(), QByteArray("data: [DONE]"));
            QCOMPARE(contentEvents(through.result), contentEvents(direct.result));
            QVERIFY2(through.firstEventMs >= 0 && through.doneMs - through.firstEventMs >= 500,
                     qPrintable(QStringLiteral("%1 held the stream back: its first event came %2 ms after "
                                               "sending, [DONE] %3 ms after (directly: %4 and %5 ms)")
                                    .arg(names[i])
                                    .arg(through.firstEventMs)
                                    .arg(through.doneMs)
                                    .arg(direct.firstEventMs)
                                    .arg(direct.doneMs)));
        }
    }

    // Clients reach the chat API and the health routes; the admin API and /metrics stay on each
    // member's own address.
    void balancersPassOnlyTheClientRoutes_data() { balancersAnswerChatFromEveryMember_data(); }

    void balancersPassOnlyTheClientRoutes()
    {
        QFETCH(QString, balancer);
        const quint16 port = balancerPortOf(balancer);
        const HttpResult ready = request(port, "GET", "/readyz");
        QVERIFY2(ready.status == 200, qPrintable(describe(ready)));
        QCOMPARE(ready.json().value("cache").toObject().value("backend").toString(), QStringLiteral("redis"));
        QCOMPARE(ready.json().value("cache").toObject().value("status").toString(), QStringLiteral("up"));
        const HttpResult models = request(port, "GET", "/v1/models");
        QVERIFY2(models.status == 200, qPrintable(describe(models)));
        for (const QByteArray path : {"/admin/v1/info", "/metrics"}) {
            const HttpResult hidden = request(port, "GET", path, {}, adminAuthorization());
            QVERIFY2(hidden.status == 404, qPrintable(QString::fromUtf8(path) + ": " + describe(hidden)));
            QCOMPARE(hidden.errorField("code").toString(), QStringLiteral("not_found"));
        }
        // ...where they do answer.
        const HttpResult info = request(m_memberPorts[0], "GET", "/admin/v1/info", {}, adminAuthorization());
        QVERIFY2(info.status == 200, qPrintable(describe(info)));
    }

    // HAProxy's active checks (GET /readyz, expect 200) pass on every member.
    void haproxyChecksReadyzOnEveryMember()
    {
        QString last;
        QTRY_VERIFY2_WITH_TIMEOUT(membersInHaproxy(last) == QStringList({"UP L7OK", "UP L7OK", "UP L7OK"}),
                                  qPrintable(last), 20000);
    }

    // (2) An answer stored by one member is a hit on the others: they share one Redis.
    void membersShareOneCache()
    {
        const QString question =
            QStringLiteral("What does a shared cache do? %1").arg(QDateTime::currentMSecsSinceEpoch());
        const HttpResult first = chat(m_memberPorts[0], question, 0);
        QVERIFY2(first.status == 200, qPrintable(describe(first)));
        QCOMPARE(first.headers.value("x-gatehouse-cache"), QByteArray("STORE"));

        // The store reaches Redis on member 1's cache thread; member 2 lists it once it is there.
        QUrlQuery search;
        search.addQueryItem("q", question);
        const QByteArray entries = "/admin/v1/cache/entries?" + search.toString(QUrl::FullyEncoded).toUtf8();
        const QByteArray auth = adminAuthorization();
        QTRY_VERIFY2_WITH_TIMEOUT(
            request(m_memberPorts[1], "GET", entries, {}, auth).json().value("entries").toArray().size() == 1,
            "member 2 does not list the answer member 1 stored: they do not share one cache", 10000);

        for (int i = 1; i < memberCount; ++i) {
            const HttpResult again = chat(m_memberPorts[i], question, 0);
            QVERIFY2(again.status == 200, qPrintable(describe(again)));
            QCOMPARE(again.headers.value("x-gatehouse-cache"), QByteArray("HIT"));
            QCOMPARE(again.json(), first.json());
        }
        const HttpResult balanced = chat(m_nginxPort, question, 0);
        QCOMPARE(balanced.headers.value("x-gatehouse-cache"), QByteArray("HIT"));
        QCOMPARE(balanced.json(), first.json());

        // Every member names the same store, so the console counts it once for the fleet.
        QString location;
        for (int i = 0; i < memberCount; ++i) {
            const HttpResult stats = request(m_memberPorts[i], "GET", "/admin/v1/cache/stats", {}, auth);
            QVERIFY2(stats.status == 200, qPrintable(describe(stats)));
            const QString here = stats.json().value("location").toString();
            QVERIFY2(here.startsWith(QStringLiteral("127.0.0.1:%1/0 gatehouse:cache:").arg(m_redis.port())),
                     qPrintable(here));
            if (i > 0)
                QCOMPARE(here, location);
            location = here;
        }
    }

    // (3) Prometheus scrapes every member, and the fleet's figures add up across them.
    void prometheusScrapesEveryMember()
    {
        QSet<QString> expected;
        for (const quint16 port : m_memberPorts)
            expected.insert(QStringLiteral("127.0.0.1:%1").arg(port));
        QString last;
        QTRY_VERIFY2_WITH_TIMEOUT(instancesWhere("up{job=\"gatehoused\",fleet=\"gatehouse\"}", "1", last) ==
                                      expected,
                                  qPrintable("Prometheus: " + last), 30000);
        // Member 2, member 3 and the balancer each answered one hit in membersShareOneCache.
        QTRY_VERIFY2_WITH_TIMEOUT(
            scalar("sum(gatehouse_cache_lookups_total{job=\"gatehoused\",result=\"hit\"})", last) >= 3,
            qPrintable("Prometheus: " + last), 30000);
    }

    // (4) One member stops: both balancers keep answering, HAProxy's check takes it out and
    // Prometheus shows it down.
    void balancersFailOverWhenAMemberStops()
    {
        QCOMPARE(m_members[0]->stop(), 0);
        // Before HAProxy's check noticed: both balancers meet the refused connection and retry.
        const int requests = 2 * memberCount;
        const auto answers = inParallel(2 * requests, [&](int r) {
            return chat(r < requests ? m_nginxPort : m_haproxyPort,
                        QStringLiteral("After failover %1").arg(r));
        });
        for (int r = 0; r < 2 * requests; ++r) {
            QVERIFY2(answers[r].status == 200,
                     qPrintable((r < requests ? "nginx: " : "haproxy: ") + describe(answers[r])));
            QVERIFY(!answers[r].messageText().isEmpty());
        }
        QString last;
        QTRY_VERIFY2_WITH_TIMEOUT(membersInHaproxy(last).value(0).startsWith("DOWN"), qPrintable(last),
                                  20000);
        QCOMPARE(membersInHaproxy(last).mid(1), QStringList({"UP L7OK", "UP L7OK"}));
        QTRY_VERIFY2_WITH_TIMEOUT(instancesWhere("up{job=\"gatehoused\"}", "0", last) ==
                                      QSet<QString>{QStringLiteral("127.0.0.1:%1").arg(m_memberPorts[0])},
                                  qPrintable("Prometheus: " + last), 30000);
        const HttpResult answer = chat(m_haproxyPort, "After the check took member 1 out");
        QVERIFY2(answer.status == 200, qPrintable(describe(answer)));
    }

    // With no member left, clients get an OpenAI-shaped error they can act on, not an HTML page.
    void noMemberLeftIsAnOpenAiError()
    {
        for (int i = 1; i < memberCount; ++i)
            QCOMPARE(m_members[i]->stop(), 0);
        for (const QString balancer : {"nginx", "haproxy"}) {
            const HttpResult answer = chat(balancerPortOf(balancer), "Anyone there?");
            QVERIFY2(answer.status == 503, qPrintable(balancer + ": " + describe(answer)));
            QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json"));
            QCOMPARE(answer.errorField("code").toString(), QStringLiteral("no_gateway_available"));
            QCOMPARE(answer.headers.value("retry-after"), QByteArray("2"));
        }
    }

    // The Redis password and the admin token went through the environment only: no log of a
    // member, a balancer or Prometheus, and no file the run wrote, holds them.
    void secretsStayOutOfLogsAndFiles()
    {
        for (int i = 0; i < memberCount; ++i) {
            const QByteArray log = m_members[i]->log().toUtf8();
            QVERIFY2(!log.contains(redisPassword) && !log.contains(adminToken),
                     qPrintable(QStringLiteral("member %1's log holds a secret").arg(i + 1)));
        }
        const QStringList found = filesContaining({redisPassword, adminToken});
        QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    }

private:
    // The members as gatehoused@PORT.service starts them: its ExecStart with the test's program,
    // config and port 0, in a state directory of its own (the unit's WorkingDirectory), with the
    // secrets in the environment (the unit's EnvironmentFile).
    void startMembers()
    {
        QFile unitFile(deployPath("gatehoused/gatehoused@.service"));
        QVERIFY2(unitFile.open(QIODevice::ReadOnly), qPrintable(unitFile.errorString()));
        const QByteArray unit = unitFile.readAll();
        const QString listenHost = unitSetting(unit, "Environment").section('=', 1);
        QCOMPARE(unitSetting(unit, "Environment").section('=', 0, 0),
                 QStringLiteral("GATEHOUSE_LISTEN_HOST"));
        QCOMPARE(listenHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(unitSetting(unit, "WorkingDirectory"), "%S/" + unitSetting(unit, "StateDirectory"));
        QStringList command = unitSetting(unit, "ExecStart").split(' ', Qt::SkipEmptyParts);
        QCOMPARE(command.value(0), QStringLiteral("/usr/bin/gatehoused"));
        command.removeFirst();

        QString problem;
        const QString config = writeFile(
            m_dir, "fleet.toml", deployed("gatehoused/fleet.toml", {{redisPort, m_redis.port()}}, problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (QString& argument : command) {
            argument.replace(QStringLiteral("/etc/gatehouse/fleet.toml"), config);
            argument.replace(QStringLiteral("${GATEHOUSE_LISTEN_HOST}"), listenHost);
            argument.replace(QStringLiteral("%i"), QStringLiteral("0"));
            QVERIFY2(!argument.contains('$') && !argument.contains('%'),
                     qPrintable("gatehoused@.service: the test does not know " + argument));
        }

        qputenv("GATEHOUSE_ADMIN_TOKEN", adminToken);
        qputenv("GATEHOUSE_REDIS_PASSWORD", redisPassword);
        const QString testDirectory = QDir::currentPath();
        for (int i = 0; i < memberCount; ++i) {
            const QString state = m_dir.filePath(QStringLiteral("member-%1").arg(i + 1));
            QVERIFY(QDir().mkpath(state));
            QVERIFY(QDir::setCurrent(state)); // QProcess starts the child in the current directory
            m_members[i] = std::make_unique<GatehousedProcess>(QStringLiteral(GATEHOUSED_PATH), command);
            QVERIFY(QDir::setCurrent(testDirectory));
        }
        for (int i = 0; i < memberCount; ++i) {
            m_memberPorts[i] = m_members[i]->waitForPort();
            QVERIFY2(m_memberPorts[i] != 0, qPrintable(m_members[i]->log().right(2000)));
            QVERIFY2(QFile::exists(m_dir.filePath(QStringLiteral("member-%1/state.db").arg(i + 1))),
                     qPrintable(m_members[i]->log().right(2000)));
        }
    }

    quint16 balancerPortOf(const QString& balancer) const
    {
        return balancer == QLatin1String("nginx") ? m_nginxPort : m_haproxyPort;
    }

    // "STATUS CHECK" of the members in HAProxy's status CSV, in port-plan order (the file names
    // them member-8101…); `last` gets the rows for a failure message.
    QStringList membersInHaproxy(QString& last) const
    {
        const HttpResult csv = request(m_haproxyStatsPort, "GET", "/stats;csv");
        const QList<QByteArray> lines = csv.body.split('\n');
        last = QString::fromUtf8(csv.body.left(1500)) + csv.problem;
        const QList<QByteArray> header = lines.value(0).mid(2).split(',');
        const qsizetype name = header.indexOf("svname");
        const qsizetype status = header.indexOf("status");
        const qsizetype check = header.indexOf("check_status");
        if (name < 0 || status < 0 || check < 0)
            return {};
        QStringList members(memberCount);
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(',');
            for (int i = 0; i < memberCount; ++i) {
                if (fields.value(name) == "member-" + QByteArray::number(memberPorts[i]))
                    members[i] = QString::fromUtf8(fields.value(status) + ' ' + fields.value(check));
            }
        }
        return members;
    }

    QJsonArray query(const QString& promql, QString& last) const
    {
        QUrlQuery parameters;
        parameters.addQueryItem("query", promql);
        const HttpResult result = request(
            m_prometheusPort, "GET", "/api/v1/query?" + parameters.toString(QUrl::FullyEncoded).toUtf8());
        last = promql + " → " + describe(result);
        if (result.json().value("status").toString() != QLatin1String("success"))
            return {};
        return result.json().value("data").toObject().value("result").toArray();
    }

    // The `instance` labels of the series of `promql` whose value is `value`.
    QSet<QString> instancesWhere(const QString& promql, const QString& value, QString& last) const
    {
        QSet<QString> instances;
        for (const auto& series : query(promql, last)) {
            if (series.toObject().value("value").toArray().at(1).toString() == value)
                instances.insert(series.toObject().value("metric").toObject().value("instance").toString());
        }
        return instances;
    }

    double scalar(const QString& promql, QString& last) const
    {
        const QJsonArray result = query(promql, last);
        return result.isEmpty()
                   ? -1
                   : result.at(0).toObject().value("value").toArray().at(1).toString().toDouble();
    }

    QTemporaryDir m_dir;
    RedisServerProcess m_redis;
    std::array<std::unique_ptr<GatehousedProcess>, memberCount> m_members;
    std::array<quint16, memberCount> m_memberPorts{};
    std::unique_ptr<ServerProcess> m_nginx;
    std::unique_ptr<ServerProcess> m_haproxy;
    std::unique_ptr<ServerProcess> m_prometheus;
    quint16 m_nginxPort = 0;
    quint16 m_haproxyPort = 0;
    quint16 m_haproxyStatsPort = 0;
    quint16 m_prometheusPort = 0;
};

QTEST_GUILESS_MAIN(TestFleetDeploy)
#include "tst_fleetdeploy.moc"
