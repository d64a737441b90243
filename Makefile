# Tidings: the README's two commands (make run, make test) and a few more.
# Every target that builds first installs the Debian -dev packages the system-library targets need,
# and only the missing ones.

SWIFT        ?= swift
APT_PACKAGES := libcurl4-openssl-dev libxml2-dev libsqlite3-dev pkg-config
PREFIX       ?= /usr/local
OPML         ?= feeds.opml

.PHONY: all deps build release run test demo install clean

all: build

deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing missing Debian packages:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The daemon on ./feeds.opml with the default database (see README: Files).
run: release
	./.build/release/tidings run --opml $(OPML)

# The parser's fuzz smoke (about 30 s, fixed seed) first, so that the test runner's summary is the
# last thing printed; a hung test ends the run after 25 minutes instead of holding CI.
test: deps
	FUZZ_SEED=1 fuzz/run 30
	timeout --kill-after=30 1500 $(SWIFT) test

# Refreshes the offline examples into a throw-away database and lists the stories: no network needed.
demo: build
	@bin=$$($(SWIFT) build --show-bin-path)/tidings; \
	dir=$$(mktemp -d); \
	$$bin refresh --db $$dir/demo.sqlite --opml examples/offline/feeds.opml && \
	echo && $$bin list --db $$dir/demo.sqlite; \
	status=$$?; rm -rf $$dir; exit $$status

install: release
	install -D -m 0755 .build/release/tidings $(DESTDIR)$(PREFIX)/bin/tidings

clean:
	rm -rf .build

# Developer targets: the parser's fuzzer (fuzz/README.md) and benchmark (bench/README.md).
# `make fuzz SECONDS=1800` is the long run; fuzz-smoke is the short bounded one for `make test`.
SECONDS ?= 1800

.PHONY: fuzz fuzz-smoke bench-parse

fuzz: deps
	fuzz/run $(SECONDS)

fuzz-smoke: deps
	fuzz/run 30

bench-parse: deps
	bench/parse
