#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl suite run FILE [--target NAME] [--concurrency N] [--junit OUT.xml] [--json]
int runSuiteCommand(CtlContext& context, const QStringList& args);
extern const char* const suiteCommandHelp;

} // namespace gatehouse::cli
