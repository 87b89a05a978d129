#!/usr/bin/env bash
# The screenshots of the user guides, from the real program under Xvfb on the demo database.
#
#   tools/guide-screenshots.sh [BUILD_DIR]        (default: build)
#
# Makes a demo database and a county hub in a temporary folder, then runs xz_guide_shots
# once per language; the PNGs go to docs/guide/images/<lang>/. Needs xvfb-run (package xvfb)
# and the CJK fonts (fonts-noto-cjk). Re-run CMake afterwards if a new image name appeared.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
app="$build/app/xiangzhi"
hub="$build/hub/xiangzhi-hub"
shots="$build/tools/guideshots/xz_guide_shots"
for f in "$app" "$hub" "$shots"; do
    [[ -x "$f" ]] || { echo "missing $f: build first (ninja -C $build)" >&2; exit 1; }
done

work=$(mktemp -d)
hub_pid=""
cleanup() {
    [[ -n "$hub_pid" ]] && kill "$hub_pid" 2>/dev/null && wait "$hub_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Settings (language, text size) of this run only, never the user's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export LC_ALL=C.UTF-8

echo "Demo database …"
"$app" demo --database "$work/demo.sqlite" --cases 400 >"$work/demo.txt"
village=$(grep -oE "[0-9]{12}" "$work/demo.txt" | head -n1)
[[ -n "$village" ]] || { echo "no village code in the demo's output" >&2; cat "$work/demo.txt" >&2; exit 1; }

echo "County hub …"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$hub" init --dir "$work/hub" --name "Demo county" --port "$port" >"$work/hub-init.txt"
fingerprint=$(grep -A1 'fingerprint (SHA-256)' "$work/hub-init.txt" | tail -n1 | tr -d ' ')
"$hub" village add "$village" --dir "$work/hub" >/dev/null
"$hub" serve --dir "$work/hub" --listen 127.0.0.1 >"$work/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 50); do
    grep -q "listening\|Listening\|serving\|Serving" "$work/hub.log" && break
    sleep 0.2
done

for lang in zh_CN en; do
    echo "Screenshots ($lang) …"
    code=$("$hub" village code "$village" --dir "$work/hub" | grep -oE '[A-Z0-9]{4}(-[A-Z0-9]{4})+' | head -n1)
    [[ -n "$code" ]] || { echo "no enrolment code from the hub" >&2; exit 1; }
    cp "$work/demo.sqlite" "$work/$lang.sqlite"
    out="$here/docs/guide/images/$lang"
    rm -f "$out"/*.png
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
        "$shots" --lang "$lang" --demo "$work/$lang.sqlite" --empty "$work/empty-$lang.sqlite" --out "$out" \
                 --hub "https://127.0.0.1:$port" --fingerprint "$fingerprint" --code "$code" \
                 --hub-binary "$hub" --hub-dir "$work/hub"
done
echo "Done: $here/docs/guide/images"
