#include "SoakLoad.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>

#include <deque>
#include <memory>

namespace gatehouse::bench {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto answerTimeout = std::chrono::seconds(30);
constexpr auto idleLimit = std::chrono::seconds(30);
constexpr std::size_t errorsKept = 10;

class Soak
{
public:
    Soak(std::uint16_t port, const SoakTraffic& traffic, unsigned connections)
        : m_endpoint(asio::ip::make_address("127.0.0.1"), port)
        , m_traffic(traffic)
        , m_connectionCount(connections)
    {}

    SoakRun run(double rate, Clock::time_point start, std::chrono::milliseconds warmup,
                std::chrono::milliseconds duration)
    {
        m_start = start;
        m_measureFrom = start + warmup;
        m_end = m_measureFrom + duration;
        m_interval = std::chrono::duration<double>(1.0 / rate);
        // The whole pool before the first request: each connection's cost in gatehoused is paid
        // during the warm-up, not counted as growth later.
        for (unsigned i = 0; i < m_connectionCount; ++i)
            m_idle.push_back(open());
        asio::steady_timer timer(m_io);
        timer.expires_at(m_start);
        timer.async_wait([this, &timer](const boost::system::error_code&) { tick(timer); });
        m_io.run();
        m_result.seconds = std::chrono::duration<double>(m_finished - m_start).count();
        m_result.connections = m_opened;
        return std::move(m_result);
    }

private:
    struct Connection
    {
        explicit Connection(asio::io_context& io)
            : socket(io)
            , deadline(io)
        {}
        tcp::socket socket;
        asio::steady_timer deadline;
        boost::beast::flat_buffer buffer;
        http::response<http::string_body> response;
        std::string request;
        std::uint64_t index = 0;
        std::uint64_t sends = 0; // tells a late deadline from the request it was set for
        Clock::time_point due;
        Clock::time_point lastUsed;
        bool timedOut = false;
        bool busy = false;
        boost::system::error_code connectError;
    };

    Connection* open()
    {
        auto connection = std::make_unique<Connection>(m_io);
        connect(*connection);
        m_connections.push_back(std::move(connection));
        return m_connections.back().get();
    }

    void connect(Connection& c)
    {
        ++m_opened;
        boost::system::error_code ignored;
        c.socket.close(ignored);
        c.socket = tcp::socket(m_io);
        c.buffer.clear();
        c.socket.connect(m_endpoint, c.connectError);
        if (!c.connectError)
            c.socket.set_option(tcp::no_delay(true), ignored);
        c.lastUsed = Clock::now();
    }

    Clock::time_point due(std::uint64_t i) const
    {
        return m_start + std::chrono::duration_cast<Clock::duration>(m_interval * double(i));
    }

    void tick(asio::steady_timer& timer)
    {
        const auto now = Clock::now();
        for (; due(m_issued) <= now && due(m_issued) < m_end; ++m_issued) {
            if (!m_idle.empty()) {
                Connection* c = m_idle.front(); // the longest idle: every connection stays in use
                m_idle.pop_front();
                send(*c, m_issued);
            } else {
                m_pending.push_back(m_issued);
                m_result.mostQueued = std::max(m_result.mostQueued, m_pending.size());
            }
        }
        if (due(m_issued) >= m_end) {
            m_scheduleDone = true;
            finishIfDone();
            return; // the answers still due end the run
        }
        timer.expires_at(due(m_issued));
        timer.async_wait([this, &timer](const boost::system::error_code&) { tick(timer); });
    }

    void send(Connection& c, std::uint64_t index)
    {
        ++m_inFlight;
        ++c.sends;
        c.busy = true;
        c.index = index;
        c.due = due(index);
        c.timedOut = false;
        if (c.connectError || Clock::now() - c.lastUsed > idleLimit)
            connect(c);
        if (c.connectError) {
            // Posted, not called: with the server gone, a queue of requests must not recurse.
            asio::post(m_io,
                       [this, &c, why = c.connectError.message()] { done(c, "cannot connect: " + why); });
            return;
        }
        c.request = m_traffic.request(index);
        c.deadline.expires_after(answerTimeout);
        c.deadline.async_wait([&c, sends = c.sends](const boost::system::error_code& ec) {
            if (ec || sends != c.sends || !c.busy)
                return; // cancelled or late: answered in time
            c.timedOut = true;
            boost::system::error_code ignored;
            c.socket.close(ignored);
        });
        asio::async_write(
            c.socket, asio::buffer(c.request), [this, &c](const boost::system::error_code& ec, std::size_t) {
                if (ec) {
                    done(c, "sending failed: " + ec.message());
                    return;
                }
                c.response = {};
                http::async_read(c.socket, c.buffer, c.response,
                                 [this, &c](const boost::system::error_code& readError, std::size_t) {
                                     if (readError)
                                         done(c, c.timedOut
                                                     ? "no answer within 30 s"
                                                     : "reading the answer failed: " + readError.message());
                                     else
                                         done(c, {});
                                 });
            });
    }

    // `transportError` empty: an answer arrived, judged by its kind.
    void done(Connection& c, const std::string& transportError)
    {
        --m_inFlight;
        c.busy = false;
        c.deadline.cancel();
        const auto now = Clock::now();
        const RequestKind kind = m_traffic.kind(c.index);
        KindFigures& figures = m_result.kinds[static_cast<std::size_t>(kind)];
        const bool measured = c.due >= m_measureFrom;
        Verdict verdict;
        if (!transportError.empty())
            verdict = {Verdict::Outcome::Unexpected, transportError};
        else
            verdict = m_traffic.judge(kind, c.response);
        (measured ? figures.sent : figures.warmupSent) += 1;
        if (verdict.outcome == Verdict::Outcome::Unexpected) {
            (measured ? figures.measured.errors : figures.warmupErrors) += 1;
            if (m_result.firstErrors.size() < errorsKept)
                m_result.firstErrors.push_back(
                    std::string(kindName(kind)) + " request " + std::to_string(c.index) + " due at +" +
                    std::to_string(
                        std::chrono::duration_cast<std::chrono::milliseconds>(c.due - m_start).count()) +
                    " ms: " + verdict.reason);
        } else if (measured) {
            figures.measured.latenciesUs.push_back(static_cast<std::uint32_t>(
                std::chrono::duration_cast<std::chrono::microseconds>(now - c.due).count()));
            if (verdict.outcome == Verdict::Outcome::NotFromCache)
                ++figures.notFromCache;
        }
        c.lastUsed = now;
        if (!transportError.empty() || !c.response.keep_alive())
            connect(c); // the server closed it, or it broke: a fresh one for the next request
        if (!m_pending.empty()) {
            const std::uint64_t next = m_pending.front();
            m_pending.pop_front();
            send(c, next);
        } else {
            m_idle.push_back(&c);
        }
        finishIfDone();
    }

    void finishIfDone()
    {
        if (m_scheduleDone && m_inFlight == 0 && m_pending.empty()) {
            m_finished = Clock::now();
            m_io.stop();
        }
    }

    asio::io_context m_io{1};
    tcp::endpoint m_endpoint;
    const SoakTraffic& m_traffic;
    unsigned m_connectionCount;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::deque<Connection*> m_idle;
    std::deque<std::uint64_t> m_pending;
    std::chrono::duration<double> m_interval{};
    Clock::time_point m_start, m_measureFrom, m_end, m_finished;
    std::uint64_t m_issued = 0;
    std::uint64_t m_inFlight = 0;
    std::size_t m_opened = 0;
    bool m_scheduleDone = false;
    SoakRun m_result;
};

} // namespace

SoakRun runSoak(std::uint16_t port, const SoakTraffic& traffic, double rate, Clock::time_point start,
                std::chrono::milliseconds warmup, std::chrono::milliseconds duration, unsigned connections)
{
    Soak soak(port, traffic, connections);
    return soak.run(rate, start, warmup, duration);
}

} // namespace gatehouse::bench
