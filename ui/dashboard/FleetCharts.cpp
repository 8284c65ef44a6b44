#include "ui/dashboard/FleetCharts.h"

#include "core/metrics/FleetSource.h"

#include <QMap>
#include <QSet>

#include <cmath>

namespace gatehouse::ui {

using namespace gatehouse::metrics;

namespace {

// A spec's prefix ("error_rate_by_code/") names a broken-down signal ("error_rate_by_code").
QString signalOfPrefix(const QString& prefix)
{
    return prefix.endsWith(QLatin1Char('/')) ? prefix.chopped(1) : prefix;
}

} // namespace

struct FleetCharts::Pending
{
    QList<DashboardChartSpec> specs;
    QList<QPointer<PrometheusReply>> replies; // still on their way; each deletes itself when done
    QMap<QString, PrometheusResult> results;  // by signal id
    QString error;                            // the first failure
    int outstanding = 0;
};

FleetCharts::FleetCharts(std::unique_ptr<FleetSource> source, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
{
    m_source->setParent(nullptr);
}

FleetCharts::~FleetCharts()
{
    cancel();
}

void FleetCharts::cancel()
{
    if (!m_pending)
        return;
    std::unique_ptr<Pending> pending = std::move(m_pending);
    for (const QPointer<PrometheusReply>& r : std::as_const(pending->replies)) {
        if (r) {
            r->disconnect(this);
            r->cancel();
        }
    }
}

void FleetCharts::load(const QList<DashboardChartSpec>& specs, qint64 fromMs, qint64 toMs, int plotWidthPx)
{
    cancel();
    m_pending = std::make_unique<Pending>();
    m_pending->specs = specs;
    QStringList signalIds;
    for (const DashboardChartSpec& spec : specs) {
        for (const DashboardChartLine& line : spec.lines)
            signalIds << line.series;
        if (!spec.seriesPrefix.isEmpty())
            signalIds << signalOfPrefix(spec.seriesPrefix);
    }
    signalIds.removeDuplicates();
    const QStringList known = m_source->signalIds();
    for (const QString& id : std::as_const(signalIds)) {
        if (!known.contains(id))
            continue; // no profile of the fleet defines it: the chart stays empty
        const std::optional<FleetQuery> query = m_source->plan(id, fromMs, toMs, plotWidthPx);
        if (!query)
            continue;
        m_stepSeconds = query->range.step;
        m_rateWindowSeconds = query->rateWindowSeconds;
        PrometheusReply* reply = m_source->read(*query);
        m_pending->replies.append(reply);
        ++m_pending->outstanding;
        // The reply deletes itself after finished(): its result is taken here.
        connect(reply, &PrometheusReply::finished, this, [this, reply, id] {
            if (!m_pending)
                return;
            if (reply->ok())
                m_pending->results.insert(id, reply->takeResult());
            else if (m_pending->error.isEmpty() && reply->failure() != PrometheusFailure::Cancelled)
                m_pending->error = reply->errorString();
            if (--m_pending->outstanding == 0)
                complete();
        });
    }
    if (m_pending->outstanding == 0)
        complete();
}

void FleetCharts::complete()
{
    std::unique_ptr<Pending> pending = std::move(m_pending);
    QSet<QString> instances;
    for (const PrometheusResult& result : std::as_const(pending->results)) {
        for (const PrometheusSeries& s : result.series)
            instances.insert(s.label(QStringLiteral("instance")));
    }
    m_instances = int(instances.size());
    const bool several = instances.size() > 1;

    auto seriesOf = [&](const QString& signalId, const QString& title, const DashboardChartSpec& spec,
                        bool byBreakdown) {
        QList<ChartSeries> out;
        const auto found = pending->results.constFind(signalId);
        if (found == pending->results.constEnd())
            return out;
        for (const PrometheusSeries& s : found->series) {
            const QString instance = s.label(QStringLiteral("instance"));
            QString name = byBreakdown ? s.breakdown() : title;
            if (several)
                name += QStringLiteral(" · ") + instance;
            ChartSeries chart;
            chart.id = signalId + QLatin1Char('|') + s.breakdown() + QLatin1Char('|') + instance;
            chart.title = name;
            chart.shape = spec.shape;
            chart.points.reserve(s.points.size());
            for (const PrometheusPoint& p : s.points) {
                if (std::isfinite(p.value)) // NaN: no value at that step (e.g. no requests for a quantile)
                    chart.points.push_back({double(p.ms), p.value * spec.scale});
            }
            out.append(std::move(chart));
        }
        return out;
    };

    QList<QList<ChartSeries>> charts;
    for (const DashboardChartSpec& spec : std::as_const(pending->specs)) {
        QList<ChartSeries> chart;
        for (const DashboardChartLine& line : spec.lines)
            chart += seriesOf(line.series, line.title, spec, false);
        if (!spec.seriesPrefix.isEmpty())
            chart += seriesOf(signalOfPrefix(spec.seriesPrefix), QString(), spec, true);
        charts.append(chart);
    }
    emit finished(charts, pending->error);
}

} // namespace gatehouse::ui
