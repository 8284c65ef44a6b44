#include "gateway/upstream/HttpUpstream.h"

#include "core/buildinfo/BuildInfo.h"
#include "gateway/chat/ChatRequest.h"
#include "gateway/config/GatewayConfig.h"
#include "gateway/http/Deadline.h"
#include "gateway/http/WireHead.h"
#include "gateway/http/WriteAtOnce.h"
#include "gateway/upstream/UpstreamTls.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <array>
#include <mutex>
#include <type_traits>
#include <vector>

namespace gatehouse::gateway {

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using boost::asio::ip::tcp;
using error_code = boost::system::error_code;
using PlainStream = tcp::socket;
using TlsStream = beast::ssl_stream<tcp::socket>;

// Kept-alive connections held per upstream between calls. Enough for the calls of a busy moment
// (at 16, 64 clients at once had every fourth call open a connection anew, a third of the
// gateway's time); each idle one costs a socket and a few KiB.
constexpr std::size_t maxIdlePerUpstream = 256;
constexpr std::size_t readPieceBytes = 16 * 1024;

} // namespace

struct HttpUpstream::Shared
{
    std::string name;
    std::string host;
    std::string port;
    std::string target; // path and query of the chat completions endpoint
    std::string hostHeader;
    std::string authName; // header name, empty when no key
    std::string authValue;
    std::chrono::milliseconds connectTimeout;
    std::chrono::milliseconds firstByteTimeout;
    std::chrono::milliseconds idleTimeout;
    // https: the client context (system trust store plus ca_file), shared by all calls.
    std::shared_ptr<boost::asio::ssl::context> tls;

    // Kept-alive connections, each usable only on the executor it was made on.
    std::mutex mutex;
    std::vector<std::unique_ptr<PlainStream>> idlePlain;
    std::vector<std::unique_ptr<TlsStream>> idleTls;

    template <class Stream> std::vector<std::unique_ptr<Stream>>& idle()
    {
        if constexpr (std::is_same_v<Stream, TlsStream>)
            return idleTls;
        else
            return idlePlain;
    }

    template <class Stream> std::unique_ptr<Stream> takeIdle(const boost::asio::any_io_executor& executor)
    {
        const std::lock_guard lock(mutex);
        auto& idle = this->idle<Stream>();
        for (auto it = idle.begin(); it != idle.end(); ++it) {
            if ((*it)->get_executor() == executor) {
                auto stream = std::move(*it);
                idle.erase(it);
                return stream;
            }
        }
        return nullptr;
    }

    template <class Stream> void putIdle(std::unique_ptr<Stream> stream)
    {
        const std::lock_guard lock(mutex);
        auto& idle = this->idle<Stream>();
        if (idle.size() < maxIdlePerUpstream)
            idle.push_back(std::move(stream));
    }
};

namespace {

// A request to the upstream's host, with its key: the chat completion or a health check.
bhttp::request<bhttp::string_body> upstreamRequest(const HttpUpstream::Shared& shared, bhttp::verb method,
                                                   const std::string& target)
{
    bhttp::request<bhttp::string_body> request;
    request.method(method);
    request.target(target);
    request.version(11);
    request.set(bhttp::field::host, shared.hostHeader);
    request.set(bhttp::field::user_agent, "gatehoused/" + std::string(buildinfo::version()));
    if (!shared.authName.empty())
        request.set(shared.authName, shared.authValue);
    request.keep_alive(true);
    return request;
}

bhttp::request<bhttp::string_body> chatRequest(const HttpUpstream::Shared& shared,
                                               const UpstreamRequest& chatCall)
{
    const ChatRequest& chat = *chatCall.chat;
    auto request = upstreamRequest(shared, bhttp::verb::post, shared.target);
    request.set(bhttp::field::content_type, "application/json");
    request.set(bhttp::field::accept, chat.stream ? "text/event-stream" : "application/json");
    if (!chatCall.requestId.empty())
        request.set("X-Request-Id", chatCall.requestId);
    request.body() = chat.bodyFor(chatCall.upstreamModel);
    request.prepare_payload();
    return request;
}

constexpr std::size_t answerReadBytes = 16 * 1024;

// One call to the upstream over `Stream`: PlainStream (http://) or TlsStream (https://).
template <class Stream>
class HttpCall : public UpstreamCall, public std::enable_shared_from_this<HttpCall<Stream>>
{
    static constexpr bool tls = std::is_same_v<Stream, TlsStream>;
    using std::enable_shared_from_this<HttpCall<Stream>>::shared_from_this;

public:
    HttpCall(boost::asio::any_io_executor executor, std::shared_ptr<HttpUpstream::Shared> shared,
             bhttp::request<bhttp::string_body> request, UpstreamHandlers handlers)
        : m_executor(std::move(executor))
        , m_shared(std::move(shared))
        , m_resolver(m_executor)
        , m_deadline(m_executor, [this] { timedOut(); })
        , m_handlers(std::move(handlers))
        , m_request(std::move(request))
    {
        // Beast reads into what the buffer has room for, at least 512 bytes: a typical answer's
        // head and body then came in two reads (and two turns of the event loop), now in one.
        m_buffer.reserve(answerReadBytes);
    }

    void start()
    {
        m_stream = m_shared->template takeIdle<Stream>(m_executor);
        if (m_stream) {
            m_reused = true;
            return send();
        }
        connect();
    }

    void cancel() override
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        m_deadline.disarm();
        m_resolver.cancel();
        if (m_stream) {
            error_code ignored;
            socket().close(ignored); // never reused: the answer is half read
        }
    }

private:
    tcp::socket& socket() { return beast::get_lowest_layer(*m_stream); }

    // The step in progress took too long: ending it makes its handler see m_timedOut.
    void timedOut()
    {
        m_timedOut = true;
        m_resolver.cancel();
        if (m_stream) {
            error_code ignored;
            socket().close(ignored);
        }
    }

    std::string within(std::chrono::milliseconds timeout, const char* key) const
    {
        return "within " + std::to_string(timeout.count()) + " ms (" + key + ")";
    }

    std::string where() const { return "upstream '" + m_shared->name + "' (" + m_shared->hostHeader + ")"; }

    void fail(UpstreamFailure::Kind kind, const std::string& message)
    {
        if (m_cancelled || m_ended)
            return;
        m_ended = true;
        m_deadline.disarm();
        if (m_stream) {
            error_code ignored;
            socket().close(ignored);
        }
        m_handlers.onEnd(UpstreamFailure{kind, where() + ": " + message});
    }

    void connect()
    {
        m_reused = false;
        m_deadline.expiresAfter(m_shared->connectTimeout);
        m_resolver.async_resolve(
            m_shared->host, m_shared->port,
            [self = shared_from_this()](error_code ec, tcp::resolver::results_type results) {
                self->m_deadline.disarm();
                if (self->m_cancelled)
                    return;
                if (self->m_timedOut)
                    return self->fail(UpstreamFailure::Kind::Connect,
                                      "cannot resolve " + self->m_shared->host + " " +
                                          self->within(self->m_shared->connectTimeout, "connect_timeout_ms"));
                if (ec)
                    return self->fail(UpstreamFailure::Kind::Connect,
                                      "cannot resolve " + self->m_shared->host + ": " + ec.message());
                if constexpr (tls)
                    self->m_stream = std::make_unique<Stream>(self->m_executor, *self->m_shared->tls);
                else
                    self->m_stream = std::make_unique<Stream>(self->m_executor);
                self->m_deadline.expiresAfter(self->m_shared->connectTimeout);
                boost::asio::async_connect(
                    self->socket(), results, [self](error_code connectError, const tcp::endpoint&) {
                        self->m_deadline.disarm();
                        if (self->m_cancelled)
                            return;
                        if (self->m_timedOut)
                            return self->fail(UpstreamFailure::Kind::Connect,
                                              "cannot connect " + self->within(self->m_shared->connectTimeout,
                                                                               "connect_timeout_ms"));
                        if (connectError)
                            return self->fail(UpstreamFailure::Kind::Connect,
                                              "cannot connect: " + connectError.message());
                        error_code ignored;
                        self->socket().set_option(tcp::no_delay(true), ignored);
                        self->socket().non_blocking(true, ignored); // http::writeAtOnce never waits
                        if constexpr (tls)
                            self->handshake();
                        else
                            self->send();
                    });
            });
    }

    // https: SNI and the host name (or IP address) the certificate must name, then the handshake
    // within the connect timeout.
    void handshake()
    {
        expectHost(m_stream->native_handle(), m_shared->host);
        m_stream->set_verify_mode(boost::asio::ssl::verify_peer);
        m_deadline.expiresAfter(m_shared->connectTimeout);
        m_stream->async_handshake(
            boost::asio::ssl::stream_base::client, [self = shared_from_this()](error_code ec) {
                self->m_deadline.disarm();
                if (self->m_cancelled)
                    return;
                if (self->m_timedOut)
                    return self->fail(UpstreamFailure::Kind::Connect,
                                      "no TLS handshake " +
                                          self->within(self->m_shared->connectTimeout, "connect_timeout_ms"));
                if (ec)
                    return self->fail(UpstreamFailure::Kind::Connect,
                                      handshakeFailure(self->m_stream->native_handle(), ec));
                self->send();
            });
    }

    // A kept-alive connection the server has closed meanwhile fails at once: then connect anew.
    bool retryFresh()
    {
        if (!m_reused || m_timedOut)
            return false;
        error_code ignored;
        socket().close(ignored);
        m_stream.reset();
        connect();
        return true;
    }

    void send()
    {
        m_deadline.expiresAfter(m_shared->firstByteTimeout);
        m_head = http::wireHead(m_request);
        auto onSent = [self = shared_from_this()](error_code ec, std::size_t) {
            if (self->m_cancelled)
                return;
            if (ec && self->retryFresh())
                return;
            if (ec)
                return self->fail(self->m_timedOut ? UpstreamFailure::Kind::Timeout
                                                   : UpstreamFailure::Kind::Connect,
                                  "cannot send the request: " + ec.message());
            self->readHeader();
        };
        if constexpr (tls)
            boost::asio::async_write(*m_stream, http::wholeMessage(m_head, m_request), std::move(onSent));
        else // sent at once, the answer is waited for in the same turn of the event loop
            http::writeAtOnce(socket(), http::wholeMessage(m_head, m_request), std::move(onSent));
    }

    void readHeader()
    {
        m_parser.emplace();
        m_parser->body_limit(boost::none);
        m_deadline.expiresAfter(m_shared->firstByteTimeout); // from the request's last byte on
        bhttp::async_read_header(
            *m_stream, m_buffer, *m_parser, [self = shared_from_this()](error_code ec, std::size_t) {
                self->m_deadline.disarm();
                if (self->m_cancelled)
                    return;
                if (ec && self->m_buffer.size() == 0 && self->retryFresh())
                    return;
                if (self->m_timedOut)
                    return self->fail(UpstreamFailure::Kind::Timeout,
                                      "no answer " + self->within(self->m_shared->firstByteTimeout,
                                                                  "first_byte_timeout_ms"));
                if (ec == bhttp::error::end_of_stream || ec == boost::asio::error::eof ||
                    ec == boost::asio::error::connection_reset ||
                    ec == boost::asio::ssl::error::stream_truncated)
                    return self->fail(UpstreamFailure::Kind::Connect,
                                      "the connection closed before an answer");
                if (ec)
                    return self->fail(UpstreamFailure::Kind::Protocol, "unreadable answer: " + ec.message());
                self->m_reused = false;
                std::vector<http::Header> headers;
                headers.reserve(static_cast<std::size_t>(
                    std::distance(self->m_parser->get().begin(), self->m_parser->get().end())));
                for (const auto& field : self->m_parser->get())
                    headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
                self->m_handlers.onHead(self->m_parser->get().result_int(), std::move(headers));
                if (!self->m_cancelled)
                    self->readBody();
            });
    }

    void readBody()
    {
        if (m_parser->is_done())
            return complete();
        m_parser->get().body().data = m_piece.data();
        m_parser->get().body().size = m_piece.size();
        if (m_buffer.size() > 0 && parseBuffered())
            return;
        m_deadline.expiresAfter(m_shared->idleTimeout); // not counting the time the client takes
        bhttp::async_read_some( // not async_read: hand on what arrived, do not wait for a full buffer
            *m_stream, m_buffer, *m_parser, [self = shared_from_this()](error_code ec, std::size_t) {
                self->m_deadline.disarm();
                if (self->m_cancelled)
                    return;
                if (self->m_timedOut)
                    return self->fail(UpstreamFailure::Kind::Timeout,
                                      "nothing more " +
                                          self->within(self->m_shared->idleTimeout, "idle_timeout_ms"));
                self->onBodyPiece(ec);
            });
    }

    // The body that came in with the head (or with the last piece) is parsed here rather than
    // through Beast's asynchronous read, which would take a turn of the event loop for it. False
    // when what is buffered is not enough to parse anything (part of a chunk's size line).
    bool parseBuffered()
    {
        error_code ec;
        const std::size_t used = m_parser->put(m_buffer.data(), ec);
        m_buffer.consume(used);
        const bool parsedNothing = used == 0 && m_parser->get().body().size == m_piece.size();
        if (parsedNothing && (!ec || ec == bhttp::error::need_more))
            return false;
        if (ec == bhttp::error::need_more)
            ec = {};
        onBodyPiece(ec);
        return true;
    }

    void onBodyPiece(error_code ec)
    {
        if (ec == bhttp::error::need_buffer)
            ec = {};
        if (ec)
            return fail(UpstreamFailure::Kind::Broken, "the answer broke off: " + ec.message());
        const std::size_t bytes = m_piece.size() - m_parser->get().body().size;
        if (bytes == 0)
            return readBody();
        m_handlers.onBody(std::string(m_piece.data(), bytes), [self = shared_from_this()] {
            if (!self->m_cancelled)
                self->readBody();
        });
    }

    void complete()
    {
        if (m_ended)
            return;
        m_ended = true;
        m_deadline.disarm();
        if (m_parser->get().keep_alive() && m_buffer.size() == 0)
            m_shared->putIdle(std::move(m_stream));
        m_handlers.onEnd(std::nullopt);
    }

    boost::asio::any_io_executor m_executor;
    std::shared_ptr<HttpUpstream::Shared> m_shared;
    tcp::resolver m_resolver;
    http::Deadline m_deadline; // of the step in progress: resolving, connecting, sending or reading
    UpstreamHandlers m_handlers;
    bhttp::request<bhttp::string_body> m_request;
    std::string m_head; // m_request's head while it is sent (http::wireHead)
    std::unique_ptr<Stream> m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::response_parser<bhttp::buffer_body>> m_parser;
    std::array<char, readPieceBytes> m_piece; // read into: never zeroed (16 KiB a call)
    bool m_reused = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace

HttpUpstream::HttpUpstream(const UpstreamConfig& config, std::string apiKey)
    : m_shared(std::make_shared<Shared>())
{
    Shared& shared = *m_shared;
    const std::string who = config.where + ": upstream '" + config.name + "': ";
    std::string_view url = config.baseUrl;
    const bool https = url.starts_with("https://");
    if (!https && !url.starts_with("http://"))
        throw ConfigError(who + "base_url must start with http:// or https://");
    url.remove_prefix(https ? 8 : 7);
    if (https)
        shared.tls = makeUpstreamTls(config, who);
    const auto slash = url.find('/');
    const std::string_view authority = url.substr(0, slash);
    const std::string_view path = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
    if (authority.empty())
        throw ConfigError(who + "base_url has no host");
    shared.hostHeader = std::string(authority);
    std::string_view hostPart = authority;
    std::string_view portPart = https ? "443" : "80";
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            throw ConfigError(who + "base_url has an unclosed [IPv6] host");
        hostPart = authority.substr(1, close - 1);
        if (close + 1 < authority.size() && authority[close + 1] == ':')
            portPart = authority.substr(close + 2);
    } else if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        hostPart = authority.substr(0, colon);
        portPart = authority.substr(colon + 1);
    }
    shared.name = config.name;
    shared.host = std::string(hostPart);
    shared.port = std::string(portPart);
    shared.target =
        std::string(path) + "/chat/completions" + (config.query.empty() ? "" : "?" + config.query);
    if (!apiKey.empty()) {
        shared.authName = config.auth == UpstreamConfig::Auth::ApiKey ? "api-key" : "Authorization";
        shared.authValue = config.auth == UpstreamConfig::Auth::ApiKey ? apiKey : "Bearer " + apiKey;
    }
    shared.connectTimeout = config.connectTimeout;
    shared.firstByteTimeout = config.firstByteTimeout;
    shared.idleTimeout = config.idleTimeout;
}

HttpUpstream::~HttpUpstream() = default;

namespace {

template <class Stream>
std::shared_ptr<UpstreamCall> startCall(boost::asio::any_io_executor executor,
                                        std::shared_ptr<HttpUpstream::Shared> shared,
                                        bhttp::request<bhttp::string_body> request, UpstreamHandlers handlers)
{
    auto call = std::make_shared<HttpCall<Stream>>(std::move(executor), std::move(shared), std::move(request),
                                                   std::move(handlers));
    call->start();
    return call;
}

std::shared_ptr<UpstreamCall> startCall(boost::asio::any_io_executor executor,
                                        std::shared_ptr<HttpUpstream::Shared> shared,
                                        bhttp::request<bhttp::string_body> request, UpstreamHandlers handlers)
{
    if (shared->tls)
        return startCall<TlsStream>(std::move(executor), std::move(shared), std::move(request),
                                    std::move(handlers));
    return startCall<PlainStream>(std::move(executor), std::move(shared), std::move(request),
                                  std::move(handlers));
}

// A health check in flight: the GET and the timer that gives up on it.
class ProbeCall : public UpstreamCall, public std::enable_shared_from_this<ProbeCall>
{
public:
    ProbeCall(const boost::asio::any_io_executor& executor, Upstream::ProbeDone done)
        : m_timer(executor)
        , m_done(std::move(done))
    {}

    void start(const boost::asio::any_io_executor& executor, std::shared_ptr<HttpUpstream::Shared> shared,
               const std::string& path, std::chrono::milliseconds timeout)
    {
        m_timer.expires_after(timeout);
        m_timer.async_wait([self = shared_from_this(), timeout](error_code ec) {
            if (!ec)
                self->finish("no answer within " + std::to_string(timeout.count()) + " ms (timeout_ms)");
        });
        auto status = std::make_shared<unsigned>(0);
        UpstreamHandlers handlers;
        handlers.onHead = [status](unsigned code, std::vector<http::Header>) { *status = code; };
        handlers.onBody = [](std::string, std::function<void()> more) { more(); };
        handlers.onEnd = [self = shared_from_this(), status](std::optional<UpstreamFailure> failure) {
            if (failure)
                return self->finish(failure->message);
            if (*status < 200 || *status >= 300)
                return self->finish("status " + std::to_string(*status));
            self->finish(std::nullopt);
        };
        auto request = upstreamRequest(*shared, bhttp::verb::get, path);
        m_call = startCall(executor, std::move(shared), std::move(request), std::move(handlers));
    }

    void cancel() override
    {
        m_done = nullptr;
        m_timer.cancel();
        if (auto call = std::move(m_call))
            call->cancel();
    }

private:
    void finish(std::optional<std::string> failure)
    {
        auto done = std::move(m_done);
        m_done = nullptr;
        m_timer.cancel();
        if (auto call = std::move(m_call))
            call->cancel();
        if (done)
            done(std::move(failure));
    }

    boost::asio::steady_timer m_timer;
    Upstream::ProbeDone m_done;
    std::shared_ptr<UpstreamCall> m_call;
};

} // namespace

std::shared_ptr<UpstreamCall> HttpUpstream::start(boost::asio::any_io_executor executor,
                                                  UpstreamRequest request, UpstreamHandlers handlers)
{
    return startCall(std::move(executor), m_shared, chatRequest(*m_shared, request), std::move(handlers));
}

std::shared_ptr<UpstreamCall> HttpUpstream::probe(boost::asio::any_io_executor executor,
                                                  const std::string& path, std::chrono::milliseconds timeout,
                                                  ProbeDone done)
{
    auto call = std::make_shared<ProbeCall>(executor, std::move(done));
    call->start(executor, m_shared, path, timeout);
    return call;
}

} // namespace gatehouse::gateway
