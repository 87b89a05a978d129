# Packages: `make package` (cpack in the build directory).
#
# Linux: two Debian packages from one build, as CPack components with
# CPACK_DEB_COMPONENT_INSTALL: "desktop" -> xiangzhi_<ver>_<arch>.deb (the program) and
# "hub" -> xiangzhi-hub_<ver>_<arch>.deb (the county hub as a systemd service). One build
# and one cpack run make both, with the same version, from the same binaries the tests ran.
# Windows: an NSIS installer of the desktop program (packaging/windows/windows.cmake,
# not tested here). docs/packaging.md says what each package holds and why.

# The date of packaging/linux/changelog's first entry, for the AppStream <release>.
set(XZ_RELEASE_DATE "2026-11-28")

set(CPACK_PACKAGE_NAME "xiangzhi")
set(CPACK_PACKAGE_VENDOR "Xiangzhi developers")
set(CPACK_PACKAGE_CONTACT "Xiangzhi developers <dev@xiangzhi.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/cpack-options.cmake)
set(CPACK_COMPONENTS_ALL desktop hub)

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
elseif(UNIX AND NOT APPLE)
    set(_src ${CMAKE_CURRENT_LIST_DIR}/linux)
    set(_hub ${CMAKE_CURRENT_LIST_DIR}/hub)
    set(_gen ${PROJECT_BINARY_DIR}/packaging)
    file(MAKE_DIRECTORY ${_gen})

    configure_file(${_src}/xiangzhi.desktop.in ${_gen}/${XZ_APP_ID}.desktop @ONLY)
    configure_file(${_src}/xiangzhi.metainfo.xml.in ${_gen}/${XZ_APP_ID}.metainfo.xml @ONLY)

    # debian/copyright (DEP-5). The desktop program embeds the Yi and Tibetan fonts (when
    # resources/fonts holds them): its copy has their OFL stanza, the hub's has not.
    file(READ ${_src}/copyright.in _copyright)
    file(MAKE_DIRECTORY ${_gen}/hub)
    file(WRITE ${_gen}/hub/copyright "${_copyright}")
    file(GLOB _fonts RELATIVE ${PROJECT_SOURCE_DIR}
         ${PROJECT_SOURCE_DIR}/resources/fonts/*.ttf ${PROJECT_SOURCE_DIR}/resources/fonts/*.otf)
    if(_fonts AND EXISTS ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt)
        file(READ ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt _ofl)
        string(REPLACE "\r" "" _ofl "${_ofl}")
        string(REGEX MATCH "Copyright [^\n]*" _fontCopyright "${_ofl}")
        string(REGEX REPLACE "^Copyright " "" _fontCopyright "${_fontCopyright}")
        # The licence text proper starts at the OFL's own first sentence.
        string(FIND "${_ofl}" "This Font Software is licensed" _at)
        if(_at GREATER -1)
            string(SUBSTRING "${_ofl}" ${_at} -1 _ofl)
        endif()
        string(STRIP "${_ofl}" _ofl)
        # DEP-5 continuation lines: one leading space, an empty line written as " .".
        string(REGEX REPLACE "[ \t]+\n" "\n" _ofl "${_ofl}")
        string(REPLACE "\n" "\n " _ofl "${_ofl}")
        string(REPLACE "\n \n" "\n .\n" _ofl "${_ofl}")
        string(REPLACE "\n \n" "\n .\n" _ofl "${_ofl}")
        list(JOIN _fonts " " _fontFiles)
        string(APPEND _copyright "\nFiles: ${_fontFiles}\nCopyright: ${_fontCopyright}\nLicense: OFL-1.1\n ${_ofl}\n")
    endif()
    file(WRITE ${_gen}/copyright "${_copyright}")

    # Compressed as lintian wants them: gzip -9n (no name, no time stamp: reproducible).
    foreach(_plain ${_src}/changelog ${_src}/xiangzhi.1 ${_src}/xiangzhi-hub.1)
        get_filename_component(_name ${_plain} NAME)
        execute_process(COMMAND gzip -9n -c ${_plain} OUTPUT_FILE ${_gen}/${_name}.gz RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "gzip ${_plain} failed: ${_rc}")
        endif()
    endforeach()
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${_src}/changelog ${_src}/xiangzhi.1 ${_src}/xiangzhi-hub.1 ${_src}/copyright.in
                 ${_src}/xiangzhi.desktop.in ${_src}/xiangzhi.metainfo.xml.in)

    # desktop: the program, its launcher, icon, AppStream data, manual and licence.
    install(FILES ${_gen}/${XZ_APP_ID}.desktop DESTINATION share/applications COMPONENT desktop)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/xiangzhi.svg DESTINATION share/icons/hicolor/scalable/apps
            RENAME ${XZ_APP_ID}.svg COMPONENT desktop)
    install(FILES ${_gen}/${XZ_APP_ID}.metainfo.xml DESTINATION share/metainfo COMPONENT desktop)
    install(FILES ${_gen}/xiangzhi.1.gz DESTINATION share/man/man1 COMPONENT desktop)
    install(FILES ${_gen}/copyright ${_gen}/changelog.gz DESTINATION share/doc/xiangzhi COMPONENT desktop)

    # hub: the service (Debian 12 keeps units in /lib, lintian on bookworm wants them there),
    # its user, its settings (a conffile) and its documentation.
    install(FILES ${_hub}/xiangzhi-hub.service DESTINATION /lib/systemd/system COMPONENT hub)
    install(FILES ${_hub}/xiangzhi-hub.sysusers DESTINATION lib/sysusers.d RENAME xiangzhi-hub.conf COMPONENT hub)
    install(FILES ${_hub}/hub.json DESTINATION /etc/xiangzhi-hub COMPONENT hub)
    install(FILES ${_gen}/xiangzhi-hub.1.gz DESTINATION share/man/man1 COMPONENT hub)
    install(FILES ${_gen}/hub/copyright ${_gen}/changelog.gz ${_hub}/README.Debian
            DESTINATION share/doc/xiangzhi-hub COMPONENT hub)

    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SOURCE "xiangzhi")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "xiangzhi")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "misc")
    # What dpkg-shlibdeps cannot see: plugins Qt loads by name at run time, fonts, and Qt's
    # own translations. SQLite driver (QSQLITE): libqt6sql6-sqlite. Platform plugins: xcb
    # is in libqt6gui6 on Debian 12 but in qt6-qpa-plugins on Ubuntu 24.04, which Debian 12
    # has too. The SVG icon and image plugins come with libqt6svg6 (linked), the OpenSSL
    # TLS backend with libqt6network6 (linked; it depends on libssl3). A Chinese interface
    # needs a CJK font: without one every character is a box, hence Depends.
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, qt6-qpa-plugins, fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei")
    set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
"case desk for village committee offices
Xiangzhi registers what residents bring to a village committee office
(requests for help, disputes, complaints, hazards) as cases, assigns them
and works them to closure within the legal time limits, counted in working
days on the State Council's holiday calendar.

Everything is kept in one SQLite file on the office PC and works without a
network; records go to the county hub (package xiangzhi-hub) when there is one.")

    set(CPACK_DEBIAN_HUB_PACKAGE_NAME "xiangzhi-hub")
    set(CPACK_DEBIAN_HUB_PACKAGE_SECTION "net")
    # adduser makes the service user where systemd-sysusers is absent (postinst).
    # PostgreSQL instead of SQLite needs Qt's QPSQL driver.
    set(CPACK_DEBIAN_HUB_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
    set(CPACK_DEBIAN_HUB_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
    set(CPACK_DEBIAN_HUB_DESCRIPTION
"county hub for the Xiangzhi village case desk
The hub receives the village offices' case records over HTTPS (or from USB
bundle files), keeps them in SQLite or PostgreSQL, and serves what the county
sends back: replies to escalated cases, category trees and holiday calendars.

This package runs it as the systemd service xiangzhi-hub under its own user,
with its settings in /etc/xiangzhi-hub/hub.json and its data in
/var/lib/xiangzhi-hub.")
    set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA
        ${_hub}/conffiles ${_hub}/postinst ${_hub}/prerm ${_hub}/postrm)

    if(XZ_BUILD_TESTS)
        # Builds both packages, lints them and installs them into a clean Debian 12 root.
        add_test(NAME packages_install
                 COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/test-packages.sh ${PROJECT_BINARY_DIR} ${CMAKE_CPACK_COMMAND})
        set_tests_properties(packages_install PROPERTIES LABELS package TIMEOUT 1800)
    endif()
endif()

include(CPack)
cpack_add_component(desktop DISPLAY_NAME "Xiangzhi" DESCRIPTION "The desktop program")
cpack_add_component(hub DISPLAY_NAME "Xiangzhi county hub" DESCRIPTION "The county hub")
