# SPDX-License-Identifier: GPL-3.0-or-later
# Settings shared by every Frise target, applied through an interface library
# so that each target opts in with one target_link_libraries line.
add_library(frise_settings INTERFACE)
target_compile_definitions(frise_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    FRISE_VERSION="${PROJECT_VERSION}")
target_compile_options(frise_settings INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
if(FRISE_WERROR)
    target_compile_options(frise_settings INTERFACE -Werror)
endif()
if(FRISE_SANITIZE)
    target_compile_options(frise_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(frise_settings INTERFACE -fsanitize=address,undefined)
endif()
