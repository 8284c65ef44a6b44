#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl secret set NAME [--kind KIND] | delete NAME | list [--json]
// The value of `set` is read from standard input (never from argv): piped input up to EOF minus one
// trailing newline, or typed at a terminal with echo off.
int runSecretCommand(CtlContext& context, const QStringList& args);
QString secretCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
