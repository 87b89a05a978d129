# The two commands of the README:
#   make run    install what is missing, configure, build, open the program on a demo database
#   make test   the same set-up, then every test
# and, for developers:
#   make bench  the benchmarks on a 1,000,000-case demo database
#   make package  the Debian packages xiangzhi and xiangzhi-hub in $(BUILD)/ (docs/packaging.md)
#   make clean

BUILD    ?= build
TYPE     ?= RelWithDebInfo
DB       ?= $(BUILD)/demo/xiangzhi-demo.sqlite
BENCH_DB ?= $(BUILD)/bench/bench-1m.sqlite
BENCH_CASES ?= 1000000
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)

# Debian 12 / Ubuntu 24.04 package names.
PACKAGES = build-essential cmake ninja-build pkg-config \
           qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
           qt6-svg-dev qt6-charts-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins \
           qt6-httpserver-dev libssl-dev openssl zlib1g-dev \
           libsqlite3-dev sqlite3 libargon2-dev libsodium-dev postgresql \
           libgtest-dev googletest libbenchmark-dev \
           libxlsxwriter-dev python3-openpyxl poppler-utils \
           fonts-noto-cjk fonts-noto-core \
           dpkg-dev file appstream lintian debootstrap

SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: run test bench package deps configure build clean

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing: $$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(TYPE)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

$(DB): | build
	mkdir -p $(dir $(DB))
	$(BUILD)/app/xiangzhi demo --database $(DB)

run: build $(DB)
	$(BUILD)/app/xiangzhi --database $(DB)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	@if [ ! -f $(BENCH_DB) ]; then mkdir -p $(dir $(BENCH_DB)) && \
	  $(BUILD)/app/xiangzhi demo --database $(BENCH_DB) --cases $(BENCH_CASES); fi
	$(BUILD)/bench/xz_bench --database $(BENCH_DB) --app $(BUILD)/app/xiangzhi

package: build
	cd $(BUILD) && cpack -G DEB
	@ls -1 $(BUILD)/*.deb

clean:
	rm -rf $(BUILD)
