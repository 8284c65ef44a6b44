#include "cli/GatewayCommand.h"

namespace gatehouse::cli {

const char* const gatewayCommandHelp = "  gateway list | add | remove | test      manage the gateway registry\n";

int runGatewayCommand(CtlContext& context, const QStringList&)
{
    return context.fail(QStringLiteral("gateway: not built yet"));
}

} // namespace gatehouse::cli
