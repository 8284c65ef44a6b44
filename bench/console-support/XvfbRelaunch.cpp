#include "XvfbRelaunch.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>
#include <vector>

namespace gatehouse::bench {

namespace {

bool isSet(const char* name)
{
    const char* value = std::getenv(name);
    return value && *value;
}

} // namespace

void relaunchUnderXvfbIfHeadless(int argc, char** argv)
{
    if (isSet("DISPLAY") || isSet("WAYLAND_DISPLAY") || isSet("QT_QPA_PLATFORM"))
        return;
    ::setenv("QT_QPA_PLATFORM", "xcb", 1);
    std::string self(4096, '\0');
    const ssize_t length = ::readlink("/proc/self/exe", self.data(), self.size() - 1);
    if (length > 0) {
        self.resize(std::size_t(length));
        std::vector<char*> args = {const_cast<char*>("xvfb-run"), const_cast<char*>("-a"),
                                   const_cast<char*>("-s"),
                                   const_cast<char*>("-screen 0 1920x1080x24 -nolisten tcp"), self.data()};
        for (int i = 1; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("xvfb-run", args.data()); // returns only on failure
    }
    std::fprintf(stderr,
                 "dashboard-frames: no display and no xvfb-run; painting on the offscreen platform\n");
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
}

} // namespace gatehouse::bench
