#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl metrics parse FILE [--format auto|prometheus|openmetrics] [--json]
// Reads an exposition (FILE or - for stdin) and prints its families and samples, or the first
// error as FILE:LINE:COLUMN. `metrics scrape` and `metrics query` live in their own files.
int runMetricsCommand(CtlContext& context, const QStringList& args);
QString metricsCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
