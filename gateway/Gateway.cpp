#include "gateway/Gateway.h"

#include "gateway/routes/HealthRoute.h"
#include "gateway/server/HttpServer.h"
#include "gateway/server/Router.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include <csignal>
#include <ostream>

namespace gatehouse::gateway {

namespace {

Router makeRouter()
{
    Router router;
    addHealthRoute(router);
    return router;
}

const char* signalName(int signal)
{
    switch (signal) {
    case SIGTERM:
        return "SIGTERM";
    case SIGINT:
        return "SIGINT";
    default:
        return "a signal";
    }
}

} // namespace

int runGateway(const GatewayConfig& config, std::ostream& log)
{
    const Router router = makeRouter();
    boost::asio::io_context acceptContext{1};
    HttpServer server(acceptContext, router, HttpLimits{}, config.effectiveWorkers());

    ListenAddress bound;
    try {
        bound = server.listen(config.server.listen);
    } catch (const ListenError& e) {
        log << "gatehoused: " << e.what() << std::endl;
        return 1;
    }

    // Handle the signals before announcing the address: whoever reads that line may stop us at once.
    boost::asio::signal_set signals(acceptContext, SIGTERM, SIGINT);
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec)
            return;
        log << "gatehoused: " << signalName(signal) << " received, stopping" << std::endl;
        server.stop();
    });

    log << "gatehoused listening on http://" << bound.toString() << std::endl;
    server.start();
    acceptContext.run();
    server.join();
    return 0;
}

} // namespace gatehouse::gateway
