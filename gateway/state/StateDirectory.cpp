#include "gateway/state/StateDirectory.h"

#include "gateway/state/SqliteDatabase.h"

#include <cerrno>
#include <cstdlib>
#include <string>
#include <system_error>
#include <unistd.h>

namespace gatehouse::gateway::state {

namespace {

std::filesystem::path makeThrowawayDirectory()
{
    std::error_code ec;
    std::filesystem::path base = std::filesystem::temp_directory_path(ec);
    if (ec)
        base = "/tmp";
    std::string pattern = (base / "gatehoused-state-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw StateError(base.string() + ": cannot create a throwaway state directory: " +
                         std::error_code(errno, std::generic_category()).message());
    return pattern;
}

void prepareDirectory(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        std::filesystem::create_directories(path, ec);
        if (ec)
            throw StateError(path.string() + ": cannot create the state directory: " + ec.message());
        std::filesystem::permissions(path, std::filesystem::perms::owner_all, ec);
    } else if (!std::filesystem::is_directory(path, ec)) {
        throw StateError(path.string() + ": the state directory is not a directory");
    }
    if (::access(path.c_str(), W_OK | X_OK) != 0)
        throw StateError(path.string() + ": the state directory is not writable: " +
                         std::error_code(errno, std::generic_category()).message());
}

} // namespace

StateDirectory::StateDirectory(const std::optional<std::filesystem::path>& configured)
{
    if (configured) {
        path_ = *configured;
        prepareDirectory(path_);
    } else {
        path_ = makeThrowawayDirectory();
        throwaway_ = true;
    }
}

StateDirectory::~StateDirectory()
{
    if (throwaway_) {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
}

} // namespace gatehouse::gateway::state
