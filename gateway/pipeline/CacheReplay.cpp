#include "gateway/pipeline/CacheReplay.h"

#include "gateway/cache/CacheEntry.h"
#include "gateway/cache/StreamReplay.h"
#include "gateway/http/ResponseWriter.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/FilterVerdicts.h"

namespace gatehouse::gateway {

void replayCachedAnswer(const CacheEntry& entry, ChatExchange& exchange, http::ResponseWriter& writer)
{
    exchange.cacheHit = true;
    exchange.status = 200;
    if (!exchange.chat->stream) {
        http::Response response = http::Response::json(200, entry.answer);
        response.setHeader("X-Gatehouse-Cache", "HIT");
        addFilterHeaders(exchange, response); // the input filter's verdict
        exchange.bytesOut = response.body.size();
        writer.send(std::move(response));
        return;
    }
    exchange.streamed = true;
    std::vector<http::Header> headers{{"Content-Type", "text/event-stream"},
                                      {"Cache-Control", "no-cache"},
                                      {"X-Accel-Buffering", "no"},
                                      {"X-Gatehouse-Cache", "HIT"}};
    for (auto& header : filterHeaders(exchange))
        headers.push_back(std::move(header));
    writer.beginStream(200, std::move(headers));
    exchange.firstEvent = std::chrono::steady_clock::now();
    for (auto& event : replayAsEvents(entry.answer, exchange.chat->includeUsage)) {
        exchange.bytesOut += event.size();
        writer.write(std::move(event));
    }
    writer.end();
}

} // namespace gatehouse::gateway
