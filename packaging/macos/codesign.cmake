# Signs Gatehouse.app in CPack's staging directory, after macdeployqt and before hdiutil makes the
# DMG (CPACK_PRE_BUILD_SCRIPTS, set in cmake/GatehousePackaging.cmake on macOS).
#
#   GATEHOUSE_CODESIGN_IDENTITY set (environment), e.g. "Developer ID Application: Name (TEAMID)":
#       every framework, plug-in and program is signed with it, with the hardened runtime and a
#       secure timestamp, as notarization requires.
#   not set: an ad-hoc signature, so that the bundle still runs on Apple silicon (which refuses
#       unsigned code) on the machine that built it. Gatekeeper refuses it on any other Mac.
#
# Inner code first, the bundle last: signing the bundle seals what is inside it.

set(_identity "$ENV{GATEHOUSE_CODESIGN_IDENTITY}")
if(_identity)
    message(STATUS "codesign: signing with \"${_identity}\" (hardened runtime, timestamp)")
    set(_sign --force --timestamp --options runtime --sign "${_identity}")
else()
    message(STATUS "codesign: GATEHOUSE_CODESIGN_IDENTITY is not set, so Gatehouse.app is signed "
        "ad hoc: it runs on this Mac but cannot be notarized and Gatekeeper blocks it elsewhere")
    set(_sign --force --sign -)
endif()

find_program(_codesign codesign REQUIRED)

# The staging layout differs between CPack versions and component settings: look for the bundle.
set(_root "${CPACK_TEMPORARY_DIRECTORY}")
if(NOT _root)
    set(_root "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
file(GLOB_RECURSE _plists "${_root}/*Info.plist")
list(FILTER _plists INCLUDE REGEX "/Gatehouse\\.app/Contents/Info\\.plist$")
list(LENGTH _plists _count)
if(NOT _count EQUAL 1)
    message(FATAL_ERROR "codesign: expected one Gatehouse.app under ${_root}, found ${_count}: ${_plists}")
endif()
get_filename_component(_contents "${_plists}" DIRECTORY)
get_filename_component(_app "${_contents}" DIRECTORY)

function(gatehouse_sign path)
    execute_process(COMMAND "${_codesign}" ${_sign} "${path}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "codesign: signing ${path} failed (${rc})")
    endif()
endfunction()

file(GLOB_RECURSE _plugins "${_contents}/PlugIns/*.dylib")
file(GLOB _dylibs "${_contents}/Frameworks/*.dylib")
file(GLOB _frameworks LIST_DIRECTORIES true "${_contents}/Frameworks/*.framework")
file(GLOB _programs "${_contents}/MacOS/*")
file(READ "${_contents}/Info.plist" _plist)
string(REGEX MATCH "<key>CFBundleExecutable</key>[ \t\r\n]*<string>([^<]+)</string>" _ "${_plist}")
list(REMOVE_ITEM _programs "${_contents}/MacOS/${CMAKE_MATCH_1}") # the bundle's own, signed with it
foreach(path IN LISTS _plugins _dylibs _frameworks _programs)
    gatehouse_sign("${path}")
endforeach()
gatehouse_sign("${_app}")

execute_process(COMMAND "${_codesign}" --verify --deep --strict --verbose=2 "${_app}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "codesign: ${_app} does not verify (${rc})")
endif()
