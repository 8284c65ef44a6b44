#pragma once

#include <string>

namespace gatehouse::gateway::metrics {

// The standard process_* metrics every Prometheus client exports, read from /proc/self at scrape
// time: process_cpu_seconds_total, process_resident_memory_bytes, process_start_time_seconds,
// process_open_fds. A value that cannot be read (not Linux) is left out.
void renderProcessMetrics(std::string& out);

} // namespace gatehouse::gateway::metrics
