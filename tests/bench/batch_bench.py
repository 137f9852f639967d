#!/usr/bin/env python3
"""Batch throughput and memory benchmark for pith (standard library only).

Builds two JSON Lines corpora under WORK (never committed): the benchmark's HTML pages
repeated with distinct ids (--mb MB or more), and their ground-truth article texts with
typical dump noise mixed in (same size). Then, all in one session so the ratios hold on a
noisy machine, it runs:
  - each corpus at -j 1 and -j 2: records/s, MB/s, the -j 2 / -j 1 scaling, peak RSS;
  - the single-document path (one file per page, `pith -j 1 --format jsonl FILES`) against
    the same pages as JSON Lines at -j 1, to show the per-record overhead of batch mode;
  - optionally (--stream-gb N) N GB of the HTML corpus streamed through standard input at
    -j 2, whose peak RSS should match the 200 MB run's (memory does not grow with input).

Usage: nice python3 tests/bench/batch_bench.py [--pith build/src/pith] [--work build/bench]
       [--mb 200] [--stream-gb 2]
"""
import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "scrapinghub"
NOISE = ["Advertisement", "Share this:", "Facebook", "Twitter", "Email", "Print",
         "Sign up for our newsletter", "Read more:", "Loading...", "Related articles"]


def pages():
    out = []
    for path in sorted((BENCH / "html").glob("*.html.gz")):
        out.append((path.name.split(".")[0], gzip.decompress(path.read_bytes()).decode("utf-8", "replace")))
    return out


def build_html_corpus(path, megabytes, source):
    if path.exists() and path.stat().st_size >= megabytes * 1e6:
        return
    size, rep = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < megabytes * 1e6:
            for page_id, html in source:
                line = json.dumps({"id": f"{page_id}-{rep}", "url": f"https://example.com/{page_id}/{rep}",
                                   "crawl": {"rep": rep}, "text": html}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
            rep += 1


def build_text_corpus(path, megabytes):
    if path.exists() and path.stat().st_size >= megabytes * 1e6:
        return
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [(k, v["articleBody"]) for k, v in sorted(truth.items()) if v.get("articleBody")]
    rng = random.Random(7)
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < megabytes * 1e6:
            for page_id, body in bodies:
                lines = [l for l in body.split("\n") if l.strip()]
                for _ in range(3):
                    lines.insert(rng.randrange(len(lines) + 1), rng.choice(NOISE))
                line = json.dumps({"id": f"{page_id}-{n}", "text": "\n".join(lines)}, ensure_ascii=False) + "\n"
                f.write(line)
                size += len(line.encode("utf-8"))
                n += 1


def run(cmd, stdin_path=None, stdin_feed=None):
    """Runs cmd under /usr/bin/time, stdout to /dev/null; returns a dict of wall and CPU
    seconds and peak RSS in MB (of pith itself, not of this script)."""
    stats = Path(os.environ.get("TMPDIR", "/tmp")) / f"pith-bench-time-{os.getpid()}"
    timed = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(stats), *cmd]
    stdin = open(stdin_path, "rb") if stdin_path else (subprocess.PIPE if stdin_feed else subprocess.DEVNULL)
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(timed, stdin=stdin, stdout=null, stderr=subprocess.PIPE)
        feeder = None
        if stdin_feed:
            feeder = threading.Thread(target=stdin_feed, args=(proc.stdin,))
            feeder.start()
        err = proc.stderr.read()
        proc.wait()
        if feeder:
            feeder.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-500:]}")
    wall, user, system, rss_kb = stats.read_text().split()[-4:]
    stats.unlink()
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss": int(rss_kb) / 1024}


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parents[2]
    parser.add_argument("--pith", default=str(root / "build" / "src" / "pith"))
    parser.add_argument("--work", default=str(root / "build" / "bench"))
    parser.add_argument("--mb", type=float, default=200)
    parser.add_argument("--stream-gb", type=float, default=0)
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)

    source = pages()
    html_path, text_path = work / "html.jsonl", work / "text.jsonl"
    build_html_corpus(html_path, args.mb, source)
    build_text_corpus(text_path, args.mb)

    print(f"pith: {args.pith}   cores: {os.cpu_count()}   load: {os.getloadavg()[0]:.2f}")
    print("wall-clock rates; CPU s is user+system (what the machine's other load cannot inflate)")
    print(f"{'corpus':<8}{'MB':>8}{'records':>9}{'-j':>4}{'wall s':>8}{'CPU s':>8}{'rec/s':>9}{'MB/s':>8}"
          f"{'peak RSS MB':>13}")
    for name, path in (("html", html_path), ("text", text_path)):
        mb = path.stat().st_size / 1e6
        records = count_lines(path)
        result = {}
        for jobs in (1, 2):
            r = result[jobs] = run([args.pith, "-i", "jsonl", "-q", "-j", str(jobs), str(path)])
            print(f"{name:<8}{mb:>8.1f}{records:>9}{jobs:>4}{r['wall']:>8.2f}{r['cpu']:>8.2f}"
                  f"{records / r['wall']:>9.1f}{mb / r['wall']:>8.1f}{r['rss']:>13.1f}")
        print(f"{name:<8} scaling -j 2 / -j 1 (wall): {result[1]['wall'] / result[2]['wall']:.2f}; "
              f"CPU -j 2 / -j 1: {result[2]['cpu'] / result[1]['cpu']:.2f}")

    # Single-document path vs batch at -j 1, on the same pages (each page three times).
    single_dir = work / "pages"
    single_dir.mkdir(exist_ok=True)
    files = []
    with open(work / "pages.jsonl", "w", encoding="utf-8") as f:
        for rep in range(3):
            for page_id, html in source:
                file = single_dir / f"{page_id}-{rep}.html"
                if not file.exists():
                    file.write_text(html, encoding="utf-8")
                files.append(str(file))
                f.write(json.dumps({"id": f"{page_id}-{rep}", "text": html}, ensure_ascii=False) + "\n")
    single = [run([args.pith, "-q", "-j", "1", "--format", "jsonl", *files]) for _ in range(3)]
    batch = [run([args.pith, "-i", "jsonl", "-q", "-j", "1", str(work / "pages.jsonl")]) for _ in range(3)]
    s_cpu, b_cpu = min(r["cpu"] for r in single), min(r["cpu"] for r in batch)
    s_wall, b_wall = min(r["wall"] for r in single), min(r["wall"] for r in batch)
    print(f"{len(files)} pages at -j 1, best of 3: single-document path {s_cpu:.2f} CPU s ({s_wall:.2f} wall), "
          f"JSON Lines batch {b_cpu:.2f} CPU s ({b_wall:.2f} wall): batch/single CPU = {b_cpu / s_cpu:.3f}")

    if args.stream_gb > 0:
        target = args.stream_gb * 1e9
        corpus = html_path.read_bytes()

        def feed(pipe):
            sent = 0
            try:
                while sent < target:
                    pipe.write(corpus)
                    sent += len(corpus)
            finally:
                pipe.close()

        r = run([args.pith, "-i", "jsonl", "-q", "-j", "2"], stdin_feed=feed)
        gb = (target // len(corpus) + (target % len(corpus) > 0)) * len(corpus) / 1e9
        print(f"streamed {gb:.2f} GB through stdin at -j 2: {r['wall']:.1f} s, {gb * 1e3 / r['wall']:.1f} MB/s, "
              f"peak RSS {r['rss']:.1f} MB")


if __name__ == "__main__":
    main()
