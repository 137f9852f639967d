#!/usr/bin/env python3
"""ctest: a --report page is self-contained and renders in a browser.

Runs pith --report over a batch of JSON Lines records from several sites, checks the page's
text (no script, nothing loaded from outside it), then renders it in headless Chromium:
the browser console must stay empty (the page's Content-Security-Policy turns any outside
load into a console message), the rendered DOM must hold one bar per stage that removed
something, and in a screenshot the bars must be drawn, top to bottom in pipeline order, each
as long as its count says (measured in pixels of the bar colour).

Usage: report_render.py PITH
Exit 77 (CTest's SKIP_RETURN_CODE) when chromium is not installed, unless
PITH_REQUIRE_CHROMIUM=1 (CI), which makes that a failure.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from html.parser import HTMLParser
from pathlib import Path

SKIP = 77
BAR_RGB = (0x2A, 0x6F, 0x97)  # k_report_bar_colour in src/cli/html_report.h
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--enable-logging=stderr", "--v=0", "--window-size=1100,1600", "--hide-scrollbars"]

# Lines each filter removes, so that stages remove different numbers of lines.
RESIDUE = {
    "ad": "Advertisement",
    "loading": "Now loading...",
    "share": "Share this:",
    "follow": "Follow us on Twitter",
}
BODY = ("The regional council approved the new transit plan on {day} after a long debate, "
        "and officials said work on the first line would begin within the year.")


def batch():
    """Records from four sites, residue in different amounts per site; one error, one empty."""
    records = []
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    plan = {"news.example.com": {"ad": 3, "loading": 1}, "www.daily.example.org": {"ad": 2, "share": 2},
            "blog.example.net": {"follow": 1, "ad": 1}, "example.co.uk": {"loading": 1}}
    n = 0
    for site, residue in plan.items():
        for i in range(3):
            lines = [BODY.format(day=days[(n + i) % 5])]
            for stage, count in residue.items():
                lines += [RESIDUE[stage]] * (count if i < 2 else 0)
            records.append({"id": f"r{n}", "url": f"https://{site}/story/{n}", "text": "\n".join(lines)})
            n += 1
    records.append({"id": "bad", "url": "https://news.example.com/x", "body": "no text field"})
    records.append({"id": "empty", "url": "https://news.example.com/e", "text": "Advertisement"})
    return "".join(json.dumps(r) + "\n" for r in records)


class PageScan(HTMLParser):
    """Tags, attributes and style text of the page, for the self-containment checks."""

    def __init__(self):
        super().__init__()
        self.tags, self.bars, self.outside, self.style = [], 0, [], ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if tag == "rect" and "bar" in (attrs.get("class") or ""):
            self.bars += 1
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            value = attrs.get(name)
            if value and not value.startswith("#"):
                self.outside.append(f"<{tag} {name}={value}>")
        if tag == "link":
            self.outside.append("<link>")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = Path(path).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unexpected PNG format {header}"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append([tuple(line[i:i + 3]) for i in range(0, stride, channels)])
        previous = line
    return width, height, rows


def drawn_bars(rows):
    """Bars of the bar colour, top to bottom: (first row, longest run of bar pixels)."""
    bars, current = [], None
    for y, row in enumerate(rows):
        run = best = 0
        for pixel in row:
            run = run + 1 if pixel == BAR_RGB else 0
            best = max(best, run)
        if best:
            if current is None:
                current = [y, best]
                bars.append(current)
            current[1] = max(current[1], best)
        else:
            current = None
    return bars


def fail(message):
    print(f"report_render: {message}", file=sys.stderr)
    sys.exit(1)


def chromium(args, profile, timeout=90):
    return subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout)


def main():
    pith = sys.argv[1]
    work = Path(tempfile.mkdtemp(prefix="pith-report-"))
    try:
        (work / "dump.jsonl").write_text(batch(), encoding="utf-8")
        page = work / "report.html"
        run = subprocess.run([pith, "-q", "--report", str(page), str(work / "dump.jsonl")], capture_output=True, text=True)
        if run.returncode != 1:  # one record has no text field
            fail(f"pith exited {run.returncode}: {run.stderr}")
        # What the chart must show: removals per stage, summed from pith's own JSON output.
        counts = {}
        for line in run.stdout.splitlines():
            record = json.loads(line)
            for stage, n in record.get("stats", {}).get("removed", {}).items():
                counts[stage] = counts.get(stage, 0) + n
        listing = subprocess.run([pith, "--list-filters"], capture_output=True, text=True, check=True).stdout
        order = [line.split()[1] for line in listing.splitlines()]
        expected = [(stage, counts[stage]) for stage in order if stage in counts]
        if len(expected) < 3:
            fail(f"the batch should make several stages remove lines, got {counts}")

        html = page.read_text(encoding="utf-8")
        scan = PageScan()
        scan.feed(html)
        if "script" in scan.tags or "<script" in html.lower():
            fail("the page has a script")
        if scan.outside:
            fail(f"the page refers to other files: {scan.outside}")
        if re.search(r"@import|url\(|@font-face", scan.style):
            fail("the page's style loads something")
        if "Content-Security-Policy" not in html:
            fail("the page has no Content-Security-Policy")
        if scan.bars != len(expected):
            fail(f"{scan.bars} bars in the page, {len(expected)} stages removed lines")
        for site in ("news.example.com", "daily.example.org", "blog.example.net", "example.co.uk"):
            if site not in html:
                fail(f"site {site} is not in the page")
        if "no field" not in html or "Now loading..." not in html:
            fail("the error kind or the removed-line examples are missing")

        if shutil.which("chromium") is None:
            if os.environ.get("PITH_REQUIRE_CHROMIUM") == "1":
                fail("chromium is not installed, and PITH_REQUIRE_CHROMIUM=1 (CI) requires it")
            print("report_render: skipped: chromium is not installed (apt-get install chromium; .ci/deps ci does)")
            return SKIP

        shot = work / "shot.png"
        rendered = chromium([f"--screenshot={shot}", page.as_uri()], work / "profile-shot")
        console = [l for l in rendered.stderr.splitlines() if ":CONSOLE" in l]
        if rendered.returncode != 0 or not shot.exists():
            fail(f"chromium failed ({rendered.returncode}): {rendered.stderr[-2000:]}")
        if console:
            fail("console messages while rendering:\n" + "\n".join(console))
        dom = chromium(["--dump-dom", page.as_uri()], work / "profile-dom")
        if dom.returncode != 0 or dom.stdout.count('class="bar"') != len(expected):
            fail(f"the rendered DOM does not hold {len(expected)} bars (chromium exited {dom.returncode})")
        if any(":CONSOLE" in l for l in dom.stderr.splitlines()):
            fail("console messages while building the DOM")

        _, _, rows = png_pixels(shot)
        bars = drawn_bars(rows)
        if len(bars) != len(expected):
            fail(f"{len(bars)} bars drawn in the screenshot, expected {len(expected)}: {bars}")
        longest = max(width for _, width in bars)
        most = max(n for _, n in expected)
        for (stage, n), (top, width) in zip(expected, bars):
            want = n / most * longest
            if abs(width - want) > 3:
                fail(f"bar of {stage} ({n}) is {width} px wide, expected about {want:.0f}")
        print(f"report_render: {len(bars)} bars drawn in pipeline order, no console messages: "
              + ", ".join(f"{stage} {n}" for stage, n in expected))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
