#!/bin/sh
# Builds the seed corpus of every fuzz target from fixtures/ and tests/fuzz/seeds/.
# Usage: tests/fuzz/seed_corpus.sh OUT_DIR [TARGET...]   (OUT_DIR/<target>/ per target)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: seed_corpus.sh OUT_DIR [TARGET...]}
shift
targets=${*:-"pipeline text html jsonl warc rules sites"}

# Copies $1 into corpus $2 under a name that cannot collide (its content hash).
add() {
  name=$(cksum < "$1" | cut -d' ' -f1)
  cp "$1" "$2/seed-$name"
}

# True when fixture file $2 suits target $1 (by its name: input.html, input.txt, rules.toml...).
suits() {
  case "$1:$2" in
    pipeline:*/input*) return 0 ;;
    text:*.txt | text:*.txt.gz | text:*.txt.zst) return 0 ;;
    html:*.html | html:*.htm | html:*.html.gz | html:*.html.zst) return 0 ;;
    jsonl:*.jsonl | warc:*.warc | rules:*.toml | sites:*.tsv) return 0 ;;
  esac
  return 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for target in $targets; do
  dir="$out/$target"
  mkdir -p "$dir"
  rm -rf "$tmp/plain"
  mkdir "$tmp/plain"
  find "$root/fixtures" -type f \( -name 'input*' -o -name '*.toml' \) | sort | while read -r f; do
    # Large fixtures slow every run; libFuzzer mutates small seeds better anyway.
    if suits "$target" "$f" && [ "$(wc -c < "$f")" -le 65536 ]; then add "$f" "$tmp/plain"; fi
  done
  # The pipeline sniffs the kind itself, so the text and HTML seeds suit it too.
  seeds="$here/seeds/$target"
  [ "$target" = pipeline ] && seeds="$here/seeds/text $here/seeds/html"
  for f in $(for d in $seeds; do printf '%s\n' "$d"/*; done) "$here/regressions/$target"/*; do
    [ -f "$f" ] && add "$f" "$tmp/plain"
  done
  for f in "$tmp/plain"/*; do
    [ -f "$f" ] || continue
    add "$f" "$dir"
    case "$target" in
      pipeline | jsonl | warc)
        # Compressed seeds, whole and cut short, so mutations reach the decoders' error paths.
        gzip -n -c "$f" > "$tmp/z.gz" && add "$tmp/z.gz" "$dir"
        head -c 40 "$tmp/z.gz" > "$tmp/z-cut.gz" && add "$tmp/z-cut.gz" "$dir"
        if command -v zstd > /dev/null; then
          zstd -q -c "$f" > "$tmp/z.zst" && add "$tmp/z.zst" "$dir"
          head -c 40 "$tmp/z.zst" > "$tmp/z-cut.zst" && add "$tmp/z-cut.zst" "$dir"
        fi
        ;;
    esac
  done
  echo "$target: $(ls "$dir" | wc -l) files in $dir"
done
