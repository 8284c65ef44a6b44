# Compiler settings shared by every target: warnings as errors, sanitizers, ccache.

find_program(GATEHOUSE_CCACHE ccache)
if(GATEHOUSE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${GATEHOUSE_CCACHE}")
endif()

add_library(gatehouse_warnings INTERFACE)
if(MSVC)
    target_compile_options(gatehouse_warnings INTERFACE /W4 /permissive- /utf-8)
    if(GATEHOUSE_WERROR)
        target_compile_options(gatehouse_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(gatehouse_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2)
    if(GATEHOUSE_WERROR)
        target_compile_options(gatehouse_warnings INTERFACE -Werror)
    endif()
    # GCC 12 reports std::string concatenation as overlapping memcpy at -O2/-O3 (GCC bug 105329).
    # -Wnull-dereference is left out for the same reason: inlined Boost.Asio trips it at -O3.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(gatehouse_warnings INTERFACE -Wno-restrict)
    endif()
endif()

if(GATEHOUSE_SANITIZE)
    string(REPLACE ";" "," _gatehouse_sanitizers "${GATEHOUSE_SANITIZE}")
    add_compile_options(-fsanitize=${_gatehouse_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_gatehouse_sanitizers})
    # GCC warns (-Wtsan) that ThreadSanitizer does not model std::atomic_thread_fence, which
    # Boost.Asio's handler reference counts use (see tests/support/tsan.supp).
    if("thread" IN_LIST GATEHOUSE_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-Wno-tsan)
    endif()
endif()

# libFuzzer (tests/fuzz): coverage instrumentation everywhere, the fuzzer's main() only in the fuzz
# targets themselves (-fsanitize=fuzzer at their link, tests/fuzz/CMakeLists.txt).
if(GATEHOUSE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GATEHOUSE_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
