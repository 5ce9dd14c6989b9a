# Build and install `margin` with its man page, shell completions and sample articles.
#
#   make                    release build, man page and completion scripts (in .build/generated)
#   make install            install under PREFIX (default /usr/local); DESTDIR is honoured for packaging
#   make uninstall          remove what `make install` put there
#   make test               the test suite (the same as `swift test`)
#   make check-install      install into a temporary prefix and try the result (what CI runs)
#
# The man page and the completion scripts are generated from the built binary's own command definitions on
# every build, so they cannot drift from the commands (see Docs/install.md).

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
MAN1DIR = $(DATADIR)/man/man1
BASHDIR = $(DATADIR)/bash-completion/completions
ZSHDIR = $(DATADIR)/zsh/site-functions
FISHDIR = $(DATADIR)/fish/vendor_completions.d
SAMPLEDIR = $(DATADIR)/marginalia/samples
DOCDIR = $(DATADIR)/doc/marginalia

# A fully static executable: the Swift runtime, Foundation, glibc and ncurses are linked in, so it runs on
# machines without a Swift toolchain and starts without the dynamic loader (about 2 ms of a 7 ms start-up,
# which is what keeps open-to-first-frame within 1.5x of `less`; Docs/PERFORMANCE.md, the reader section).
# ncurses' static library needs its terminfo library named.
RELEASE_FLAGS = -c release -Xswiftc -static-executable -Xlinker -ltinfo
BINARY = .build/release/margin
GENERATED = .build/generated
DOCS = $(wildcard Docs/guide.md Docs/install.md Docs/exit-codes.md Docs/keys.md)

.PHONY: all build man completions install uninstall test check-install clean

all: build man completions

build:
	$(SWIFT) build $(RELEASE_FLAGS) --product margin

man: build
	Scripts/make-manual.sh $(BINARY) $(GENERATED)/margin.1 $(PREFIX)

completions: build
	mkdir -p $(GENERATED)
	$(BINARY) --generate-completion-script bash > $(GENERATED)/margin.bash
	$(BINARY) --generate-completion-script zsh > $(GENERATED)/_margin
	$(BINARY) --generate-completion-script fish > $(GENERATED)/margin.fish

install: build man completions
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MAN1DIR) $(DESTDIR)$(BASHDIR) $(DESTDIR)$(ZSHDIR) \
		$(DESTDIR)$(FISHDIR) $(DESTDIR)$(SAMPLEDIR) $(DESTDIR)$(DOCDIR)
	install -m 755 $(BINARY) $(DESTDIR)$(BINDIR)/margin
	install -m 644 $(GENERATED)/margin.1 $(DESTDIR)$(MAN1DIR)/margin.1
	install -m 644 $(GENERATED)/margin.bash $(DESTDIR)$(BASHDIR)/margin
	install -m 644 $(GENERATED)/_margin $(DESTDIR)$(ZSHDIR)/_margin
	install -m 644 $(GENERATED)/margin.fish $(DESTDIR)$(FISHDIR)/margin.fish
	install -m 644 seeds/*.txt $(DESTDIR)$(SAMPLEDIR)/
	install -m 644 README.md $(DOCS) $(DESTDIR)$(DOCDIR)/

# Removes only what `install` wrote; the samples and doc folders are Marginalia's own, so they go whole.
# The user's data (annotations, config) lives in their home folder and is never touched.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/margin $(DESTDIR)$(MAN1DIR)/margin.1 $(DESTDIR)$(BASHDIR)/margin \
		$(DESTDIR)$(ZSHDIR)/_margin $(DESTDIR)$(FISHDIR)/margin.fish
	rm -rf $(DESTDIR)$(SAMPLEDIR) $(DESTDIR)$(DOCDIR)
	rmdir $(DESTDIR)$(DATADIR)/marginalia 2>/dev/null || true

test:
	$(SWIFT) test

check-install:
	.ci/check-install

clean:
	rm -rf $(GENERATED) .build/manual-tool
