#!/bin/sh
# Every benchmark page (../shared/bench: scrapinghub and trafilatura-eval) through the HTML parser
# with the prescan's unread-markup steps and without, links kept and not: the Documents must be
# identical (two assertions a page). ctest runs the same check on a sample.
# Usage: tests/bench/prescan_identity.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
cmake --build "$build" --target pith_tests >/dev/null
cd "$here/../.."
PITH_PRESCAN_IDENTITY_ALL=1 exec "$build/tests/pith_tests" "[prescan-identity]"
