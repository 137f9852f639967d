#!/usr/bin/env python3
"""How often pith finds each metadata field on a folder of pages, and what it finds.

Runs `pith --format jsonl` once over every page of DATA/html/*.html.gz and prints, per
field, how many pages got a value. Neither benchmark has metadata truth, so the values are
for reading by eye: --show FIELD lists each page's value (with the page's URL when the
benchmark gives one), to spot sidebar names or dates that are not the article's.

Usage:
  metadata_coverage.py PITH DATA [--show FIELD] [--save FILE]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

FIELDS = ["title", "author", "date", "site_name", "url", "hostname", "language", "description", "image",
          "tags", "categories"]


def page_id(path):
    """A page's file name without .gz and .html: the benchmarks' keys ("<hash>", "site.de-topic")."""
    name = Path(path).name
    for suffix in (".gz", ".html"):
        name = name.removesuffix(suffix)
    return name


def page_urls(data):
    """page id -> URL, from ground-truth.json (scrapinghub) or evaldata.json (trafilatura-eval)."""
    urls = {}
    truth = data / "ground-truth.json"
    if truth.exists():
        for key, entry in json.loads(truth.read_text()).items():
            urls[key] = entry.get("url", "")
    evaldata = data / "evaldata.json"
    if evaldata.exists():
        for url, entry in json.loads(evaldata.read_text()).items():
            urls[page_id(entry["file"])] = url
    return urls


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pith")
    ap.add_argument("data")
    ap.add_argument("--show", help="print this field's value for every page")
    ap.add_argument("--save", help="write page id and metadata as JSON Lines")
    args = ap.parse_args()

    data = Path(args.data)
    pages = sorted((data / "html").glob("*.html.gz"))
    if not pages:
        sys.exit(f"no pages under {data / 'html'}")
    proc = subprocess.run([args.pith, "--format", "jsonl", *map(str, pages)], capture_output=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"pith failed with status {proc.returncode}: {proc.stderr[:500]!r}")
    urls = page_urls(data)
    counts = {field: 0 for field in FIELDS}
    rows = []
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        name = page_id(obj.get("source", ""))
        row = {"id": name, "page_url": urls.get(name, "")}
        for field in FIELDS:
            value = obj.get(field)
            row[field] = value
            if value:
                counts[field] += 1
        rows.append(row)
        if args.show:
            print(f"{name[:24]}\t{row['page_url'][:70]}\t{json.dumps(obj.get(args.show), ensure_ascii=False)}")
    if args.save:
        with open(args.save, "w") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pages: " + ", ".join(f"{field} {counts[field]}" for field in FIELDS))


if __name__ == "__main__":
    main()
