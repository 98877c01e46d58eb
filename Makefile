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
FUZZ_PACKAGES := $(shell grep -v '^\#' packaging/fuzz-packages.txt)
TIDY_PACKAGES := $(shell grep -v '^\#' packaging/tidy-packages.txt)
TIDY_BASE   ?= HEAD~1
FUZZ_DIR    ?= build-fuzz
FUZZ_SECONDS ?= 120
ASAN_DIR    ?= build-asan
ASAN_CTEST_ARGS ?=
CLI         := $(BUILD_DIR)/app/retentiondesk-cli
# Rows of the generated orders file `make bench-import` imports (e.g. IMPORT_ROWS=10000000).
IMPORT_ROWS ?= 1000000
GUI         := $(BUILD_DIR)/app/retentiondesk

ifeq ($(CI),true)
WERROR := ON
endif

.PHONY: all deps bench-deps tidy-deps tidy configure build run test package demo bench bench-import bench-metrics bench-risk bench-gui format lupdate clean \
	fuzz-deps fuzz test-asan

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

# The Debian package (CPack): $(BUILD_DIR)/retentiondesk_<version>_<arch>.deb; sudo apt install ./<that file>.
package: build
	cd $(BUILD_DIR) && cpack -G DEB

bench: bench-import bench-metrics bench-risk bench-gui

bench-import: build bench-deps
	bench/import/run.sh $(CLI) $(IMPORT_ROWS)

# The 100,000-customer demo database: bench/out/demo100k.sqlite unless DEMO100K is set (created on first run).
bench-metrics: build bench-deps
	bench/metrics/run.sh $(CLI)

lupdate: configure
	cmake --build $(BUILD_DIR) --target update_translations

# clang-tidy (.clang-tidy) on the C++ files changed since TIDY_BASE, committed or not; the build's
# compile_commands.json gives each file its flags. Headers are checked through the files including them.
tidy-deps:
	$(call install_missing,$(TIDY_PACKAGES))

tidy: build tidy-deps
	@files=$$( { git diff --name-only --diff-filter=ACMR $(TIDY_BASE) -- '*.cpp'; \
		git ls-files --others --exclude-standard -- '*.cpp'; } | sort -u); \
	if [ -z "$$files" ]; then echo "tidy: no C++ file changed since $(TIDY_BASE)"; exit 0; fi; \
	echo "tidy: $$files" | tr '\n' ' '; echo; \
	clang-tidy -p $(BUILD_DIR) --quiet --extra-arg=-Wno-unknown-warning-option $$files

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

# Sanitizers (issue 10). Both build in a directory of their own, without -Werror (the sanitizers' code
# generation brings false warnings; `make test` checks the warnings).
# `make fuzz`: libFuzzer targets for the import code (tests/fuzz: CSV reader, format detection, value
#   parsing, header mapping), built with clang-14 and -fsanitize=fuzzer,address,undefined in $(FUZZ_DIR).
#   Each runs FUZZ_SECONDS (default 120), JOBS at a time, and the executions per target are printed. A
#   finding's input lands in $(FUZZ_DIR)/fuzz-findings/<target>/; it goes to tests/fuzz/regressions/<target>/
#   as a regression test.
#   FUZZ_TARGETS="csvreader valueparser" runs only those (make passes it to the script through the environment).
# `make test-asan`: the whole ctest suite built with gcc and -fsanitize=address,undefined in $(ASAN_DIR), UB
#   fatal, leaks checked at exit, plus the replay of the fuzz corpus and regressions (ctest fuzz_replay_*).
#   ASAN_CTEST_ARGS passes e.g. -E or -R to ctest. The tests of ASAN_SLOW_TESTS run after ctest, outside it,
#   so without the 300 s timeout that tests/CMakeLists.txt gives every test. None needs that at present: the
#   command-line tests start the instrumented tool some 250 times in all, split over tst_cli, tst_clirisk,
#   tst_clireport and tst_climetrics, of which the slowest (tst_cli) needs about 115 s under ASan.
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
ASAN_ENV := QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ASAN_SLOW_TESTS ?=
asan_empty :=
asan_slow_regex := ^($(subst $(asan_empty) $(asan_empty),|,$(strip $(ASAN_SLOW_TESTS))))$$

fuzz-deps:
	$(call install_missing,$(FUZZ_PACKAGES))

fuzz: deps fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug -DRD_FUZZ=ON \
		-DRD_WERROR=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
	cmake --build $(FUZZ_DIR) --target rd_fuzzers -j $(JOBS)
	tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(JOBS)

test-asan: deps fuzz-deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug -DRD_FUZZ=ON \
		-DRD_WERROR=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "-DCMAKE_CXX_FLAGS=$(ASAN_FLAGS)" \
		"-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined"
	cmake --build $(ASAN_DIR) -j $(JOBS)
	@status=0; \
	$(ASAN_ENV) ctest --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS) \
		$(if $(strip $(ASAN_SLOW_TESTS)),-E '$(asan_slow_regex)') $(ASAN_CTEST_ARGS) || status=1; \
	for t in $(ASAN_SLOW_TESTS); do \
		echo "$$t (outside ctest, without its timeout):"; \
		(cd $(ASAN_DIR)/tests && $(ASAN_ENV) ./$$t) || { echo "$$t FAILED" >&2; status=1; }; \
	done; \
	exit $$status
