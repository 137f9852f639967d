#!/usr/bin/env python3
"""Text-path throughput: pith over a large dump of real article text and residue, in MB/s.

The dump repeats the article bodies of the shared ground truth (real news paragraphs, one a
line) followed by every fixture input (article text dense with residue), so the filters meet
both the long lines they must pass cheaply and the short lines they must judge.

Runs the binary with every stage, with the filters alone, and with every filter disabled
(the baseline: read, parse, normalise, write), each several times, and prints the least
CPU time of each. The machine is shared, so compare the ratios within one run rather than MB/s across runs.

usage: nice bench/text_speed.py [--pith build/src/pith] [--mb 40] [--runs 5]
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


GROUND_TRUTH = os.path.join(ROOT, '..', 'shared', 'bench', 'scrapinghub', 'ground-truth.json')


def build_corpus(size_bytes):
    """Article bodies and fixture inputs, repeated until the corpus reaches size_bytes."""
    parts = []
    if os.path.exists(GROUND_TRUTH):
        with open(GROUND_TRUTH, encoding='utf-8') as f:
            for page in json.load(f).values():
                lines = [line.strip() for line in page.get('articleBody', '').splitlines()]
                parts.append(('\n'.join(line for line in lines if line) + '\n').encode('utf-8'))
    for path in sorted(glob.glob(os.path.join(ROOT, 'fixtures', '*', 'input.txt'))):
        with open(path, 'rb') as f:
            parts.append(f.read().rstrip(b'\n') + b'\n')
    unit = b''.join(parts)
    if not unit:
        raise SystemExit('no text fixtures found')
    return unit * (size_bytes // len(unit) + 1)


def filter_names(pith):
    out = subprocess.run([pith, '--list-filters'], check=True, capture_output=True, text=True).stdout
    return [line.split()[1] for line in out.splitlines() if line.startswith('filter')]


def best_seconds(cmd, runs):
    """Least CPU time (user + system) of the child over `runs` runs: on a shared machine
    CPU time is far steadier than wall time, and pith runs on one core."""
    best = float('inf')
    for _ in range(runs):
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        if status != 0:
            raise SystemExit(f'{cmd[0]} failed with status {status}')
        best = min(best, usage.ru_utime + usage.ru_stime)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--pith', default=os.path.join(ROOT, 'build', 'src', 'pith'))
    parser.add_argument('--mb', type=int, default=40, help='corpus size in MB (under --max-bytes)')
    parser.add_argument('--runs', type=int, default=5)
    args = parser.parse_args()

    corpus = build_corpus(args.mb << 20)
    filters = ','.join(filter_names(args.pith))
    with tempfile.NamedTemporaryFile(suffix='.txt') as f:
        f.write(corpus)
        f.flush()
        base = [args.pith, '--max-bytes', '1G', '--format', 'text']
        cases = [
            ('baseline (no filter)', base + ['--disable=' + filters, '--', f.name]),
            ('filters only', base + ['--only=' + filters, '--', f.name]),
            ('every stage', base + ['--', f.name]),
        ]
        mb = len(corpus) / 1e6
        lines = corpus.count(b'\n')
        print(f'corpus: {mb:.1f} MB, {lines} lines ({len(corpus) // lines} bytes a line), '
              f'best of {args.runs} runs', flush=True)
        baseline = None
        for name, cmd in cases:
            seconds = best_seconds(cmd, args.runs)
            baseline = baseline or seconds
            print(f'{name:22s} {seconds:7.3f} s  {mb / seconds:8.1f} MB/s  x{seconds / baseline:5.2f} of baseline', flush=True)


if __name__ == '__main__':
    main()
