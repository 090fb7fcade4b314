"""Views of the WCXB dev TUNE half (odd file ids only; the test half's pages are never opened) with date evidence
removed, so that real pages exercise the visible-text and address paths of the date finder. Each view is one general
transform over the HTML (no page-specific code):
  nometa  every <script> (JSON-LD and the rest) and HTML comment dropped; every <meta> whose name/property/itemprop/
          http-equiv names a date, time, publication, change or creation, or whose content holds a date, dropped;
          `datetime`, `pubdate` and `data-*` date attributes dropped, and any other attribute (links and sources
          aside) whose value holds a date or names a date field (itemprop="datePublished") dropped. Visible text kept.
  nourl   nometa, plus the page's address hidden: the gold's "url" left out (the extractor gets none), and
          <link rel=canonical|amphtml|shortlink|alternate> and <meta og:url/twitter:url> dropped.
  bare    nourl, plus no date markup at all: <time> becomes <span>, and class/id words naming a date, time,
          publication, change, post or byline are dropped, so only the words on the page date it.
  de, fr  nometa, plus every visible English date, clock time, relative time, weekday and date label (and the
          boilerplate words around them: "says:", "Reply", "Tags:") written the German or French way, one house style
          per page drawn from its id (bench/date_speech.py); <html lang> and og:locale say de or fr; gold unchanged.
  de-nourl, fr-nourl, de-bare, fr-bare  the same on top of nourl, of bare.
  de-full, fr-full  the same on the unmodified page (metadata, scripts and address kept; script text not rewritten).
Usage:
  python3 bench/date-views.py write VIEW OUT_DIR     # OUT_DIR/{html,ground-truth} for the tune half's dated articles
  java -jar precis.jar eval extraction --wcxb OUT_DIR --split tune --no-baselines --pages-out P.jsonl
  python3 bench/date-views.py visible OUT_DIR        # OUT_DIR/visible.json: ids whose gold day shows in the text
  python3 bench/date-views.py score OUT_DIR P.jsonl  # right / wrong / none, all and where the day is visible
"""
import datetime, glob, gzip, html, json, os, re, sys
from html.parser import HTMLParser

WCXB = "/work/shared/data/wcxb-dev"
VIEWS = ("nometa", "nourl", "bare", "de", "fr", "de-nourl", "fr-nourl", "de-bare", "fr-bare", "de-full", "fr-full")

DATE_WORD = re.compile(r"date|time|publi|modif|creat|updat|issued|parsely|sailthru|pubdate|posted", re.I)
DATE_VALUE = re.compile(
    r"\b(1[89]|20)\d\d[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])\b"      # 2017-07-12, 2017/7/12
    r"|\b(0?[1-9]|[12]\d|3[01])[-/.](0?[1-9]|1[0-2])[-/.]((1[89]|20)?\d\d)\b"   # 12.07.2017, 7/12/17
    r"|\b(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|f[eé]v|avr|mai|juin|juil|ao[uû]t"
    r"|d[eé]c)[a-zéû]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+(1[89]|20)\d\d\b"        # July 12, 2017
    r"|\b\d{1,2}\.?\s+[a-zäéû]{3,}\.?\s+(1[89]|20)\d\d\b"                        # 12. Juli 2017, 12 juillet 2017
    , re.I)
EPOCH = re.compile(r"^\d{10}(\d{3})?$")
LINK_ATTRS = {"href", "src", "srcset", "action", "data-src", "data-srcset", "poster"}
ADDRESS_RELS = {"canonical", "amphtml", "shortlink", "alternate"}
MARKUP_WORD = re.compile(r"date|time|publi|modif|creat|updat|posted|byline|dateline|meta|entry-|post-on|stamp", re.I)


def dated_meta(attrs):
    a = dict(attrs)
    names = " ".join(a.get(k) or "" for k in ("name", "property", "itemprop", "http-equiv"))
    return bool(DATE_WORD.search(names)) or bool(DATE_VALUE.search(a.get("content") or ""))


def keep_attr(name, value, view):
    value = value or ""
    if name in ("datetime", "pubdate"):
        return False
    if name in LINK_ATTRS:
        return True
    if name.startswith("data-") and (DATE_WORD.search(name) or EPOCH.match(value.strip())):
        return False
    if name == "itemprop" and DATE_WORD.search(value):
        return False
    if DATE_VALUE.search(value) and name not in ("class", "id"):
        return False
    if view == "bare" and name in ("class", "id"):
        return True  # filtered word by word in clean_attrs
    return True


def clean_attrs(attrs, view):
    out = []
    for name, value in attrs:
        if not keep_attr(name, value, view):
            continue
        if view == "bare" and name in ("class", "id") and value:
            value = " ".join(w for w in value.split() if not MARKUP_WORD.search(w))
            if not value:
                continue
        out.append((name, value))
    return out


def start_tag(tag, attrs, closed=False):
    parts = [tag]
    for name, value in attrs:
        parts.append(name if value is None else '%s="%s"' % (name, html.escape(value, quote=True)))
    return "<" + " ".join(parts) + ("/>" if closed else ">")


class View(HTMLParser):
    def __init__(self, view, speech=None):
        super().__init__(convert_charrefs=False)
        self.view, self.out, self.skip = view, [], None
        self.speech, self.text, self.style = speech, [], 0  # a translated view: text gathered, rewritten at each tag

    def flush(self):
        if self.text:
            raw, self.text = "".join(self.text), []
            if self.style:
                self.out.append(raw)
            else:
                self.out.append(html.escape(self.speech.rewrite(html.unescape(raw)), quote=False))

    def emit_start(self, tag, attrs, closed):
        self.flush()
        if self.speech is not None:
            attrs = self.speech.attrs(tag, attrs)
            if tag in ("style", "script" if self.view == "full" else "style") and not closed:
                self.style += 1  # (a script's text is left as it is in the full view)
        if self.view == "full":
            self.out.append(start_tag(tag, attrs, closed))
            return
        if tag == "script":
            if not closed:
                self.skip = "script"
            return
        if tag == "meta" and dated_meta(attrs):
            return
        a = dict(attrs)
        if self.view != "nometa":
            if tag == "link" and (a.get("rel") or "").lower() in ADDRESS_RELS:
                return
            if tag == "meta" and (a.get("property") or a.get("name") or "").lower() in ("og:url", "twitter:url"):
                return
        if self.view == "bare" and tag == "time":
            tag = "span"
        self.out.append(start_tag(tag, clean_attrs(attrs, self.view), closed))

    def handle_starttag(self, tag, attrs):
        if self.skip is None:
            self.emit_start(tag, attrs, False)

    def handle_startendtag(self, tag, attrs):
        if self.skip is None:
            self.emit_start(tag, attrs, True)

    def handle_endtag(self, tag):
        if self.skip is not None:
            if tag == self.skip:
                self.skip = None
            return
        self.flush()
        if tag in ("style", "script") and self.style:
            self.style -= 1
        if self.view == "bare" and tag == "time":
            tag = "span"
        self.out.append("</%s>" % tag)

    def handle_data(self, data):
        if self.skip is None:
            (self.text if self.speech is not None else self.out).append(data)

    def handle_entityref(self, name):
        if self.skip is None:
            (self.text if self.speech is not None else self.out).append("&%s;" % name)

    def handle_charref(self, name):
        if self.skip is None:
            (self.text if self.speech is not None else self.out).append("&#%s;" % name)

    def handle_decl(self, decl):
        self.flush()
        self.out.append("<!%s>" % decl)

    def handle_comment(self, data):
        if self.view == "full" and self.skip is None:
            self.flush()
            self.out.append("<!--%s-->" % data)

    def handle_pi(self, data):
        pass


def transform(text, view, speech=None):
    p = View(view, speech)
    p.feed(text)
    p.close()
    p.flush()
    return "".join(p.out)


def tune_pages():
    """(id, ground-truth json) of the tune half's article pages with a gold date (odd ids only)."""
    for f in sorted(glob.glob(os.path.join(WCXB, "ground-truth", "*.json"))):
        fid = os.path.basename(f)[:-5]
        if int(re.sub(r"\D", "0", fid)) % 2 == 0:
            continue
        truth = json.load(open(f, encoding="utf-8"))
        if truth["_internal"]["page_type"]["primary"] == "article" and truth["ground_truth"].get("publish_date"):
            yield fid, truth


def write(view, out):
    """OUT/{html,ground-truth} for the tune half's dated articles in VIEW. A translated view (de, fr on top of nometa;
    de-nourl, fr-nourl, de-bare, fr-bare on top of nourl, bare; de-full, fr-full on the unmodified page) adds
    bench/date_speech.py's rewriting of every visible English date, time and date label, one house style per page
    drawn from its id; the gold is unchanged."""
    assert view in VIEWS, view
    lang, base = (view.partition("-")[0], view.partition("-")[2] or "nometa") if view[:2] in ("de", "fr") else (None, view)
    if lang:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from date_speech import Speech, page_order
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    os.makedirs(os.path.join(out, "ground-truth"), exist_ok=True)
    n = 0
    for fid, truth in tune_pages():
        raw = gzip.open(os.path.join(WCXB, "html", fid + ".html.gz")).read().decode("utf-8", "replace")
        speech = None
        if lang:
            p = Text()
            p.feed(raw)
            speech = Speech(lang, fid, page_order(" ".join(p.parts), truth["ground_truth"]["publish_date"]))
        with gzip.open(os.path.join(out, "html", fid + ".html.gz"), "wt", encoding="utf-8") as g:
            g.write(transform(raw, base, speech))
        if base in ("nourl", "bare"):
            truth = dict(truth)
            truth.pop("url", None)
        json.dump(truth, open(os.path.join(out, "ground-truth", fid + ".json"), "w", encoding="utf-8"))
        n += 1
    print("%s: %d tune pages written to %s" % (view, n, out))


# --- is the gold day visible in the page's text at all? ---
MONTHS = {
    1: "january jan januar jän janvier janv enero ene gennaio gen januari", 2: "february feb februar février févr fevrier febrero febbraio februari",
    3: "march mar märz mrz maerz mars marzo maart", 4: "april apr avril avr abril aprile", 5: "may mai mayo maggio mei",
    6: "june jun juni juin junio giugno", 7: "july jul juli juillet juil julio luglio", 8: "august aug août aout agosto augustus",
    9: "september sep sept septembre septiembre settembre", 10: "october oct oktober okt octobre octubre ottobre",
    11: "november nov novembre noviembre", 12: "december dec dezember dez décembre decembre déc diciembre dicembre",
}


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def day_forms(day):
    d = datetime.date.fromisoformat(day)
    y, m, dd = d.year, d.month, d.day
    forms = [r"%d-0?%d-0?%d" % (y, m, dd), r"%d/0?%d/0?%d" % (y, m, dd), r"%d\.0?%d\.0?%d" % (y, m, dd),
             r"\b0?%d[./-]\s?0?%d[./-]\s?(%d|%02d)\b" % (dd, m, y, y % 100),
             r"\b0?%d[./-]0?%d[./-](%d|%02d)\b" % (m, dd, y, y % 100)]
    for name in MONTHS[m].split():
        n = re.escape(name)
        forms.append(r"\b%s\.?\s+0?%d(st|nd|rd|th)?,?\s+%d" % (n, dd, y))
        forms.append(r"\b0?%d(st|nd|rd|th|er|\.|º)?\s+(de\s+)?%s\.?,?\s+(de\s+)?%d" % (dd, n, y))
    return re.compile("|".join(forms), re.I)


def visible(out):
    shown = {}
    for f in sorted(glob.glob(os.path.join(out, "html", "*.html.gz"))):
        fid = os.path.basename(f)[:-8]
        truth = json.load(open(os.path.join(out, "ground-truth", fid + ".json"), encoding="utf-8"))
        p = Text()
        p.feed(gzip.open(f).read().decode("utf-8", "replace"))
        text = re.sub(r"\s+", " ", " ".join(p.parts))  # elements apart: "Advertisement" "May 2"
        day = truth["ground_truth"]["publish_date"]
        shown[fid] = len(day) == 10 and bool(day_forms(day).search(text))  # a month-level gold names no day
    json.dump(shown, open(os.path.join(out, "visible.json"), "w"))
    print("gold day visible in the text: %d of %d" % (sum(shown.values()), len(shown)))


def score(out, pages):
    shown = json.load(open(os.path.join(out, "visible.json")))
    rows = [json.loads(l) for l in open(pages, encoding="utf-8") if l.strip()]
    tally = {"all": [0, 0, 0], "visible": [0, 0, 0]}
    for r in rows:
        if not r.get("gold_date"):
            continue
        k = 0 if r.get("date_ok") else (2 if not r.get("date") else 1)
        tally["all"][k] += 1
        if shown.get(r["id"]):
            tally["visible"][k] += 1
        if k and len(sys.argv) > 4:
            print("%s %s gold %s got %s%s" % ("WRONG" if k == 1 else "NONE ", r["id"], r["gold_date"], r.get("date"),
                                             "" if shown.get(r["id"]) else "  (day not visible)"))
    for name, (right, wrong, none) in tally.items():
        print("%-8s right %d  wrong %d  none %d  (of %d)" % (name, right, wrong, none, right + wrong + none))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "write":
        write(sys.argv[2], sys.argv[3])
    elif cmd == "visible":
        visible(sys.argv[2])
    elif cmd == "score":
        score(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
