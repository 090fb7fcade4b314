#!/usr/bin/env python3
"""Writes the BBC News Summary articles (../shared/data/bbc-news-summary/articles) repeated to at least N
documents as JSONL for the Spark benchmark: {"id","title","text"} per line, each copy with its own id
(section-number-rK), spread over F files so the job's reading is parallel.

    bench/bbc-repeat.py --articles ../shared/data/bbc-news-summary/articles --docs 20000 --files 8 --out /tmp/bbc20k
"""
import argparse, json, os, pathlib

ap = argparse.ArgumentParser()
ap.add_argument("--articles", required=True)
ap.add_argument("--docs", type=int, default=20000)
ap.add_argument("--files", type=int, default=8)
ap.add_argument("--out", required=True)
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
if not docs:
    raise SystemExit(f"bbc-repeat: no articles under {a.articles}")
os.makedirs(a.out, exist_ok=False)
outs = [open(os.path.join(a.out, f"part-{k:02d}.jsonl"), "w", encoding="utf-8") for k in range(a.files)]
n = 0
rep = 0
while n < a.docs:
    for doc_id, title, body in docs:
        outs[n % a.files].write(json.dumps({"id": f"{doc_id}-r{rep}", "title": title, "text": body}) + "\n")
        n += 1
    rep += 1
for o in outs:
    o.close()
print(f"bbc-repeat: {n} documents ({len(docs)} articles x {rep}) in {a.files} files under {a.out}")
