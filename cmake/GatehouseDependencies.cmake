# Third-party packages, all from the OS (Debian/Ubuntu apt, Homebrew) or vcpkg (vcpkg.json).

find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)

# RE2 (core/rules) is shared by the gateway, the console and gatehousectl. Debian ships only a
# pkg-config file; vcpkg and Homebrew ship a CMake package.
find_package(re2 CONFIG QUIET)
if(NOT TARGET re2::re2)
    pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
    add_library(re2::re2 ALIAS PkgConfig::RE2)
endif()

# Boost.JSON reads rule sets everywhere (core/rules); Asio and Beast are the gateway's.
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json)

if(GATEHOUSE_GATEWAY)
    find_package(OpenSSL 3 REQUIRED)
    find_package(SQLite3 REQUIRED)
    find_package(tomlplusplus 3 REQUIRED)
    # hiredis (the Redis cache backend): vcpkg ships a CMake package, Debian a pkg-config file.
    find_package(hiredis CONFIG QUIET)
    if(NOT TARGET hiredis::hiredis)
        pkg_check_modules(HIREDIS REQUIRED IMPORTED_TARGET hiredis)
        add_library(hiredis::hiredis ALIAS PkgConfig::HIREDIS)
    endif()
endif()

if(GATEHOUSE_CONSOLE)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Svg Test LinguistTools)
    # Qt Charts is linked by ui/charts only (deprecated from Qt 6.10; kept swappable for Qt Graphs).
    find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
    find_package(Qt6Keychain REQUIRED)
    qt_standard_project_setup()
endif()

# yaml-cpp reads docs/openapi.yaml in the tests' OpenAPI contract checker (tests only). Debian's
# 0.7 exports the target yaml-cpp; newer releases and vcpkg export yaml-cpp::yaml-cpp.
if(GATEHOUSE_TESTS)
    find_package(yaml-cpp CONFIG REQUIRED)
    if(NOT TARGET yaml-cpp::yaml-cpp)
        add_library(yaml-cpp::yaml-cpp ALIAS yaml-cpp)
    endif()
endif()

if(GATEHOUSE_TESTS AND NOT GATEHOUSE_CONSOLE)
    message(FATAL_ERROR "The tests use Qt Test: configure with GATEHOUSE_CONSOLE=ON")
endif()
