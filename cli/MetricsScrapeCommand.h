#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl metrics scrape URL [--profile auto|ID] [--window 10s] [--timeout 10s] [--json]
// Fetches URL twice, --window apart, picks the metric profile (or takes --profile) and prints the
// canonical signals computed over that window; an exporter no profile fits is listed raw.
int runMetricsScrapeCommand(CtlContext& context, const QStringList& args);

} // namespace gatehouse::cli
