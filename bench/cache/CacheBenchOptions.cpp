#include "CacheBenchOptions.h"

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace gatehouse::bench {

namespace {

std::vector<unsigned> unsignedList(const std::string& text)
{
    std::vector<unsigned> list;
    std::stringstream items(text);
    for (std::string item; std::getline(items, item, ',');)
        list.push_back(unsigned(std::stoul(item)));
    if (list.empty())
        throw std::invalid_argument(text);
    return list;
}

bool onOff(const std::string& text)
{
    if (text != "on" && text != "off")
        throw std::invalid_argument(text);
    return text == "on";
}

} // namespace

CacheBenchOptions parseCacheBenchOptions(int argc, char** argv)
{
    CacheBenchOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "-h" || name == "--help") {
            std::cout
                << "usage: cache [--connections 16,64] [--seconds 5] [--rounds 3] [--warmup-seconds 2]\n"
                   "             [--workers N (default: cores)] [--nginx-access-log on|off]\n"
                   "             [--entries 100000] [--fill-connections 32] [--rate 2000]\n"
                   "             [--lookup-seconds 10] [--lookup-rounds 2] [--only-hits | --only-lookup]\n"
                   "             [--gatehoused PATH] [--nginx PATH]\n";
            std::exit(0);
        }
        if (name == "--only-hits" || name == "--only-lookup") {
            o.phase1 = name == "--only-hits";
            o.phase2 = name == "--only-lookup";
            continue;
        }
        if (i + 1 >= argc) {
            std::cerr << "cache: " << name << " needs a value (or is unknown)\n";
            std::exit(2);
        }
        const std::string value = argv[++i];
        try {
            if (name == "--gatehoused")
                o.gatehoused = value;
            else if (name == "--nginx")
                o.nginx = value;
            else if (name == "--workers")
                o.workers = unsigned(std::stoul(value));
            else if (name == "--connections")
                o.connections = unsignedList(value);
            else if (name == "--seconds")
                o.seconds = std::stod(value);
            else if (name == "--warmup-seconds")
                o.warmupSeconds = std::stod(value);
            else if (name == "--rounds")
                o.rounds = unsigned(std::stoul(value));
            else if (name == "--nginx-access-log")
                o.nginxAccessLog = onOff(value);
            else if (name == "--entries")
                o.entries = unsigned(std::stoul(value));
            else if (name == "--fill-connections")
                o.fillConnections = unsigned(std::stoul(value));
            else if (name == "--rate")
                o.rate = std::stod(value);
            else if (name == "--lookup-seconds")
                o.lookupSeconds = std::stod(value);
            else if (name == "--lookup-rounds")
                o.lookupRounds = unsigned(std::stoul(value));
            else {
                std::cerr << "cache: unknown option " << name << "\n";
                std::exit(2);
            }
        } catch (const std::logic_error&) {
            std::cerr << "cache: " << name << ": cannot use '" << value << "'\n";
            std::exit(2);
        }
    }
    if (o.workers == 0)
        o.workers = std::max(1u, std::thread::hardware_concurrency());
    if (o.rounds == 0 || o.lookupRounds == 0 || o.entries == 0 || o.rate <= 0) {
        std::cerr << "cache: --rounds, --lookup-rounds, --entries and --rate must be above 0\n";
        std::exit(2);
    }
    return o;
}

} // namespace gatehouse::bench
