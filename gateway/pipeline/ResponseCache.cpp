#include "gateway/pipeline/ResponseCache.h"

#include "gateway/cache/CacheKey.h"
#include "gateway/cache/CacheService.h"
#include "gateway/metrics/CacheMetrics.h"
#include "gateway/pipeline/ChatExchange.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <charconv>

namespace gatehouse::gateway {

namespace {

constexpr std::int64_t maxTtlSeconds = std::int64_t{366} * 24 * 3600;

bool hasDirective(std::string_view header, std::string_view directive)
{
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view token = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        while (!token.empty() && (token.front() == ' ' || token.front() == '\t'))
            token.remove_prefix(1);
        while (!token.empty() && (token.back() == ' ' || token.back() == '\t'))
            token.remove_suffix(1);
        if (token.size() == directive.size() &&
            std::equal(token.begin(), token.end(), directive.begin(),
                       [](char a, char b) { return (a | 0x20) == (b | 0x20); }))
            return true;
    }
    return false;
}

void count(CacheService& service, const char* result)
{
    service.metrics().lookups.add({result});
}

} // namespace

ResponseCache::ResponseCache(CacheService* service)
    : m_service(service)
{}

std::optional<http::ApiError> ResponseCache::prepare(ChatExchange& exchange,
                                                     const http::Request& request) const
{
    CacheTicket& ticket = exchange.cache;
    ticket = {};
    std::optional<std::chrono::seconds> ttl;
    if (const std::string_view text = request.header("x-gatehouse-cache-ttl"); !text.empty()) {
        std::int64_t seconds = -1;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (ec != std::errc() || end != text.data() + text.size() || seconds < 0 || seconds > maxTtlSeconds)
            return http::ApiError{
                400,
                "The X-Gatehouse-Cache-TTL header must be a whole number of seconds from 0 (do not "
                "store) to " +
                    std::to_string(maxTtlSeconds) + ", not '" + std::string(text) + "'.",
                "invalid_request_error", std::nullopt, "invalid_cache_ttl"};
        ttl = std::chrono::seconds(seconds);
    }
    if (!m_service || !exchange.chat || !m_service->config().enabledFor(exchange.model))
        return std::nullopt;
    const std::string_view control = request.header("cache-control");
    if (hasDirective(control, "no-store") || !m_service->up())
        return std::nullopt;
    const CacheKey key = cacheKeyFor(*exchange.chat, exchange.model);
    ticket.key = key.digest;
    ticket.canonical = key.canonical;
    ticket.questionKey = key.questionDigest;
    ticket.ttl = ttl.value_or(m_service->config().ttlFor(exchange.model));
    ticket.lookUp = !hasDirective(control, "no-cache");
    ticket.mayStore = ticket.ttl.count() > 0 && !whyNotStorable(*exchange.chat, m_service->config());
    ticket.verdict = CacheTicket::Verdict::Miss;
    return std::nullopt;
}

void ResponseCache::lookup(const std::shared_ptr<ChatExchange>& exchange, const Executor& executor,
                           Then then) const
{
    CacheTicket& ticket = exchange->cache;
    if (ticket.verdict == CacheTicket::Verdict::Bypass) {
        if (m_service)
            count(*m_service, "bypass");
        return then(nullptr);
    }
    const auto missed = [this, exchange, executor, then]() {
        CacheTicket& missedTicket = exchange->cache;
        if (!missedTicket.mayStore)
            return then(nullptr);
        missedTicket.verdict = CacheTicket::Verdict::Store;
        const bool leads =
            m_flights.leadOrFollow(missedTicket.key, executor, m_service->config().singleFlightWait,
                                   [this, exchange, then](std::shared_ptr<const CacheEntry> entry) {
                                       if (entry) {
                                           exchange->cache.verdict = CacheTicket::Verdict::Hit;
                                           m_service->countHit(*entry);
                                       }
                                       then(std::move(entry));
                                   });
        if (leads) {
            missedTicket.leader = true;
            then(nullptr);
        }
    };
    if (!ticket.lookUp) {
        count(*m_service, "miss");
        if (ticket.mayStore)
            ticket.verdict = CacheTicket::Verdict::Store;
        return then(nullptr);
    }
    const auto missedInStore = [this, missed]() {
        count(*m_service, "miss");
        m_service->countMiss();
        missed();
    };
    // A recently used entry is answered here, on the worker, and so is a key in no row of the
    // store; the rest asks the cache thread.
    if (auto entry = m_service->findInMemory(ticket.key)) {
        ticket.verdict = CacheTicket::Verdict::Hit;
        count(*m_service, "hit");
        return then(std::move(entry));
    }
    if (!m_service->mayHold(ticket.key, ticket.questionKey))
        return missedInStore();

    // A lookup that takes longer than lookup_timeout_ms is abandoned: the request bypasses the cache.
    struct Pending
    {
        explicit Pending(const Executor& executor)
            : timer(executor)
        {}
        boost::asio::steady_timer timer;
        bool answered = false;
    };
    auto pending = std::make_shared<Pending>(executor);
    pending->timer.expires_after(m_service->config().lookupTimeout);
    pending->timer.async_wait([this, pending, exchange, then](boost::system::error_code ec) {
        if (ec || pending->answered)
            return;
        pending->answered = true;
        exchange->cache.verdict = CacheTicket::Verdict::Bypass;
        count(*m_service, "bypass");
        then(nullptr);
    });
    m_service->find(
        ticket.key, ticket.questionKey, executor,
        [this, pending, exchange, then, missedInStore](std::shared_ptr<const CacheEntry> entry, bool failed) {
            if (pending->answered)
                return;
            pending->answered = true;
            pending->timer.cancel();
            if (failed) {
                exchange->cache.verdict = CacheTicket::Verdict::Bypass;
                count(*m_service, "bypass");
                return then(nullptr);
            }
            if (entry) {
                exchange->cache.verdict = CacheTicket::Verdict::Hit;
                count(*m_service, "hit");
                return then(std::move(entry));
            }
            missedInStore();
        });
}

void ResponseCache::store(ChatExchange& exchange, std::string completionJson) const
{
    CacheTicket& ticket = exchange.cache;
    if (ticket.verdict != CacheTicket::Verdict::Store || !m_service)
        return;
    // A filtered answer (flagged, redacted) is not stored: a hit is not filtered again.
    if (exchange.filterVerdict != rules::Verdict::Allow || !exchange.filterError.empty()) {
        ticket.verdict = CacheTicket::Verdict::Miss;
        if (ticket.leader) {
            ticket.leader = false;
            m_flights.land(ticket.key, nullptr);
        }
        return;
    }
    auto entry = std::make_shared<CacheEntry>();
    entry->key = ticket.key;
    entry->model = exchange.model;
    entry->request = ticket.canonical;
    entry->prompt = promptText(*exchange.chat);
    entry->answer = std::move(completionJson);
    entry->createdMs = CacheService::nowMs();
    entry->expiresMs = entry->createdMs + std::chrono::milliseconds(ticket.ttl).count();
    entry->promptTokens = exchange.promptTokens;
    entry->completionTokens = exchange.completionTokens;
    if (exchange.upstreamStarted)
        entry->upstreamMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(
                exchange.upstreamEnded.value_or(std::chrono::steady_clock::now()) - *exchange.upstreamStarted)
                .count();
    m_service->store(*entry);
    if (ticket.leader) {
        ticket.leader = false;
        m_flights.land(ticket.key, std::move(entry));
    }
}

void ResponseCache::finish(ChatExchange& exchange) const
{
    CacheTicket& ticket = exchange.cache;
    if (ticket.leader) {
        ticket.leader = false;
        m_flights.land(ticket.key, nullptr);
    }
}

} // namespace gatehouse::gateway
