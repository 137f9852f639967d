#!/usr/bin/env python3
"""Residue audit (issue 8): run pith over tests/data/residue-audit/audit.tsv and tabulate, per
residue kind, the residue lines pith misses and the near-miss content lines it wrongly removes.

Usage: residue_audit.py PITH [AUDIT.tsv] [--show]
Each article is cleaned on its own, its lines joined with empty lines between them (paragraphs, as
get_text() or a text browser dumps them). Not a timed test; plain stdlib.
"""
import collections
import re
import subprocess
import sys
from pathlib import Path

LINE_NO = re.compile(r"# line (\d+)")


def read_articles(path):
    articles, current = [], None
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            current = (raw[4:].strip(), [])
            articles.append(current)
            continue
        tag, text = raw.split("\t", 1)
        current[1].append((tag, text))
    return articles


def removed_lines(pith, text):
    """Input line numbers (1-based) pith's --explain marks removed, with the filter's name."""
    out = subprocess.run([pith, "--explain", "--color", "never", "-"], input=text.encode(),
                         capture_output=True, check=True).stdout.decode()
    removed = {}
    for line in out.splitlines():
        if line.startswith("- ["):
            match = LINE_NO.search(line)
            if match:
                removed[int(match.group(1))] = line[3:line.index("]")]
    return removed


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    pith = args[0]
    path = args[1] if len(args) > 1 else Path(__file__).resolve().parents[1] / "data/residue-audit/audit.tsv"
    noise = collections.Counter()
    noise_removed = collections.Counter()
    near = collections.Counter()
    near_kept = collections.Counter()
    content = content_kept = 0
    for name, rows in read_articles(path):
        text = "\n\n".join(t for _, t in rows) + "\n"
        removed = removed_lines(pith, text)
        for i, (tag, line) in enumerate(rows):
            by = removed.get(2 * i + 1)
            kind = tag.split(":", 1)[1] if ":" in tag else ""
            if tag.startswith("N:"):
                noise[kind] += 1
                noise_removed[kind] += by is not None
                if show and by is None:
                    print(f"MISSED  {kind:13} {name}: {line}")
            elif tag.startswith("M:"):
                near[kind] += 1
                near_kept[kind] += by is None
                if show and by is not None:
                    print(f"LOST    {kind:13} {name}: [{by}] {line}")
            else:
                content += 1
                content_kept += by is None
                if show and by is not None:
                    print(f"LOST    content       {name}: [{by}] {line}")
    print(f"{'kind':14} {'removed':>9} {'near-miss kept':>15}")
    for kind in sorted(set(noise) | set(near)):
        n = f"{noise_removed[kind]}/{noise[kind]}" if noise[kind] else "-"
        m = f"{near_kept[kind]}/{near[kind]}" if near[kind] else "-"
        print(f"{kind:14} {n:>9} {m:>15}")
    print(f"noise_removed={sum(noise_removed.values())}/{sum(noise.values())} "
          f"near_miss_kept={sum(near_kept.values())}/{sum(near.values())} content_kept={content_kept}/{content}")


if __name__ == "__main__":
    main()
