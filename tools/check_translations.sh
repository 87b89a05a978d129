#!/usr/bin/env bash
# Fails when a user-visible string in the sources has no finished Chinese or English
# translation: lupdate runs over the sources into a copy of the .ts files, and
# ts_check.py then checks the copy (unfinished, empty, placeholders, plural forms).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/translations/xiangzhi_zh_CN.ts "$src"/translations/xiangzhi_en.ts "$tmp"/
(cd "$src" && timeout 300 "$lupdate" -silent -no-obsolete -locations none -extensions cpp -I core -I ui -I app core ui app \
    -ts "$tmp/xiangzhi_zh_CN.ts" "$tmp/xiangzhi_en.ts")
/usr/bin/python3 "$src/tools/ts_check.py" "$tmp/xiangzhi_zh_CN.ts" "$tmp/xiangzhi_en.ts"
