#!/usr/bin/python3
"""Trains the boilerplate stage's model from the labelled corpora and writes boilerplate.model.

  /usr/bin/python3 train_boilerplate.py PITH [--bench DIR] [--out FILE]    # train, write the model
  /usr/bin/python3 train_boilerplate.py PITH [--bench DIR] --check FILE    # 0 when FILE is what
                                                                           # training gives now

PITH is a built pith binary: the features are the C++ ones, read back through its hidden
--boilerplate-dump-features flag (every line the stage sees comes out in JSON `removed` with its
feature vector), so training and the stage cannot disagree. DIR is the shared bench folder
(default ../shared/bench beside the checkout); --check exits 77 when it is absent.

The labelled corpora (see ARCHITECTURE.md, "the boilerplate model"):
- dev: DIR/text-dumps/fakenewscorpus-dev.jsonl, hand-labelled in DIR/text-dumps/labels.json
  (noise with a category, content, ambiguous: ambiguous lines are not trained on);
- scrapinghub and trafilatura-eval: the whole-page dumps in DIR/text-dumps/whole-page, labelled
  line by line from the benchmarks' ground truth by label_whole_page.py into labels/*.jsonl.gz
  (unknown lines are not trained on).
- audit: the project's own labelled dumps in six languages, tests/data/text-audit*/ (NN-LL-slug.txt
  with NN-LL-slug.labels: `c`, or `n<TAB>kind`); their bylines, dates, reading times and live-blog
  timestamps are labelled noise there but ambiguous under the shared policy, so not trained on.
Lines a named filter removed never reach the stage and are not trained on either.

The model: scikit-learn's GradientBoostingClassifier (log-loss, 100 trees of depth 3), each
corpus given the same total weight, so the 118 records of one site in dev weigh no more than any
page set, and within each corpus its noise lines and its content lines the same weight and each page
about the same weight, however long (PER_PAGE). Deterministic: one BLAS thread, sorted inputs,
a fixed random_state and no subsampling; thresholds are written as the float32 values C++ compares with.
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse
import collections
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
LINE_END = re.compile(r"\r\n|\r|\n")
SKIP = 77

# Hyper-parameters, chosen by the cross-validation of tests/bench/text_quality.py: 100 trees of
# depth 3 kept more content than logistic regression at the same noise removed on held-out records
# (5-fold over dev at 0.95: 36 noise lines removed for 3 content lines lost, against 40 for 25).
TREES = 100
DEPTH = 3
RATE = 0.1
DEV_WEIGHT = 1.0  # the labelled article dumps' total weight, relative to each whole-page corpus
# The audit dumps' total weight. Their 1,000-odd lines are the only labelled text in five of the
# six languages outside trafilatura-eval; at half a corpus's weight, the model trained without
# trafilatura-eval scores it F1 0.815 -> 0.825 and the one trained without scrapinghub 0.838 ->
# 0.839 (on a harness over the same features, whole-page scores blended with their neighbours);
# at a whole corpus's weight 0.821 and 0.838.
AUDIT_WEIGHT = 0.5
AUDIT_AMBIGUOUS = ("byline-date", "reading-time", "live-ts")
# Each corpus's noise and content lines get equal total weight, so the model learns what tells
# them apart and not how much noise its training corpora happen to hold (scrapinghub's labelled
# lines are 87% noise, trafilatura-eval's 54%, dev's 2%). In tests/bench/text_quality.py's
# cross-corpus runs, trained without trafilatura-eval the model then scores it F1 0.817 instead
# of 0.778 (jusText 0.784), and trained without scrapinghub 0.818 instead of 0.830 (C4 0.800).
BALANCED = True
# Within a corpus, each page weighs about the same, however long: a line weighs 1 / the labelled
# lines of its page (a whole-page dump, an audit dump), so that a few long pages of menus and
# teasers do not decide what the model learns, and 1 / sqrt(lines) in dev, whose records are
# articles of a few sites. Measured by tests/bench/text_quality.py: whole-page F1 of the model
# trained without the benchmark scored, trafilatura-eval 0.8307 -> 0.8398, scrapinghub 0.8556 ->
# 0.8653; dev 5-fold noise removed 373 -> 371/429, content kept 2726 -> 2727/2732; beforeitsnews.com
# held out content kept 1683 -> 1683/1689. Dev records at 1 / lines too: 0.8476, 0.8661, 2728/2732,
# but that site held out loses 9 more content lines (1674/1689, leave-one-site-out 0.9911, under
# issue 8's 0.995); dev records not weighted: 0.8313, 0.8619; every page at 1 / sqrt: 0.8382, 0.8624.
PER_PAGE = True
DEV_PAGE_POWER = 0.5


def nonempty(text):
    return [l for l in (text or "").split("\n") if l.strip()]


def sha8(data):
    return hashlib.sha1(data).hexdigest()[:8]


def site_of(url):
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def feature_names(pith):
    """The feature names, in table order, as the model file lists them (from the shipped model)."""
    text = (HERE / "boilerplate.model").read_text(encoding="utf-8")
    return [line.split()[1] for line in text.splitlines() if line.startswith("feature ")]


def run_pith(pith, args, stdin=None, model=None):
    cmd = [str(pith), "-q", "--boilerplate-dump-features", "--format", "jsonl", *args]
    if model:
        cmd += ["--boilerplate-model", str(model)]
    proc = subprocess.run(cmd, input=stdin, capture_output=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"train_boilerplate: pith failed ({proc.returncode}): {proc.stderr[:300]!r}")
    return [json.loads(l) for l in proc.stdout.decode("utf-8").split("\n") if l.strip()]


def vectors(doc):
    """{line number: feature vector} of the lines the boilerplate stage saw in one output object."""
    return {r["line"]: [float(x) for x in r["reason"].split()]
            for r in doc.get("removed", []) if r["filter"] == "boilerplate"}


class Line:
    """One line the stage saw: where it is from, its label (1 noise, 0 content, None unknown)."""
    __slots__ = ("corpus", "doc", "site", "index", "label", "category", "x")

    def __init__(self, corpus, doc, site, index, label, category, x):
        self.corpus, self.doc, self.site, self.index = corpus, doc, site, index
        self.label, self.category, self.x = label, category, x


def dev_records(bench):
    folder = Path(bench) / "text-dumps"
    records = [json.loads(l) for l in (folder / "fakenewscorpus-dev.jsonl").read_text(encoding="utf-8").splitlines()
               if l.strip()]
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["records"]
    return records, labels


def collect_dev(pith, bench, model=None):
    records, labels = dev_records(bench)
    batch = "".join(json.dumps({"id": r["id"], "url": r.get("url"), "text": "\n".join(nonempty(r["text"])) + "\n"}) + "\n"
                    for r in records).encode("utf-8")
    out = {d["id"]: d for d in run_pith(pith, ["-i", "jsonl", "--field", "text", "--content-format", "text"],
                                        stdin=batch, model=model)}
    lines = []
    for r in records:
        lab = labels.get(r["id"])
        if lab is None:
            continue
        noise = {int(k): v for k, v in lab["noise"].items()}
        ambiguous = set(lab["ambiguous"])
        for number, x in sorted(vectors(out[r["id"]]).items()):
            i = number - 1
            label = None if i in ambiguous else (1 if i in noise else 0)
            lines.append(Line("dev", r["id"], site_of(r.get("url")) or r.get("domain", ""), i, label, noise.get(i), x))
    return lines


def whole_page_labels(corpus):
    with gzip.open(HERE / "labels" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def collect_whole_page(pith, bench, corpus, model=None):
    folder = Path(bench) / "text-dumps" / "whole-page" / corpus
    pages = whole_page_labels(corpus)
    truth_urls = {}
    if corpus == "scrapinghub":
        truth = json.loads((Path(bench) / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
        truth_urls = {k + ".txt.gz": v.get("url", "") for k, v in truth.items()}
    paths = [folder / p["file"] for p in pages]
    out = {Path(d["source"]).name: d for d in run_pith(pith, ["--input-format", "text", *map(str, paths)], model=model)}
    lines = []
    for page, path in zip(pages, paths):
        data = gzip.decompress(path.read_bytes())
        if sha8(data) != page["sha1"]:
            sys.exit(f"train_boilerplate: {path} is not the dump its labels were made from")
        # Raw line numbers (as pith counts them) of the non-empty lines the labels are given for.
        raw = [n for n, l in enumerate(LINE_END.split(data.decode("utf-8", "replace")), 1) if l.strip()]
        index_of = {n: i for i, n in enumerate(raw)}
        site = site_of(page.get("url") or truth_urls.get(page["file"], "")) or page["file"]
        for number, x in sorted(vectors(out[path.name]).items()):
            i = index_of.get(number)
            if i is None:
                continue
            letter = page["labels"][i]
            label = 1 if letter == "n" else 0 if letter == "c" else None
            lines.append(Line(corpus, page["file"], site, i, label, None, x))
    return lines


def audit_dumps():
    """The (.txt, .labels) paths of the project's labelled audit dumps, sorted."""
    return [(t, t.with_suffix(".labels")) for t in sorted((ROOT / "tests" / "data").glob("text-audit*/*.txt"))
            if t.with_suffix(".labels").is_file()]


def collect_audit(pith, model=None):
    # One pith run over all the dumps as JSON Lines records, as collect_dev does: each record is
    # cleaned alone, as a file would be.
    dumps = [(f"{txt.parent.name}/{txt.name}", txt, labels_path) for txt, labels_path in audit_dumps()]
    batch = "".join(json.dumps({"id": name, "text": "\n".join(nonempty(txt.read_text(encoding="utf-8"))) + "\n"}) + "\n"
                    for name, txt, _ in dumps).encode("utf-8")
    out = {d["id"]: d for d in run_pith(pith, ["-i", "jsonl", "--field", "text", "--content-format", "text"],
                                        stdin=batch, model=model)}
    lines = []
    for name, txt, labels_path in dumps:
        labels = [l for l in labels_path.read_text(encoding="utf-8").split("\n") if l.strip()]
        for number, x in sorted(vectors(out[name]).items()):
            mark = labels[number - 1]
            kind = mark.split("\t", 1)[1] if "\t" in mark else None
            label = 0 if mark == "c" else (None if kind in AUDIT_AMBIGUOUS else 1)
            lines.append(Line("audit", name, name, number - 1, label, kind, x))
    return lines


CORPORA = ("dev", "scrapinghub", "trafilatura-eval", "audit")


def collect(pith, bench, corpora=CORPORA, model=None):
    """Every line of the corpora the stage sees, with its features and label."""
    lines = []
    for corpus in corpora:
        if corpus == "dev":
            lines += collect_dev(pith, bench, model)
        elif corpus == "audit":
            lines += collect_audit(pith, model)
        else:
            lines += collect_whole_page(pith, bench, corpus, model)
    return lines


def fit(lines, names, trees=TREES, depth=DEPTH, rate=RATE):
    """The model text trained on the labelled `lines`, and how many lines it was trained on."""
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    train = [l for l in lines if l.label is not None]
    x = np.array([l.x for l in train], dtype=np.float64)
    y = np.array([l.label for l in train], dtype=np.int64)
    # Each corpus weighs the same in total, but for dev and audit (DEV_WEIGHT, AUDIT_WEIGHT times as much);
    # within a corpus its noise and its content lines weigh half each (see BALANCED), and with
    # PER_PAGE within those each line 1 / its page's labelled lines (dev: 1 / their square root).
    page_lines = collections.Counter((l.corpus, l.doc) for l in train)
    line_w = np.array([1.0 / page_lines[(l.corpus, l.doc)] ** (DEV_PAGE_POWER if l.corpus == "dev" else 1.0)
                       if PER_PAGE else 1.0 for l in train])
    w = np.zeros(len(train))
    corpora = sorted({l.corpus for l in train})
    for corpus in corpora:
        idx = np.array([l.corpus == corpus for l in train])
        share = DEV_WEIGHT if corpus == "dev" else AUDIT_WEIGHT if corpus == "audit" else 1.0
        if BALANCED:
            for label in (0, 1):
                part = idx & (y == label)
                if part.any():
                    w[part] = line_w[part] * share / 2 / line_w[part].sum() * len(train) / len(corpora)
        else:
            w[idx] = line_w[idx] * share / line_w[idx].sum() * len(train) / len(corpora)
    model = GradientBoostingClassifier(n_estimators=trees, max_depth=depth, learning_rate=rate,
                                       subsample=1.0, random_state=0)
    model.fit(x, y, sample_weight=w)
    base = float(model.decision_function(x[:1])[0]) - sum(
        rate * float(t[0].predict(x[:1])[0]) for t in model.estimators_)
    out = ["pith-boilerplate-model 2"]
    for name, mean in zip(names, np.average(x, axis=0, weights=w)):
        out.append(f"feature {name} {mean:.7g}")
    out.append(f"base {base:.9g}")
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        values = [0.0] * tree.node_count
        weights = tree.weighted_n_node_samples

        def value(i):  # a leaf's value as scored; a split's: its leaves' mean, for --explain
            if tree.children_left[i] < 0:
                values[i] = rate * float(tree.value[i][0][0])
            else:
                l, r = tree.children_left[i], tree.children_right[i]
                value(l), value(r)
                values[i] = (values[l] * weights[l] + values[r] * weights[r]) / (weights[l] + weights[r])

        value(0)
        out.append("tree")
        for i in range(tree.node_count):
            if tree.children_left[i] < 0:
                out.append(f"leaf {values[i]:.9g}")
            else:
                out.append(f"split {tree.feature[i]} {float(np.float32(tree.threshold[i])):.9g} "
                           f"{tree.children_left[i]} {tree.children_right[i]} {values[i]:.9g}")
    return "\n".join(out) + "\n", len(train)


def provenance(bench):
    """Header lines: the script, the labels and data it read (sha256), and the commit."""
    def digest(path):
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]

    folder = Path(bench) / "text-dumps"
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                                text=True).stdout.strip() or "unknown"
    except OSError:
        commit = "unknown"
    return [
        "# pith boilerplate model: GENERATED by src/pith/model/train_boilerplate.py; do not edit.",
        "# Retrain: /usr/bin/python3 src/pith/model/train_boilerplate.py build/src/pith",
        f"# hyper-parameters: trees={TREES} depth={DEPTH} rate={RATE} dev_weight={DEV_WEIGHT}"
        f" audit_weight={AUDIT_WEIGHT} balanced={BALANCED} per_page={PER_PAGE} dev_page_power={DEV_PAGE_POWER}",
        f"# labels: text-dumps/labels.json sha256:{digest(folder / 'labels.json')},"
        f" src/pith/model/labels/scrapinghub.jsonl.gz sha256:{digest(HERE / 'labels' / 'scrapinghub.jsonl.gz')},"
        f" src/pith/model/labels/trafilatura-eval.jsonl.gz sha256:{digest(HERE / 'labels' / 'trafilatura-eval.jsonl.gz')}",
        f"# records: text-dumps/fakenewscorpus-dev.jsonl sha256:{digest(folder / 'fakenewscorpus-dev.jsonl')}",
        f"# audit dumps: {len(audit_dumps())} in tests/data/text-audit*/ sha256:"
        + hashlib.sha256(b"".join(t.read_bytes() + l.read_bytes() for t, l in audit_dumps())).hexdigest()[:16],
        f"# commit: {commit}",
    ]


def numbers(model_text):
    """The model's non-comment lines, for comparing two models."""
    return [l.split() for l in model_text.splitlines() if l.strip() and not l.startswith("#")]


def same_model(a, b, tolerance=1e-4):
    na, nb = numbers(a), numbers(b)
    if len(na) != len(nb):
        return False
    for la, lb in zip(na, nb):
        if len(la) != len(lb):
            return False
        for fa, fb in zip(la, lb):
            if fa == fb:
                continue
            try:
                if abs(float(fa) - float(fb)) > tolerance * max(1.0, abs(float(fb))):
                    return False
            except ValueError:
                return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pith")
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--out", default=str(HERE / "boilerplate.model"))
    ap.add_argument("--check", metavar="FILE")
    a = ap.parse_args()
    if not (Path(a.bench) / "text-dumps" / "labels.json").is_file():
        print(f"train_boilerplate: no labelled corpora at {a.bench}", file=sys.stderr)
        return SKIP if a.check else 2
    names = feature_names(a.pith)
    lines = collect(a.pith, a.bench)
    text, n = fit(lines, names)
    if a.check:
        shipped = Path(a.check).read_text(encoding="utf-8")
        if same_model(shipped, text):
            print(f"train_boilerplate: {a.check} is what training on {n} lines gives")
            return 0
        print(f"train_boilerplate: {a.check} differs from what training gives now; retrain with\n"
              f"  /usr/bin/python3 src/pith/model/train_boilerplate.py build/src/pith", file=sys.stderr)
        return 1
    Path(a.out).write_text("\n".join(provenance(a.bench)) + "\n" + text, encoding="utf-8")
    print(f"train_boilerplate: wrote {a.out} from {n} labelled lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
