#pragma once

#include "SoakOptions.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace gatehouse::bench {

// What a request of the soak asks for, and so what answer it expects.
enum class RequestKind
{
    Streaming, // a new question, stream: true: the demo model streams it through the output filter
    Repeated,  // one of a few questions at temperature 0, primed beforehand: a cache hit
    Filtered,  // names a blocked phrase: the input filter refuses it with 400 content_filtered
};
constexpr std::array<RequestKind, 3> requestKinds{RequestKind::Streaming, RequestKind::Repeated,
                                                  RequestKind::Filtered};
const char* kindName(RequestKind kind);

// How an answer compares with what its kind expects.
struct Verdict
{
    enum class Outcome
    {
        Expected,
        NotFromCache, // a repeated question answered correctly, but not from the cache
        Unexpected    // an error: `reason` says what was wrong
    };
    Outcome outcome = Outcome::Expected;
    std::string reason;
};

// The soak's request mix: request i of the schedule has a fixed kind (the shares of SoakOptions
// spread evenly over every 100 requests) and a fixed body.
class SoakTraffic
{
public:
    explicit SoakTraffic(const SoakOptions& options);

    RequestKind kind(std::uint64_t i) const { return m_pattern[i % m_pattern.size()]; }
    // POST /v1/chat/completions of request i, as complete HTTP/1.1 bytes.
    std::string request(std::uint64_t i) const;
    Verdict judge(RequestKind kind,
                  const boost::beast::http::response<boost::beast::http::string_body>& answer) const;

    // The bodies of the repeated kind, to prime the cache with.
    const std::vector<std::string>& repeatedBodies() const { return m_repeated; }
    // PUT /admin/v1/rules: block "project blackbird" on input, redact e-mail addresses on input,
    // flag "streamcheck N" on output (only streamed questions say it: cached answers stay allowed).
    static std::string ruleSet();
    // A body of the filtered kind, to check the rules are in force before the load starts.
    static std::string filteredBody(std::uint64_t n, bool stream);

private:
    std::vector<RequestKind> m_pattern;
    std::vector<std::string> m_repeated;
};

} // namespace gatehouse::bench
