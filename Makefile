# RetentionDesk: `make run` and `make test` are the two quick-start commands.
# Both install missing Debian packages (as root or through sudo), configure, build and then
# start the GUI on the demo database or run the whole test suite.

BUILD_DIR   ?= build
BUILD_TYPE  ?= RelWithDebInfo
WERROR      ?= OFF
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
DEMO_DB     ?= demo/demo.sqlite
DEMO_CUSTOMERS ?= 10000
PACKAGES    := $(shell grep -v '^\#' packaging/debian-packages.txt)
BENCH_PACKAGES := $(shell grep -v '^\#' packaging/bench-packages.txt)
CLI         := $(BUILD_DIR)/app/retentiondesk-cli
GUI         := $(BUILD_DIR)/app/retentiondesk

ifeq ($(CI),true)
WERROR := ON
endif

.PHONY: all deps bench-deps configure build run test demo bench bench-import bench-metrics bench-risk bench-gui format lupdate clean

all: build

# install_missing: installs those of the Debian packages $(1) that are missing (as root or through sudo).
define install_missing
@missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "Installing missing Debian packages:$$missing"; \
  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; \
  else echo "Missing packages:$$missing. Install them as root (apt-get install$$missing)." >&2; exit 1; fi; \
  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef

deps:
	$(call install_missing,$(PACKAGES))

bench-deps:
	$(call install_missing,$(BENCH_PACKAGES))

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DRD_WERROR=$(WERROR)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

$(DEMO_DB):
	@mkdir -p $(dir $(DEMO_DB))
	$(CLI) demo --db $(DEMO_DB) --customers $(DEMO_CUSTOMERS)

demo: build $(DEMO_DB)

run: build $(DEMO_DB)
	$(GUI) --db $(DEMO_DB)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

bench: bench-import bench-metrics bench-risk bench-gui

bench-import: build
	bench/import/run.sh $(CLI)

# The 100,000-customer demo database: bench/out/demo100k.sqlite unless DEMO100K is set (created on first run).
bench-metrics: build bench-deps
	bench/metrics/run.sh $(CLI)

lupdate: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)

# The at-risk commands end to end (risk, backtest, tune) on 100,000-customer demos of seeds 1 and 7 and on
# Online Retail, then their parts in-process.
bench-risk: build
	cmake --build $(BUILD_DIR) --target bench_risk
	bench/risk/run.sh $(CLI) $(BUILD_DIR)/bench/bench_risk

# The window on the same demo database: start, page switches, period changes, risk-list filters.
bench-gui: build
	cmake --build $(BUILD_DIR) --target bench_gui
	@db=$${DEMO100K:-bench/out/demo100k.sqlite}; \
	if [ ! -s "$$db" ]; then mkdir -p "$$(dirname "$$db")"; $(CLI) demo --db "$$db" --customers 100000 --seed 1; fi; \
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/bench/bench_gui "$$db"
