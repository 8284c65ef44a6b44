#include "ScrapeRounds.h"

#include "core/metrics/CanonicalSignal.h"

#include <QStringList>

#include <random>

namespace gatehouse::bench {

using metrics::ScrapeReport;
using metrics::SeriesValue;

namespace {

QStringList signalNames()
{
    QStringList names;
    for (const metrics::CanonicalSignal& s : metrics::canonicalSignals()) {
        if (QLatin1String(s.id) == QLatin1String("error_rate_by_code")) {
            for (const char* code : {"429", "500", "503"})
                names << QStringLiteral("error_rate_by_code/") + QLatin1String(code);
        } else {
            names << QLatin1String(s.id);
        }
    }
    return names;
}

// The i-th raw series of a gateway, like the samples of a histogram per route, model and bucket.
QString rawSeriesName(int i)
{
    static const char* const buckets[] = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                                          "0.5",   "1",    "2.5",   "5",    "10",  "+Inf"};
    const int bucket = i % 12;
    const int model = (i / 12) % 20;
    const int route = i / 240;
    return QStringLiteral(
               "gatehouse_request_duration_seconds_bucket{route=\"/v1/route-%1\",model=\"model-%2\","
               "le=\"%3\"}")
        .arg(route)
        .arg(model)
        .arg(QLatin1String(buckets[bucket]));
}

} // namespace

std::vector<ScrapeRound> buildScrapeRounds(int series, int gateways, qint64 firstMs, qint64 intervalMs,
                                           int rounds)
{
    const QStringList signalIds = signalNames();
    std::mt19937 random(7);
    std::lognormal_distribution<double> value(0, 1);
    std::vector<ScrapeRound> result(static_cast<std::size_t>(rounds));
    for (int r = 0; r < rounds; ++r) {
        for (int g = 0; g < gateways; ++g) {
            // Series for this gateway, "up" included; the first gateways take the remainder.
            const int mine = series / gateways + (g < series % gateways ? 1 : 0);
            ScrapeReport report;
            report.gatewayId = g + 1;
            report.timeMs = firstMs + qint64(r) * intervalMs;
            report.durationMs = 12;
            report.up = true;
            report.profileId = QStringLiteral("gatehoused");
            report.bytes = qint64(mine) * 90;
            const int signalCount = std::min<int>(int(signalIds.size()), mine - 1);
            for (int s = 0; s < signalCount; ++s)
                report.signalValues.append({signalIds[s], value(random)});
            const int rawCount = mine - 1 - signalCount;
            report.rawSamples.reserve(rawCount);
            for (int s = 0; s < rawCount; ++s)
                report.rawSamples.append({rawSeriesName(s), value(random)});
            result[std::size_t(r)].push_back(std::move(report));
        }
    }
    return result;
}

qsizetype storedSeries(const ScrapeRound& round)
{
    qsizetype n = 0;
    for (const ScrapeReport& r : round)
        n += 1 + r.signalValues.size() + r.rawSamples.size();
    return n;
}

} // namespace gatehouse::bench
