# Windows: an NSIS installer of the desktop program (`cpack -G NSIS` in the build directory).
# Kept ready to build but NOT tested here: the project's CI is Linux only (docs/packaging.md).
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DXZ_BUILD_TESTS=OFF -DXZ_BUILD_BENCH=OFF
#         -DCMAKE_PREFIX_PATH=C:/Qt/6.5.3/msvc2019_64 -DOPENSSL_ROOT_DIR=C:/OpenSSL-Win64
#   cmake --build build
#   cd build && cpack -G NSIS
#
# The installer holds xiangzhi.exe, the Qt DLLs and plugins windeployqt picks for it
# (platforms/qwindows, sqldrivers/qsqlite, imageformats and iconengines for the SVG icon,
# tls/qopensslbackend, Qt's translations), the OpenSSL 3 DLLs the build used, a Start-menu
# shortcut and an uninstaller. The county hub is a Linux service and is not in it.

set(CPACK_GENERATOR "NSIS")
set(CPACK_COMPONENTS_ALL desktop)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Xiangzhi")
set(CPACK_PACKAGE_EXECUTABLES "xiangzhi" "Xiangzhi")          # the Start-menu shortcut
set(CPACK_NSIS_DISPLAY_NAME "Xiangzhi")
set(CPACK_NSIS_PACKAGE_NAME "Xiangzhi ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\xiangzhi.exe")       # Apps & features
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CONTACT "dev@xiangzhi.invalid")
# xiangzhi.ico is generated from resources/icons/xiangzhi.svg and checked in (README.md here).
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/xiangzhi.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/xiangzhi.ico")

# The licence page: the program's notice and the fonts' OFL.
file(READ ${CMAKE_CURRENT_LIST_DIR}/../linux/copyright.in _licence)
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt)
    file(READ ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt _ofl)
    string(APPEND _licence "\n\n${_ofl}")
endif()
file(WRITE ${PROJECT_BINARY_DIR}/packaging/licence.txt "${_licence}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/licence.txt)

# The executable's own icon (Explorer, taskbar before Qt sets the window icon).
target_sources(xiangzhi PRIVATE ${CMAKE_CURRENT_LIST_DIR}/xiangzhi.rc)

# windeployqt, through Qt's deploy script, at install time (so cpack runs it).
qt_generate_deploy_app_script(TARGET xiangzhi OUTPUT_SCRIPT _xz_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_xz_deploy} COMPONENT desktop)

# OpenSSL: Qt's TLS backend loads libssl-3-x64.dll and libcrypto-3-x64.dll at run time;
# windeployqt does not ship them. Take those beside the OpenSSL the build found.
get_filename_component(_openssl_lib_dir "${OPENSSL_CRYPTO_LIBRARY}" DIRECTORY)
set(_openssl_dlls)
foreach(_dir ${OPENSSL_ROOT_DIR}/bin ${_openssl_lib_dir}/../bin ${_openssl_lib_dir}/../../bin ${_openssl_lib_dir})
    file(GLOB _found "${_dir}/libssl-3*.dll" "${_dir}/libcrypto-3*.dll")
    if(_found)
        set(_openssl_dlls ${_found})
        break()
    endif()
endforeach()
if(_openssl_dlls)
    install(FILES ${_openssl_dlls} DESTINATION bin COMPONENT desktop)
else()
    message(WARNING "The OpenSSL 3 DLLs (libssl-3-x64.dll, libcrypto-3-x64.dll) were not found beside "
                    "${OPENSSL_CRYPTO_LIBRARY}; set OPENSSL_ROOT_DIR. Without them the installed program "
                    "cannot sync with the county hub.")
endif()
