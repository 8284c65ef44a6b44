#include "core/metrics/PrometheusResponse.h"

#include <QTest>

#include <cmath>

using namespace gatehouse::metrics;

// Reading the Prometheus HTTP API's answers (specs.md §5), from documents written as Prometheus
// writes them: matrices with NaN and infinities in their string values, vectors, scalars, and the
// API's errors (400 bad_data, 422 execution, 503 timeout) with Prometheus's own messages.
class TestPrometheusResponse : public QObject
{
    Q_OBJECT

private slots:
    void readsAMatrixWithNaNAndInfinities()
    {
        const QByteArray body = R"j({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"127.0.0.1:8101","job":"gatehoused"},
             "values":[[1435781430.781,"1"],[1435781445.781,"NaN"],[1435781460,"+Inf"],[1435781475,"-Inf"],
                       [1435781490,"2.5e-3"]]},
            {"metric":{"instance":"127.0.0.1:8102","job":"gatehoused","code":"503"},"values":[]}]}})j";
        const PrometheusResponse r = parsePrometheusResponse(body, 200);
        QVERIFY2(r.result, qPrintable(r.malformed));
        QVERIFY(!r.error);
        QCOMPARE(int(r.result->type), int(PrometheusResult::Type::Matrix));
        QCOMPARE(r.result->series.size(), size_t(2));
        const PrometheusSeries& first = r.result->series[0];
        QCOMPARE(first.label("instance"), QStringLiteral("127.0.0.1:8101"));
        QCOMPARE(first.label("job"), QStringLiteral("gatehoused"));
        QCOMPARE(first.breakdown(), QString());
        QCOMPARE(first.points.size(), size_t(5));
        QCOMPARE(first.points[0].ms, 1435781430781);
        QCOMPARE(first.points[0].value, 1.0);
        QVERIFY(std::isnan(first.points[1].value));
        QCOMPARE(first.points[2].ms, 1435781460000);
        QVERIFY(std::isinf(first.points[2].value) && first.points[2].value > 0);
        QVERIFY(std::isinf(first.points[3].value) && first.points[3].value < 0);
        QCOMPARE(first.points[4].value, 0.0025);
        // A signal broken down by status code keeps the code as its breakdown.
        QCOMPARE(r.result->series[1].breakdown(), QStringLiteral("503"));
        QVERIFY(r.result->series[1].points.empty());
    }

    void readsAVectorAScalarAndAString()
    {
        const PrometheusResponse v = parsePrometheusResponse(
            R"j({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{"__name__":"up","instance":"a:1","job":"j"},"value":[1700000000.5,"1"]}]}})j",
            200);
        QVERIFY2(v.result, qPrintable(v.malformed));
        QCOMPARE(int(v.result->type), int(PrometheusResult::Type::Vector));
        QCOMPARE(v.result->series.at(0).points, (std::vector<PrometheusPoint>{{1700000000500, 1.0}}));
        QCOMPARE(v.result->series.at(0).breakdown(), QString()); // __name__ is no breakdown

        const PrometheusResponse s = parsePrometheusResponse(
            R"j({"status":"success","data":{"resultType":"scalar","result":[1700000000,"0.5"]}})j", 200);
        QVERIFY2(s.result, qPrintable(s.malformed));
        QCOMPARE(int(s.result->type), int(PrometheusResult::Type::Scalar));
        QCOMPARE(s.result->series.at(0).points.at(0).value, 0.5);

        const PrometheusResponse t = parsePrometheusResponse(
            R"j({"status":"success","data":{"resultType":"string","result":[1700000000,"hello"]}})j", 200);
        QVERIFY2(t.result, qPrintable(t.malformed));
        QCOMPARE(t.result->text, QStringLiteral("hello"));
    }

    void keepsTheWarnings()
    {
        const PrometheusResponse r = parsePrometheusResponse(
            R"j({"status":"success","warnings":["PromQL warning: encountered a mix of histograms and floats"],
                "data":{"resultType":"matrix","result":[]}})j",
            200);
        QVERIFY(r.result);
        QCOMPARE(r.result->warnings,
                 QStringList{QStringLiteral("PromQL warning: encountered a mix of histograms and floats")});
    }

    void readsTheApiErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 bad_data: too many points")
            << 400
            << QByteArray(
                   R"j({"status":"error","errorType":"bad_data","error":"exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)"})j")
            << "bad_data"
            << "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query "
               "resolution (?step=XX)";
        QTest::newRow("400 bad_data: syntax")
            << 400
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter "
                          "\\\"query\\\": 1:5: parse error: unclosed left parenthesis\"}")
            << "bad_data"
            << "invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis";
        QTest::newRow("422 execution")
            << 422
            << QByteArray("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"found duplicate "
                          "series for the match group {} on the right hand-side of the operation: "
                          "[{instance=\\\"a\\\"}, {instance=\\\"b\\\"}];many-to-many matching not allowed: "
                          "matching labels must be unique on one side\"}")
            << "execution"
            << "found duplicate series for the match group {} on the right hand-side of the operation: "
               "[{instance=\"a\"}, {instance=\"b\"}];many-to-many matching not allowed: matching labels must "
               "be unique on one side";
        QTest::newRow("503 timeout")
            << 503
            << QByteArray(
                   R"j({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})j")
            << "timeout"
            << "query timed out in expression evaluation";
    }

    void readsTheApiErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, message);
        const PrometheusResponse r = parsePrometheusResponse(body, status);
        QVERIFY(!r.result);
        QVERIFY(r.error);
        QCOMPARE(r.error->httpStatus, status);
        QCOMPARE(r.error->errorType, type);
        QCOMPARE(r.error->message, message);
    }

    void namesWhereAnAnswerIsNotTheApisJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>") << "not JSON";
        QTest::newRow("no status") << QByteArray(R"j({"data":{}})j") << "$.status";
        QTest::newRow("value as a number")
            << QByteArray(R"j({"status":"success","data":{"resultType":"matrix","result":[
                {"metric":{},"values":[[1,"1"],[2,1.5]]}]}})j")
            << "$.data.result[0].values[1][1]: expected a number as a string";
        QTest::newRow("value not a number")
            << QByteArray(
                   R"j({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"fast"]}]}})j")
            << "$.data.result[0].value[1]";
        QTest::newRow("time as a string")
            << QByteArray(
                   R"j({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1","1"]}]}})j")
            << "$.data.result[0].value[0]: expected a time in seconds";
        QTest::newRow("label not a string")
            << QByteArray(
                   R"j({"status":"success","data":{"resultType":"vector","result":[{"metric":{"code":503},"value":[1,"1"]}]}})j")
            << "$.data.result[0].metric.code";
        QTest::newRow("unknown result type")
            << QByteArray(R"j({"status":"success","data":{"resultType":"histogram","result":[]}})j")
            << "$.data.resultType";
    }

    void namesWhereAnAnswerIsNotTheApisJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const PrometheusResponse r = parsePrometheusResponse(body, 200);
        QVERIFY(!r.result);
        QVERIFY(!r.error);
        QVERIFY2(r.malformed.contains(expected), qPrintable(r.malformed));
    }

    void readsValuesAsGoDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("integer") << "42" << 42.0;
        QTest::newRow("decimal") << "-0.5" << -0.5;
        QTest::newRow("exponent") << "1e3" << 1000.0;
        QTest::newRow("+Inf") << "+Inf" << inf;
        QTest::newRow("-Inf") << "-Inf" << -inf;
        QTest::newRow("inf") << "inf" << inf;
        QTest::newRow("Infinity") << "Infinity" << inf;
    }

    void readsValuesAsGoDoes()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const std::optional<double> v = parsePrometheusValue(text);
        QVERIFY(v);
        QCOMPARE(*v, value);
    }

    void readsNaNInAnyCase()
    {
        for (const char* text : {"NaN", "nan", "Nan", "NAN"}) {
            const std::optional<double> v = parsePrometheusValue(QString::fromLatin1(text));
            QVERIFY2(v && std::isnan(*v), text);
        }
    }

    void refusesWhatIsNoNumber()
    {
        for (const char* text : {"", " 1", "1 ", "0x1p3", "1_000", "fast", "true", "1,5"})
            QVERIFY2(!parsePrometheusValue(QString::fromLatin1(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusResponse)
#include "tst_prometheusresponse.moc"
