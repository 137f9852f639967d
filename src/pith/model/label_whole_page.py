#!/usr/bin/env python3
"""Labels every line of the whole-page text dumps from the benchmarks' own ground truth.

  label_whole_page.py SHARED_BENCH OUT_DIR

SHARED_BENCH is the shared bench folder (../shared/bench from a checkout): it holds
text-dumps/whole-page/{scrapinghub,trafilatura-eval}/*.txt.gz and the two benchmarks' truths.
Writes OUT_DIR/scrapinghub.jsonl.gz and OUT_DIR/trafilatura-eval.jsonl.gz, one JSON object a
page: {"file", "sha1" (first 8 hex of the dump's sha1), "labels"}, where `labels` has one letter
per non-empty line of the dump as pith splits it (LF, CRLF or CR; lines empty after trimming
left out): c content, n noise, ? unknown. Deterministic (sorted files, fixed gzip mtime).

scrapinghub (full article text known): a line of 4+ tokens is content when half or more of its
4-token shingles are in the article (the benchmark's own measure, score.py), each shingle used
as many times as the article has it, in page order; noise when under 15% are; unknown between.
A line of 1-3 tokens is noise when its tokens do not occur in that order in the article, content
when they do and it lies between the first and last content lines, unknown otherwise. A line
with no word characters is noise.

trafilatura-eval (snippets only): a line holding a `with` snippet, or of 15+ characters held in
one, is content; likewise for `without` snippets and noise; both, or neither, is unknown.
"""
import collections
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)  # as score.py tokenises
LINE_END = re.compile(r"\r\n|\r|\n")    # as pith's text parser splits
# pith trims ASCII white space and the common Unicode spaces; str.strip() is close enough for
# telling empty lines, and the sha1 of the whole dump guards against drift.


def dump_lines(text):
    return [line for line in LINE_END.split(text) if line.strip()]


def sha8(data):
    return hashlib.sha1(data).hexdigest()[:8]


def shingles(tokens, n=4):
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def contains_run(tokens, run):
    """True when `run` occurs in `tokens` as consecutive items."""
    k = len(run)
    first = run[0]
    for i, t in enumerate(tokens[:len(tokens) - k + 1]):
        if t == first and tokens[i:i + k] == run:
            return True
    return False


def label_scrapinghub(lines, article):
    truth_tokens = TOKEN.findall(article)
    left = collections.Counter(shingles(truth_tokens))
    labels = []
    for line in lines:
        tokens = TOKEN.findall(line)
        if not tokens:
            labels.append("n")
        elif len(tokens) < 4:
            labels.append("s" if contains_run(truth_tokens, tokens) else "n")  # s: decided below
        else:
            grams = shingles(tokens)
            hit = 0
            for g in grams:
                if left[g] > 0:
                    left[g] -= 1
                    hit += 1
            share = hit / len(grams)
            labels.append("c" if share >= 0.5 else "n" if share < 0.15 else "?")
    content = [i for i, l in enumerate(labels) if l == "c"]
    lo, hi = (content[0], content[-1]) if content else (0, -1)
    return "".join(("c" if lo < i < hi else "?") if l == "s" else l for i, l in enumerate(labels))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def label_snippets(lines, with_, without):
    with_ = [norm(s) for s in with_ if norm(s)]
    without = [norm(s) for s in without if norm(s)]
    labels = []
    for line in lines:
        line = norm(line)

        def held(snippets):
            return any(s in line or (len(line) >= 15 and line in s) for s in snippets)

        c, n = held(with_), held(without)
        labels.append("c" if c and not n else "n" if n and not c else "?")
    return "".join(labels)


def write(path, rows):
    raw = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as z:
        z.write(raw)


def main():
    bench, out = Path(sys.argv[1]), Path(sys.argv[2])
    dumps = bench / "text-dumps" / "whole-page"
    truth = json.loads((bench / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    rows = []
    for path in sorted((dumps / "scrapinghub").glob("*.txt.gz")):
        data = gzip.decompress(path.read_bytes())
        page = path.name[: -len(".txt.gz")]
        lines = dump_lines(data.decode("utf-8", "replace"))
        rows.append({"file": path.name, "sha1": sha8(data),
                     "labels": label_scrapinghub(lines, truth[page].get("articleBody") or "")})
    write(out / "scrapinghub.jsonl.gz", rows)

    evaldata = json.loads((bench / "trafilatura-eval" / "evaldata.json").read_text(encoding="utf-8"))
    rows = []
    for url, item in sorted(evaldata.items(), key=lambda kv: kv[1]["file"]):
        path = dumps / "trafilatura-eval" / (item["file"] + ".txt.gz")
        if not path.is_file():
            continue
        data = gzip.decompress(path.read_bytes())
        lines = dump_lines(data.decode("utf-8", "replace"))
        rows.append({"file": path.name, "sha1": sha8(data), "url": url,
                     "labels": label_snippets(lines, item["with"], item["without"])})
    write(out / "trafilatura-eval.jsonl.gz", rows)


if __name__ == "__main__":
    main()
