#pragma once

#include "cli/CtlContext.h"

namespace gatehouse::cli {

// gatehousectl keys list | create NAME | revoke NAME  (each with --target NAME, or --url ADMIN_URL
// [--token-env VAR]; create and revoke also with --group TAG): the client access keys of
// gatehoused through its admin API. A new key's secret is printed once, or stored in the keychain
// (--keychain SECRET) and not printed.
int runKeysCommand(CtlContext& context, const QStringList& args);
QString keysCommandHelp(); // its lines in gatehousectl --help, translated

} // namespace gatehouse::cli
