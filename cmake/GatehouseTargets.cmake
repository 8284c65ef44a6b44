# Small helpers so that each folder's CMakeLists.txt stays a few lines.
#
#   gatehouse_library(NAME SOURCES ... [PUBLIC deps...] [PRIVATE deps...])
#       A static library gatehouse_<NAME>; code includes it as "core/<folder>/File.h".
#   gatehouse_executable(NAME SOURCES ... [PRIVATE deps...])
#   gatehouse_test(NAME SOURCES ... [LIBS deps...] [LABELS ...] [ENVIRONMENT ...] [TIMEOUT s] [XVFB])
#       One Qt Test executable registered with ctest; runs on the offscreen platform (XVFB: on a
#       real X server, Xvfb with the xcb platform) with its own scratch HOME and XDG directories
#       (tests/support/scratch-home). The target tests_<label> builds every test of a label.

function(gatehouse_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(gatehouse_${name} STATIC ${ARG_SOURCES})
    add_library(Gatehouse::${name} ALIAS gatehouse_${name})
    target_include_directories(gatehouse_${name} PUBLIC
        "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated")
    target_link_libraries(gatehouse_${name} PUBLIC ${ARG_PUBLIC} PRIVATE gatehouse_warnings ${ARG_PRIVATE})
endfunction()

function(gatehouse_executable name)
    cmake_parse_arguments(ARG "" "OUTPUT_NAME" "SOURCES;PRIVATE" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated")
    target_link_libraries(${name} PRIVATE gatehouse_warnings ${ARG_PRIVATE})
endfunction()

function(gatehouse_test name)
    cmake_parse_arguments(ARG "XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 180)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}" "${PROJECT_BINARY_DIR}/generated")
    target_link_libraries(${name} PRIVATE gatehouse_warnings Qt6::Test ${ARG_LIBS})
    # tests_<label> builds only the tests that `ctest -L <label>` runs (./dev tsan: tests_gateway).
    foreach(label IN LISTS ARG_LABELS)
        if(NOT TARGET tests_${label})
            add_custom_target(tests_${label})
        endif()
        add_dependencies(tests_${label} ${name})
    endforeach()
    set(platform offscreen)
    set(display)
    if(ARG_XVFB)
        set(platform xcb)
        set(display xvfb-run --auto-servernum "--server-args=-screen 0 1600x1000x24 -nolisten tcp")
    endif()
    add_test(NAME ${name}
        COMMAND ${display} "${PROJECT_SOURCE_DIR}/tests/support/scratch-home" $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=${platform};LANGUAGE=en;GATEHOUSE_BUILD_DIR=${PROJECT_BINARY_DIR};GATEHOUSE_SOURCE_DIR=${PROJECT_SOURCE_DIR};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/lsan.supp:print_suppressions=0;${ARG_ENVIRONMENT}")
endfunction()
