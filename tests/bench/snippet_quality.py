#!/usr/bin/env python3
"""Extraction quality of pith on a snippet benchmark (trafilatura's evaluation scheme), as a floor check.

Runs the benchmark's own scorer, DATA/../snippet_score.py, over DATA/evaldata.json and the pages
in DATA/html (one pith process over all pages), prints its summary line (precision, recall,
accuracy, F1) and, with --floor, fails when F1 is below the floor.

Usage:
  snippet_quality.py PITH DATA [--floor F1] [--per-doc]

Exit status: 0 at or above the floor, 1 below it, 77 (CTest's SKIP_RETURN_CODE) when DATA or
its scorer is absent, 2 when the scorer fails.
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

SKIP = 77


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pith")
    ap.add_argument("data")
    ap.add_argument("--floor", type=float)
    ap.add_argument("--per-doc", action="store_true")
    args = ap.parse_args()

    data = Path(args.data)
    scorer = data.parent / "snippet_score.py"
    if not (data / "evaldata.json").exists() or not (data / "html").is_dir() or not scorer.exists():
        print(f"snippet benchmark not found at {data} (or its scorer at {scorer}): skipped")
        return SKIP if args.floor is not None else 2

    command = [sys.executable, str(scorer), str(data / "evaldata.json"), str(data / "html"), args.pith]
    if args.per_doc:
        command.append("--per-doc")
    proc = subprocess.run(command, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    match = re.search(r"F1=([0-9.]+)", proc.stdout)
    if proc.returncode != 0 or not match:
        sys.stderr.write(proc.stderr)
        print("the scorer failed")
        return 2
    f1 = float(match.group(1))
    if args.floor is not None and f1 < args.floor:
        print(f"F1 {f1:.3f} is below the floor {args.floor:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
