#!/bin/sh
# The text benchmark: pith in text mode over a >= 50 MB corpus of articles and scraped noise,
# on one core, against baselines over the same bytes in the same run (the machine is noisy,
# so compare ratios, not absolute figures).
#
# Usage: tests/bench/text_bench.sh [PITH_BINARY] [RUNS]
#   PITH_BINARY  defaults to build/src/pith (build with -DCMAKE_BUILD_TYPE=Release)
#   RUNS         runs per command, the fastest is reported (default 3)
# Environment: PITH_BENCH_CORPUS (where to build the corpus, default /tmp/pith-text-corpus.txt),
#              PITH_BENCH_MB (corpus size, default 55), PITH_BENCH_ARGS (extra pith flags).
#
# The corpus repeats its articles (about 92% of its lines are copies), so as one text the
# duplicate stage takes most lines out before the boilerplate model sees them. The last run
# cleans the same paragraphs as JSON Lines records, one per stretch between blank lines, as a
# batch of dumps is cleaned: each record on its own, with its own language identification and
# every line scored.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
pith=${1:-$root/build/src/pith}
runs=${2:-3}
corpus=${PITH_BENCH_CORPUS:-/tmp/pith-text-corpus.txt}
megabytes=${PITH_BENCH_MB:-55}
truth=$root/../shared/bench/scrapinghub/ground-truth.json

[ -x "$pith" ] || { echo "text_bench: no pith binary at $pith" >&2; exit 2; }
if [ ! -s "$corpus" ]; then
  python3 "$root/tests/bench/text_corpus.py" "$truth" "$corpus" "$megabytes"
fi
bytes=$(wc -c < "$corpus")
# One core, as the target is per core.
pin="taskset -c 0"
command -v taskset > /dev/null || pin=""

# Fewest CPU seconds (user + system) of RUNS runs of "$@": on a shared machine CPU time
# is steadier than wall time, and the target is per core anyway.
best_seconds() {
  best=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    t=$(/usr/bin/time -f "%U %S" $pin "$@" 2>&1 > /dev/null | tail -n 1 | awk '{ print $1 + $2 }')
    best=$(awk -v t="$t" -v b="$best" 'BEGIN { print (b == "" || t < b) ? t : b }')
    i=$((i + 1))
  done
  echo "$best"
}

report() {  # name seconds baseline_seconds
  awk -v name="$1" -v t="$2" -v base="$3" -v bytes="$bytes" \
    'BEGIN { printf "%-34s %8.3f s %9.1f MB/s %7.2fx the time of wc -w\n", name, t, bytes / t / 1e6, t / base }'
}

[ -x /usr/bin/time ] || { echo "text_bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
echo "corpus: $corpus, $bytes bytes; CPU seconds, best of $runs runs; pinned: ${pin:-no}"
# The baseline: a byte-scanning tool over the same bytes, CPU-bound like pith (cat is I/O only).
base=$(best_seconds env LC_ALL=C wc -w "$corpus")
report "LC_ALL=C wc -w (baseline)" "$base" "$base"
# shellcheck disable=SC2086
report "pith --only whitespace" "$(best_seconds "$pith" "$corpus" --input-format text --only whitespace ${PITH_BENCH_ARGS:-})" "$base"
# Where the time goes: reading, parsing, language identification, the default normalisers and
# writing with no filter; then every default stage but the learned one (boilerplate); then all.
normalisers=$("$pith" --list-filters | awk '$1 == "normaliser" && $3 == "on" { printf "%s%s", sep, $2; sep = "," }')
# shellcheck disable=SC2086
report "pith, default normalisers only" "$(best_seconds "$pith" "$corpus" --input-format text --only "$normalisers" ${PITH_BENCH_ARGS:-})" "$base"
# shellcheck disable=SC2086
report "pith --disable boilerplate" "$(best_seconds "$pith" "$corpus" --input-format text --disable boilerplate ${PITH_BENCH_ARGS:-})" "$base"
# shellcheck disable=SC2086
report "pith (all default stages)" "$(best_seconds "$pith" "$corpus" --input-format text ${PITH_BENCH_ARGS:-})" "$base"
# shellcheck disable=SC2086
rss=$(/usr/bin/time -f %M "$pith" "$corpus" --input-format text ${PITH_BENCH_ARGS:-} 2>&1 > /dev/null | tail -n 1)
echo "pith (all default stages) peak RSS: $((rss / 1024)) MiB for a $((bytes / 1048576)) MiB input"
# The same text as JSON Lines records (split at blank lines), cleaned one record at a time on one
# worker: the batch path, its JSON read and written.
records=${corpus%.*}.jsonl
if [ ! -s "$records" ] || [ "$records" -ot "$corpus" ]; then
  python3 -c 'import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, part in enumerate(text.split("\n\n")):
        out.write(json.dumps({"id": i, "text": part}, ensure_ascii=False) + "\n")' "$corpus" "$records"
fi
# shellcheck disable=SC2086
report "pith -j 1 -f jsonl, as records" "$(best_seconds "$pith" -j 1 -f jsonl "$records" ${PITH_BENCH_ARGS:-})" "$base"
