#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl gateway list | add NAME --kind KIND --url URL [...] | remove NAME | test NAME
int runGatewayCommand(CtlContext& context, const QStringList& args);
QString gatewayCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
