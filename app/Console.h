#pragma once

namespace gatehouse::app {

// The console's bootstrap: command line (--help, --version), single instance, settings, theme,
// the console database, the secret store and the main window. Returns the exit code.
int runConsole(int argc, char** argv);

} // namespace gatehouse::app
