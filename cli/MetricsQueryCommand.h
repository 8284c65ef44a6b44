#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl metrics query (--target NAME | --url URL) --signal SIGNAL [--range 1h] [--step 15s]
//     [--profile auto|ID] [--job JOB] [--scrape-interval 15s] [--timeout 30s] [--token-env VAR] [--json]
// Reads one canonical signal from a Prometheus server (fleet mode, core/metrics FleetSource): per
// scraped instance the last value and the range's minimum and maximum, or with --json every point.
int runMetricsQueryCommand(CtlContext& context, const QStringList& args);
QString metricsQueryCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
