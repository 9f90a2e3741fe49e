#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with cpack, unpacks it with dpkg-deb -x (no root needed)
# and checks the unpacked files: the binary's libraries all resolve, it
# prints its version, and it renders the sample timeline without a display.
# Usage: check-deb.sh BUILD_DIR VERSION [sanitize]
# With "sanitize" (the ASan build, whose binary links every library of its
# dependencies' link interfaces) a directly linked library only has to come
# from a package that Depends pulls in, not from one it lists.
set -euo pipefail
bdir=$1 version=$2 mode=${3:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/frise-deb-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { printf 'check-deb: FAIL: %s\n' "$*" >&2; exit 1; }

start=$SECONDS
cpack --config "$bdir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/frise_*.deb 2>/dev/null | head -n1)
[[ -n $deb ]] || { cat "$work/cpack.log" >&2; fail "cpack produced no frise_*.deb"; }
printf 'check-deb: built %s (%s bytes) in %ss\n' "$(basename "$deb")" "$(stat -c %s "$deb")" $((SECONDS - start))

dpkg-deb --field "$deb" Package Version Depends
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail "package version is not $version"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
for f in usr/bin/frise usr/libexec/frise/frise-gui \
    usr/share/applications/org.frise.Frise.desktop \
    usr/share/metainfo/org.frise.Frise.metainfo.xml \
    usr/share/mime/packages/org.frise.Frise.xml \
    usr/share/icons/hicolor/scalable/apps/org.frise.Frise.svg \
    usr/share/icons/hicolor/16x16/apps/org.frise.Frise.png \
    usr/share/icons/hicolor/256x256/apps/org.frise.Frise.png; do
    [[ -s $root/$f ]] || fail "$f is missing from the package"
done
# Nothing from the build tree (tests, build tools) may leak into the package.
extra=$(cd "$root" && find . -type f |
    grep -v -E '^\./usr/(bin/frise|libexec/frise/frise-gui|share/(applications|metainfo|mime|icons)/)' || true)
[[ -z $extra ]] || fail "unexpected files in the package: $extra"

# The installed tree as a whole: metainfo, its launchable desktop file, icons.
if command -v appstreamcli >/dev/null; then
    appstreamcli validate-tree --no-net "$root" >"$work/appstream.log" 2>&1 ||
        { cat "$work/appstream.log" >&2; fail "appstreamcli validate-tree failed on the unpacked package"; }
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/org.frise.Frise.desktop" ||
        fail "desktop-file-validate failed on the installed desktop file"
fi

bin=$root/usr/bin/frise
gui=$root/usr/libexec/frise/frise-gui
missing=$(ldd "$bin" "$gui" | grep 'not found' || true)
[[ -z $missing ]] || fail "unresolved libraries: $missing"
# The command line loads no widget library: frise-gui, which frise execs for the window, does.
if ldd "$bin" | grep -q -E 'libQt6Widgets|libKF6SyntaxHighlighting'; then
    fail "usr/bin/frise links the window's libraries"
fi
# Every library the binary links directly comes from a package it depends on.
depends=$(dpkg-deb --field "$deb" Depends)
if [[ $mode == sanitize ]]; then
    # The installed packages that Depends pulls in, transitively.
    declare -A seen=()
    queue=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/ //g')
    while [[ -n $queue ]]; do
        next=
        for p in $queue; do
            p=${p%%:*}
            [[ -n $p && -z ${seen[$p]:-} ]] || continue
            seen[$p]=1
            next+=" $(dpkg-query -W -f='${Depends},${Pre-Depends}' "$p" 2>/dev/null | tr ',|' '\n\n' | sed 's/(.*//; s/ //g' | tr '\n' ' ')"
        done
        queue=$next
    done
    depends=$(printf '%s, ' "${!seen[@]}")
fi
if command -v readelf >/dev/null; then
    for exe in "$bin" "$gui"; do
        for needed in $(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            path=$(ldd "$exe" | awk -v lib="$needed" '$1 == lib {print $3}')
            [[ -n $path ]] || continue
            pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path" 2>/dev/null || true)
            pkg=${pkg%%:*}
            [[ -n $pkg ]] || fail "no package owns $path ($needed)"
            [[ ", $depends," == *", $pkg"[\ ,]* ]] || fail "$needed comes from $pkg, which Depends does not list"
        done
    done
fi
out=$("$bin" --version)
printf 'check-deb: frise --version: %s\n' "$out"
[[ $out == *"$version"* ]] || fail "--version does not print $version"
"$bin" sample "$work/sample.frise" >/dev/null || fail "frise sample failed"
"$bin" export-timeline "$work/sample.frise" -o "$work/timeline.png" --width 1280 --height 720 >/dev/null ||
    fail "frise export-timeline failed"
[[ $(head -c 8 "$work/timeline.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "export-timeline did not write a PNG"
# Without a command, frise becomes the window: the installed frise-gui, in the same process.
mkdir -p "$work/home"
HOME=$work/home QT_QPA_PLATFORM=offscreen "$bin" "$work/sample.frise" >"$work/gui.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    [[ $(readlink "/proc/$pid/exe" 2>/dev/null || true) == "$(readlink -f "$gui")" ]] && break
    sleep 0.1
done
exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[[ $exe == "$(readlink -f "$gui")" ]] || { cat "$work/gui.log" >&2; fail "frise with a database did not become $gui"; }
printf 'check-deb: ok (%ss)\n' $((SECONDS - start))
