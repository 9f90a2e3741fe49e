# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DMANIFEST=file.json -P check-flatpak-manifest.cmake: the Flatpak
# manifest parses as JSON and names the app, the KDE 6 runtime and a module
# building Frise with CMake.
file(READ "${MANIFEST}" json)
foreach(key id runtime runtime-version sdk command)
    string(JSON value ERROR_VARIABLE err GET "${json}" ${key})
    if(err OR value STREQUAL "")
        message(FATAL_ERROR "${MANIFEST}: missing \"${key}\" (${err})")
    endif()
    set(field_${key} "${value}")
endforeach()
if(NOT field_id STREQUAL "org.frise.Frise" OR NOT field_runtime STREQUAL "org.kde.Platform"
   OR NOT field_runtime-version MATCHES "^6\\.[0-9]+$" OR NOT field_command STREQUAL "frise")
    message(FATAL_ERROR "${MANIFEST}: unexpected id/runtime/runtime-version/command")
endif()
string(JSON count LENGTH "${json}" modules)
math(EXPR last "${count} - 1")
string(JSON name GET "${json}" modules ${last} name)
string(JSON buildsystem GET "${json}" modules ${last} buildsystem)
if(NOT name STREQUAL "frise" OR NOT buildsystem STREQUAL "cmake-ninja")
    message(FATAL_ERROR "${MANIFEST}: the last module must build frise with cmake-ninja")
endif()
message(STATUS "${MANIFEST}: ${field_id} on ${field_runtime} ${field_runtime-version}, ${count} modules")
