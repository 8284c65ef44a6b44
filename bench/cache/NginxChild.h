#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace gatehouse::bench {

// The reference server: nginx (started from `program` as a child, in the foreground, with a
// nginx.conf of its own in `dir`) answering POST /v1/chat/completions with `body` from a
// `return 200` location, on 127.0.0.1 and a free port. `workers` worker processes and a master;
// one access-log line per request into dir/access.log, as gatehoused logs one per request (off
// with accessLog = false). The constructor waits until the port accepts; SIGQUIT when destroyed.
class NginxChild
{
public:
    NginxChild(const std::string& program, const std::filesystem::path& dir, unsigned workers,
               const std::string& body, bool accessLog);
    ~NginxChild();
    NginxChild(const NginxChild&) = delete;
    NginxChild& operator=(const NginxChild&) = delete;

    std::uint16_t port() const { return m_port; }
    pid_t pid() const { return m_pid; } // the master's

private:
    pid_t m_pid = -1;
    std::uint16_t m_port = 0;
};

// `text` as one single-quoted nginx string: \ and ' escaped, every $ written as ${dollar}
// (nginx has no escape for $; the config defines $dollar).
std::string nginxQuoted(const std::string& text);

} // namespace gatehouse::bench
