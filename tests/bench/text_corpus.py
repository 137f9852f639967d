#!/usr/bin/env python3
"""Builds the text benchmark's corpus: real article bodies with scraped-page noise mixed in.

Usage: text_corpus.py GROUND_TRUTH_JSON OUT_FILE [MEGABYTES]

The bodies come from ground-truth.json's articleBody texts, repeated until the file reaches
MEGABYTES (default 55). Between paragraphs go noise lines of the kinds pith filters (tweet
residue, ads, disclaimers, loading placeholders, share bars, credits), drawn from varied
templates, plus text the normalisers have work on (references, odd spaces, glued commas).
A fixed seed makes every run build the same bytes.
"""
import json
import random
import sys

NAMES = ["Jane Doe", "Carlos Méndez", "Aiko Tanaka", "Olu Adeyemi", "Marta Kowalska", "Sam O'Neill"]
HANDLES = ["janedoe", "cmendez", "aiko_t", "oluade", "mkowalska", "samoneill"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AGENCIES = ["Reuters", "AP", "Getty Images", "AFP", "EPA", "Bloomberg"]

NOISE = [
    lambda r: f"— {r.choice(NAMES)} (@{r.choice(HANDLES)}) {r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2025)}",
    lambda r: "pic.twitter.com/" + "".join(r.choice("abcdefghijkLMNOPQ0123456789") for _ in range(10)),
    lambda r: r.choice(["Advertisement", "ADVERTISEMENT", "Story continues below advertisement",
                        "Sponsored Content", "Anzeige", "Publicidad"]),
    lambda r: r.choice(["The views expressed here are those of the author and do not necessarily reflect ours.",
                        "This article does not constitute financial advice.",
                        "Opinions expressed by contributors are their own."]),
    lambda r: r.choice(["Loading...", "Now loading…", "Cargando...", "Please enable JavaScript", "Chargement…"]),
    lambda r: r.choice(["Share this article: Facebook Twitter Email", "Share on Facebook", "Tweet  Share  Email",
                        "Compartir en WhatsApp"]),
    lambda r: f"Photo: {r.choice(AGENCIES)}/{r.choice(NAMES)}",
    lambda r: f"({r.choice(AGENCIES)})",
    lambda r: f"Image credit: {r.choice(NAMES)} for {r.choice(AGENCIES)}",
]


def roughen(paragraph, r):
    """Sometimes gives a paragraph the defects scraped text has, for the normalisers to fix."""
    roll = r.random()
    if roll < 0.05:
        return paragraph.replace(", ", ",", 1)
    if roll < 0.08:
        return paragraph.replace(" ", "\u00a0", 3)
    if roll < 0.10:
        return paragraph.replace("'", "&#8217;").replace(" & ", " &amp; ")
    if roll < 0.11:
        return "\u200b" + paragraph
    return paragraph


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    target = int(float(sys.argv[3]) * 1e6) if len(sys.argv) > 3 else 55_000_000
    with open(sys.argv[1], encoding="utf-8") as f:
        bodies = [v["articleBody"] for v in json.load(f).values() if v.get("articleBody")]
    r = random.Random(20251126)
    written = 0
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        while written < target:
            for body in bodies:
                lines = []
                for paragraph in body.split("\n"):
                    if not paragraph.strip():
                        continue
                    lines.append(roughen(paragraph, r))
                    if r.random() < 0.25:
                        lines.append(r.choice(NOISE)(r))
                chunk = "\n".join(lines) + "\n\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
                if written >= target:
                    break


if __name__ == "__main__":
    main()
