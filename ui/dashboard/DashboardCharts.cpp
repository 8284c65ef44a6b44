#include "ui/dashboard/DashboardCharts.h"

#include <QCoreApplication>

namespace gatehouse::ui {

namespace {

// Gives the free functions here a translation context that lupdate sees as well.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::ui::DashboardCharts)
};

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
        {Text::tr("Latency"),
         Shape::Spiky,
         {{QStringLiteral("latency_p50"), QStringLiteral("p50")},
          {QStringLiteral("latency_p95"), QStringLiteral("p95")},
          {QStringLiteral("latency_p99"), QStringLiteral("p99")}},
         {},
         1000,
         ms,
         QStringLiteral("ms")},
        {Text::tr("Time to first token"),
         Shape::Spiky,
         {{QStringLiteral("ttft_p50"), QStringLiteral("p50")},
          {QStringLiteral("ttft_p95"), QStringLiteral("p95")}},
         {},
         1000,
         ms,
         QStringLiteral("ms")},
        {Text::tr("Request rate"),
         Shape::Trend,
         {{QStringLiteral("request_rate"), Text::tr("requests/s")}},
         {},
         1,
         perSecond,
         QStringLiteral("/s")},
        {Text::tr("Errors by code"),
         Shape::Spiky,
         {},
         QStringLiteral("error_rate_by_code/"),
         1,
         perSecond,
         QStringLiteral("/s")},
        {Text::tr("Error ratio"),
         Shape::Spiky,
         {{QStringLiteral("error_ratio_5xx"), QStringLiteral("5xx")},
          {QStringLiteral("error_ratio_4xx"), QStringLiteral("4xx")}},
         {},
         100,
         percent,
         QStringLiteral("%")},
        {Text::tr("In flight"),
         Shape::Spiky,
         {{QStringLiteral("in_flight"), Text::tr("requests")}},
         {},
         1,
         count,
         QString()},
        {Text::tr("Cache hit ratio"),
         Shape::Trend,
         {{QStringLiteral("cache_hit_ratio"), Text::tr("hits")}},
         {},
         100,
         percent,
         QStringLiteral("%")},
        {Text::tr("Tokens per second"),
         Shape::Trend,
         {{QStringLiteral("tokens_per_second"), Text::tr("output tokens/s")}},
         {},
         1,
         perSecond,
         QStringLiteral("/s")},
    };
}

} // namespace gatehouse::ui
