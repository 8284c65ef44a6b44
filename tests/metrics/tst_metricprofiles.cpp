#include "core/metrics/CanonicalSignal.h"
#include "core/metrics/ProfileLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gatehouse::metrics;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Test JSON is written with single quotes (moc cannot read raw string literals).
QByteArray q(const char* singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

// Loading profiles: the built-in files, errors that name file and JSON path, user overrides.
class TestMetricProfiles : public QObject
{
    Q_OBJECT

private slots:
    void everyGatewayKindHasAValidBuiltInProfile()
    {
        const ProfileSet set = loadProfiles(QString());
        QVERIFY2(set.errors.isEmpty(), qPrintable(set.errors.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const MetricProfile& p : set.profiles)
            ids << p.id;
        QCOMPARE(ids, (QStringList{"bifrost", "envoy-ai-gateway", "gatehoused", "kong", "litellm", "llamacpp",
                                   "tensorzero", "vllm"}));
        for (const MetricProfile& p : set.profiles) {
            QVERIFY2(!p.expressions.empty(), qPrintable(p.id));
            QVERIFY2(p.source.startsWith(QLatin1String(":/profiles/")), qPrintable(p.source));
        }
    }

    void readsAGoodFile()
    {
        const ProfileLoadResult r = parseProfile(
            q("{'id': 'mine', 'name': 'My gateway', 'priority': 7, 'signals': { 'request_rate': {'rate': "
              "['my_requests_total', 'my_requests']}, 'error_ratio_5xx': {'ratio': [{'rate': "
              "'my_requests_total', 'match': {'code': '=~5..', 'route': '!=/health'}}, {'rate': "
              "'my_requests_total'}]}, 'latency_p95': {'histogram': 'my_latency_ms', 'quantile': 0.95, "
              "'scale': 0.001}, 'upstream_health': {'gauge': 'my_up', 'equals': 1, 'aggregate': 'avg'}}}"),
            QStringLiteral("mine.json"));
        QVERIFY2(r.profile, qPrintable(r.error));
        const MetricProfile& p = *r.profile;
        QCOMPARE(p.id, QStringLiteral("mine"));
        QCOMPARE(p.name, QStringLiteral("My gateway"));
        QCOMPARE(p.priority, 7);
        QCOMPARE(p.expressions.size(), size_t(4));
        const Expression& rate = p.expressions.at(QStringLiteral("request_rate"));
        QCOMPARE(rate.kind, Expression::Kind::Rate);
        QCOMPARE(rate.families, (std::vector<std::string>{"my_requests_total", "my_requests"}));
        const Expression& errors = p.expressions.at(QStringLiteral("error_ratio_5xx"));
        QCOMPARE(errors.kind, Expression::Kind::Ratio);
        QCOMPARE(errors.terms.size(), size_t(2));
        QCOMPARE(errors.terms[0].matchers.size(), size_t(2));
        const LabelMatcher& code = errors.terms[0].matchers[0];
        QCOMPARE(code.op, LabelMatcher::Op::Matches);
        QVERIFY(code.matches("503"));
        QVERIFY(!code.matches("5030")); // anchored, as in PromQL
        QVERIFY(!code.matches("200"));
        QVERIFY(errors.terms[0].matchers[1].matches("/v1/chat"));
        QVERIFY(!errors.terms[0].matchers[1].matches("/health"));
        const Expression& p95 = p.expressions.at(QStringLiteral("latency_p95"));
        QCOMPARE(p95.kind, Expression::Kind::Quantile);
        QCOMPARE(p95.quantile, 0.95);
        QCOMPARE(p95.scale, 0.001);
        QCOMPARE(p.expressions.at(QStringLiteral("upstream_health")).equals.value_or(-1), 1.0);
        // Without "detect", every family named identifies the profile.
        QCOMPARE(p.detect.size(), size_t(4));
    }

    void errorsNameTheFileAndTheJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << q("{'id': 'x',, }") << QStringLiteral("bad.json: offset 12: ");
        QTest::newRow("no id") << QByteArray(q("{'signals': {}}"))
                               << QStringLiteral("bad.json: $.id: expected");
        QTest::newRow("unknown signal")
            << QByteArray(q("{'id': 'x', 'signals': {'reqest_rate': {'rate': 'a'}}}"))
            << QStringLiteral("bad.json: $.signals.reqest_rate: unknown signal");
        QTest::newRow("quantile range")
            << QByteArray(q("{'id': 'x', 'signals': {'latency_p95': {'histogram': 'h', 'quantile': 95}}}"))
            << QStringLiteral("bad.json: $.signals.latency_p95.quantile: expected a number between 0 and 1");
        QTest::newRow("bad regex")
            << QByteArray(q("{'id': 'x', 'signals': {'error_ratio': {'ratio': [ {'rate': 'r', 'match': "
                            "{'code': '=~5[..'}}, {'rate': 'r'}]}}}"))
            << QStringLiteral("bad.json: $.signals.error_ratio.ratio[0].match.code: invalid regex");
        QTest::newRow("ratio arity")
            << QByteArray(q("{'id': 'x', 'signals': {'error_ratio': {'ratio': [{'rate': 'r'}]}}}"))
            << QStringLiteral("bad.json: $.signals.error_ratio.ratio: expected [numerator, denominator]");
        QTest::newRow("family type")
            << QByteArray(q("{'id': 'x', 'signals': {'in_flight': {'gauge': ['a', 3]}}}"))
            << QStringLiteral("bad.json: $.signals.in_flight.gauge[1]: expected a family name");
        QTest::newRow("unknown key")
            << QByteArray(q("{'id': 'x', 'signals': {'in_flight': {'gauge': 'a', 'sacle': 2}}}"))
            << QStringLiteral("bad.json: $.signals.in_flight.sacle: unknown key");
        QTest::newRow("reserved id") << QByteArray(q("{'id': 'raw', 'signals': {}}"))
                                     << QStringLiteral("bad.json: $.id: \"raw\" is reserved");
    }

    void errorsNameTheFileAndTheJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const ProfileLoadResult r = parseProfile(json, QStringLiteral("bad.json"));
        QVERIFY(!r.profile);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void userProfilesOverrideBuiltInsByIdAndBadFilesAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(
            write(dir.filePath("my-litellm.json"), q("{'id': 'litellm', 'name': 'Our LiteLLM', 'signals': "
                                                     "{'request_rate': {'rate': 'ours_total'}}}")));
        QVERIFY(write(dir.filePath("extra.json"),
                      q("{'id': 'extra', 'signals': {'in_flight': {'gauge': 'extra_busy'}}}")));
        QVERIFY(write(dir.filePath("broken.json"), q("{'id': 'broken', 'signals': {'in_flight': {}}}")));
        QVERIFY(write(dir.filePath("notes.txt"), "not a profile"));
        const ProfileSet set = loadProfiles(dir.path());
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.first().startsWith(dir.filePath("broken.json") +
                                               ": $.signals.in_flight: expected one of"),
                 qPrintable(set.errors.first()));
        QCOMPARE(set.profiles.size(), size_t(9));
        const auto litellm =
            std::find_if(set.profiles.begin(), set.profiles.end(),
                         [](const MetricProfile& p) { return p.id == QLatin1String("litellm"); });
        QVERIFY(litellm != set.profiles.end());
        QCOMPARE(litellm->name, QStringLiteral("Our LiteLLM"));
        QCOMPARE(litellm->expressions.size(), size_t(1));
        QCOMPARE(litellm->source, dir.filePath("my-litellm.json"));
    }

    void userFolderIsInTheAppDataLocation()
    {
        QVERIFY(userProfileFolder().endsWith(QLatin1String("/profiles")));
    }

    void foldsFamilyNameSpellings()
    {
        QCOMPARE(foldFamilyName("litellm_proxy_total_requests_metric_total"),
                 "litellm_proxy_total_requests_metric");
        QCOMPARE(foldFamilyName("gen_ai.server.request.duration"), "gen_ai_server_request_duration");
        QCOMPARE(foldFamilyName("_total"), "_total");
    }
};

QTEST_GUILESS_MAIN(TestMetricProfiles)
#include "tst_metricprofiles.moc"
