#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <sys/types.h>

namespace gatehouse::bench {

// What the reference nginx does with POST /v1/chat/completions: the directives of that location,
// and any it needs at http level (an upstream block).
struct NginxSite
{
    std::string httpDirectives;
    std::string locationDirectives;
    std::string description; // for error messages and the config's first line
};

// Answers every request with `body` from a `return 200` (bench/cache: a cache hit's reference).
NginxSite nginxAnswering(const std::string& body);

// A reverse proxy to 127.0.0.1:port over HTTP/1.1 with up to 64 idle keep-alive connections to it,
// as nginx is set up in front of an HTTP service (bench/gateway-overhead: a proxy hop's reference).
NginxSite nginxProxyingTo(std::uint16_t port);

// A reference server: nginx (started from `program` as a child, in the foreground, with a
// nginx.conf of its own in `dir`) serving `site` on 127.0.0.1 and a free port. `workers` worker
// processes and a master; one access-log line per request into dir/access.log, as gatehoused logs
// one per request (off with accessLog = false). The constructor waits until the port accepts;
// SIGQUIT when destroyed.
class NginxChild
{
public:
    NginxChild(const std::string& program, const std::filesystem::path& dir, unsigned workers,
               const NginxSite& site, bool accessLog);
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
