#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl rules list | get ID | apply FILE | delete ID | test TEXT  (each with --target NAME,
// or --url ADMIN_URL [--token-env VAR]) | push --group TAG FILE: the content filter rules of
// gatehoused through its admin API.
int runRulesCommand(CtlContext& context, const QStringList& args);
QString rulesCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
