#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiles the shared-mime-info XML into a scratch MIME database and checks
# that it parsed and registered the *.frise glob and the SQLite magic.
# Usage: check-mime.sh UPDATE_MIME_DATABASE MIME.xml
set -euo pipefail
tool=$1 xml=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/frise-mime-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/packages"
cp "$xml" "$work/packages/org.frise.Frise.xml"
"$tool" "$work" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
if grep -qiE 'fail|error|warning|unknown' "$work/log"; then
    cat "$work/log"
    exit 1
fi
grep -q ':application/x-frise-database:\*\.frise$' "$work/globs2" || { echo "no *.frise glob"; exit 1; }
grep -aq 'application/x-frise-database' "$work/magic" || { echo "no magic rule"; exit 1; }
grep -q '^application/x-frise-database application/vnd.sqlite3$' "$work/subclasses" ||
    { echo "not a subclass of application/vnd.sqlite3"; exit 1; }
echo "check-mime: ok"
