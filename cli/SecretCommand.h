#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl secret set NAME [--kind KIND] | delete NAME | list
// The value of `set` is read from standard input (never from argv).
int runSecretCommand(CtlContext& context, const QStringList& args);
extern const char* const secretCommandHelp;

} // namespace gatehouse::cli
