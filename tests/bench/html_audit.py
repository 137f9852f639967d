#!/usr/bin/env python3
"""Scores pith's HTML main-content extraction on an audit set: must-contain lines found, must-not-contain lines leaked.

Usage: html_audit.py PITH DIR [--each] [--show N] [--min-found F] [--max-leaked F]
DIR holds *.html pages and expected.json ({page: {must_contain: [...], must_not_contain: [...]}}).
A must-contain line is found when it is a substring of the page's text output (white space
collapsed). A must-not-contain line leaks when it is a substring of an output line; a short one
(under 25 characters, a label such as "Anzeige" or "Share on X") only when it is a whole output line,
so an article paragraph that mentions the word does not count as a leak.
Exit status 1 when the found share is under --min-found or the leaked share over --max-leaked.
"""
import argparse
import json
import os
import subprocess
import sys


def norm(text):
    return " ".join(text.split())


def score_page(pith, path, expect):
    out = subprocess.run([pith, path], capture_output=True, timeout=60)
    text = out.stdout.decode("utf-8", "replace")
    lines = [norm(line) for line in text.splitlines() if line.strip()]
    whole = "\n".join(lines)
    found = [m for m in expect["must_contain"] if norm(m) in whole]
    missed = [m for m in expect["must_contain"] if norm(m) not in whole]
    leaked = []
    for bad in expect["must_not_contain"]:
        b = norm(bad)
        if len(b) < 25:
            hit = any(line == b or line.rstrip(":") == b.rstrip(":") for line in lines)
        else:
            hit = any(b in line for line in lines)
        if hit:
            leaked.append(bad)
    return len(found), missed, leaked


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pith")
    ap.add_argument("dir")
    ap.add_argument("--each", action="store_true", help="one line per page")
    ap.add_argument("--show", type=int, default=3, help="missed/leaked lines shown per page with --each")
    ap.add_argument("--min-found", type=float, default=0.0)
    ap.add_argument("--max-leaked", type=float, default=1.0)
    args = ap.parse_args()
    with open(os.path.join(args.dir, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    tot_c = tot_f = tot_n = tot_l = 0
    for page in sorted(expected):
        exp = expected[page]
        n_found, missed, leaked = score_page(args.pith, os.path.join(args.dir, page), exp)
        n_c, n_n = len(exp["must_contain"]), len(exp["must_not_contain"])
        tot_c += n_c
        tot_f += n_found
        tot_n += n_n
        tot_l += len(leaked)
        if args.each:
            print(f"{page:32} found {n_found:3}/{n_c:<3} leaked {len(leaked):3}/{n_n}")
            for m in missed[:args.show]:
                print(f"    MISSED {m[:110]}")
            for b in leaked[:args.show]:
                print(f"    LEAKED {b[:110]}")
    found_share = tot_f / tot_c if tot_c else 1.0
    leak_share = tot_l / tot_n if tot_n else 0.0
    print(f"pages {len(expected)}  must-contain found {tot_f}/{tot_c} ({found_share:.3f})  "
          f"must-not-contain leaked {tot_l}/{tot_n} ({leak_share:.3f})")
    if found_share < args.min_found or leak_share > args.max_leaked:
        print(f"FAIL: found share {found_share:.3f} < {args.min_found} or leaked share {leak_share:.3f} > {args.max_leaked}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
