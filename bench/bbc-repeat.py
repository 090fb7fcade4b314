#!/usr/bin/env python3
"""Writes the BBC News Summary articles (../shared/data/bbc-news-summary/articles) repeated to at least N
documents as JSONL for the Spark benchmark: {"id","title","text"} per line, each copy with its own id
(section-number-rK), spread over F files so the job's reading is parallel.

    bench/bbc-repeat.py --articles ../shared/data/bbc-news-summary/articles --docs 20000 --files 8 --out /tmp/bbc20k

A plain copy has the same words as the first, so a library stores it as a copy without analysing it again. With
--distinct, copy K >= 1 of an article keeps its title and alternates its paragraphs with those of the article K
places after it in the same section (even positions from one, odd from the other, swapped at every copy; K below
the section's size, ~400): a copy shares about half its word 3-shingles with another text at most, below the
library's near-duplicate similarity (0.7), so a loader analyses and writes nearly every document (8,900 documents:
8,184 stored, against 4 x 2,062 with none of the mixing), at about the articles' length.
"""
import argparse, json, os, pathlib

ap = argparse.ArgumentParser()
ap.add_argument("--articles", required=True)
ap.add_argument("--docs", type=int, default=20000)
ap.add_argument("--files", type=int, default=8)
ap.add_argument("--out", required=True)
ap.add_argument("--distinct", action="store_true", help="make every copy after the first a text of its own (see above)")
a = ap.parse_args()

docs = []
for f in sorted(pathlib.Path(a.articles).glob("*/*.txt")):
    raw = f.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    title, _, body = text.partition("\n")
    docs.append((f"{f.parent.name}-{f.stem}", title.strip(), body.strip()))
sections = {}
for k, (doc_id, _, _) in enumerate(docs):
    sections.setdefault(doc_id.rsplit("-", 1)[0], []).append(k)


def mixed(k, rep):
    """Article k's body for copy rep: its paragraphs of one parity between the other parity's of a neighbour."""
    if not a.distinct or rep == 0:
        return docs[k][2]
    same = sections[docs[k][0].rsplit("-", 1)[0]]
    partner = same[(same.index(k) + rep) % len(same)]
    own, other = (paragraphs(docs[i][2]) for i in (k, partner))
    out = []
    for p in range(max(len(own), len(other))):
        source = own if p % 2 == rep % 2 else other
        if p < len(source):
            out.append(source[p])
    return "\n\n".join(out)


def paragraphs(body):
    return [p.strip() for p in body.split("\n\n") if p.strip()]


if not docs:
    raise SystemExit(f"bbc-repeat: no articles under {a.articles}")
os.makedirs(a.out, exist_ok=False)
outs = [open(os.path.join(a.out, f"part-{k:02d}.jsonl"), "w", encoding="utf-8") for k in range(a.files)]
n = 0
rep = 0
while n < a.docs:
    for k, (doc_id, title, _) in enumerate(docs):
        outs[n % a.files].write(json.dumps({"id": f"{doc_id}-r{rep}", "title": title, "text": mixed(k, rep)}) + "\n")
        n += 1
    rep += 1
for o in outs:
    o.close()
print(f"bbc-repeat: {n} documents ({len(docs)} articles x {rep}) in {a.files} files under {a.out}")
