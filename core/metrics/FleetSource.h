#pragma once

#include "core/metrics/FleetQueries.h"
#include "core/metrics/MetricProfile.h"
#include "core/metrics/PrometheusClient.h"
#include "core/metrics/QueryRange.h"

#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

// Fleet mode for a dashboard: the canonical signals of every gateway a Prometheus server scrapes,
// read from that server instead of polling each gateway. One call per chart:
//
//   FleetSource fleet(*prometheusEndpointFor(entry), loadProfiles(userProfileFolder()).profiles, secrets);
//   PrometheusReply* r = fleet.readSignal("latency_p95", fromMs, toMs, chartWidthPx);
//   connect(r, &PrometheusReply::finished, chart, [r] {
//       if (!r->ok()) return showProblem(r->errorString());
//       for (const PrometheusSeries& s : r->result().series)   // one per instance (and breakdown)
//           draw(s.label("instance"), s.breakdown(), s.points); // NaN: no value at that step
//   });
//   r->cancel(); // e.g. when the range changes before it answered
//
// The step follows the chart's width (≤ 11,000 points, start and end aligned to the step), the
// rate() window the step and the server's scrape interval (QueryRange.h); the PromQL comes from the
// profiles (FleetQueries.h). Parsing runs on the global thread pool.
namespace gatehouse::metrics {

// Everything one range query of a signal is made of, for a chart's caption ("step 15 s, rate over
// 60 s") and for asking again.
struct FleetQuery
{
    QString signalId;
    QString promql;
    QueryRange range;
    qint64 rateWindowSeconds = 0;
};

class FleetSource : public QObject
{
    Q_OBJECT
public:
    // `profiles`: the kinds the server's targets may be (all of loadProfiles() for a mixed fleet,
    // or one). `secrets` may be null when the endpoint names no credential.
    FleetSource(PrometheusEndpoint endpoint, std::vector<MetricProfile> profiles, SecretStore* secrets,
                QObject* parent = nullptr);

    const PrometheusEndpoint& endpoint() const { return m_client->endpoint(); }
    PrometheusClient& client() { return *m_client; }

    // Matchers added to every selector, e.g. {jobMatcher("gatehoused")} to leave the server's other
    // targets out.
    void setExtraMatchers(std::vector<LabelMatcher> matchers) { m_extra = std::move(matchers); }

    // The signals these profiles can give, in canonical order, then "up".
    QStringList signalIds() const { return fleetSignalIds(m_profiles); }

    // The query for `signalId` over [fromMs, toMs] drawn `plotWidthPx` wide (≤ 0: no width; then
    // the scrape interval and the 11,000-point cap decide), with a step of at least `minStepSeconds`;
    // nullopt when no profile defines the signal.
    std::optional<FleetQuery> plan(const QString& signalId, qint64 fromMs, qint64 toMs, int plotWidthPx,
                                   qint64 minStepSeconds = minQueryStepSeconds) const;
    PrometheusReply* read(const FleetQuery& query);
    // plan() + read(); nullptr when no profile defines the signal.
    PrometheusReply* readSignal(const QString& signalId, qint64 fromMs, qint64 toMs, int plotWidthPx);
    // The value per instance at `atMs` (an instant query, rate over four scrape intervals): what a
    // tile shows. nullptr when no profile defines the signal.
    PrometheusReply* readLatest(const QString& signalId, qint64 atMs);

private:
    std::vector<MetricProfile> m_profiles;
    std::vector<LabelMatcher> m_extra;
    PrometheusClient* m_client;
};

} // namespace gatehouse::metrics
