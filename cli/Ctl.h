#pragma once

namespace gatehouse::cli {

// gatehousectl: parses the global options, picks the sub-command and returns the exit code
// (0 success, 1 failure, 2 usage error).
int run(int argc, char** argv);

} // namespace gatehouse::cli
