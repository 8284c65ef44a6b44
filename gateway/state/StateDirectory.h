#pragma once

#include <filesystem>
#include <optional>

namespace gatehouse::gateway::state {

// Where gatehoused keeps its dynamic state (access keys, rules, cache): the [state] dir of the
// config, created with mode 0700 when missing; or, when none is configured (--demo, scripts),
// a throwaway directory under the system's temp dir removed again when this object goes.
class StateDirectory
{
public:
    // Throws StateError when the directory cannot be created or is not writable.
    explicit StateDirectory(const std::optional<std::filesystem::path>& configured);
    ~StateDirectory();
    StateDirectory(const StateDirectory&) = delete;
    StateDirectory& operator=(const StateDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }
    bool throwaway() const { return throwaway_; }
    // A file in the directory, e.g. file("state.db").
    std::filesystem::path file(const std::filesystem::path& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
    bool throwaway_ = false;
};

} // namespace gatehouse::gateway::state
