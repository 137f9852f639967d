"""Shared fixtures of the Python tests: the source tree, the pith binary, the benchmark pages."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH_PAGES = ROOT.parent / "shared" / "bench" / "scrapinghub" / "html"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def pith_binary() -> str:
    """The CLI the module must agree with: $PITH_BINARY, else build/src/pith."""
    binary = os.environ.get("PITH_BINARY", str(ROOT / "build" / "src" / "pith"))
    if not os.access(binary, os.X_OK):
        pytest.skip(f"no pith binary at {binary} (build it, or set PITH_BINARY)")
    return binary


@pytest.fixture(scope="session")
def run_cli(pith_binary):
    """Runs the CLI with arguments and standard input; returns the completed process."""

    def run(args, stdin=b"", check_status=(0,)):
        done = subprocess.run([pith_binary, *args], input=stdin, capture_output=True, timeout=300)
        assert done.returncode in check_status, done.stderr.decode(errors="replace")
        return done

    return run


@pytest.fixture(scope="session")
def bench_pages() -> list:
    if not BENCH_PAGES.is_dir():
        pytest.skip(f"benchmark pages not found at {BENCH_PAGES}")
    return sorted(BENCH_PAGES.glob("*.html*"))
