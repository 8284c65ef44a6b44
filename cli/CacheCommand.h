#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl cache ls|get|rm|flush|pin|unpin|faq add|stats (--target NAME, or --url ADMIN_URL
// [--token-env VAR]): the response cache of a gatehoused through its admin API.
int runCacheCommand(CtlContext& context, const QStringList& args);
QString cacheCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
