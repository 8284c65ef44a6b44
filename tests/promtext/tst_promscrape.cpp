#include "core/promtext/Escapes.h"
#include "core/promtext/HistogramQuantile.h"
#include "core/promtext/HistogramSeries.h"
#include "core/promtext/Scrape.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <string>

using namespace gatehouse::promtext;

namespace {

std::string_view view(const QByteArray& bytes)
{
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// GATEHOUSE_SHARED_DIR, else the shared/ folder beside the source tree (absent in a user's clone).
QString alltypesPath()
{
    QString shared = qEnvironmentVariable("GATEHOUSE_SHARED_DIR");
    if (shared.isEmpty() && qEnvironmentVariableIsSet("GATEHOUSE_SOURCE_DIR"))
        shared = qEnvironmentVariable("GATEHOUSE_SOURCE_DIR") + QStringLiteral("/../shared");
    if (shared.isEmpty())
        shared = QStringLiteral(GATEHOUSE_DEFAULT_SHARED_DIR);
    return shared + QStringLiteral("/data/prometheus/alltypes.237mfs.prom.txt");
}

} // namespace

class TestPromScrape : public QObject
{
    Q_OBJECT

private slots:
    void buildsFamiliesWithTheirMetadata()
    {
        const QByteArray text = "# HELP http_requests_total Requests \\\\ served.\n"
                                "# TYPE http_requests_total counter\n"
                                "http_requests_total{code=\"200\"} 10 1700000000000\n"
                                "http_requests_total{code=\"500\"} 2\n"
                                "# TYPE temperature gauge\n"
                                "temperature 21.5\n"
                                "orphan 1\n";
        const ScrapeResult result = parseScrape(view(text), Format::Prometheus004);
        QVERIFY2(result.ok(), result.error ? result.error->toString().c_str() : "");
        const Scrape& scrape = result.scrape;
        QCOMPARE(scrape.families.size(), std::size_t(3));
        QCOMPARE(scrape.samples.size(), std::size_t(4));

        const Family* requests = scrape.family("http_requests_total");
        QVERIFY(requests);
        QCOMPARE(requests->type, MetricType::Counter);
        QCOMPARE(unescapeHelp(requests->helpRaw, scrape.format), std::string("Requests \\ served."));
        const auto samples = scrape.samplesOf(*requests);
        QCOMPARE(samples.size(), std::size_t(2));
        QCOMPARE(samples[0].value, 10.0);
        QCOMPARE(samples[0].timestampMs, std::optional<std::int64_t>(1700000000000));
        QCOMPARE(samples[0].line, std::uint32_t(3));
        QCOMPARE(scrape.labelsOf(samples[1]).size(), std::size_t(1));
        QCOMPARE(scrape.labelsOf(samples[1])[0].rawValue, std::string_view("500"));
        QVERIFY(!samples[1].timestampMs);

        QCOMPARE(scrape.families[1].type, MetricType::Gauge);
        QCOMPARE(scrape.families[2].name, std::string_view("orphan"));
        QCOMPARE(scrape.families[2].type, MetricType::Unknown);
    }

    void keepsExemplarsAndUnits()
    {
        const QByteArray text =
            "# TYPE rpc_seconds histogram\n"
            "# UNIT rpc_seconds seconds\n"
            "rpc_seconds_bucket{le=\"0.1\"} 3 # {trace_id=\"4bf92f\"} 0.042 1700000000.5\n"
            "rpc_seconds_bucket{le=\"+Inf\"} 4\n"
            "rpc_seconds_count 4\n"
            "rpc_seconds_sum 0.9\n"
            "# EOF\n";
        const ScrapeResult result = parseScrape(view(text), Format::OpenMetrics1);
        QVERIFY2(result.ok(), result.error ? result.error->toString().c_str() : "");
        const Scrape& scrape = result.scrape;
        QCOMPARE(scrape.families.size(), std::size_t(1));
        QCOMPARE(scrape.families[0].unit, std::string_view("seconds"));
        const auto exemplar = scrape.exemplarOf(scrape.samples[0]);
        QVERIFY(exemplar);
        QCOMPARE(exemplar->value, 0.042);
        QCOMPARE(exemplar->timestampMs, std::optional<std::int64_t>(1700000000500));
        QCOMPARE(exemplar->labels.size(), std::size_t(1));
        QCOMPARE(exemplar->labels[0].rawValue, std::string_view("4bf92f"));
        QVERIFY(!scrape.exemplarOf(scrape.samples[1]));
    }

    void reportsTheErrorAndKeepsWhatCameBefore()
    {
        const QByteArray text = "a 1\nb 2\nc oops\n";
        const ScrapeResult result = parseScrape(view(text), Format::Prometheus004);
        QVERIFY(!result.ok());
        QCOMPARE(result.error->line, std::size_t(3));
        QCOMPARE(result.error->column, std::size_t(3));
        QCOMPARE(result.scrape.samples.size(), std::size_t(2));
    }

    void groupsBucketsByTheNumberInLe()
    {
        // Same bounds spelled three ways, lines in no particular order, two series.
        const QByteArray text = "# TYPE lat histogram\n"
                                "lat_count{path=\"/a\"} 10\n"
                                "lat_bucket{path=\"/a\",le=\"+Inf\"} 10\n"
                                "lat_bucket{le=\"1.0\",path=\"/a\"} 8\n"
                                "lat_sum{path=\"/a\"} 7.5\n"
                                "lat_bucket{path=\"/a\",le=\"0.005000\"} 2\n"
                                "lat_bucket{path=\"/b\",le=\"1\"} 1\n"
                                "lat_bucket{path=\"/b\",le=\"0.005\"} 1\n"
                                "lat_bucket{path=\"/b\",le=\"+Inf\"} 2\n"
                                "lat_count{path=\"/b\"} 2\n";
        const ScrapeResult result = parseScrape(view(text), Format::Prometheus004);
        QVERIFY(result.ok());
        const HistogramGrouping grouping = groupHistogram(result.scrape, result.scrape.families[0]);
        QVERIFY2(!grouping.error, grouping.error ? grouping.error->c_str() : "");
        QCOMPARE(grouping.series.size(), std::size_t(2));

        const HistogramSeries& a = grouping.series[0];
        QCOMPARE(a.labels.size(), std::size_t(1));
        QCOMPARE(a.labels[0].rawValue, std::string_view("/a"));
        QCOMPARE(a.buckets.size(), std::size_t(3));
        QCOMPARE(a.buckets[0].upperBound, 0.005);
        QCOMPARE(a.buckets[0].count, 2.0);
        QCOMPARE(a.buckets[1].upperBound, 1.0);
        QCOMPARE(a.buckets[1].count, 8.0);
        QVERIFY(std::isinf(a.buckets[2].upperBound));
        QCOMPARE(a.count, std::optional<double>(10));
        QCOMPARE(a.sum, std::optional<double>(7.5));
        QVERIFY(!grouping.series[1].sum);

        // sum by (le): "1.0" of /a and "1" of /b are one bucket.
        std::vector<Bucket> summed;
        for (const HistogramSeries& s : grouping.series)
            summed.insert(summed.end(), s.buckets.begin(), s.buckets.end());
        // Buckets 0.005→3, 1→9, +Inf→12. q=0.5: rank 6 lands in (0.005, 1]:
        // 0.005 + (1 − 0.005) · (6 − 3) / (9 − 3) = 0.005 + 0.995 · 0.5 = 0.5025
        QCOMPARE(histogramQuantile(0.5, summed), 0.5025);
    }

    void refusesTheSameBoundTwiceAndBucketsWithoutLe()
    {
        const QByteArray twice = "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"1.0\"} 2\n"
                                 "h_bucket{le=\"+Inf\"} 2\n";
        ScrapeResult result = parseScrape(view(twice), Format::Prometheus004);
        QVERIFY(result.ok());
        HistogramGrouping grouping = groupHistogram(result.scrape, result.scrape.families[0]);
        QVERIFY(grouping.error);
        QVERIFY2(grouping.error->find("line 3") != std::string::npos, grouping.error->c_str());
        QVERIFY2(grouping.error->find("same bound") != std::string::npos, grouping.error->c_str());

        const QByteArray noLe = "# TYPE h histogram\nh_bucket 1\n";
        result = parseScrape(view(noLe), Format::Prometheus004);
        QVERIFY(result.ok());
        grouping = groupHistogram(result.scrape, result.scrape.families[0]);
        QVERIFY(grouping.error);
        QVERIFY2(grouping.error->find("needs an \"le\" label") != std::string::npos, grouping.error->c_str());

        const QByteArray badLe = "# TYPE h histogram\nh_bucket{le=\"fast\"} 1\n";
        result = parseScrape(view(badLe), Format::Prometheus004);
        grouping = groupHistogram(result.scrape, result.scrape.families[0]);
        QVERIFY(grouping.error);
        QVERIFY2(grouping.error->find("le=\"fast\" is not a number") != std::string::npos,
                 grouping.error->c_str());
    }

    void parsesTheRealAlltypesExposition()
    {
        QFile file(alltypesPath());
        if (!file.exists())
            QSKIP(qPrintable(
                QStringLiteral("%1 is not here (it ships in the shared data, not in the repository); "
                               "set GATEHOUSE_SHARED_DIR to run this case")
                    .arg(file.fileName())));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray text = file.readAll();
        // The file ends in "# EOF", so it is valid OpenMetrics too; both readings must agree.
        const ScrapeResult asOpenMetrics = parseScrape(view(text), Format::OpenMetrics1);
        QVERIFY2(asOpenMetrics.ok(), asOpenMetrics.error->toString().c_str());
        QCOMPARE(asOpenMetrics.scrape.families.size(), std::size_t(237));
        QCOMPARE(asOpenMetrics.scrape.samples.size(), std::size_t(1857));

        const ScrapeResult result = parseScrape(view(text), Format::Prometheus004);
        QVERIFY2(result.ok(), result.error->toString().c_str());
        const Scrape& scrape = result.scrape;
        QCOMPARE(scrape.families.size(), std::size_t(237));
        QCOMPARE(scrape.samples.size(), std::size_t(1857));

        std::size_t counters = 0, gauges = 0, histograms = 0, summaries = 0, histogramSeries = 0;
        for (const Family& family : scrape.families) {
            QVERIFY2(family.sampleCount > 0, std::string(family.name).c_str());
            switch (family.type) {
            case MetricType::Counter:
                ++counters;
                break;
            case MetricType::Gauge:
                ++gauges;
                break;
            case MetricType::Histogram: {
                ++histograms;
                const HistogramGrouping grouping = groupHistogram(scrape, family);
                QVERIFY2(!grouping.error, grouping.error ? grouping.error->c_str() : "");
                for (const HistogramSeries& series : grouping.series) {
                    ++histogramSeries;
                    // The +Inf bucket equals _count.
                    QVERIFY(!series.buckets.empty());
                    QVERIFY(std::isinf(series.buckets.back().upperBound));
                    QCOMPARE(series.count, std::optional<double>(series.buckets.back().count));
                }
                break;
            }
            case MetricType::Summary:
                ++summaries;
                break;
            default:
                break;
            }
        }
        // The file's own `# TYPE` lines: 112 counters, 97 gauges, 15 histograms, 13 summaries;
        // one `le="+Inf"` bucket per histogram series (105 of them).
        QCOMPARE(counters, std::size_t(112));
        QCOMPARE(gauges, std::size_t(97));
        QCOMPARE(histograms, std::size_t(15));
        QCOMPARE(summaries, std::size_t(13));
        QCOMPARE(histogramSeries, std::size_t(105));

        const Family* first = scrape.family("go_gc_cycles_automatic_gc_cycles_total");
        QVERIFY(first);
        QCOMPARE(scrape.samplesOf(*first)[0].value, 190932.0);
    }
};

QTEST_GUILESS_MAIN(TestPromScrape)
#include "tst_promscrape.moc"
