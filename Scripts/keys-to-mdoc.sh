#!/usr/bin/env bash
# Converts Docs/keys.md (generated from the reader's keymap) into the man page's KEYS section (mdoc).
#
#   Scripts/keys-to-mdoc.sh Docs/keys.md > keys.mdoc
#
# Reads "## Heading" lines as subsections and Markdown table rows "| keys | action |" as entries (the header
# row and the |---| rule are skipped); other lines are ignored. Prints nothing when the file is missing, so
# the man page still builds before the reader exists.
set -euo pipefail
file=${1:?usage: keys-to-mdoc.sh KEYS.md}
[ -f "$file" ] || exit 0

awk '
  function clean(text) {
    gsub(/^[ \t]+|[ \t]+$/, "", text)
    gsub(/`/, "", text)
    gsub(/\\/, "\\e", text)          # backslashes are mdoc escapes
    gsub(/\001/, "|", text)
    gsub(/"/, "\\(dq", text)
    return text
  }
  function open_list() { if (!listing) { print ".Bl -tag -width 18n"; listing = 1 } }
  function close_list() { if (listing) { print ".El"; listing = 0 } }
  BEGIN { print ".Sh KEYS"; print "In the reader (" "\\fBmargin\\fR" " with no subcommand), keys act as follows." }
  !/^\|/ { header_seen = 0 }       # each table has its own header row
  /^##+ / { close_list(); sub(/^##+ +/, ""); print ".Ss \"" clean($0) "\""; next }
  /^\|/ {
    line = $0
    gsub(/\\\|/, "\001", line)      # an escaped pipe in a table cell is a literal pipe, not a separator
    n = split(line, cells, "|")
    # cells[1] is empty (before the first pipe); a row is | keys | action | ...
    keys = clean(cells[2]); action = clean(cells[3])
    if (keys ~ /^-+$/ || keys == "" ) next
    if (!header_seen) { header_seen = 1; next }
    open_list()
    print ".It \"\\&" keys "\""
    # A line of text starting with a dot or quote would be read as a request.
    if (action ~ /^[.\047]/) action = "\\&" action
    print action
    next
  }
  END { close_list() }
' "$file"
