#include "cli/SecretCommand.h"

namespace gatehouse::cli {

const char* const secretCommandHelp = "  secret set NAME | delete NAME | list   manage secrets in the OS keychain\n";

int runSecretCommand(CtlContext& context, const QStringList&)
{
    return context.fail(QStringLiteral("secret: not built yet"));
}

} // namespace gatehouse::cli
