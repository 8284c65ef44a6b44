#include "ui/dashboard/DashboardCharts.h"

#include <QCoreApplication>

namespace gatehouse::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gatehouse::ui::DashboardCharts", text);
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

} // namespace

QList<DashboardChartSpec> dashboardCharts()
{
    const auto ms = [](double v) { return number(v) + QStringLiteral(" ms"); };
    const auto perSecond = [](double v) { return number(v) + QStringLiteral("/s"); };
    const auto percent = [](double v) { return number(v) + QStringLiteral(" %"); };
    const auto count = [](double v) { return number(v); };
    using Shape = ChartSeries::Shape;
    return {
        {tr("Latency"),
         Shape::Spiky,
         {{QStringLiteral("latency_p50"), QStringLiteral("p50")},
          {QStringLiteral("latency_p95"), QStringLiteral("p95")},
          {QStringLiteral("latency_p99"), QStringLiteral("p99")}},
         {},
         1000,
         ms,
         QStringLiteral("ms")},
        {tr("Time to first token"),
         Shape::Spiky,
         {{QStringLiteral("ttft_p50"), QStringLiteral("p50")},
          {QStringLiteral("ttft_p95"), QStringLiteral("p95")}},
         {},
         1000,
         ms,
         QStringLiteral("ms")},
        {tr("Request rate"),
         Shape::Trend,
         {{QStringLiteral("request_rate"), tr("requests/s")}},
         {},
         1,
         perSecond,
         QStringLiteral("/s")},
        {tr("Errors by code"),
         Shape::Spiky,
         {},
         QStringLiteral("error_rate_by_code/"),
         1,
         perSecond,
         QStringLiteral("/s")},
        {tr("Error ratio"),
         Shape::Spiky,
         {{QStringLiteral("error_ratio_5xx"), QStringLiteral("5xx")},
          {QStringLiteral("error_ratio_4xx"), QStringLiteral("4xx")}},
         {},
         100,
         percent,
         QStringLiteral("%")},
        {tr("In flight"),
         Shape::Spiky,
         {{QStringLiteral("in_flight"), tr("requests")}},
         {},
         1,
         count,
         QString()},
        {tr("Cache hit ratio"),
         Shape::Trend,
         {{QStringLiteral("cache_hit_ratio"), tr("hits")}},
         {},
         100,
         percent,
         QStringLiteral("%")},
        {tr("Tokens per second"),
         Shape::Trend,
         {{QStringLiteral("tokens_per_second"), tr("output tokens/s")}},
         {},
         1,
         perSecond,
         QStringLiteral("/s")},
    };
}

} // namespace gatehouse::ui
