#include "gateway/routes/ChatCompletionsRoute.h"

#include "gateway/chat/ChatRelay.h"
#include "gateway/pipeline/Authenticator.h"
#include "gateway/pipeline/CacheReplay.h"
#include "gateway/pipeline/ChatExchange.h"
#include "gateway/pipeline/ChatPipeline.h"
#include "gateway/pipeline/FilterVerdicts.h"
#include "gateway/pipeline/RequestId.h"
#include "gateway/routing/UpstreamPool.h"
#include "gateway/server/Router.h"

namespace gatehouse::gateway {

namespace {

http::ApiError modelNotFound(const std::string& model, const UpstreamPool& pool)
{
    std::string known;
    for (const auto& entry : pool.models())
        known += (known.empty() ? "" : ", ") + entry.name;
    return {404,
            "The model `" + model +
                "` does not exist or you do not have access to it (this gateway serves: " +
                (known.empty() ? std::string("no models; add [[models]] to gatehoused.toml") : known) + ").",
            "invalid_request_error", "model", "model_not_found"};
}

void refuse(const ChatPipeline& pipeline, ChatExchange& exchange, http::ResponseWriter& writer,
            const http::ApiError& error)
{
    exchange.status = error.status;
    exchange.errorCode = error.code.value_or("");
    http::Response response = error.toResponse();
    if (exchange.chat) // the body was read, so the filter may have spoken
        addFilterHeaders(exchange, response);
    exchange.bytesOut = response.body.size();
    writer.send(std::move(response));
    pipeline.finish(exchange);
}

} // namespace

void addChatCompletionsRoute(Router& router, UpstreamPool& pool, const ChatPipeline& pipeline)
{
    router.addAsync(
        "POST", "/v1/chat/completions",
        [&pool, &pipeline](http::Request request, std::shared_ptr<http::ResponseWriter> writer) {
            auto exchange = std::make_shared<ChatExchange>();
            exchange->requestId = request_id::forRequest(request);
            writer = request_id::stamping(std::move(writer), exchange->requestId);
            exchange->method = request.method;
            exchange->path = std::string(request.path());
            exchange->credential = std::string(bearerToken(request.header("authorization")));
            if (pipeline.metrics)
                pipeline.metrics->begin(*exchange);

            auto parsed = parseChatRequest(request.body);
            if (auto* error = std::get_if<http::ApiError>(&parsed))
                return refuse(pipeline, *exchange, *writer, *error);
            exchange->chat = std::make_shared<const ChatRequest>(std::move(std::get<ChatRequest>(parsed)));

            // Admission before the model lookup: a caller without a valid key learns nothing,
            // not even which models this gateway serves.
            if (auto refusal = pipeline.admit(*exchange))
                return refuse(pipeline, *exchange, *writer, *refusal);
            const UpstreamPool::Model* model = pool.model(exchange->chat->model);
            if (!model)
                return refuse(pipeline, *exchange, *writer, modelNotFound(exchange->chat->model, pool));
            exchange->model = model->name;
            if (auto refusal = pipeline.cache->prepare(*exchange, request))
                return refuse(pipeline, *exchange, *writer, *refusal);
            const auto executor = writer->executor();
            pipeline.cache->lookup(
                exchange, executor,
                [&pool, &pipeline, model, exchange, writer](std::shared_ptr<const CacheEntry> cached) {
                    if (cached) {
                        replayCachedAnswer(*cached, *exchange, *writer);
                        return pipeline.finish(*exchange);
                    }
                    if (writer->clientGone()) {
                        exchange->clientGone = true;
                        pipeline.cache->finish(*exchange);
                        return pipeline.finish(*exchange);
                    }
                    relayChat(pool, *model, pipeline, exchange, writer);
                });
        });
}

} // namespace gatehouse::gateway
