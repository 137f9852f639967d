#!/usr/bin/python3
"""Throughput of the Python module's Cleaner.clean_many against the CLI on the same pages.

Both clean the article benchmark's HTML pages (../shared/bench/scrapinghub/html, gzip as
stored), repeated --rounds times, in one session so the ratio holds on a noisy machine:
  - the CLI: `pith --format jsonl -q -j N PAGES...` (reads the files, writes JSON Lines);
  - the module: `Cleaner().clean_many(page bytes, jobs=N)`, each result parsed into a dict
    (what a Python caller gets), the files read in the loop too.
Best of --repeat runs each; prints pages/s, CPU ms per page (user + system, of the CLI's
process or of this one) and module/CLI for each N in --jobs. On a shared machine the CPU time
is the steadier figure: wall time there measures the other jobs too.

Usage: PYTHONPATH=<dir with pith> /usr/bin/python3 tests/bench/python_bench.py
       [--pith build/src/pith] [--jobs 1 2] [--rounds 3] [--repeat 3]
(after the README's pip line, run it with .venv/bin/python instead).
"""
import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import pith

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT.parent / "shared" / "bench" / "scrapinghub" / "html"


def cpu_seconds(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def best_of(repeat, run, who):
    """(wall seconds, CPU seconds) of the fastest of `repeat` runs."""
    best = None
    for _ in range(repeat):
        cpu, start = cpu_seconds(who), time.perf_counter()
        run()
        sample = (time.perf_counter() - start, cpu_seconds(who) - cpu)
        best = sample if best is None or sample[0] < best[0] else best
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pith", default=str(ROOT / "build" / "src" / "pith"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3, help="times each page is cleaned per run")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = sorted(PAGES.glob("*.html*"))
    if not pages:
        sys.exit(f"no pages under {PAGES}")
    paths = [str(p) for p in pages] * args.rounds
    cleaner = pith.Cleaner()

    print(f"{len(paths)} pages ({len(pages)} distinct, {sum(p.stat().st_size for p in pages) / 1e6:.1f} MB gzip)")
    print(f"{'jobs':>4}  {'CLI pages/s':>12}  {'module pages/s':>15}  {'module/CLI':>10}  "
          f"{'CLI CPU ms/page':>15}  {'module CPU ms/page':>18}")
    for jobs in args.jobs:
        def cli():
            subprocess.run([args.pith, "--format", "jsonl", "-q", "-j", str(jobs), *paths],
                           check=True, stdout=subprocess.DEVNULL)

        def module():
            for result in cleaner.clean_many((Path(p).read_bytes() for p in paths), jobs=jobs):
                assert "error" not in result

        cli_s, cli_cpu = best_of(args.repeat, cli, resource.RUSAGE_CHILDREN)
        module_s, module_cpu = best_of(args.repeat, module, resource.RUSAGE_SELF)
        print(f"{jobs:>4}  {len(paths) / cli_s:>12.1f}  {len(paths) / module_s:>15.1f}  {cli_s / module_s:>10.2f}  "
              f"{1000 * cli_cpu / len(paths):>15.2f}  {1000 * module_cpu / len(paths):>18.2f}")


if __name__ == "__main__":
    main()
