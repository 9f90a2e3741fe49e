#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tracked or new C++ file is not clang-format clean; `tools/dev format` fixes it.
set -eu
clang_format=$1
files=$(git ls-files --cached --others --exclude-standard '*.cpp' '*.h')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
echo "$files" | xargs "$clang_format" --dry-run --Werror
echo "format: $(echo "$files" | wc -l) files clean"
