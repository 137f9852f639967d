#!/usr/bin/env python3
"""Article-extraction quality of pith over a benchmark folder, in one process.

Runs `pith --format jsonl` once over every page of DATA/html/*.html.gz, maps each output
line's source back to its page id, scores the texts against DATA/ground-truth.json with
the benchmark's own score.py (4-token shingles), and prints precision, recall, F1 and
pages/s.

A folder with DATA/evaldata.json instead is a snippet benchmark (trafilatura's evaluation
scheme: snippets that must and must not be in each page's text); it is scored by its own
scorer, DATA/../snippet_score.py, which runs pith itself and prints precision, recall,
accuracy and F1.

Usage:
  html_quality.py PITH DATA [--score SCORE_PY] [--floor F1] [--per-doc] [--save FILE]

With --floor it is a test: exit 1 when F1 falls below the floor, and 77 (CTest's
SKIP_RETURN_CODE) when DATA is absent.
"""
import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path

SKIP = 77


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pith(pith, pages):
    start = time.perf_counter()
    proc = subprocess.run([pith, "--format", "jsonl", *map(str, pages)], capture_output=True)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"pith failed with status {proc.returncode}: {proc.stderr[:500]!r}")
    preds = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        name = Path(obj.get("source", "")).name
        preds[name.split(".")[0]] = obj.get("text") or ""
    return preds, seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pith")
    ap.add_argument("data")
    ap.add_argument("--score", help="score.py (default: DATA/../score.py)")
    ap.add_argument("--floor", type=float)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--save", help="write the predictions as JSON Lines (id, text)")
    args = ap.parse_args()

    data = Path(args.data)
    if (data / "evaldata.json").exists():
        f1 = snippet_f1(args.pith, data, args.per_doc)
        return 2 if f1 is None else below_floor(f1, args.floor)
    truth_path = data / "ground-truth.json"
    score_path = Path(args.score) if args.score else data.parent / "score.py"
    if not truth_path.exists() or not score_path.exists():
        print(f"benchmark data not found at {data}: skipped")
        return SKIP if args.floor is not None else 2

    scorer = load_scorer(score_path)
    truth = {k: v.get("articleBody", "") for k, v in json.loads(truth_path.read_text(encoding="utf-8")).items()}
    ids = sorted(truth)
    pages = [data / "html" / f"{i}.html.gz" for i in ids]
    preds, seconds = run_pith(args.pith, pages)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for i in ids:
                out.write(json.dumps({"id": i, "text": preds.get(i, "")}, ensure_ascii=False) + "\n")

    counts = {i: scorer.tp_fp_fn(truth[i], preds.get(i, "")) for i in ids}
    f1, p, r = scorer.summarise(list(counts.values()))
    if args.per_doc:
        for i in sorted(ids, key=lambda i: scorer.summarise([counts[i]])[0]):
            df1, dp, dr = scorer.summarise([counts[i]])
            print(f"{df1:.3f} p={dp:.3f} r={dr:.3f} {i}")
    print(f"documents={len(ids)} precision={p:.3f} recall={r:.3f} F1={f1:.3f} "
          f"pages/s={len(ids) / seconds:.1f} ({seconds:.2f} s, one process)")
    return below_floor(f1, args.floor)


def snippet_f1(pith, data, per_doc):
    """F1 of a snippet benchmark by its own scorer (which runs pith), or None when it fails."""
    scorer = data.parent / "snippet_score.py"
    if not scorer.exists():
        print(f"snippet scorer not found at {scorer}")
        return None
    command = [sys.executable, str(scorer), str(data / "evaldata.json"), str(data / "html"), pith]
    if per_doc:
        command.append("--per-doc")
    proc = subprocess.run(command, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    match = re.search(r"F1=([0-9.]+)", proc.stdout)
    if proc.returncode != 0 or not match:
        sys.stderr.write(proc.stderr)
        print("the snippet scorer failed")
        return None
    return float(match.group(1))


def below_floor(f1, floor):
    """1 (a failed test) when `f1` is below `floor`, else 0."""
    if floor is not None and f1 < floor:
        print(f"F1 {f1:.3f} is below the floor {floor:.3f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
