#!/usr/bin/env bash
# Regenerates the screen captures in Docs/guide.md from the real program.
#
#   Docs/capture-guide.sh [MARGIN]      (default: .build/debug/margin; run `swift build` first)
#
# Each capture in the guide sits between "<!-- capture NAME -->" and "<!-- /capture -->"; this script runs
# the session the guide describes, on the bundled seeds, with a fresh data folder and config, saves every
# capture, and rewrites those blocks in place (nothing else in the guide changes). Terminal screens come from
# `margin` running in tmux at 80x24 (a private socket, killed at the end); command-line captures show the
# command and what it printed (the checkout's path shown as /home/you/marginalia). Needs tmux and jq. Run
# it again whenever the program's screens change.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
margin=$(cd "$(dirname "${1:-.build/debug/margin}")" && pwd)/$(basename "${1:-.build/debug/margin}")
[ -x "$margin" ] || { echo "capture-guide.sh: no margin binary at $margin (run swift build)" >&2; exit 1; }

work=$(mktemp -d)
socket="marginalia-guide-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
captures="$work/captures"
mkdir -p "$captures" "$work/data" "$work/config" "$work/bin"
ln -s "$margin" "$work/bin/margin"

# The same clean environment for every step, so the captures do not depend on the machine's own store.
session_env=(env -i "PATH=$work/bin:/usr/bin:/bin" "HOME=$work" "LANG=C.UTF-8" "TERM=xterm-256color"
  "MARGINALIA_HOME=$work/data" "XDG_CONFIG_HOME=$work/config" "EDITOR=true")

# shown COMMAND...: the command as a person would type it (words with spaces or quotes in double quotes).
shown() {
  local word out=""
  for word in "$@"; do
    case "$word" in
      *[[:space:]\'\"\$\`\;\&\|\<\>\(\)\*\?]*) out+=" \"${word//\"/\\\"}\"" ;;
      *) out+=" $word" ;;
    esac
  done
  printf '$%s\n' "$out"
}

# cli NAME COMMAND...: runs a command from the package root and captures "$ COMMAND" and its output.
cli() {
  local name=$1; shift
  { shown "$@"; (cd "$root" && "${session_env[@]}" "$@" 2>&1) || true; } > "$captures/$name.txt"
}

# cli_status NAME COMMAND...: like cli, then shows the exit status as `echo $?` would.
cli_status() {
  local name=$1 status=0; shift
  { shown "$@"; (cd "$root" && "${session_env[@]}" "$@" 2>&1) || status=$?; printf '$ echo $?\n%s\n' "$status"; } \
    > "$captures/$name.txt"
}

# start COMMAND...: starts a terminal session of 80x24 running COMMAND (from the package root).
start() {
  tmux -L "$socket" kill-server 2>/dev/null || true
  tmux -L "$socket" new-session -d -x 80 -y 24 -c "$root" "$(printf '%q ' "${session_env[@]}" "$@")"
}
screen() { tmux -L "$socket" capture-pane -p | sed 's/[[:space:]]*$//'; }
# wait_for TEXT: waits (up to 10 s) until TEXT is on the screen; the capture fails loudly otherwise.
wait_for() {
  local i; for i in $(seq 1 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
  echo "capture-guide.sh: \"$1\" never appeared; the screen was:" >&2; screen >&2; exit 1
}
# keys KEYS...: sends keys (tmux names: Enter, Tab, Space, Escape, C-f ...) and lets the screen settle.
keys() { tmux -L "$socket" send-keys "$@"; sleep 0.3; }
# snap NAME: saves the screen as it is now (trailing blank lines dropped).
snap() { screen | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$captures/$1.txt"; }

# ---------------------------------------------------------------------------------------------------------
# The session the guide walks through. Keep it in the guide's order.

# Opening: the library of the bundled seeds (from the package root, as `swift run margin` does).
start margin
wait_for "LIBRARY"
snap library

# Reading: open the first article, page down, search.
keys Enter
wait_for "ARTICLE"
snap article
keys / R u b i c o n
wait_for "/Rubicon"
snap search
keys Enter n
wait_for "wrapped"
snap search-wrapped

# The comments: Tab switches to the thread.
keys Tab
wait_for "COMMENTS"
snap comments

# A deeper thread: the importer's nested-comments fixture (a WordPress page shape the seeds lack).
keys q q
start margin Tests/MarginaliaCoreTests/Fixtures/wordpress-nested.txt
wait_for "ARTICLE"
keys Tab
wait_for "COMMENTS"
snap thread
keys J Space
wait_for "hidden"
snap thread-collapsed
keys q q
start margin
wait_for "LIBRARY"
keys Enter
wait_for "ARTICLE"

# Help is generated from the keymap.
keys '?'
wait_for "HELP"
snap help
keys q q q

# Tags and notes, from the command line.
cli tags margin tags
cli tag-add margin tags add actors/north-korea --color cyan --key n --description "North Korea as an actor"
cli tag-color margin tags color actors/north-korea blue
cli annotate-claim margin annotate 000 --quote "North Korea has effectively crossed the Rubicon" \
  --tag claim --tag actors/north-korea --note "Cha's main point: the deployment changes how Europe sees Pyongyang."
cli annotate-quote margin annotate 000 --quote "they’re fair game. They’re fair targets." --tag quote --tag important
comment=$(cd "$root" && "${session_env[@]}" margin show 000 --json | jq -r '.comments[0].id')
cli annotate-comment margin annotate 000 --comment "$comment" \
  --quote "There is now a huge gap into which a new non-aligned movement can fit itself" --tag claim --tag question

# Finding them again.
cli annotations margin annotations
cli annotations-claim margin annotations --tag claim
cli tags-counted margin tags
start margin
wait_for "LIBRARY"
snap library-annotated
keys Enter
wait_for "ARTICLE"
snap article-annotated
keys q q

# Exporting.
cli export-markdown margin export --article 000
cli export-csv margin export --format csv
cli export-w3c margin export --format w3c --output annotations.w3c.json
rm -f "$root/annotations.w3c.json"

# Troubleshooting: what a damaged store looks like (a copy, so the session's store is untouched).
cp -R "$work/data" "$work/damaged"
printf '{"schema": 1, "tags": [' > "$work/damaged/tags.json"
session_env=("${session_env[@]/#MARGINALIA_HOME=*/MARGINALIA_HOME=$work/damaged}")
cli_status store-error margin tags
sed -i "s|$work/damaged|~/.local/share/marginalia|g" "$captures/store-error.txt"

# ---------------------------------------------------------------------------------------------------------
# The checkout's own path would differ on every machine: show it as /home/you/marginalia.
sed -i "s|$root|/home/you/marginalia|g" "$captures"/*.txt

# Splice the captures into the guide (CAPTURES_OUT=folder also keeps a copy of each capture there).
[ -z "${CAPTURES_OUT:-}" ] || { mkdir -p "$CAPTURES_OUT"; cp "$captures"/*.txt "$CAPTURES_OUT"/; }
guide=Docs/guide.md
awk -v dir="$captures" '
  /^<!-- capture [a-z0-9-]+ -->$/ {
    print; name = $3; file = dir "/" name ".txt"
    if ((getline probe < file) <= 0) { print "capture-guide.sh: no capture " name > "/dev/stderr"; exit 1 }
    close(file)
    print "```text"; while ((getline line < file) > 0) print line; close(file); print "```"
    skipping = 1; next
  }
  /^<!-- \/capture -->$/ { skipping = 0 }
  skipping { next }
  { print }
' "$guide" > "$work/guide.md"
mv "$work/guide.md" "$guide"
echo "capture-guide.sh: updated $(grep -c '^<!-- capture ' "$guide") captures in $guide"
