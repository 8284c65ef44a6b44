# Install rules and CPack: two Linux packages plus a tarball.
#
#   gatehouse   (component "console") the Qt console and gatehousectl, desktop file, icons,
#               AppStream metainfo
#   gatehoused  (component "gateway") the gateway alone (no Qt), its systemd unit, sysusers.d
#               file and the sample config /etc/gatehouse/gatehoused.toml (a conffile)
#
# `./dev package` configures build/release with CMAKE_INSTALL_PREFIX=/usr and runs cpack, which
# writes .deb, .rpm and .tar.gz files to build/release/packages. The tarball holds both
# components as a root overlay (usr/..., etc/...). packaging/README.md describes the files.
#
# Windows and macOS (blocks guarded by WIN32 / APPLE; the Linux rules above are untouched):
#   Windows  one MSI (CPack WIX): features "console" and "gateway" under Program Files\Gatehouse\bin,
#            Qt deployed by windeployqt, the MSVC runtime, a Start-menu shortcut
#   macOS    one drag-and-drop DMG with Gatehouse.app; gatehousectl and gatehoused inside it,
#            next to the console (Contents/MacOS), Qt deployed by macdeployqt, signed by
#            packaging/macos/codesign.cmake
# .github/workflows/release.yml builds both; neither has been run on Windows or macOS yet.

include(GNUInstallDirs)

set(GATEHOUSE_APP_ID "org.gatehouse.Console") # the desktop file, icon and AppStream id
set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
set(_generated "${PROJECT_BINARY_DIR}/packaging")

# Where the programs go. On macOS, with the console, that is inside the one bundle the DMG holds,
# beside the console's executable, where LocalGateway looks for gatehoused first.
set(_bindir "${CMAKE_INSTALL_BINDIR}")
if(APPLE AND GATEHOUSE_CONSOLE)
    get_target_property(_bundle gatehouse OUTPUT_NAME)
    set(_bindir "${_bundle}.app/Contents/MacOS")
endif()

if(GATEHOUSE_GATEWAY)
    install(TARGETS gatehoused RUNTIME DESTINATION "${_bindir}" COMPONENT gateway)
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        configure_file("${_linux}/gatehoused.service.in" "${_generated}/gatehoused.service" @ONLY)
        install(FILES "${_generated}/gatehoused.service"
            DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" COMPONENT gateway)
        install(FILES "${_linux}/gatehoused.sysusers" RENAME gatehouse.conf
            DESTINATION "${CMAKE_INSTALL_PREFIX}/lib/sysusers.d" COMPONENT gateway)
        # The configuration belongs in /etc whatever the prefix: absolute on purpose.
        install(FILES "${_linux}/gatehoused.toml" DESTINATION /etc/gatehouse COMPONENT gateway)
        install(FILES "${PROJECT_SOURCE_DIR}/docs/examples/gatehoused.toml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/gatehoused/examples" COMPONENT gateway)
    endif()
endif()

if(GATEHOUSE_CONSOLE)
    install(TARGETS gatehouse gatehousectl
        RUNTIME DESTINATION "${_bindir}" COMPONENT console
        BUNDLE DESTINATION . COMPONENT console)
    if(WIN32 OR APPLE)
        # windeployqt / macdeployqt copy the Qt libraries and plug-ins the console needs (a
        # superset of gatehousectl's, which sits beside it) into the installed tree.
        if(APPLE)
            # gatehousectl finds the bundle's Qt frameworks as the console does.
            set_target_properties(gatehousectl PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
        endif()
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
            # The MSVC runtime is installed below as a component of its own, not as vc_redist.exe.
            qt_generate_deploy_app_script(TARGET gatehouse OUTPUT_SCRIPT _qt_deploy NO_COMPILER_RUNTIME)
        else()
            qt_generate_deploy_app_script(TARGET gatehouse FILENAME_VARIABLE _qt_deploy)
        endif()
        install(SCRIPT "${_qt_deploy}" COMPONENT console)
    endif()
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        install(FILES "${_linux}/${GATEHOUSE_APP_ID}.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT console)
        install(FILES "${_linux}/${GATEHOUSE_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT console)
        set(_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/gatehouse.svg")
        install(FILES "${_icon_svg}" RENAME "${GATEHOUSE_APP_ID}.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT console)
        # PNG sizes for menus and docks that do not draw SVG, rendered from the same SVG.
        find_program(GATEHOUSE_RSVG_CONVERT rsvg-convert)
        if(GATEHOUSE_RSVG_CONVERT)
            set(_pngs "")
            foreach(size 16 22 24 32 48 64 128 256 512)
                set(_png "${_generated}/icons/${size}x${size}/${GATEHOUSE_APP_ID}.png")
                add_custom_command(OUTPUT "${_png}"
                    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_generated}/icons/${size}x${size}"
                    COMMAND "${GATEHOUSE_RSVG_CONVERT}" -w ${size} -h ${size} -o "${_png}" "${_icon_svg}"
                    DEPENDS "${_icon_svg}" VERBATIM)
                install(FILES "${_png}"
                    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
                    COMPONENT console)
                list(APPEND _pngs "${_png}")
            endforeach()
            add_custom_target(gatehouse_icons ALL DEPENDS ${_pngs})
        else()
            message(STATUS "rsvg-convert not found (apt-get install librsvg2-bin): "
                "packages will carry the SVG icon only")
        endif()
    endif()
endif()

if(WIN32)
    # msvcp140.dll and friends beside the programs: a fresh Windows does not have them.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
    include(InstallRequiredSystemLibraries)
endif()

# --- CPack -----------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "gatehouse")
set(CPACK_PACKAGE_VENDOR "Gatehouse")
set(CPACK_PACKAGE_CONTACT "Gatehouse maintainers <maintainers@gatehouse.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_SOURCE_GENERATOR "")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
    # Absolute destinations (/etc/gatehouse) land inside the staging root for every generator.
    set(CPACK_SET_DESTDIR ON)
    set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
elseif(WIN32)
    set(CPACK_GENERATOR "WIX")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "TGZ")
endif()
set(CPACK_STRIP_FILES ON)

set(CPACK_COMPONENTS_ALL "")
if(GATEHOUSE_CONSOLE)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()
if(GATEHOUSE_GATEWAY)
    list(APPEND CPACK_COMPONENTS_ALL gateway)
endif()
set(CPACK_COMPONENT_CONSOLE_DISPLAY_NAME "Gatehouse console and gatehousectl")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "Qt 6 desktop console to register, test and watch LLM chat gateways, and gatehousectl, the same core from a terminal.")
set(CPACK_COMPONENT_GATEWAY_DISPLAY_NAME "gatehoused gateway")
set(CPACK_COMPONENT_GATEWAY_DESCRIPTION
    "OpenAI-compatible LLM chat gateway: routing, retries, content filters, access keys, cache and Prometheus metrics. No Qt; runs as a hardened systemd service.")

# The tarball is one archive with both components; .deb and .rpm are one package per component.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGE_FILE_NAME "gatehouse-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

# Debian: dpkg-shlibdeps derives the library dependencies; Depends/Recommends below are what
# it cannot see (Qt plugins loaded at run time, the Secret Service daemon).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME "gatehouse")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland, qt6-translations-l10n, gatehoused")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_NAME "gatehoused")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_CONTROL_EXTRA
    "${_linux}/deb/conffiles;${_linux}/deb/postinst;${_linux}/deb/prerm;${_linux}/deb/postrm")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: rpmbuild's automatic requirements cover the libraries.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_PACKAGE_RELOCATABLE OFF) # /etc/gatehouse is absolute: the RPMs are not relocatable
set(CPACK_RPM_PACKAGE_LICENSE "Unspecified") # the project has not chosen a licence yet
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_CONSOLE_PACKAGE_NAME "gatehouse")
set(CPACK_RPM_CONSOLE_PACKAGE_REQUIRES "qt6-qtsvg")
set(CPACK_RPM_GATEWAY_PACKAGE_NAME "gatehoused")
set(CPACK_RPM_GATEWAY_USER_FILELIST "%config(noreplace) /etc/gatehouse/gatehoused.toml")
set(CPACK_RPM_GATEWAY_POST_INSTALL_SCRIPT_FILE "${_linux}/rpm/post")
set(CPACK_RPM_GATEWAY_PRE_UNINSTALL_SCRIPT_FILE "${_linux}/rpm/preun")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc/gatehouse /lib /lib/systemd /lib/systemd/system /usr/lib/systemd /usr/lib/systemd/system
    /usr/lib/sysusers.d /usr/share/applications /usr/share/metainfo /usr/share/icons
    /usr/share/icons/hicolor)

# Windows: one MSI, per machine, under Program Files\Gatehouse. The upgrade code never changes, so
# a newer MSI replaces an older one (CPack's template adds the MajorUpgrade element).
if(WIN32)
    set(CPACK_PACKAGE_NAME "Gatehouse") # the name in Settings > Apps
    set(CPACK_PACKAGE_FILE_NAME "gatehouse-${PROJECT_VERSION}-windows-x64")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Gatehouse")
    set(CPACK_PACKAGE_EXECUTABLES "gatehouse" "Gatehouse") # Start menu: bin\gatehouse.exe
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Gatehouse")
    set(CPACK_WIX_UPGRADE_GUID "9AF11AF2-D06D-4314-80A5-53E85C7E8ECA")
    set(CPACK_WIX_INSTALL_SCOPE "perMachine")
    set(CPACK_WIX_ARCHITECTURE "x64")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/windows/License.txt")
    # WiX 4+ (the .NET tool the workflow installs) needs CPack 3.30; older CPack drives WiX 3.
    if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.30)
        set(CPACK_WIX_VERSION 4)
    endif()
    if(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
        list(APPEND CPACK_COMPONENTS_ALL runtime)
    endif()
endif()

# macOS: one DMG (DragNDrop puts every component into one image) with Gatehouse.app and the usual
# link to /Applications; the bundle is signed after staging, before the image is made.
if(APPLE)
    set(CPACK_PACKAGE_FILE_NAME "gatehouse-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
    set(CPACK_DMG_VOLUME_NAME "Gatehouse ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/macos/codesign.cmake")
endif()

include(CPack)
cpack_add_component(console DISPLAY_NAME "${CPACK_COMPONENT_CONSOLE_DISPLAY_NAME}")
cpack_add_component(gateway DISPLAY_NAME "${CPACK_COMPONENT_GATEWAY_DISPLAY_NAME}")
if(WIN32 AND CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
    cpack_add_component(runtime DISPLAY_NAME "Microsoft Visual C++ runtime" HIDDEN REQUIRED)
endif()
