#include "NginxChild.h"

#include <arpa/inet.h>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace gatehouse::bench {

namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

// A port nobody listens on now (bound to 0 and released; nginx binds it right after).
std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw std::runtime_error("cannot find a free port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

bool accepts(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in address = loopback(port);
    const bool connected =
        fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    if (fd >= 0)
        ::close(fd);
    return connected;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

std::string nginxQuoted(const std::string& text)
{
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\\' || c == '\'')
            quoted += '\\';
        if (c == '$')
            quoted += "${dollar}";
        else
            quoted += c;
    }
    return quoted + "'";
}

NginxSite nginxAnswering(const std::string& body)
{
    const std::string quotedBody = nginxQuoted(body);
    if (quotedBody.size() > 3500) // nginx reads its config in 4 KiB buffers: no longer token fits
        throw std::runtime_error("the answer (" + std::to_string(body.size()) +
                                 " bytes) is too long for a return directive");
    return {"", "default_type application/json;\n            return 200 " + quotedBody + ";\n",
            "a `return 200` of a fixed answer"};
}

NginxSite nginxProxyingTo(std::uint16_t port)
{
    return {"upstream proxied {\n        server 127.0.0.1:" + std::to_string(port) +
                ";\n        keepalive 64;\n        keepalive_requests 100000000;\n    }\n",
            "proxy_pass http://proxied;\n            proxy_http_version 1.1;\n"
            "            proxy_set_header Connection \"\";\n",
            "a reverse proxy to 127.0.0.1:" + std::to_string(port)};
}

NginxChild::NginxChild(const std::string& program, const std::filesystem::path& dir, unsigned workers,
                       const NginxSite& site, bool accessLog)
{
    std::filesystem::create_directories(dir / "temp");
    const std::string d = std::filesystem::absolute(dir).string();
    m_port = freePort();
    std::ofstream(dir / "nginx.conf")
        << "# Written by a Gatehouse benchmark: " << site.description << ".\n"
        << "daemon off;\nmaster_process on;\nworker_processes " << workers << ";\n"
        << "pid " << d << "/nginx.pid;\nerror_log " << d << "/error.log warn;\n"
        << "events {\n    worker_connections 4096;\n}\n"
        << "http {\n"
        << "    access_log " << (accessLog ? d + "/access.log" : std::string("off")) << ";\n"
        << "    client_body_temp_path " << d << "/temp/body;\n"
        << "    proxy_temp_path " << d << "/temp/proxy;\n"
        << "    fastcgi_temp_path " << d << "/temp/fastcgi;\n"
        << "    uwsgi_temp_path " << d << "/temp/uwsgi;\n"
        << "    scgi_temp_path " << d << "/temp/scgi;\n"
        << "    keepalive_requests 100000000;\n    keepalive_timeout 300s;\n"
        << "    geo $dollar {\n        default \"$\";\n    }\n"
        << (site.httpDirectives.empty() ? std::string() : "    " + site.httpDirectives)
        << "    server {\n        listen 127.0.0.1:" << m_port << ";\n"
        << "        location = /v1/chat/completions {\n"
        << "            " << site.locationDirectives << "        }\n    }\n}\n";

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string output = d + "/nginx.out";
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    const std::string prefix = d + "/";
    const std::string config = d + "/nginx.conf";
    const std::string errorLog = d + "/error.log";
    std::vector<char*> argv{const_cast<char*>(program.c_str()),  const_cast<char*>("-p"),
                            const_cast<char*>(prefix.c_str()),   const_cast<char*>("-c"),
                            const_cast<char*>(config.c_str()),   const_cast<char*>("-e"),
                            const_cast<char*>(errorLog.c_str()), nullptr};
    const int spawned = ::posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        m_pid = -1;
        throw std::runtime_error("cannot start " + program + " (apt-get install nginx)");
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("nginx exited: " + readFile(output) + readFile(errorLog));
        }
        if (accepts(m_port))
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
    throw std::runtime_error("nginx did not listen on port " + std::to_string(m_port) + ": " +
                             readFile(errorLog));
}

NginxChild::~NginxChild()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGQUIT); // graceful: the workers finish, then the master exits
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
}

} // namespace gatehouse::bench
