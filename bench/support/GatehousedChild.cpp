#include "GatehousedChild.h"

#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <regex>
#include <signal.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace gatehouse::bench {

GatehousedChild::GatehousedChild(const std::string& program, const std::filesystem::path& config,
                                 unsigned workers)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const std::string configText = config.string();
    const std::string workersText = std::to_string(workers);
    std::vector<char*> argv{const_cast<char*>(program.c_str()),     const_cast<char*>("--config"),
                            const_cast<char*>(configText.c_str()),  const_cast<char*>("--listen"),
                            const_cast<char*>("127.0.0.1:0"),       const_cast<char*>("--workers"),
                            const_cast<char*>(workersText.c_str()), nullptr};
    const int spawned = ::posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    m_stderr = pipeFds[0];
    if (spawned != 0)
        throw std::runtime_error("cannot start " + program);

    static const std::regex listening("listening on https?://[^:]+:(\\d+)");
    std::string output;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd fd{m_stderr, POLLIN, 0};
        if (::poll(&fd, 1, 200) <= 0)
            continue;
        char buffer[4096];
        const ssize_t n = ::read(m_stderr, buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, static_cast<std::size_t>(n));
        std::smatch match;
        if (std::regex_search(output, match, listening)) {
            m_port = static_cast<std::uint16_t>(std::stoi(match[1].str()));
            m_drain = std::thread([fd = m_stderr] {
                char sink[65536];
                while (::read(fd, sink, sizeof sink) > 0) {
                }
            });
            return;
        }
    }
    throw std::runtime_error("gatehoused did not start: " + output);
}

GatehousedChild::~GatehousedChild()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_drain.joinable())
        m_drain.join(); // the pipe's writer is gone: read() returns 0
    if (m_stderr >= 0)
        ::close(m_stderr);
}

} // namespace gatehouse::bench
