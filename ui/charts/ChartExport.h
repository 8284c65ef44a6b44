#pragma once

#include "ui/charts/ChartSeries.h"

#include <QList>
#include <QString>

// A chart's data as CSV: one row per point, "time,series,value", time in ISO 8601 UTC with
// milliseconds, only points within [fromMs, toMs], every point (not the decimated ones).
namespace gatehouse::ui {

QString chartCsv(const QList<ChartSeries>& series, qint64 fromMs, qint64 toMs);

} // namespace gatehouse::ui
