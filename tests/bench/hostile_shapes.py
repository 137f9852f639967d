#!/usr/bin/env python3
"""Time and memory of pith on hostile input shapes: each page or dump of 1 MB or less must clean
in under a second, whatever its shape; the big ones (50 MB, a million paragraphs) in bounded memory.

Each shape is generated here, written to a temporary file and cleaned by the binary, several
times; the least wall and CPU time and the largest peak RSS are printed, with each shape's time
as a ratio of an ordinary article page of the same size cleaned in the same session (the machine
is shared: compare ratios, not seconds across runs). A shape of about 1 MB or less over 1 s of CPU is marked SLOW.

Besides pages and dumps, the shapes of what crawls and pipelines hand a batch run: WARC files
with every HTTP coding, wrong lengths and damaged gzip members, JSON Lines with big numbers,
lone surrogates and deep pass-through fields, pzstd and zero-padded gzip streams, and rules
files of thousands of rules (timed against the same dump with a one-phrase rules file).

usage: nice tests/bench/hostile_shapes.py [--pith build/src/pith] [--runs 3] [--timeout 60] [--only NAME...]
"""
import argparse
import gzip
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zlib

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


def words_dump(size, seed=3):
    """A text dump of short article-like lines."""
    rng = random.Random(seed)
    words = ('the council voted on tuesday to approve a new budget for the coming fiscal year adding money '
             'for schools parks and road repairs officials said after the storm had passed').split()
    lines, n = [], 0
    while n < size:
        line = ' '.join(rng.choice(words) for _ in range(rng.randint(4, 24))).capitalize() + '.'
        lines.append(line)
        n += len(line) + 1
    return '\n'.join(lines) + '\n'


def ab_lines(size, seed=5):
    """Short lines of random a's and b's: what '(a|b)*a(a|b){20}c' makes the DFA's states double on."""
    rng = random.Random(seed)
    lines, n = [], 0
    while n < size:
        line = ''.join(rng.choice('ab') for _ in range(rng.randint(20, 60)))
        lines.append(line)
        n += len(line) + 1
    return '\n'.join(lines) + '\n'


def rules_file(path, phrases=(), patterns=()):
    """Writes a rules file defining one filter with `phrases` and `patterns`; returns its args."""
    with open(path, 'w', encoding='utf-8') as f:
        f.write('[filters.bench-rules]\nsummary = "benchmark rules"\n')
        f.write('phrases = [%s]\n' % ', '.join(json.dumps(p) for p in phrases))
        f.write('patterns = [%s]\n' % ', '.join("'%s'" % p for p in patterns))
    return ['--rules', path]


def many_phrases(count):
    vocab = ['promo', 'deal', 'offer', 'subscribe', 'sponsored', 'partner', 'click', 'free', 'trial', 'daily']
    rng = random.Random(11)
    return ['%s %s %s %d' % (rng.choice(vocab), rng.choice(vocab), rng.choice(vocab), i) for i in range(count)]


def many_patterns(count):
    vocab = ['promo', 'deal', 'offer', 'subscribe', 'sponsored', 'partner', 'click', 'free', 'trial', 'daily']
    return [r'\b%s\s+%s \d{1,3} n%d\b' % (vocab[i % 10], vocab[i * 7 % 10], i) for i in range(count)]


def http(headers, body):
    return b'HTTP/1.1 200 OK\r\n' + headers + b'\r\n' + body


def warc_record(uri, block, length_error=0, with_length=True, record_type=b'response'):
    head = b'WARC/1.1\r\nWARC-Type: ' + record_type + b'\r\nWARC-Target-URI: ' + uri + b'\r\n'
    head += b'WARC-Record-ID: <urn:uuid:%d>\r\nWARC-Date: 2024-03-05T10:11:12Z\r\n' % (hash(uri) & 0xFFFFFFF)
    head += b'Content-Type: application/http; msgtype=response\r\n'
    if with_length:
        head += b'Content-Length: %d\r\n' % (len(block) + length_error)
    return head + b'\r\n' + block + b'\r\n\r\n'


def warc_page(i):
    return (('<!DOCTYPE html><html><head><title>Story %d</title></head><body><article>' % i) +
            PARAGRAPH * 8 + '</article></body></html>').encode()


def chunked(body, size):
    out = b''
    for at in range(0, len(body), size):
        piece = body[at:at + size]
        out += b'%x\r\n' % len(piece) + piece + b'\r\n'
    return out + b'0\r\n\r\n'


def raw_deflate(data):
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def warc_codings(records):
    """Responses in deflate (zlib and raw), gzip-chunked transfer, chunked cut short, folded headers."""
    out = []
    for i in range(records):
        page = warc_page(i)
        kind = i % 5
        if kind == 0:
            block = http(b'Content-Type: text/html\r\nContent-Encoding: deflate\r\n', zlib.compress(page))
        elif kind == 1:
            block = http(b'Content-Type: text/html\r\nContent-Encoding: deflate\r\n', raw_deflate(page))
        elif kind == 2:
            block = http(b'Content-Type: text/html\r\nTransfer-Encoding: gzip, chunked\r\n',
                         chunked(gzip.compress(page), 512))
        elif kind == 3:
            block = http(b'Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n', chunked(page, 300)[:-400])
        else:
            block = http(b'Content-Type: text/html;\r\n charset=utf-8\r\nTransfer-Encoding:\r\n chunked\r\n',
                         chunked(page, 100))
        out.append(warc_record(b'https://news.example.com/%d' % i, block))
    return b''.join(out)


def warc_damaged(records):
    """Every third record's Content-Length wrong (short, long, missing), a long target URI now and then."""
    out = []
    for i in range(records):
        uri = b'https://news.example.com/%d' % i + (b'?q=' + b'x' * 80_000 if i % 50 == 7 else b'')
        block = http(b'Content-Type: text/html\r\n', warc_page(i))
        error = {0: 0, 1: -37, 2: 45}[i % 3]
        out.append(warc_record(uri, block, error, with_length=i % 30 != 29))
    return b''.join(out)


def warc_gz_damaged(records):
    """One gzip member per record, as Common Crawl ships them; every tenth member corrupt."""
    out = []
    for i in range(records):
        member = bytearray(gzip.compress(warc_record(b'https://news.example.com/%d' % i,
                                                     http(b'Content-Type: text/html\r\n', warc_page(i)))))
        if i % 10 == 5:
            for k in range(len(member) // 2, len(member) // 2 + 8):
                member[k] ^= 0xFF
        out.append(bytes(member))
    return b''.join(out)


def warc_bogus_length(records):
    """A record claiming a terabyte, then ordinary records the skip must not swallow."""
    first = warc_record(b'https://news.example.com/huge', http(b'Content-Type: text/html\r\n', warc_page(0)),
                        10 ** 12)
    return first + b''.join(warc_record(b'https://news.example.com/%d' % i,
                                        http(b'Content-Type: text/html\r\n', warc_page(i)))
                            for i in range(records))


def jsonl_awkward(records):
    """Pass-through members a 64-bit parser refuses: big numbers, lone surrogates, invalid UTF-8,
    deep arrays; and a byte order mark before the first record."""
    extras = [b'"n":18446744073709551617', b'"x":1e400', b'"m":-9223372036854775809', b'"s":"caf\\ud800"',
              b'"note":"caf\xe9"', b'"deep":' + b'[' * 200 + b']' * 200]
    text = PARAGRAPH.strip()[3:-4].encode()
    lines = [b'{"id":%d,%s,"text":"%s"}' % (i, extras[i % len(extras)], text) for i in range(records)]
    return b'\xef\xbb\xbf' + b'\n'.join(lines) + b'\n'


def jsonl_deep_passthrough(depth):
    return ('{"id":1,"meta":' + '[' * depth + ']' * depth + ',"text":"The body."}\n').encode()


def pzstd_stream(records):
    data = ''.join('{"id":%d,"text":"%s"}\n' % (i, PARAGRAPH.strip()[3:-4]) for i in range(records)).encode()
    try:
        return subprocess.run(['pzstd', '-q', '-c', '-p', '2'], input=data, stdout=subprocess.PIPE, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None  # no pzstd here: the shape is skipped


def gzip_padded(records):
    data = ''.join('{"id":%d,"text":"%s"}\n' % (i, PARAGRAPH.strip()[3:-4]) for i in range(records)).encode()
    return gzip.compress(data) + b'\0' * (1 << 20)


# (name, maker, input format, whether the 1 s bound applies: pages of about 1 MB or less, and
# optionally extra arguments made from the temporary folder and the exit statuses that are fine)
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
    ('numeric-refs-overflow-1mb', lambda: '<html><body><p>' + '&#xFFFFFFFFFF;<b>x</b>' * (MB // 22), 'html', True),
    ('warc-codings-2000', lambda: warc_codings(2000), 'warc', False),
    ('warc-wrong-lengths-2000', lambda: warc_damaged(2000), 'warc', False),
    ('warc-bogus-length-1000', lambda: warc_bogus_length(1000), 'warc', False),
    ('warc-gz-damaged-2000', lambda: warc_gz_damaged(2000), 'warc', False),
    ('jsonl-awkward-20k', lambda: jsonl_awkward(20_000), 'jsonl', False),
    ('jsonl-deep-passthrough-1mb', lambda: jsonl_deep_passthrough(MB // 2), 'jsonl', True),
    ('jsonl-pzstd-20k', lambda: pzstd_stream(20_000), 'jsonl', False),
    ('jsonl-gzip-padded-20k', lambda: gzip_padded(20_000), 'jsonl', False),
    ('rules-one-phrase-6mb (rules baseline)', lambda: words_dump(6 * MB), 'text', False,
     lambda tmp: rules_file(os.path.join(tmp, 'one.toml'), phrases=['zzqq never here'])),
    ('rules-1000-phrases-6mb', lambda: words_dump(6 * MB), 'text', False,
     lambda tmp: rules_file(os.path.join(tmp, 'phrases.toml'), phrases=many_phrases(1000))),
    ('rules-2000-patterns-6mb', lambda: words_dump(6 * MB), 'text', False,
     lambda tmp: rules_file(os.path.join(tmp, 'patterns.toml'), patterns=many_patterns(2000))),
    # Refused at load (exit 2) since the rules files were bounded; 2.6 s on 1 MB before.
    ('rules-blowup-pattern-1mb', lambda: ab_lines(MB), 'text', True,
     lambda tmp: rules_file(os.path.join(tmp, 'blowup.toml'), patterns=['(a|b)*a(a|b){20}c']), {0, 1, 2}),
]


def run_once(pith, path, input_format, timeout, extra=()):
    """(wall s, CPU s, peak RSS MB, exit status or None on timeout) of one run."""
    start = time.monotonic()
    proc = subprocess.Popen([pith, '-q', '-i', input_format, *extra, path], stdout=subprocess.DEVNULL,
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
        for name, make, input_format, bounded, *more in shapes:
            data = make()
            if data is None:
                print('%-26s skipped (its tool is not installed)' % name)
                continue
            if isinstance(data, str):
                data = data.encode('utf-8')
            extra = more[0](tmp) if more else []
            fine = more[1] if len(more) > 1 else {0, 1}
            path = os.path.join(tmp, 'input')
            with open(path, 'wb') as f:
                f.write(data)
            runs = [run_once(args.pith, path, input_format, args.timeout, extra) for _ in range(args.runs)]
            wall = min(r[0] for r in runs)
            cpu = min(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            statuses = {r[3] for r in runs}
            if baseline_cpu is None:
                baseline_cpu = max(cpu, 1e-3)
            verdict = 'ok'
            if None in statuses:
                verdict = 'TIMEOUT (> %g s)' % args.timeout
            elif statuses - fine:
                verdict = 'CRASH (status %s)' % sorted(s for s in statuses if s not in fine)
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
