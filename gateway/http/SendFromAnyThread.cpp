#include "gateway/http/SendFromAnyThread.h"

#include "gateway/http/ResponseWriter.h"

#include <boost/asio/post.hpp>

namespace gatehouse::gateway::http {

void sendFromAnyThread(std::shared_ptr<ResponseWriter> writer, Response response)
{
    auto executor = writer->executor();
    boost::asio::post(executor, [writer = std::move(writer), response = std::move(response)]() mutable {
        writer->send(std::move(response));
    });
}

} // namespace gatehouse::gateway::http
