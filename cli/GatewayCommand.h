#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl gateway list | add NAME --kind KIND --url URL [...] | remove NAME | test NAME
int runGatewayCommand(CtlContext& context, const QStringList& args);
extern const char* const gatewayCommandHelp;

} // namespace gatehouse::cli
