#!/bin/bash
# packages_install (ctest label "package"): builds the two Debian packages with cpack in
# the build directory, lints them with lintian, validates the AppStream data, installs both
# into a clean root of the release they were built on (Debian 12 here; debootstrap
# --variant=minbase) with apt, so that apt resolves their Depends, and runs the programs there:
#   xiangzhi --version, a demo database and its audit check (the SQLite driver), the
#   monthly report as PDF (the offscreen platform plugin and a Chinese font),
#   xiangzhi-hub --help, the hub's user and file permissions, the packaged hub.json served
#   by the service's user, and a purge that keeps the county's data.
# The debootstrapped root is cached as a tarball (and apt's downloads beside it) in the
# build directory, so a second run needs no debootstrap.
#
# Usage: test-packages.sh BUILD_DIR [CPACK]
# Needs root (debootstrap, chroot) and a mirror of that release; without either it FAILS.
set -euo pipefail

BUILD=$(cd "$1" && pwd)
CPACK=${2:-cpack}
WORK=$BUILD/package-test
OUT=$WORK/debs
CACHE=$WORK/cache
ROOT=$WORK/root
# The packages name the libraries of the release they were built on: the clean root is
# that release (Debian 12 bookworm, or Ubuntu 24.04 noble, whose Qt is in universe).
OS_ID=$(. /etc/os-release && echo "$ID")
SUITE=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
case "$OS_ID" in
    debian) ARCHIVE=debian; DEFAULT_MIRROR=http://deb.debian.org/debian; COMPONENTS=main ;;
    ubuntu) ARCHIVE=ubuntu; DEFAULT_MIRROR=http://archive.ubuntu.com/ubuntu; COMPONENTS="main universe" ;;
    *) echo "packages_install: FAIL: no clean-root recipe for $OS_ID $SUITE (Debian or Ubuntu)" >&2; exit 1 ;;
esac
START=$(date +%s)

fail() { echo "packages_install: FAIL: $*" >&2; exit 1; }
step() { echo "[$(( $(date +%s) - START )) s] $*"; }

if [ "$(id -u)" -ne 0 ]; then
    # A developer with password-less sudo runs it as root; everyone else is told why it fails.
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n bash "$0" "$BUILD" "$CPACK"
    fi
    fail "needs root for debootstrap and chroot: run make test as root (or with password-less sudo)."
fi
for tool in "$CPACK" lintian debootstrap dpkg-shlibdeps appstreamcli chroot; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (make deps installs it)."
done

# Nothing is mounted in the clean root (apt, dpkg, adduser and both programs run without
# /proc); the only thing to clean up is a hub left serving when a step fails.
serve=
trap '[ -z "$serve" ] || kill "$serve" 2>/dev/null || true' EXIT

# -- 1. The packages ---------------------------------------------------------------
step "cpack"
rm -rf "$OUT"
mkdir -p "$OUT" "$CACHE"
(cd "$BUILD" && "$CPACK" -G DEB -B "$OUT" >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log"; fail "cpack failed"; }
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD/CPackConfig.cmake")
DESKTOP=$(ls "$OUT"/xiangzhi_"$VERSION"_*.deb 2>/dev/null) || fail "no xiangzhi_${VERSION}_*.deb in $OUT"
HUB=$(ls "$OUT"/xiangzhi-hub_"$VERSION"_*.deb 2>/dev/null) || fail "no xiangzhi-hub_${VERSION}_*.deb in $OUT"
for deb in "$DESKTOP" "$HUB"; do
    echo "== $(basename "$deb")"
    dpkg-deb -f "$deb" Package Version Depends Recommends Suggests
done

# The changelog's first entry is this version (lintian checks it only in source packages).
first=$(zcat "$BUILD/packaging/changelog.gz" | head -1)
[[ $first == "xiangzhi ($VERSION) "* ]] || fail "packaging/linux/changelog starts with \"$first\"; add an entry for $VERSION"

# Both packages carry what they promise.
contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
expect_files() {
    local deb=$1; shift
    local list; list=$(contents "$deb")
    for f in "$@"; do
        grep -qx -- "$f" <<<"$list" || fail "$(basename "$deb") lacks $f"
    done
}
APP_ID=$(basename "$(contents "$DESKTOP" | grep '^/usr/share/applications/.*\.desktop$')" .desktop)
[ -n "$APP_ID" ] || fail "no .desktop file in $(basename "$DESKTOP")"
expect_files "$DESKTOP" /usr/bin/xiangzhi "/usr/share/applications/$APP_ID.desktop" \
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
    /usr/share/man/man1/xiangzhi.1.gz /usr/share/doc/xiangzhi/copyright /usr/share/doc/xiangzhi/changelog.gz
expect_files "$HUB" /usr/bin/xiangzhi-hub /lib/systemd/system/xiangzhi-hub.service \
    /usr/lib/sysusers.d/xiangzhi-hub.conf /etc/xiangzhi-hub/hub.json /usr/share/man/man1/xiangzhi-hub.1.gz \
    /usr/share/doc/xiangzhi-hub/copyright /usr/share/doc/xiangzhi-hub/changelog.gz
dpkg-deb -I "$HUB" conffiles | grep -qx /etc/xiangzhi-hub/hub.json || fail "hub.json is not a conffile"
# Depends: the libraries from dpkg-shlibdeps and the plugins it cannot see.
for dep in libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins fonts-noto-cjk; do
    dpkg-deb -f "$DESKTOP" Depends | grep -q "\b$dep\b" || fail "xiangzhi does not depend on $dep"
done
for dep in libqt6network6 libqt6sql6-sqlite adduser; do
    dpkg-deb -f "$HUB" Depends | grep -q "\b$dep\b" || fail "xiangzhi-hub does not depend on $dep"
done

# -- 2. AppStream and lintian ----------------------------------------------------------
step "appstreamcli validate"
rm -rf "$WORK/extract" && mkdir -p "$WORK/extract"
dpkg-deb -x "$DESKTOP" "$WORK/extract"
appstreamcli validate --no-net "$WORK/extract/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli rejects the metainfo"

# The bundled fonts' licence travels with the program that embeds them.
SOURCE=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$BUILD/CMakeCache.txt")
if ls "$SOURCE"/resources/fonts/*.ttf >/dev/null 2>&1; then
    grep -q "^License: OFL-1.1" "$WORK/extract/usr/share/doc/xiangzhi/copyright" \
        || fail "resources/fonts holds fonts but xiangzhi's copyright file has no OFL-1.1 stanza"
fi

step "lintian"
# Errors and warnings fail; the remaining info tags are listed in docs/packaging.md.
lintian --fail-on error,warning --display-info \
    "$DESKTOP" "$HUB" || fail "lintian found errors or warnings (above)"

# -- 3. A clean root of this release ---------------------------------------------------------
mirror=$(sed -n "s#^URIs: *\(https\?://[^ ]*/$ARCHIVE\)/\?\$#\1#p; s#^deb \(\[[^]]*\] \)\?\(https\?://[^ ]*/$ARCHIVE\)/\? .*#\2#p" \
             /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | head -1 || true)
mirror=${mirror:-$DEFAULT_MIRROR}
tarball=$CACHE/$SUITE-minbase.tar
rm -rf --one-file-system "$ROOT"
if [ ! -s "$tarball" ]; then
    step "debootstrap $SUITE from $mirror (cached afterwards in $tarball)"
    mkdir -p "$ROOT"
    debootstrap --variant=minbase --components="${COMPONENTS// /,}" "$SUITE" "$ROOT" "$mirror" \
        >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap could not make a $SUITE root from $mirror (network?)"; }
    echo "deb $mirror $SUITE $COMPONENTS
deb $mirror $SUITE-updates $COMPONENTS" >"$ROOT/etc/apt/sources.list"
    tar -C "$ROOT" --numeric-owner -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
else
    step "clean root from $tarball"
    mkdir -p "$ROOT"
    tar -C "$ROOT" --numeric-owner -xf "$tarball"
fi
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true

# -- 4. apt installs both packages, resolving their Depends --------------------------------
step "apt-get install in the clean root"
mkdir -p "$CACHE/archives" "$ROOT/tmp/debs"
cp "$DESKTOP" "$HUB" "$ROOT/tmp/debs/"
cp "$CACHE"/archives/*.deb "$ROOT/var/cache/apt/archives/" 2>/dev/null || true
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
in_root apt-get update -qq || fail "apt-get update in the clean root failed (mirror $mirror)"
in_root apt-get install -y -q --no-install-recommends \
    "/tmp/debs/$(basename "$DESKTOP")" "/tmp/debs/$(basename "$HUB")" >"$WORK/apt-install.log" 2>&1 \
    || { tail -30 "$WORK/apt-install.log"; fail "apt could not install the packages (Depends?)"; }
cp "$ROOT"/var/cache/apt/archives/*.deb "$CACHE/archives/" 2>/dev/null || true

# -- 5. The programs run there -----------------------------------------------------------
step "xiangzhi and xiangzhi-hub in the clean root"
out=$(in_root xiangzhi --version) || fail "xiangzhi --version failed in the clean root"
echo "$out"
[[ $out == "xiangzhi $VERSION "* ]] || fail "xiangzhi --version printed \"$out\""
# Headless commands load the QSQLITE plugin: proves libqt6sql6-sqlite.
in_root xiangzhi demo --database /tmp/demo.sqlite --cases 20 >/dev/null || fail "xiangzhi demo failed in the clean root"
out=$(in_root xiangzhi verify-audit --database /tmp/demo.sqlite) || fail "xiangzhi verify-audit failed: $out"
[[ $out == OK* ]] || fail "verify-audit printed \"$out\""
# The monthly report runs a QApplication on the offscreen platform plugin and draws Chinese:
# proves the platform plugins and the CJK font among the Depends.
in_root xiangzhi report --database /tmp/demo.sqlite --month "$(date +%Y-%m)" --pdf /tmp/report.pdf >/dev/null \
    || fail "xiangzhi report failed in the clean root"
if command -v pdffonts >/dev/null; then
    pdffonts "$ROOT/tmp/report.pdf" | grep -qiE "cjk|wenquanyi|wqy" \
        || fail "the report in the clean root embeds no Chinese font: $(pdffonts "$ROOT/tmp/report.pdf")"
fi
out=$(in_root xiangzhi-hub --help) || fail "xiangzhi-hub --help failed in the clean root"
grep -q "xiangzhi-hub serve" <<<"$out" || fail "xiangzhi-hub --help printed no usage"
echo "$out" | head -3

in_root getent passwd xiangzhi-hub >/dev/null || fail "the postinst made no xiangzhi-hub user"
[ "$(in_root stat -c '%U:%G %a' /etc/xiangzhi-hub/hub.json)" = "root:xiangzhi-hub 640" ] \
    || fail "hub.json is $(in_root stat -c '%U:%G %a' /etc/xiangzhi-hub/hub.json), not root:xiangzhi-hub 640"
[ "$(in_root stat -c '%U %a' /var/lib/xiangzhi-hub)" = "xiangzhi-hub 750" ] \
    || fail "/var/lib/xiangzhi-hub is $(in_root stat -c '%U %a' /var/lib/xiangzhi-hub)"

# The packaged settings, served by the service's user as the unit does (on a free port).
step "xiangzhi-hub serve with the packaged hub.json"
log=$WORK/serve.log
chroot --userspec=xiangzhi-hub:xiangzhi-hub "$ROOT" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    xiangzhi-hub serve --dir /etc/xiangzhi-hub --trial-certificates --port 0 --listen 127.0.0.1 >"$log" 2>&1 &
serve=$!
for _ in $(seq 1 60); do
    grep -q "serving https" "$log" && break
    kill -0 $serve 2>/dev/null || break
    sleep 0.5
done
kill $serve 2>/dev/null || true
status=0
wait $serve 2>/dev/null || status=$?
serve=
cat "$log"
grep -q "serving https" "$log" \
    || fail "the hub did not serve with the packaged hub.json as xiangzhi-hub (exit status $status)"
[ -s "$ROOT/var/lib/xiangzhi-hub/hub.sqlite" ] || fail "the hub made no database in /var/lib/xiangzhi-hub"
[ "$(in_root stat -c '%U %a' /var/lib/xiangzhi-hub/tls/server.key)" = "xiangzhi-hub 600" ] \
    || fail "server.key is not the hub user's alone"

# Removal without systemd works, and purge keeps the county's data.
step "apt-get purge xiangzhi-hub"
in_root apt-get purge -y -q xiangzhi-hub >"$WORK/apt-purge.log" 2>&1 || { cat "$WORK/apt-purge.log"; fail "purging xiangzhi-hub failed"; }
[ -s "$ROOT/var/lib/xiangzhi-hub/hub.sqlite" ] || fail "purge removed the hub's database"
[ ! -e "$ROOT/etc/xiangzhi-hub/hub.json" ] || fail "purge left /etc/xiangzhi-hub/hub.json"

step "passed"
