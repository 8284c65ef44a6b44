# Third-party packages, all from the OS (Debian/Ubuntu apt, Homebrew) or vcpkg (vcpkg.json).

find_package(Threads REQUIRED)
find_package(PkgConfig)

if(GATEHOUSE_GATEWAY)
    find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json)
    find_package(OpenSSL 3 REQUIRED)
    find_package(SQLite3 REQUIRED)
    find_package(tomlplusplus 3 REQUIRED)
endif()

if(GATEHOUSE_CONSOLE)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Svg Test LinguistTools)
    find_package(Qt6Keychain REQUIRED)
    qt_standard_project_setup()
endif()

if(GATEHOUSE_TESTS AND NOT GATEHOUSE_CONSOLE)
    message(FATAL_ERROR "The tests use Qt Test: configure with GATEHOUSE_CONSOLE=ON")
endif()
