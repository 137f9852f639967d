#!/bin/sh
# ctest: .ci/sample, the README's first command, prints exactly the cleaned sample on standard
# output, and its build's output goes to standard error. It reuses this build folder, where the
# build finds nothing to do; CI also runs .ci/sample in a fresh copy of the tree, building pith.
#   sample_command.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1
build=$2
# .ci/sample would rebuild a stale pith under the other tests' feet: this test never builds.
if [ -n "$(find "$src/src" "$src/CMakeLists.txt" -newer "$build/src/pith" -print -quit 2>/dev/null)" ]; then
  echo "sample_command: skipped: $build/src/pith is older than its sources; build it, then test"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! PITH_BUILD="$build" "$src/.ci/sample" > "$tmp/out" 2> "$tmp/err"; then
  cat "$tmp/err" >&2
  exit 1
fi
expected="$src/fixtures/seed-drone-strikes/expected.txt"
if ! cmp -s "$tmp/out" "$expected"; then
  echo "sample_command: standard output of .ci/sample is not $expected:" >&2
  diff "$expected" "$tmp/out" | head -20 >&2
  exit 1
fi
# The build said something ("ninja: no work to do." at least), and said it on stderr.
if ! grep -Eq 'ninja|\[[0-9]+/[0-9]+\]' "$tmp/err"; then
  echo "sample_command: no build output on standard error:" >&2
  cat "$tmp/err" >&2
  exit 1
fi
echo "sample_command: standard output is exactly $expected"
