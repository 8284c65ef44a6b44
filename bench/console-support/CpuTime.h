#pragma once

#include <string>

namespace gatehouse::bench {

// User + system CPU seconds this process has used so far (getrusage, every thread).
double processCpuSeconds();

// User + system CPU seconds used so far by this process's thread named `name` (as QThread names
// its OS thread after its objectName, e.g. "metrics-history"), from /proc/self/task; -1 when no
// thread has that name. Resolution: one clock tick (10 ms).
double threadCpuSeconds(const std::string& name);

// User + system CPU seconds used so far by the process named `name` (e.g. "Xvfb") that shares
// this process's parent, as xvfb-run starts the X server beside the program it runs; -1 when
// there is none.
double siblingProcessCpuSeconds(const std::string& name);

// Seconds on a steady clock, for wall time beside the CPU time.
double wallSeconds();

} // namespace gatehouse::bench
