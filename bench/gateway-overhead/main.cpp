// bench/gateway-overhead: what gatehoused adds to a request. Starts a demo upstream (a gatehoused
// with an instant demo model) and a gateway in front of it, then in the same run, phase by phase
// and alternating, drives the upstream directly and through the gateway at fixed request rates
// (open loop, latency counted from when each request was due) and at full speed (closed loop).
// Prints latency quantiles of both and the difference — the gateway's overhead — pooled and
// round by round, and what gatehoused's own overhead histogram counted of the same requests.
// Then the same rate again with both paths driven at once, their requests interleaved, so that a
// stall of the machine (this VM's wake-ups stall by milliseconds) falls on both paths alike —
// and with them a third path through nginx, the reference of what a proxy hop costs on this machine.
//
//   ./dev bench gateway-overhead [--rates 1000,2000,5000] [--seconds 5] [--rounds 2]
//                                [--connections 64] [--gateway-workers 1] [--upstream-workers 1]
//                                [--nginx /usr/sbin/nginx|none]

#include "GatehousedChild.h"
#include "LoadGenerator.h"
#include "NginxChild.h"
#include "ServerOverhead.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace gatehouse::bench;

namespace {

struct Options
{
    std::vector<double> rates{1000, 2000, 5000};
    double seconds = 5;
    unsigned rounds = 2;
    unsigned connections = 64;
    unsigned gatewayWorkers = 1;
    unsigned upstreamWorkers = 1;
    std::string program = GATEHOUSED_PATH;
    std::string nginx = "/usr/sbin/nginx"; // the reference proxy; "none" leaves it out
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--rates") {
            o.rates.clear();
            std::stringstream list(value);
            for (std::string item; std::getline(list, item, ',');)
                o.rates.push_back(std::stod(item));
        } else if (name == "--seconds") {
            o.seconds = std::stod(value);
        } else if (name == "--rounds") {
            o.rounds = unsigned(std::stoul(value));
        } else if (name == "--connections") {
            o.connections = unsigned(std::stoul(value));
        } else if (name == "--gateway-workers") {
            o.gatewayWorkers = unsigned(std::stoul(value));
        } else if (name == "--upstream-workers") {
            o.upstreamWorkers = unsigned(std::stoul(value));
        } else if (name == "--gatehoused") {
            o.program = value;
        } else if (name == "--nginx") {
            o.nginx = value;
        } else {
            std::cerr << "gateway-overhead: unknown option " << name << "\n";
            std::exit(2);
        }
    }
    return o;
}

std::filesystem::path write(const std::filesystem::path& dir, const std::string& name,
                            const std::string& text)
{
    const auto file = dir / name;
    std::ofstream(file) << text;
    return file;
}

void append(LoadResult& into, LoadResult&& from)
{
    into.latenciesUs.insert(into.latenciesUs.end(), from.latenciesUs.begin(), from.latenciesUs.end());
    into.errors += from.errors;
    into.seconds += from.seconds;
}

std::string signedList(const std::vector<double>& figures)
{
    std::string list;
    for (const double figure : figures) {
        char text[32];
        std::snprintf(text, sizeof text, " %+.2f", figure);
        list += text;
    }
    return list;
}

double median(std::vector<double> figures)
{
    std::sort(figures.begin(), figures.end());
    return figures[figures.size() / 2];
}

// One way to the upstream's model: straight to it, through gatehoused or through the reference proxy.
struct Path
{
    std::string name;
    std::uint16_t port;
};

void printRow(const char* label, const LoadResult& direct, const LoadResult& via)
{
    std::printf("%-9s | %7.3f / %7.3f / %7.3f | %7.3f / %7.3f / %7.3f | %+8.3f / %+8.3f | %llu\n", label,
                direct.quantileMs(0.5), direct.quantileMs(0.99), direct.quantileMs(0.999),
                via.quantileMs(0.5), via.quantileMs(0.99), via.quantileMs(0.999),
                via.quantileMs(0.5) - direct.quantileMs(0.5), via.quantileMs(0.99) - direct.quantileMs(0.99),
                static_cast<unsigned long long>(direct.errors + via.errors));
}

// Every path at `rate` at the same time, one request to each in turn (paths[0] is the upstream
// itself): the upstream then answers its direct share and each proxy's, the machine is busier
// than in the alternating rounds, and what differs between the paths in the same seconds is the
// proxy in front — gatehoused, and nginx as the reference of what any proxy hop costs here.
void printSideBySide(const std::vector<Path>& paths, const std::string& body, double rate,
                     std::chrono::milliseconds phase, unsigned rounds)
{
    std::vector<std::uint16_t> ports;
    for (const Path& path : paths)
        ports.push_back(path.port);
    std::vector<LoadResult> pooled(paths.size());
    std::vector<std::vector<double>> addedP50(paths.size()), addedP99(paths.size());
    for (unsigned round = 0; round < rounds; ++round) {
        std::vector<LoadResult> all = runOpenLoopSideBySide(ports, body, rate, phase);
        for (std::size_t p = 1; p < paths.size(); ++p) {
            addedP50[p].push_back(all[p].quantileMs(0.5) - all[0].quantileMs(0.5));
            addedP99[p].push_back(all[p].quantileMs(0.99) - all[0].quantileMs(0.99));
        }
        for (std::size_t p = 0; p < paths.size(); ++p)
            append(pooled[p], std::move(all[p]));
    }
    for (std::size_t p = 1; p < paths.size(); ++p)
        printRow(p == 1 ? "  at once" : ("  " + paths[p].name).c_str(), pooled[0], pooled[p]);
    for (std::size_t p = 1; p < paths.size(); ++p) {
        std::printf("          side by side, %s added p50 round by round (ms):%s; median %+.2f\n",
                    paths[p].name.c_str(), signedList(addedP50[p]).c_str(), median(addedP50[p]));
        std::printf("          side by side, %s added p99 round by round (ms):%s; median %+.2f\n",
                    paths[p].name.c_str(), signedList(addedP99[p]).c_str(), median(addedP99[p]));
    }
}

} // namespace

int main(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    char pattern[] = "/tmp/gateway-overhead-XXXXXX";
    const std::filesystem::path dir = ::mkdtemp(pattern);

    const auto upstreamConfig =
        write(dir, "upstream.toml",
              "[[upstreams]]\nname = \"demo\"\nkind = \"demo\"\nfirst_token_ms = 0\n"
              "chunk_ms = 0\n\n[[models]]\nname = \"bench\"\nupstreams = [\"demo\"]\n");
    const GatehousedChild upstream(o.program, upstreamConfig, o.upstreamWorkers);
    const auto gatewayConfig =
        write(dir, "gateway.toml",
              "[[upstreams]]\nname = \"up\"\nkind = \"openai\"\nbase_url = \"http://127.0.0.1:" +
                  std::to_string(upstream.port()) +
                  "/v1\"\n\n[[models]]\nname = \"bench\"\nupstreams = [\"up\"]\n");
    const GatehousedChild gateway(o.program, gatewayConfig, o.gatewayWorkers);
    std::unique_ptr<NginxChild> nginx;
    if (o.nginx != "none" && std::filesystem::exists(o.nginx))
        nginx = std::make_unique<NginxChild>(o.nginx, dir / "nginx", o.gatewayWorkers,
                                             nginxProxyingTo(upstream.port()), true);
    std::vector<Path> paths{{"direct", upstream.port()}, {"gatehoused", gateway.port()}};
    if (nginx)
        paths.push_back({"nginx", nginx->port()});

    const std::string body =
        R"({"model":"bench","messages":[{"role":"user","content":"What does a gateway do?"}]})";
    const auto phase = std::chrono::milliseconds(static_cast<long>(o.seconds * 1000));

    std::printf(
        "gateway-overhead: upstream = gatehoused demo (%u worker), gateway = gatehoused (%u worker) in "
        "front of it; %u round(s) of %.0f s per rate and target, alternating\n",
        o.upstreamWorkers, o.gatewayWorkers, o.rounds, o.seconds);
    runClosedLoop(upstream.port(), body, 16, std::chrono::milliseconds(1000)); // warm up both
    runClosedLoop(gateway.port(), body, 16, std::chrono::milliseconds(1000));
    if (nginx) {
        std::printf("reference proxy: nginx (%u worker process, keep-alive to the upstream, access log on) "
                    "in front of the same upstream, driven in the side-by-side rounds\n",
                    o.gatewayWorkers);
        runClosedLoop(nginx->port(), body, 16, std::chrono::milliseconds(1000));
    } else {
        std::printf("no reference proxy (%s not found; --nginx PATH)\n", o.nginx.c_str());
    }

    std::printf("\n%-9s | %-27s | %-27s | %-21s | %s\n", "rate", "direct p50 / p99 / p99.9 ms",
                "via gateway p50/p99/p99.9", "added p50 / p99 ms", "errors");
    for (const double rate : o.rates) {
        LoadResult direct, via;
        std::vector<double> addedP99; // round by round: each pair ran back to back
        ServerOverhead own;
        for (unsigned round = 0; round < o.rounds; ++round) {
            LoadResult directRound = runOpenLoop(upstream.port(), body, rate, phase);
            const ServerOverhead before = ServerOverhead::read(gateway.port());
            LoadResult viaRound = runOpenLoop(gateway.port(), body, rate, phase);
            own.add(ServerOverhead::read(gateway.port()).since(before));
            addedP99.push_back(viaRound.quantileMs(0.99) - directRound.quantileMs(0.99));
            append(direct, std::move(directRound));
            append(via, std::move(viaRound));
        }
        char label[16];
        std::snprintf(label, sizeof label, "%6.0f/s", rate);
        printRow(label, direct, via);
        std::printf("          added p99 round by round (ms):%s; median %+.2f\n",
                    signedList(addedP99).c_str(), median(addedP99));
        std::printf(
            "          gatehoused's own count (gatehouse_overhead_seconds, %.0f requests): p50 %.3f ms, "
            "p99 %.3f ms; %.2f %% within 1 ms\n",
            own.count(), own.quantileMs(0.5), own.quantileMs(0.99), own.shareWithinMs(1) * 100);
        printSideBySide(paths, body, rate, phase, o.rounds);
    }

    LoadResult directMax, viaMax, nginxMax;
    for (unsigned round = 0; round < o.rounds; ++round) {
        append(directMax, runClosedLoop(upstream.port(), body, o.connections, phase));
        append(viaMax, runClosedLoop(gateway.port(), body, o.connections, phase));
        if (nginx)
            append(nginxMax, runClosedLoop(nginx->port(), body, o.connections, phase));
    }
    std::printf(
        "\nmaximum (closed loop, %u connections): direct %.0f req/s (p99 %.2f ms), via gateway %.0f req/s "
        "(p99 %.2f ms), errors %llu\n",
        o.connections, directMax.requestsPerSecond(), directMax.quantileMs(0.99), viaMax.requestsPerSecond(),
        viaMax.quantileMs(0.99), static_cast<unsigned long long>(directMax.errors + viaMax.errors));
    if (nginx)
        std::printf(
            "                                         via nginx %.0f req/s (p99 %.2f ms), errors %llu\n",
            nginxMax.requestsPerSecond(), nginxMax.quantileMs(0.99),
            static_cast<unsigned long long>(nginxMax.errors));
    std::filesystem::remove_all(dir);
    return 0;
}
