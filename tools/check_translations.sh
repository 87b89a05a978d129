#!/usr/bin/env bash
# Fails when a user-visible string in the sources has no finished Chinese or English
# translation: lupdate runs over the sources into a copy of the .ts files, and
# ts_check.py then checks the copy (unfinished, empty, placeholders, plural forms).
# The Tibetan and Yi templates must hold every string too, so a translator starts from
# the whole program.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/translations/xiangzhi_*.ts "$tmp"/
(cd "$src" && timeout 300 "$lupdate" -silent -no-obsolete -locations none -extensions cpp -I core -I ui -I app core ui app \
    -ts "$tmp"/xiangzhi_*.ts)
/usr/bin/python3 "$src/tools/ts_check.py" "$tmp/xiangzhi_zh_CN.ts" "$tmp/xiangzhi_en.ts"
for template in bo ii; do
    if ! cmp -s "$src/translations/xiangzhi_$template.ts" "$tmp/xiangzhi_$template.ts"; then
        echo "translations/xiangzhi_$template.ts is out of date: run 'ninja -C build xz_ui_lupdate' and commit it" >&2
        diff "$src/translations/xiangzhi_$template.ts" "$tmp/xiangzhi_$template.ts" | head -20 >&2
        exit 1
    fi
done
