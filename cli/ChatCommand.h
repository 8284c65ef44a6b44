#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl chat (--target NAME | --url URL) [--model M] [--system S] [--stream] [--json]
//                   [--api-key-env VAR] [--header 'Name: value']... [sampling options] PROMPT
int runChatCommand(CtlContext& context, const QStringList& args);
extern const char* const chatCommandHelp;

} // namespace gatehouse::cli
