#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl suite run FILE [--target NAME] [--concurrency N] [--junit OUT.xml] [--json]
int runSuiteCommand(CtlContext& context, const QStringList& args);
QString suiteCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
