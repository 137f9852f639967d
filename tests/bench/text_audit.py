#!/usr/bin/env python3
"""Scores a pith binary on the labelled text-residue audit dumps (tests/data/text-audit).

usage: python3 tests/bench/text_audit.py PITH [DIR]

For every NN-LL-slug.txt in DIR (default: tests/data/text-audit; any folder of
dumps labelled the same way, e.g. tests/data/text-audit-2) with its
NN-LL-slug.labels (a .txt without one is skipped) (one label per non-empty line: 'c' or 'n<TAB>kind'), runs
`PITH --explain --color never FILE`, reads which lines were removed
('- [filter] text  # line N: reason'), cross-checks against the plain output
`PITH FILE`, and prints residue recall per kind / language / overall, content
kept, every missed residue line and every lost content line.
"""
import collections
import glob
import os
import re
import subprocess
import sys

REMOVED = re.compile(r'^- \[([^\]]+)\] (.*?)  # lines? (\d+)(?:\s*[-–]\s*(\d+))?: (.*)$')


def norm(s):
    return ' '.join(s.split())


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f'{" ".join(cmd)} failed ({p.returncode}): {p.stderr.decode(errors="replace")}')
    return p.stdout.decode('utf-8', errors='replace')


def score_file(pith, txt):
    raw = open(txt, encoding='utf-8').read().split('\n')
    # physical line number (1-based) -> index among non-empty lines
    phys = [i + 1 for i, l in enumerate(raw) if l.strip()]
    lines = [raw[n - 1] for n in phys]
    labels = [l.rstrip('\n') for l in open(txt[:-4] + '.labels', encoding='utf-8') if l.strip()]
    if len(labels) != len(lines):
        sys.exit(f'{txt}: {len(lines)} non-empty lines but {len(labels)} labels')
    idx_of = {n: i for i, n in enumerate(phys)}
    removed = {}  # index -> filter name
    explain = run([pith, '--explain', '--color', 'never', txt])
    for el in explain.split('\n'):
        m = REMOVED.match(el)
        if not m:
            continue
        a = int(m.group(3))
        b = int(m.group(4) or a)
        for n in range(a, b + 1):
            if n in idx_of:
                removed[idx_of[n]] = m.group(1)
    # cross-check with the plain output: a line counted as kept must appear in it
    plain = run([pith, txt])
    plain_norm = '\n'.join(norm(l) for l in plain.split('\n'))
    plain_lines = set(norm(l) for l in plain.split('\n') if l.strip())
    plain_counts = collections.Counter(norm(l) for l in plain.split('\n') if l.strip())
    # a line whose text recurs ("Outdoors" in a menu and again in a footer): removed at one place,
    # kept at the other, it is in the plain output once, which is no contradiction
    kept_counts = collections.Counter(norm(l) for i, l in enumerate(lines) if i not in removed)
    warnings = []
    partial = {}
    for i, l in enumerate(lines):
        t = norm(l)
        if i in removed:
            if t and plain_counts[t] > kept_counts[t]:
                warnings.append(f'{os.path.basename(txt)} line {phys[i]}: marked removed by {removed[i]} but present in plain output: {t[:80]}')
        elif t not in plain_lines:
            if t and t in plain_norm:
                continue  # kept, joined with another line
            # kept line altered (span cut) or dropped without an explain mark
            best = max((pl for pl in plain_lines if pl and (pl in t or t[:40] in pl)), key=len, default=None)
            if best is None:
                removed[i] = '(absent from plain output)'
                warnings.append(f'{os.path.basename(txt)} line {phys[i]}: not marked removed but absent from plain output: {t[:80]}')
            else:
                partial[i] = best
    return lines, labels, removed, partial, warnings


def main():
    args = sys.argv[1:]
    if not args or args[0] in ('-h', '--help') or len(args) > 2:
        print(__doc__)
        sys.exit(0 if args and args[0] in ('-h', '--help') else 2)
    pith = args[0]
    if not (os.path.isfile(pith) and os.access(pith, os.X_OK)):
        sys.exit(f'text_audit: no pith binary at {pith}')
    d = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'text-audit')
    if not os.path.isdir(d):
        sys.exit(f'text_audit: no audit folder at {d}')
    by_kind = collections.defaultdict(lambda: [0, 0])
    by_lang = collections.defaultdict(lambda: [0, 0, 0, 0])  # res removed, res total, content kept, content total
    missed, lost, partials, warnings = [], [], [], []
    by_file = []
    # every dump with its labels beside it; other .txt files (a saved run's output) are not dumps
    for txt in sorted(t for t in glob.glob(os.path.join(d, '*.txt')) if os.path.isfile(t[:-4] + '.labels')):
        name = os.path.basename(txt)
        lang = name.split('-')[1]
        lines, labels, removed, partial, warn = score_file(pith, txt)
        warnings += warn
        fr = [0, 0, 0, 0]
        for i, (l, lab) in enumerate(zip(lines, labels)):
            if lab == 'c':
                by_lang[lang][3] += 1
                fr[3] += 1
                if i in removed:
                    lost.append((name, removed[i], l))
                else:
                    by_lang[lang][2] += 1
                    fr[2] += 1
                    if i in partial:
                        partials.append(('c', name, l, partial[i]))
            else:
                kind = lab.split('\t', 1)[1] if '\t' in lab else 'other'
                by_kind[kind][1] += 1
                by_lang[lang][1] += 1
                fr[1] += 1
                if i in removed:
                    by_kind[kind][0] += 1
                    by_lang[lang][0] += 1
                    fr[0] += 1
                else:
                    missed.append((kind, name, l))
                    if i in partial:
                        partials.append((kind, name, l, partial[i]))
        by_file.append((name, fr))

    def pct(a, b):
        return f'{a:4d}/{b:<4d} {100.0 * a / b:5.1f}%' if b else f'{a}/{b}'

    tr = sum(v[0] for v in by_lang.values()); tn = sum(v[1] for v in by_lang.values())
    ck = sum(v[2] for v in by_lang.values()); ct = sum(v[3] for v in by_lang.values())
    print(f'pith: {pith}')
    print(f'files: {len(by_file)}  lines: {tn + ct}  residue: {tn}  content: {ct}')
    print()
    print(f'OVERALL residue removed {pct(tr, tn)}   content kept {pct(ck, ct)}')
    print()
    print('Residue removed per kind:')
    for k, (a, b) in sorted(by_kind.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        print(f'  {k:14s} {pct(a, b)}')
    print()
    print('Per language:            residue removed      content kept')
    for lg, (a, b, c, e) in sorted(by_lang.items()):
        print(f'  {lg:4s}                 {pct(a, b)}   {pct(c, e)}')
    print()
    print('Per file:')
    for name, (a, b, c, e) in by_file:
        print(f'  {name:40s} residue {pct(a, b)}   content {pct(c, e)}')
    print()
    print(f'MISSED RESIDUE ({len(missed)} lines):')
    for kind, name, l in sorted(missed):
        print(f'  [{kind}] {name}: {l}')
    print()
    print(f'LOST CONTENT ({len(lost)} lines):')
    for name, filt, l in lost:
        print(f'  {name} [{filt}]: {l}')
    if partials:
        print()
        print(f'KEPT BUT ALTERED (span cut inside a kept line; counted as kept) ({len(partials)}):')
        for kind, name, l, got in partials:
            print(f'  [{kind}] {name}: {l}\n      -> {got}')
    if warnings:
        print()
        print('CROSS-CHECK WARNINGS (explain vs plain output):')
        for w in warnings:
            print('  ' + w)
    else:
        print()
        print('cross-check: explain marks agree with the plain output for every line')


if __name__ == '__main__':
    main()
