#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace gatehouse::bench {

// A gatehoused started by the benchmark with a config file and --listen 127.0.0.1:0: the
// constructor waits for its "listening on http://HOST:PORT" line; its log is read and dropped from
// then on. SIGTERM when destroyed.
class GatehousedChild
{
public:
    GatehousedChild(const std::string& program, const std::filesystem::path& config, unsigned workers);
    ~GatehousedChild();
    GatehousedChild(const GatehousedChild&) = delete;
    GatehousedChild& operator=(const GatehousedChild&) = delete;

    std::uint16_t port() const { return m_port; }
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_stderr = -1;
    std::uint16_t m_port = 0;
    std::thread m_drain; // keeps reading its log (one access-log line per request) so it never blocks
};

} // namespace gatehouse::bench
