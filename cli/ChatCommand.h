#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl chat (--target NAME | --url URL) [--model M] [--system S] [--stream] [--json]
//                   [--api-key-env VAR] [--header 'Name: value']... [sampling options] PROMPT
int runChatCommand(CtlContext& context, const QStringList& args);
QString chatCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
