#!/usr/bin/env bash
# splice_block FILE NAME BLOCK_FILE: replaces the lines between "<!-- NAME:begin" and
# "<!-- NAME:end -->" in FILE (markers included) with BLOCK_FILE's contents, which carry their
# own markers; appends the block when FILE has no such markers.
set -euo pipefail
file=$1; name=$2; block=$3
if grep -q "<!-- $name:begin" "$file"; then
  awk -v block="$block" -v name="$name" '
    BEGIN { while ((getline line < block) > 0) text = text line "\n" }
    index($0, "<!-- " name ":begin") == 1 { printf "%s", text; skip = 1; next }
    index($0, "<!-- " name ":end") == 1 { skip = 0; next }
    !skip { print }' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
else
  cat "$block" >> "$file"
fi
