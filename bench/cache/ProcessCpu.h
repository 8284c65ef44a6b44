#pragma once

#include <string>
#include <sys/types.h>

namespace gatehouse::bench {

// CPU time (user + system, seconds) used so far by process `pid` and by its direct children that
// are alive (nginx's workers under its master), from /proc. 0 for a process that is gone.
double cpuSeconds(pid_t pid);

// utime + stime, in seconds, of one /proc/…/stat file (a process or one of its threads); 0 when
// it cannot be read.
double statCpuSeconds(const std::string& statFile);

} // namespace gatehouse::bench
