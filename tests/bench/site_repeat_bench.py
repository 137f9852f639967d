#!/usr/bin/env python3
"""site-repeat at scale: the learning pass's cost and a two-pass batch's memory (stdlib only).

Writes a JSON Lines dump of --sites sites (default 50) and --gb GB (default 2) to --work
(default /tmp; deleted at the end unless --keep): text records of 8 to 20 lines, every line
its own except what each site repeats (a ticker in 80% of its records, a tagline in 30%, a
templated "The post ... appeared first on SITE." line in half, a standing bio in 5%). Then, in
one session so the ratios hold on a noisy machine, at -j 2:
  - learning alone   (--learn-sites): wall and CPU seconds, peak RSS;
  - cleaning alone   (--sites, the profile just learned): the same;
  - the two-pass run (no profile: learn, then clean): the same, and its output is checked to
    equal the cleaning run's.
It prints learning CPU / cleaning CPU (the issue asks for at most 0.5) and the peak RSS of each
run (the issue asks for under 256 MB at 2 GB).

Usage: nice python3 tests/bench/site_repeat_bench.py [--pith build/src/pith] [--gb 2] [--work /tmp]
"""
import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

WORDS = ("harbour council river budget school bridge storm festival police market museum farm rail clinic "
         "court library voted opened closed rose fell after before during against despite quickly slowly again "
         "twice mayor teachers nurses drivers farmers visitors funding repairs protest deal north south coastal "
         "rural new old local regional annual final water power road housing rent wages jobs strike talks plan "
         "report survey election vote party leader minister judge ruling appeal sentence trial witness").split()


def letters(n):
    """`n` in base 26 letters: a word that keeps lines apart after digits are folded."""
    out = ""
    while True:
        out = chr(97 + n % 26) + out
        n //= 26
        if n == 0:
            return out


def build(path, gigabytes, sites):
    rng = random.Random(11)
    pool = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 60))) for _ in range(4000)]
    names = [f"site{k:02d}.example" for k in range(sites)]
    target, size, n = gigabytes * 1e9, 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            k = n % sites
            lines = []
            if rng.random() < 0.8:
                lines.append(f"MARKETS: DOW {rng.randint(30000, 36000)} | OIL ${rng.randint(60, 90)}.{rng.randint(0, 99)}"
                             f" | {names[k]} live")
            # Article lines: pool paragraphs drawn at random, each opened by three words drawn
            # afresh and closed by a word spelt from its record and place, so that, as in real
            # articles, no two lines are alike and few share their first or last words.
            title = f"{rng.choice(pool)[:60].capitalize()} {letters(n)}"
            lines.append(title)
            for p in range(rng.randint(6, 18)):
                opening = " ".join(rng.choice(WORDS) for _ in range(3)).capitalize()
                lines.append(f"{opening} {rng.choice(pool)} {letters(n * 31 + p)}.")
            if rng.random() < 0.3:
                lines.append(f"Support independent journalism: become a member of {names[k]} today.")
            if rng.random() < 0.05:
                lines.append(f"Jo Smith writes about local politics for {names[k]}. She has covered the council since the flood.")
            if rng.random() < 0.5:
                lines.append(f"The post {title} appeared first on {names[k]}.")
            line = json.dumps({"id": n, "url": f"https://www.{names[k]}/story/{n}", "text": "\n".join(lines)}) + "\n"
            f.write(line)
            size += len(line)
            n += 1
    return n


def run(cmd, out=None):
    """Runs cmd under /usr/bin/time; returns wall and CPU seconds, peak RSS (MB) and stderr."""
    stats = Path(os.environ.get("TMPDIR", "/tmp")) / f"pith-site-bench-time-{os.getpid()}"
    timed = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(stats), *cmd]
    with open(out or os.devnull, "wb") as sink:
        proc = subprocess.run(timed, stdout=sink, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    wall, user, system, rss_kb = stats.read_text().split()[-4:]
    stats.unlink()
    return {"wall": float(wall), "cpu": float(user) + float(system), "rss": int(rss_kb) / 1024,
            "err": proc.stderr.decode()}


def digest(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parents[2]
    parser.add_argument("--pith", default=str(root / "build" / "src" / "pith"))
    parser.add_argument("--gb", type=float, default=2)
    parser.add_argument("--sites", type=int, default=50)
    parser.add_argument("--work", default="/tmp")
    parser.add_argument("--keep", action="store_true", help="keep the dump and outputs")
    args = parser.parse_args()
    work = Path(args.work) / f"pith-site-bench-{os.getpid()}"
    work.mkdir(parents=True)
    dump, profile = work / "dump.jsonl", work / "sites.tsv"
    try:
        records = build(dump, args.gb, args.sites)
        gb = dump.stat().st_size / 1e9
        print(f"pith: {args.pith}   cores: {os.cpu_count()}   load: {os.getloadavg()[0]:.2f}")
        print(f"dump: {gb:.2f} GB, {records} records of {args.sites} sites")
        base = [args.pith, "-i", "jsonl", "-j", "2"]
        learn = run([*base, "-q", "--learn-sites", str(profile), str(dump)])
        clean = run([*base, "-q", "--sites", str(profile), str(dump)], out=work / "clean.jsonl")
        both = run([*base, str(dump)], out=work / "two-pass.jsonl")
        same = digest(work / "clean.jsonl") == digest(work / "two-pass.jsonl")
        print(f"{'run':<28}{'wall s':>9}{'CPU s':>9}{'MB/s':>8}{'peak RSS MB':>13}")
        for name, r in (("learning (--learn-sites)", learn), ("cleaning (--sites)", clean), ("two-pass (learn + clean)", both)):
            print(f"{name:<28}{r['wall']:>9.1f}{r['cpu']:>9.1f}{gb * 1e3 / r['wall']:>8.1f}{r['rss']:>13.1f}")
        print(f"learning / cleaning: CPU {learn['cpu'] / clean['cpu']:.2f}, wall {learn['wall'] / clean['wall']:.2f}")
        print(f"two-pass output equals --sites output: {same}")
        print("two-pass summary:")
        print("".join(f"  {line}\n" for line in both["err"].splitlines() if "site-repeat" in line or "lines removed" in line)[:3000], end="")
    finally:
        if not args.keep:
            for file in work.iterdir():
                file.unlink()
            work.rmdir()


if __name__ == "__main__":
    main()
