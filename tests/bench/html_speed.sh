#!/bin/sh
# Builds the speed benchmark and runs it once over a folder of pages (default: the shared
# scrapinghub benchmark): pages/s and MB/s of pith's HTML path beside the Gumbo parse-only
# floor, their ratio, and peak RSS. Usage: tests/bench/html_speed.sh [BUILD_DIR] [PAGES_DIR] [ROUNDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
pages=${2:-$here/../../../shared/bench/scrapinghub/html}
rounds=${3:-5}
cmake --build "$build" --target pith_html_bench >/dev/null
exec nice "$build/tests/bench/pith_html_bench" "$pages" "$rounds"
