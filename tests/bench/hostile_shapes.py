#!/usr/bin/env python3
"""Time and memory of pith on hostile input shapes: each page or dump of 1 MB or less must clean
in under a second, whatever its shape; the big ones (50 MB, a million paragraphs) in bounded memory.

Each shape is generated here, written to a temporary file and cleaned by the binary, several
times; the least wall and CPU time and the largest peak RSS are printed, with each shape's time
as a ratio of an ordinary article page of the same size cleaned in the same session (the machine
is shared: compare ratios, not seconds across runs). A shape of about 1 MB or less over 1 s of CPU is marked SLOW.

usage: nice tests/bench/hostile_shapes.py [--pith build/src/pith] [--runs 3] [--timeout 60] [--only NAME...]
"""
import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MB = 1 << 20

PARAGRAPH = ('<p>The council voted on Tuesday to approve a new budget for the coming fiscal year, '
             'adding money for schools, parks and road repairs, officials said.</p>\n')


def article_page(size):
    """An ordinary page of about `size` bytes: the baseline every shape is compared with."""
    head = '<!DOCTYPE html><html><head><title>Budget vote</title></head><body><article><h1>Budget</h1>\n'
    body = PARAGRAPH * max(1, (size - len(head)) // len(PARAGRAPH))
    return head + body + '</article></body></html>\n'


def nested(open_tag, close_tag, depth, inner='The text at the bottom of the nest.'):
    return '<html><body>' + open_tag * depth + inner + close_tag * depth + '</body></html>'


def many_attributes(count):
    attrs = ' '.join('data-a%d="v"' % i for i in range(count))
    return '<html><body><div %s><p>Text of the element with many attributes.</p></div></body></html>' % attrs


def differing_fonts(count):
    # Formatting elements that differ in an attribute escape Gumbo's "Noah's Ark" cap of three,
    # so the list of active formatting elements grows with the page.
    return '<html><body>' + ''.join('<font size="%d">w ' % i for i in range(count)) + '</body></html>'


def random_markup(size, seed=1):
    rng = random.Random(seed)
    pieces = ['<div>', '</div>', '<p>', '</p>', '<b>', '</i>', '<table>', '<td>', '<a href=x>', '</a>',
              'word ', '&amp;', '<!--', '-->', '<li>', '<select>', '<svg>', '<br>', '"', "'"]
    out, n = [], 0
    while n < size:
        piece = rng.choice(pieces)
        out.append(piece)
        n += len(piece)
    return '<html><body>' + ''.join(out)


# (name, maker, input format, whether the 1 s bound applies: pages of about 1 MB or less)
SHAPES = [
    ('article-1mb (baseline)', lambda: article_page(MB), 'html', True),
    ('nested-div-50k', lambda: nested('<div>', '</div>', 50_000), 'html', True),
    ('nested-div-100k', lambda: nested('<div>', '</div>', 100_000), 'html', True),
    ('nested-div-open-200k', lambda: '<html><body>' + '<div>' * 200_000 + 'bottom', 'html', True),
    ('nested-span-100k', lambda: nested('<span>', '</span>', 100_000), 'html', True),
    ('nested-table-30k', lambda: nested('<table><tr><td>', '</td></tr></table>', 30_000), 'html', True),
    ('nested-li-60k', lambda: nested('<ul><li>', '</li></ul>', 60_000), 'html', True),
    ('unclosed-b-150k', lambda: '<html><body><p>' + '<b>x' * 150_000, 'html', True),
    ('unclosed-a-100k', lambda: '<html><body>' + '<a href="/x">x' * 100_000, 'html', True),
    ('misnested-bi-100k', lambda: '<html><body><p>' + '<b><i>x</b></i>' * 60_000, 'html', True),
    ('differing-fonts-60k', lambda: differing_fonts(60_000), 'html', True),
    ('attributes-100k', lambda: many_attributes(100_000), 'html', True),
    ('one-text-node-1mb', lambda: '<html><body><p>' + 'word ' * (MB // 5), 'html', True),
    ('entities-1mb', lambda: '<html><body><p>' + '&amp;' * (MB // 5), 'html', True),
    ('control-split-div-100k', lambda: '<html><body>' + '<\x01div>' * 100_000, 'html', True),
    ('comments-60k', lambda: '<html><body>' + '<!-- x --> word ' * 60_000, 'html', True),
    ('comment-1mb', lambda: '<html><body><!--' + 'x' * MB + '--><p>After the comment.</p>', 'html', True),
    ('attribute-value-1mb', lambda: '<html><body><p title="' + 'x' * MB + '">Text.</p>', 'html', True),
    ('lt-signs-1mb', lambda: '<html><body><p>' + '<' * MB, 'html', True),
    ('br-200k', lambda: '<html><body><p>' + 'w<br>' * 200_000, 'html', True),
    ('random-markup-1mb', lambda: random_markup(MB), 'html', True),
    ('text-one-line-1mb', lambda: 'word ' * (MB // 5), 'text', True),
    ('text-newlines-1mb', lambda: '\n' * MB, 'text', True),
    ('text-short-lines-1mb', lambda: 'Ok.\n' * (MB // 4), 'text', True),
    ('text-one-line-50mb', lambda: 'word ' * (50 * MB // 5), 'text', False),
    ('html-one-text-node-50mb', lambda: '<html><body><p>' + 'word ' * (50 * MB // 5), 'html', False),
    ('paragraphs-1m', lambda: '<html><body>' + '<p>a</p>' * 1_000_000, 'html', False),
]


def run_once(pith, path, input_format, timeout):
    """(wall s, CPU s, peak RSS MB, exit status or None on timeout) of one run."""
    start = time.monotonic()
    proc = subprocess.Popen([pith, '-i', input_format, path], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.send_signal(signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            return timeout, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, None
        time.sleep(0.005)
    wall = time.monotonic() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--pith', default=os.path.join(ROOT, 'build', 'src', 'pith'))
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--timeout', type=float, default=60)
    parser.add_argument('--only', nargs='*', help='shape names (prefixes) to run')
    args = parser.parse_args()

    # The baseline always runs first: every ratio is against it.
    shapes = SHAPES[:1] + [s for s in SHAPES[1:] if not args.only or any(s[0].startswith(o) for o in args.only)]
    baseline_cpu = None
    slow = 0
    print('%-26s %9s %8s %8s %8s %7s  %s' % ('shape', 'bytes', 'wall s', 'cpu s', 'RSS MB', 'ratio', 'verdict'))
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, input_format, bounded in shapes:
            data = make().encode('utf-8')
            path = os.path.join(tmp, 'input')
            with open(path, 'wb') as f:
                f.write(data)
            runs = [run_once(args.pith, path, input_format, args.timeout) for _ in range(args.runs)]
            wall = min(r[0] for r in runs)
            cpu = min(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            statuses = {r[3] for r in runs}
            if baseline_cpu is None:
                baseline_cpu = max(cpu, 1e-3)
            verdict = 'ok'
            if None in statuses:
                verdict = 'TIMEOUT (> %g s)' % args.timeout
            elif statuses - {0, 1}:
                verdict = 'CRASH (status %s)' % sorted(s for s in statuses if s not in (0, 1))
            elif bounded and cpu > 1.0:
                # CPU time, not wall: on a shared machine the wall clock also counts other jobs.
                verdict = 'SLOW (> 1 s CPU for about 1 MB)'
            if verdict != 'ok':
                slow += 1
            print('%-26s %9d %8.3f %8.3f %8.0f %7.1f  %s' % (name, len(data), wall, cpu, rss, cpu / baseline_cpu,
                                                            verdict), flush=True)
    return 1 if slow else 0


if __name__ == '__main__':
    sys.exit(main())
