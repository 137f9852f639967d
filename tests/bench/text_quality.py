#!/usr/bin/python3
"""Text-mode quality of pith on real dumps, all in one report (a benchmark, never a timed test).

  /usr/bin/python3 tests/bench/text_quality.py PITH [--bench DIR] [--quick]

DIR is the shared bench folder (default ../shared/bench beside the checkout). Reports:

1. The hand-labelled dev records (text-dumps/fakenewscorpus-dev.jsonl, labels.json), each record
   cleaned alone (pith on stdin, as text_score.py --each): noise removed per category and content
   kept, for
   - the shipped model (trained on these records: in-sample),
   - 5-fold cross-validation over records: each record is cleaned with a model trained without it,
   - leave-one-site-out for every site with 5+ records: each such site's records are cleaned with
     a model trained without any record of that site.
   Out-of-sample runs pass the fold's model with --boilerplate-model; training is
   src/pith/model/train_boilerplate.py's, on the same corpora less the held-out records.
2. The whole-page dumps (text-dumps/whole-page): text-mode F1 on scrapinghub (score.py's 4-token
   shingles against the ground truth) and trafilatura-eval (snippet_score.py's with/without
   snippets), for the raw dump, C4's line rules, jusText, pith with the shipped model
   (in-sample: trained on these pages' labels), and pith out-of-sample: trained on the other
   benchmark (and dev) only, and 5-fold over this benchmark's pages.

C4's line rules (Raffel et al. 2020, and the c4_utils.py of TensorFlow Datasets): keep a line when
it ends in . ? ! or a double quote and not in "...", has 3+ words, holds no "javascript" and none
of the policy phrases (terms of use, privacy policy, cookie policy, uses cookies, use of cookies,
use cookies); citation markers ([1], [edit], [citation needed]) are cut. The page-level rules
(fewer than 5 sentences, a curly bracket, lorem ipsum, the bad-words list) are not applied: they
drop whole pages, which a text cleaner comparison should not.

jusText (Pomikálek 2011; the algorithm of its reference implementation, written here from its
description): every line is a paragraph without links (a text dump has none); context-free: ©
→ bad; under 70 characters → short; stop-word density >= 0.32 → good if over 200 characters,
else near-good; >= 0.30 → near-good; else bad; then short lines take the class of their
nearest non-short neighbours (good between good, bad between bad, good when a bad side is
next to a near-good, else bad; the page edges count as bad), and near-good lines become bad
only between two bad ones. Stop words: pith's lists (src/pith/model/stopwords), the page's
language the one they cover best; a page none covers 8% of runs language-independent
(thresholds 0), as jusText does without a language. pith's lists are shorter than jusText's
own, so densities run lower: read its figures as jusText with these lists.
"""
import argparse
import collections
import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src" / "pith" / "model"))
import train_boilerplate as tb  # noqa: E402

LINE_END = re.compile(r"\r\n|\r|\n")


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- dev records, each cleaned alone

def clean_each(pith, records, model=None):
    """{id: output text} with each record's text on pith's stdin."""
    cmd = [str(pith)] + (["--boilerplate-model", str(model)] if model else [])
    outs = {}
    for r in records:
        text = "\n".join(tb.nonempty(r["text"])) + "\n"
        proc = subprocess.run(cmd, input=text.encode("utf-8"), capture_output=True)
        outs[r["id"]] = proc.stdout.decode("utf-8", "replace")
    return outs


def score_dev(ts, records, labels, outs):
    """Per category (noise removed, noise lines) and (content kept, content lines), as text_score.py."""
    removed, total = collections.Counter(), collections.Counter()
    kept = content = 0
    for r in records:
        lab = labels[r["id"]]
        lines = ts.nonempty_lines(r["text"])
        noise = {int(k): v for k, v in lab["noise"].items()}
        amb = set(lab["ambiguous"])
        left = collections.Counter(ts.key(l) for l in ts.nonempty_lines(outs[r["id"]]))
        for i, line in enumerate(lines):
            if i in noise or i in amb:
                continue
            content += 1
            if left[ts.key(line)] > 0:
                left[ts.key(line)] -= 1
                kept += 1
        for i in amb:
            left[ts.key(lines[i])] -= 1
        for i, cat in noise.items():
            total[cat] += 1
            if left[ts.key(lines[i])] > 0:
                left[ts.key(lines[i])] -= 1
            else:
                removed[cat] += 1
    return removed, total, kept, content


def print_dev(name, result):
    removed, total, kept, content = result
    n_rem, n_tot = sum(removed.values()), sum(total.values())
    cats = "  ".join(f"{c} {removed[c]}/{total[c]}" for c, _ in total.most_common())
    print(f"  {name:34s} noise removed {n_rem:4d}/{n_tot} = {n_rem / max(1, n_tot):.3f}   "
          f"content kept {kept}/{content} = {kept / max(1, content):.4f}")
    print(f"  {'':34s} {cats}")


def train_model(lines, names, held_out_docs, path):
    text, _ = tb.fit([l for l in lines if l.doc not in held_out_docs], names)
    Path(path).write_text(text, encoding="utf-8")


def dev_report(pith, bench, lines, names, tmp, quick):
    ts = load(Path(bench) / "text_score.py", "text_score")
    records, labels = tb.dev_records(bench)
    records = [r for r in records if r["id"] in labels]
    print("dev records (text-dumps/fakenewscorpus-dev.jsonl), each record cleaned alone:")
    print_dev("shipped model (in-sample)", score_dev(ts, records, labels, clean_each(pith, records)))
    print_dev("no boilerplate stage", score_dev(ts, records, labels, clean_each_disabled(pith, records)))
    k = 5
    outs = {}
    ids = [r["id"] for r in records]
    for fold in range(k):
        held = set(ids[fold::k])
        model = Path(tmp) / f"dev-fold{fold}.model"
        train_model(lines, names, held, model)
        outs.update(clean_each(pith, [r for r in records if r["id"] in held], model))
    print_dev(f"{k}-fold over records (out-of-sample)", score_dev(ts, records, labels, outs))
    if quick:
        return
    sites = collections.defaultdict(list)
    for r in records:
        sites[tb.site_of(r.get("url")) or r.get("domain", "")].append(r)
    big = sorted((s for s, rs in sites.items() if len(rs) >= 5), key=lambda s: -len(sites[s]))
    all_outs, scored = {}, []
    for s in big:
        held = {r["id"] for r in sites[s]}
        model = Path(tmp) / "site.model"
        train_model(lines, names, held, model)
        outs = clean_each(pith, sites[s], model)
        all_outs.update(outs)
        scored += sites[s]
        print_dev(f"site {s} ({len(sites[s])} records) held out", score_dev(ts, sites[s], labels, outs))
    print_dev(f"leave-one-site-out, {len(big)} sites of 5+", score_dev(ts, scored, labels, all_outs))


def clean_each_disabled(pith, records):
    outs = {}
    for r in records:
        text = "\n".join(tb.nonempty(r["text"])) + "\n"
        proc = subprocess.run([str(pith), "--disable", "boilerplate"], input=text.encode("utf-8"), capture_output=True)
        outs[r["id"]] = proc.stdout.decode("utf-8", "replace")
    return outs


# ---------------------------------------------------------------- whole-page dumps

C4_END = (".", "?", "!", '"')
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
C4_CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")


def c4_lines(text):
    kept = []
    for line in LINE_END.split(text):
        line = C4_CITATION.sub("", line.strip())
        if not line.endswith(C4_END) or line.endswith("..."):
            continue
        if len(line.split()) < 3:
            continue
        low = line.lower()
        if "javascript" in low or any(p in low for p in C4_POLICY):
            continue
        kept.append(line)
    return "\n".join(kept)


def stop_lists():
    lists = {}
    for path in sorted((ROOT / "src" / "pith" / "model" / "stopwords").glob("*.txt")):
        words = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(line.split())
        lists[path.stem] = words
    return lists


def justext_lines(text, lists):
    paras = [" ".join(l.split()) for l in LINE_END.split(text) if l.strip()]
    words = [p.split() for p in paras]
    total = sum(len(w) for w in words)
    best, cover = None, 0.0
    for lang, stop in lists.items():
        c = sum(1 for ws in words for w in ws if w.lower() in stop) / max(1, total)
        if c > cover:
            best, cover = lang, c
    stop = lists[best] if best and cover >= 0.08 else set()
    low, high = (0.30, 0.32) if stop else (0.0, 0.0)
    cls = []
    for p, ws in zip(paras, words):
        density = sum(1 for w in ws if w.lower() in stop) / max(1, len(ws))
        if "\u00a9" in p or "&copy" in p:
            cls.append("bad")
        elif len(p) < 70:
            cls.append("short")
        elif density >= high:
            cls.append("good" if len(p) > 200 else "neargood")
        elif density >= low:
            cls.append("neargood")
        else:
            cls.append("bad")

    def neighbour(i, step, classes, ignore_neargood):
        i += step
        while 0 <= i < len(classes):
            c = classes[i]
            if c != "short" and not (ignore_neargood and c == "neargood"):
                return c
            i += step
        return "bad"

    new = list(cls)
    for i, c in enumerate(cls):
        if c != "short":
            continue
        prev, nxt = neighbour(i, -1, cls, True), neighbour(i, 1, cls, True)
        if prev == nxt == "good":
            new[i] = "good"
        elif prev == nxt == "bad":
            new[i] = "bad"
        elif (prev == "bad" and neighbour(i, -1, cls, False) == "neargood") or \
             (nxt == "bad" and neighbour(i, 1, cls, False) == "neargood"):
            new[i] = "good"
        else:
            new[i] = "bad"
    cls = new
    final = list(cls)
    for i, c in enumerate(cls):
        if c == "neargood":
            final[i] = "bad" if (neighbour(i, -1, cls, True), neighbour(i, 1, cls, True)) == ("bad", "bad") else "good"
    return "\n".join(p for p, c in zip(paras, final) if c == "good")


PAGE_ARGS = []  # --threshold P: pith runs over the whole-page dumps add --boilerplate-threshold P


def run_pith_pages(pith, paths, model=None):
    cmd = [str(pith), "--input-format", "text", "--format", "jsonl", "-q", *PAGE_ARGS] + \
          (["--boilerplate-model", str(model)] if model else [])
    out = {}
    for start in range(0, len(paths), 200):
        proc = subprocess.run(cmd + [str(p) for p in paths[start:start + 200]], capture_output=True)
        for line in proc.stdout.decode("utf-8", "replace").split("\n"):
            if line.strip():
                d = json.loads(line)
                out[Path(d["source"]).name] = d.get("text") or ""
    return out


def snippet_f1(evaldata, texts):
    """snippet_score.py's count: with/without snippets found in the whitespace-normalised text."""
    def norm(s):
        return re.sub(r"\s+", " ", s).strip()
    tp = fp = fn = 0
    for url, item in evaldata.items():
        out = norm(texts.get(item["file"] + ".txt.gz", ""))
        t = sum(1 for w in item["with"] if norm(w) in out)
        p = sum(1 for w in item["without"] if norm(w) in out)
        tp, fp, fn = tp + t, fp + p, fn + len(item["with"]) - t
    return 2 * tp / (2 * tp + fp + fn), tp / max(1, tp + fp), tp / max(1, tp + fn)


def whole_page_report(pith, bench, lines, names, tmp):
    bench = Path(bench)
    score = load(bench / "score.py", "score")
    truth = {k + ".txt.gz": v.get("articleBody", "") for k, v in
             json.loads((bench / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8")).items()}
    evaldata = {u: v for u, v in json.loads((bench / "trafilatura-eval" / "evaldata.json").read_text(encoding="utf-8")).items()
                if (bench / "text-dumps" / "whole-page" / "trafilatura-eval" / (v["file"] + ".txt.gz")).is_file()}
    lists = stop_lists()

    def f1(corpus, texts):
        if corpus == "scrapinghub":
            f, p, r = score.summarise([score.tp_fp_fn(truth[k], texts.get(k, "")) for k in sorted(truth)])
        else:
            f, p, r = snippet_f1(evaldata, texts)
        return f"F1 {f:.4f}  precision {p:.3f}  recall {r:.3f}"

    print("whole-page dumps (text-dumps/whole-page), text mode:")
    for corpus, other in (("scrapinghub", "trafilatura-eval"), ("trafilatura-eval", "scrapinghub")):
        folder = bench / "text-dumps" / "whole-page" / corpus
        paths = sorted(folder.glob("*.txt.gz"))
        raw = {p.name: gzip.decompress(p.read_bytes()).decode("utf-8", "replace") for p in paths}
        print(f" {corpus} ({len(paths)} pages):")
        print(f"  {'raw dump':34s} {f1(corpus, raw)}")
        print(f"  {'C4 line rules':34s} {f1(corpus, {k: c4_lines(v) for k, v in raw.items()})}")
        print(f"  {'jusText':34s} {f1(corpus, {k: justext_lines(v, lists) for k, v in raw.items()})}")
        print(f"  {'pith, no boilerplate stage':34s} {f1(corpus, run_pith_pages_disabled(pith, paths))}")
        print(f"  {'pith, shipped model (in-sample)':34s} {f1(corpus, run_pith_pages(pith, paths))}")
        held = {l.doc for l in lines if l.corpus == corpus}
        model = Path(tmp) / "cross.model"
        train_model(lines, names, held, model)
        print(f"  {'pith, trained without ' + corpus:34s} {f1(corpus, run_pith_pages(pith, paths, model))}")
        texts = {}
        k = 5
        for fold in range(k):
            part = paths[fold::k]
            model = Path(tmp) / f"page-fold{fold}.model"
            train_model(lines, names, {p.name for p in part}, model)
            texts.update(run_pith_pages(pith, part, model))
        print(f"  {'pith, 5-fold over pages':34s} {f1(corpus, texts)}")


def run_pith_pages_disabled(pith, paths):
    proc = subprocess.run([str(pith), "--input-format", "text", "--format", "jsonl", "-q", "--disable", "boilerplate",
                           *map(str, paths)], capture_output=True)
    out = {}
    for line in proc.stdout.decode("utf-8", "replace").split("\n"):
        if line.strip():
            d = json.loads(line)
            out[Path(d["source"]).name] = d.get("text") or ""
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pith")
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--quick", action="store_true", help="skip leave-one-site-out")
    ap.add_argument("--only", choices=("dev", "pages"))
    ap.add_argument("--threshold", help="whole-page runs: pass --boilerplate-threshold (e.g. 0.5)")
    a = ap.parse_args()
    if a.threshold:
        PAGE_ARGS[:] = ["--boilerplate-threshold", a.threshold]
    names = tb.feature_names(a.pith)
    lines = tb.collect(a.pith, a.bench)
    with tempfile.TemporaryDirectory() as tmp:
        if a.only != "pages":
            dev_report(a.pith, a.bench, lines, names, tmp, a.quick)
        if a.only != "dev":
            whole_page_report(a.pith, a.bench, lines, names, tmp)


if __name__ == "__main__":
    main()
