#include "core/metrics/FleetSource.h"

namespace gatehouse::metrics {

FleetSource::FleetSource(PrometheusEndpoint endpoint, std::vector<MetricProfile> profiles,
                         SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_client(new PrometheusClient(std::move(endpoint), secrets, this))
{}

std::optional<FleetQuery> FleetSource::plan(const QString& signalId, qint64 fromMs, qint64 toMs,
                                            int plotWidthPx, qint64 minStepSeconds) const
{
    const double interval = endpoint().scrapeIntervalSeconds;
    FleetQuery q;
    q.signalId = signalId;
    q.range = chooseQueryRange(fromMs, toMs, plotWidthPx, interval, minStepSeconds);
    q.rateWindowSeconds = chooseRateWindow(q.range.step, interval);
    const std::optional<QString> promql =
        fleetSignalPromql(m_profiles, signalId, q.rateWindowSeconds, m_extra);
    if (!promql)
        return std::nullopt;
    q.promql = *promql;
    return q;
}

PrometheusReply* FleetSource::read(const FleetQuery& query)
{
    return m_client->queryRange(query.promql, query.range);
}

PrometheusReply* FleetSource::readSignal(const QString& signalId, qint64 fromMs, qint64 toMs, int plotWidthPx)
{
    const std::optional<FleetQuery> q = plan(signalId, fromMs, toMs, plotWidthPx);
    return q ? read(*q) : nullptr;
}

PrometheusReply* FleetSource::readLatest(const QString& signalId, qint64 atMs)
{
    const qint64 window = chooseRateWindow(0, endpoint().scrapeIntervalSeconds);
    const std::optional<QString> promql = fleetSignalPromql(m_profiles, signalId, window, m_extra);
    return promql ? m_client->query(*promql, atMs) : nullptr;
}

} // namespace gatehouse::metrics
