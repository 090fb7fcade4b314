"""Archive-link view of the WCXB dev TUNE half (odd file ids only; the test half's pages are never opened), fiftieth
session (byline62): the page's byline written as an author archive/profile link, the way many themes print it, so
that the link's words stand where the name stood ("By <a>Jane Roe</a>" -> "<a>View all posts by Jane Roe</a>").

Pages: the tune half's article pages with a gold author whose author the given run of main got right (WCXB's rule),
and where the transform found the name's own text on the page. One general transform per page, no page-specific code:
  1. every <script> and HTML comment dropped, and every <meta> / <link> whose name, property, itemprop or rel names
     an author, creator or writer (so the page names its writer only in the visible text);
  2. in the <body>, every text node that is exactly one of the page's author names (the gold's names, or main's
     byline on that page), with "By" / "Written by" / "Posted by" / "Author:" before it in the same node or in the
     node just before (only tags between; also "Text by", "Words by", "Photos by"), becomes PHRASE + NAME, the "By" dropped. PHRASE is drawn from the page's
     language (<html lang>; English when none), one per page from its id (fixed seed), from the phrases themes print:
     en "View all posts by", "More from", "All posts by", "Posts by", "See all articles by", "Read more from", …
The gold is unchanged (the name). Scoring is strict, since WCXB's author rule accepts a byline that merely contains the
gold name ("View all posts by Jane Roe" contains "jane roe"): a page is right when the byline (or, when none, the
authors joined by "; ") equals the gold after lowercasing and collapsing non-word characters (the probes' rule).
Usage:
  python3 bench/byline-archive-views.py write MAIN_TUNE_PAGES.jsonl OUT_DIR
  java -jar precis.jar eval extraction --wcxb OUT_DIR --split tune --no-baselines --worst 0 --pages-out P.jsonl
  python3 bench/byline-archive-views.py score BASE.jsonl VIEW.jsonl [-v]   # strict author right, the pages that move
"""
import glob, gzip, json, os, re, sys, zlib

WCXB = "/work/shared/data/wcxb-dev"

PHRASES = {
    "en": ["View all posts by", "More from", "All posts by", "Posts by", "See all articles by", "Read more from",
           "More articles by", "View all articles by"],
    "de": ["Alle Beiträge von", "Mehr von", "Artikel von", "Alle Artikel von"],
    "fr": ["Tous les articles de", "Voir tous les articles de", "Articles de", "Plus d'articles de"],
    "es": ["Ver todas las entradas de", "Más de", "Artículos de", "Ver todos los artículos de"],
    "it": ["Tutti gli articoli di", "Vedi tutti gli articoli di", "Altri articoli di", "Articoli di"],
    "nl": ["Alle berichten van", "Bekijk alle berichten van", "Meer van", "Artikelen van"],
    "pt": ["Ver todos os artigos de", "Todos os posts de", "Mais de", "Artigos de"],
    "pl": ["Wszystkie wpisy autora", "Zobacz wszystkie wpisy autora", "Więcej od", "Artykuły autora"],
}
AUTHOR_WORD = re.compile(r"author|creator|writer|byl", re.I)
SCRIPT = re.compile(r"<script\b.*?</script\s*>|<!--.*?-->", re.S | re.I)
META = re.compile(r"<(?:meta|link)\b[^>]*>", re.I)
ATTR = re.compile(r"""\b(name|property|itemprop|rel)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
LANG = re.compile(r"""<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2})""", re.I)
BODY = re.compile(r"<body\b[^>]*>", re.I)
BY = r"(?:(?:written|posted|published|words|story|text|photos?)\s+by|by|author)\s*:?"
NON_WORD = re.compile(r"[^\w]+", re.U)


def norm(s):
    return NON_WORD.sub(" ", (s or "").lower()).strip()


def tune_articles():
    for f in sorted(glob.glob(os.path.join(WCXB, "ground-truth", "*.json"))):
        fid = os.path.basename(f)[:-5]
        if int(re.sub(r"\D", "0", fid)) % 2 == 0:
            continue
        truth = json.load(open(f, encoding="utf-8"))
        if truth["_internal"]["page_type"]["primary"] == "article" and truth["ground_truth"].get("author"):
            yield fid, truth


def names(gold, row):
    """The page's author names to look for, longest first: the gold, its parts, main's byline and authors."""
    out = {gold.strip()}
    out.update(p.strip() for p in re.split(r"\s+(?:and|&)\s+|\s*[,;]\s*", gold) if len(p.strip().split()) >= 2)
    if row.get("byline"):
        out.add(re.sub(r"^(?i:" + BY + r")\s*", "", row["byline"].strip()))
    out.update(a for a in (row.get("authors") or []) if a)
    return sorted((n for n in out if len(n) >= 3), key=len, reverse=True)


def strip_meta(html):
    html = SCRIPT.sub("", html)

    def meta(m):
        attrs = " ".join(v for _, v in ATTR.findall(m.group(0)))
        return "" if AUTHOR_WORD.search(attrs) else m.group(0)

    return META.sub(meta, html)


def rewrite(html, name_list, phrase):
    """(html, count): every text node that is exactly a name (a "By" before it dropped) written PHRASE NAME."""
    b = BODY.search(html)
    start = b.end() if b else 0
    head, body = html[:start], html[start:]
    count = 0
    for name in name_list:
        esc = r"\s+".join(re.escape(w) for w in name.split())
        # "By" in the node before the name's own node, only tags between
        p1 = re.compile(r"(>\s*)" + BY + r"\s*((?:<[^<>]+>\s*){1,4})(" + esc + r")(\s*<)", re.I)
        body, n1 = p1.subn(lambda m: m.group(1) + m.group(2) + phrase + " " + m.group(3) + m.group(4), body)
        # the name's own node, "By" inside it or not
        p2 = re.compile(r"(>\s*)(?:" + BY + r"\s+)?(" + esc + r")(\s*<)", re.I)
        body, n2 = p2.subn(lambda m: m.group(1) + phrase + " " + m.group(2) + m.group(3), body)
        count += n1 + n2
    return head + body, count


def write(main_pages, out):
    rows = {r["id"]: r for r in map(json.loads, open(main_pages, encoding="utf-8")) if r.get("id")}
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    os.makedirs(os.path.join(out, "ground-truth"), exist_ok=True)
    n = skipped = 0
    for fid, truth in tune_articles():
        row = rows.get(fid)
        if not row or not row.get("author_ok"):
            continue
        raw = gzip.open(os.path.join(WCXB, "html", fid + ".html.gz")).read().decode("utf-8", "replace")
        m = LANG.search(raw[:20000])
        lang = m.group(1).lower() if m and m.group(1).lower() in PHRASES else "en"
        choices = PHRASES[lang]
        phrase = choices[zlib.crc32(fid.encode()) % len(choices)]
        html, count = rewrite(strip_meta(raw), names(truth["ground_truth"]["author"], row), phrase)
        if not count:
            skipped += 1
            continue
        with gzip.open(os.path.join(out, "html", fid + ".html.gz"), "wt", encoding="utf-8") as g:
            g.write(html)
        json.dump(truth, open(os.path.join(out, "ground-truth", fid + ".json"), "w", encoding="utf-8"))
        n += 1
    print("archive view: %d tune pages written to %s (%d with main's author right left out: no name node found)"
          % (n, out, skipped))


def strict(r):
    shown = r.get("byline") or "; ".join(r.get("authors") or [])
    return bool(r.get("gold_author")) and norm(shown) == norm(r["gold_author"])


def score(base, view, verbose):
    a = {r["id"]: r for r in map(json.loads, open(base, encoding="utf-8")) if r.get("id")}
    b = {r["id"]: r for r in map(json.loads, open(view, encoding="utf-8")) if r.get("id") and r.get("gold_author")}
    ra = sum(1 for i in b if i in a and strict(a[i]))
    rb = sum(1 for r in b.values() if strict(r))
    wa = sum(1 for i in b if i in a and a[i].get("author_ok"))
    wb = sum(1 for r in b.values() if r.get("author_ok"))
    print("author (strict) base %d  view %d  (of %d); WCXB rule base %d  view %d" % (ra, rb, len(b), wa, wb))
    if verbose:
        for i in sorted(b):
            if i in a and strict(a[i]) != strict(b[i]):
                print("  %s %s gold %r: base %r -> view %r" % ("LOST" if strict(a[i]) else "GAIN", i,
                      b[i].get("gold_author"), a[i].get("byline"), b[i].get("byline")))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "write" and len(sys.argv) == 4:
        write(sys.argv[2], sys.argv[3])
    elif cmd == "score" and len(sys.argv) >= 4:
        score(sys.argv[2], sys.argv[3], "-v" in sys.argv[4:])
    else:
        sys.exit(__doc__)
