#!/usr/bin/env bash
# Generates the margin(1) man page from the built binary's command definitions, then adds the hand-written
# sections (keys, environment, files, exit status) from Docs/man/.
#
#   Scripts/make-manual.sh BINARY OUTPUT [PREFIX]
#
# The command part comes from swift-argument-parser's generate-manual tool, which reads the binary's
# `--experimental-dump-help`; it is built once, from the argument-parser checkout SwiftPM already fetched,
# into .build/manual-tool (no network). The KEYS section is converted from the reader's keymap
# (`margin keys --markdown`, the same text as Docs/keys.md).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:?usage: make-manual.sh BINARY OUTPUT [PREFIX]}
output=${2:?usage: make-manual.sh BINARY OUTPUT [PREFIX]}
prefix=${3:-/usr/local}
swift=${SWIFT:-swift}

tool=.build/manual-tool/debug/generate-manual
if [ ! -x "$tool" ]; then
  checkout=.build/checkouts/swift-argument-parser
  [ -d "$checkout" ] || "$swift" package resolve
  mkdir -p .build
  "$swift" build --package-path "$checkout" --scratch-path .build/manual-tool --product generate-manual \
    > .build/manual-tool.log 2>&1 || { cat .build/manual-tool.log >&2; exit 1; }
fi

# A fixed date (the last commit's) keeps the page reproducible; outside git, today.
date=${MANUAL_DATE:-$(git log -1 --format=%cs 2>/dev/null || true)}
[ -n "$date" ] || date=$(date -u +%Y-%m-%d)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" "$binary" --date "$date" --section 1 --output-directory "$work" >&2
generated="$work/margin.1"
[ -s "$generated" ] || { echo "make-manual.sh: generate-manual wrote no $generated" >&2; exit 1; }

# The KEYS section, from the binary's own keymap (`margin keys --markdown`, the text of Docs/keys.md), or
# from Docs/keys.md for a binary without that subcommand; neither yields no section.
keys="$work/keys.mdoc"
keys_markdown=Docs/keys.md
if "$binary" keys --markdown > "$work/keys.md" 2>/dev/null && [ -s "$work/keys.md" ]; then keys_markdown="$work/keys.md"; fi
Scripts/keys-to-mdoc.sh "$keys_markdown" > "$keys"

# Splice: the introduction goes at the top of DESCRIPTION; the other hand-written sections replace the
# generator's generic EXIT STATUS (".Ex -std", which only says 0 or >0).
mkdir -p "$(dirname "$output")"
awk -v intro=Docs/man/description.mdoc -v keys="$keys" -v sections=Docs/man/sections.mdoc '
  function cat(file,   line) { while ((getline line < file) > 0) print line; close(file) }
  /^\.Sh DESCRIPTION$/ { print; cat(intro); next }
  /^\.Sh "EXIT STATUS"$/ { cat(keys); cat(sections); spliced = 1; skip = 1; next }
  skip && /^\.Sh / { skip = 0 }
  skip { next }
  { print }
  END { if (!spliced) { cat(keys); cat(sections) } }
' "$generated" | sed "s|@PREFIX@|$prefix|g" > "$output.tmp"
mv "$output.tmp" "$output"
echo "wrote $output" >&2
