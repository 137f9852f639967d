#!/bin/sh
# Builds the seed corpus of every fuzz target from fixtures/ and tests/fuzz/seeds/.
# Usage: tests/fuzz/seed_corpus.sh OUT_DIR [TARGET...]   (OUT_DIR/<target>/ per target)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: seed_corpus.sh OUT_DIR [TARGET...]}
shift
targets=${*:-"pipeline text html"}

# Copies $1 into corpus $2 under a name that cannot collide (its content hash).
add() {
  name=$(cksum < "$1" | cut -d' ' -f1)
  cp "$1" "$2/seed-$name"
}

# True when fixture input $2 suits target $1 (by its name: input.html, input.txt, ...).
suits() {
  case "$1:$2" in
    pipeline:*) return 0 ;;
    text:*.txt | text:*.txt.gz | text:*.txt.zst) return 0 ;;
    html:*.html | html:*.htm | html:*.html.gz | html:*.html.zst) return 0 ;;
    jsonl:*.jsonl | warc:*.warc | rules:*.toml) return 0 ;;
  esac
  return 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for target in $targets; do
  dir="$out/$target"
  mkdir -p "$dir"
  find "$root/fixtures" -type f -name 'input*' | sort | while read -r f; do
    # Large fixtures slow every run; libFuzzer mutates small seeds better anyway.
    if suits "$target" "$f" && [ "$(wc -c < "$f")" -le 65536 ]; then add "$f" "$dir"; fi
  done
  # The pipeline sniffs the kind itself, so every other target's seeds suit it too.
  seeds="$here/seeds/$target"
  [ "$target" = pipeline ] && seeds="$here/seeds/*"
  for f in $seeds/* "$here/regressions/$target"/*; do
    [ -f "$f" ] && add "$f" "$dir"
  done
  if [ "$target" = pipeline ]; then
    # Compressed seeds, whole and cut short, so mutations reach the decoders' error paths.
    for f in "$dir"/seed-*; do
      gzip -c "$f" > "$tmp/z.gz" && add "$tmp/z.gz" "$dir"
      head -c 40 "$tmp/z.gz" > "$tmp/z-cut.gz" && add "$tmp/z-cut.gz" "$dir"
      if command -v zstd > /dev/null; then
        zstd -q -c "$f" > "$tmp/z.zst" && add "$tmp/z.zst" "$dir"
        head -c 40 "$tmp/z.zst" > "$tmp/z-cut.zst" && add "$tmp/z-cut.zst" "$dir"
      fi
    done
  fi
  echo "$target: $(ls "$dir" | wc -l) seeds in $dir"
done
