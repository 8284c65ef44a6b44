// Runs a fuzz target's entry point once per file, without libFuzzer: how the normal test build
// (gcc, ./dev test) keeps replaying the seed corpus and the crash regressions. Arguments are files
// or folders (read recursively); a folder that does not exist is skipped, but at least one input
// must be found, so the test cannot pass on an empty or misplaced corpus.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

namespace {

std::vector<std::filesystem::path> inputsIn(const std::vector<std::filesystem::path>& arguments)
{
    std::vector<std::filesystem::path> files;
    for (const auto& argument : arguments) {
        if (std::filesystem::is_regular_file(argument)) {
            files.push_back(argument);
            continue;
        }
        if (!std::filesystem::is_directory(argument))
            continue;
        for (const auto& entry : std::filesystem::recursive_directory_iterator(argument))
            if (entry.is_regular_file())
                files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char* argv[])
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    const auto files = inputsIn(std::vector<std::filesystem::path>(argv + 1, argv + argc));
    if (files.empty()) {
        std::fprintf(stderr, "no inputs found in the given corpus folders\n");
        return 1;
    }
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        // One line per input before it runs: a crash names the file that caused it.
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", file.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::printf("replayed %zu inputs\n", files.size());
    return 0;
}
