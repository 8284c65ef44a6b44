#include "FramesOptions.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace gatehouse::bench {

namespace {

[[noreturn]] void usage(int status)
{
    std::fprintf(
        status == 0 ? stdout : stderr,
        "usage: dashboard-frames [--seconds 30] [--rate 1] [--rounds 2] [--charts 12] [--columns 4]\n"
        "                        [--history-seconds 3600] [--width 1600] [--height 1000]\n"
        "                        [--visible-rows N (a scroll area showing N rows, then all)]\n"
        "  Without a display it runs itself under xvfb-run (xcb); QT_QPA_PLATFORM=offscreen\n"
        "  or no xvfb-run: the offscreen platform.\n");
    std::exit(status);
}

double parseNumber(const std::string& name, const char* text, double minimum)
{
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || *end != '\0' || !(value >= minimum) || value > 1e7) {
        std::fprintf(stderr, "dashboard-frames: %s needs a number >= %g, not '%s'\n", name.c_str(), minimum,
                     text);
        std::exit(2);
    }
    return value;
}

} // namespace

FramesOptions parseFramesOptions(int argc, char** argv)
{
    FramesOptions o;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "-h" || name == "--help")
            usage(0);
        if (i + 1 >= argc) {
            std::fprintf(stderr, "dashboard-frames: %s needs a value (or is unknown)\n", name.c_str());
            usage(2);
        }
        const char* value = argv[++i];
        if (name == "--seconds")
            o.seconds = int(parseNumber(name, value, 1));
        else if (name == "--rate")
            o.rate = parseNumber(name, value, 0.01);
        else if (name == "--rounds")
            o.rounds = int(parseNumber(name, value, 1));
        else if (name == "--charts")
            o.charts = int(parseNumber(name, value, 1));
        else if (name == "--columns")
            o.columns = int(parseNumber(name, value, 1));
        else if (name == "--history-seconds")
            o.historySeconds = int(parseNumber(name, value, 2));
        else if (name == "--width")
            o.width = int(parseNumber(name, value, 200));
        else if (name == "--height")
            o.height = int(parseNumber(name, value, 200));
        else if (name == "--visible-rows")
            o.visibleRows = int(parseNumber(name, value, 1));
        else {
            std::fprintf(stderr, "dashboard-frames: unknown option %s\n", name.c_str());
            usage(2);
        }
    }
    return o;
}

} // namespace gatehouse::bench
