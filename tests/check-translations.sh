#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when frise_fr.ts lacks a string of the sources or has an unfinished
# entry. Runs lupdate on a copy, so the committed file is never touched.
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/frise_fr.ts" "$tmp/frise_fr.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "$src/src" "$src/app" -ts "$tmp/frise_fr.ts"
total=$(grep -c '<message' "$tmp/frise_fr.ts" || true)
unfinished=$(grep -c 'type="unfinished"' "$tmp/frise_fr.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "frise_fr.ts: $unfinished of $total messages missing or unfinished:"
    grep -B3 'type="unfinished"' "$tmp/frise_fr.ts" | grep '<source>' | head -50
    echo "Run: tools/dev exec -- cmake --build build/dev -t update_translations, then translate."
    exit 1
fi
if [ "$total" -eq 0 ]; then
    echo "frise_fr.ts: no messages found"
    exit 1
fi
echo "frise_fr.ts: $total messages, all translated"
