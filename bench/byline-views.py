"""Byline views of the WCXB dev TUNE half (odd file ids only; the test half's pages are never opened): bench/date-views.py's
German and French views with the byline words translated too (bench/byline_speech.py: "By"/"by" -> "Von"/"Par",
"and" between a byline's names -> "und"/"et", "Written by", "Staff Writer", "Reporter", "Editor", "Author:" …), one
general transform, the same house style per page as the date views (fixed seed: the page's id).
  de-by, fr-by            on top of nometa (scripts, comments and date metadata dropped; visible text kept)
  de-by-full, fr-by-full  on the unmodified page (metadata, scripts and address kept; script text not rewritten)
The gold date is unchanged; the gold title is rewritten as the page's headline is (its dates and words: "for Dezember
2025"); the gold author keeps its names (only its own " and " between two names is
written "und"/"et", as the page now joins them).
Usage:
  python3 bench/byline-views.py write VIEW OUT_DIR
  java -jar precis.jar eval extraction --wcxb OUT_DIR --split tune --no-baselines --worst 0 --pages-out P.jsonl
  python3 bench/byline-views.py score BASE.jsonl VIEW.jsonl [-v]   # title and author right, and the pages that move
"""
import gzip, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
spec = importlib.util.spec_from_file_location("date_views", os.path.join(HERE, "date-views.py"))
dv = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dv)
from date_speech import page_order  # noqa: E402
from byline_speech import BylineSpeech, gold_author  # noqa: E402

VIEWS = ("de-by", "fr-by", "de-by-full", "fr-by-full")


def write(view, out):
    assert view in VIEWS, view
    lang, base = view[:2], ("full" if view.endswith("-full") else "nometa")
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    os.makedirs(os.path.join(out, "ground-truth"), exist_ok=True)
    n = 0
    for fid, truth in dv.tune_pages():
        raw = gzip.open(os.path.join(dv.WCXB, "html", fid + ".html.gz")).read().decode("utf-8", "replace")
        p = dv.Text()
        p.feed(raw)
        speech = BylineSpeech(lang, fid, page_order(" ".join(p.parts), truth["ground_truth"]["publish_date"]))
        with gzip.open(os.path.join(out, "html", fid + ".html.gz"), "wt", encoding="utf-8") as g:
            g.write(dv.transform(raw, base, speech))
        truth = json.loads(json.dumps(truth))
        truth["ground_truth"]["author"] = gold_author(lang, truth["ground_truth"].get("author"))
        # the headline's own dates and words are rewritten on the page ("for Dezember 2025"): the gold title with them
        title = truth["ground_truth"].get("title")
        if title:
            truth["ground_truth"]["title"] = speech.rewrite(title)
        json.dump(truth, open(os.path.join(out, "ground-truth", fid + ".json"), "w", encoding="utf-8"))
        n += 1
    print("%s: %d tune pages written to %s" % (view, n, out))


def score(base, view, verbose):
    a = {r["id"]: r for r in map(json.loads, open(base, encoding="utf-8")) if r.get("id")}
    b = {r["id"]: r for r in map(json.loads, open(view, encoding="utf-8")) if r.get("id")}
    for key, gold in (("title", "gold_title"), ("author", "gold_author")):
        ok = key + "_ok"
        ra = sum(1 for r in a.values() if r.get(ok))
        rb = sum(1 for r in b.values() if r.get(ok))
        n = sum(1 for r in b.values() if r.get(gold))
        print("%-6s base %d  view %d  (of %d)" % (key, ra, rb, n))
        if verbose:
            for i in sorted(b):
                if i in a and bool(a[i].get(ok)) != bool(b[i].get(ok)):
                    shown = "byline" if key == "author" else "title"
                    print("  %s %s %s gold %r: base %r -> view %r" % ("LOST" if a[i].get(ok) else "GAIN", key, i,
                          b[i].get(gold), a[i].get(shown), b[i].get(shown)))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "write":
        write(sys.argv[2], sys.argv[3])
    elif cmd == "score":
        score(sys.argv[2], sys.argv[3], "-v" in sys.argv[4:])
    else:
        sys.exit(__doc__)
