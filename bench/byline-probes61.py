"""Made-up news pages (forty-ninth session, byline61) probing three byline shapes no byline word or author mark
introduces in a way the readers knew:
  1. a name shown with its own avatar in the meta line under the headline ("2024-03-05 · [photo] Jane Roe", the
     photo's alt or the link's title the same name), in a box whose classes name no author;
  2. a lower-case handle after the byline word, in its own element beside the date ("<time>…</time> <p>by jroe</p>");
  3. an author's archive or profile link that is the only place the page names its writer ("View all posts by Jane
     Roe", "Ver todas las entradas de María Ejemplo", "Tutti gli articoli di Marco Esempio", "Alle berichten van Jan
     de Vries", "Ver todos os artigos de João Silva", "Wszystkie wpisy autora Anna Kowalska", "Alle Beiträge von Anna
     Beispiel", "Tous les articles de Jean Dupont", "More from Jane Roe", "Follow Jane Roe").
And the lines that name no writer: an avatar whose alt is not the name beside it, a photo caption under the
headline, "by default" / "by admin" beside a date, a "More from" section heading, "Follow us" in an author box.

Expected bylines were fixed and committed before any run. A probe is right when the byline the extractor reports
equals the expected one after lowercasing and collapsing non-word characters (WCXB's rule), or when none is expected
and none is reported. Pages: title-probes.py's `page`. Usage:
  python3 bench/byline-probes61.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/byline-probes61.py score
"""
import importlib.util, json, os, re
import probe_pages as pp

_spec = importlib.util.spec_from_file_location("title_probes", os.path.join(os.path.dirname(__file__), "title-probes.py"))
tp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tp)

T, page, HOST, FETCHED = tp.T, tp.page, tp.HOST, tp.FETCHED
P = []
HOST = dict(HOST, nl="https://www.stadskrant.nl/stad/voetbrug", pt="https://www.jornaldacidade.pt/cidade/ponte",
            pl="https://www.gazetamiejska.pl/miasto/kladka")


def add(pid, lang, byline, html):
    P.append((pid, {"byline": byline}, {"html": html, "url": HOST[lang], "fetched": FETCHED}))


def title(lang):
    return T[lang] if lang in tp.SITE else T["en"]


def after(html, box):
    """The page with `box` after the article, inside its main column."""
    return html.replace("</article>", "</article>" + box, 1)


NAME = {"en": "Jane Roe", "de": "Anna Beispiel", "fr": "Jean Dupont", "es": "María Ejemplo", "it": "Marco Esempio",
        "nl": "Jan de Vries", "pt": "João Silva", "pl": "Anna Kowalska"}


def avatar_line(day, name, alt=None, title=True):
    """The meta line under the headline: the day, a dot, the writer's avatar and name in one link (utility classes
    only, no author mark)."""
    alt = name if alt is None else alt
    t = f' title="{name}"' if title else ""
    return (f'<div class="mt-4 text-sm flex items-center"><span class="mr-1">{day}</span><span class="mx-1">·</span>'
            f'<a class="inline-flex items-center gap-1"{t}><img src="/avatar.png" alt="{alt}" class="h-4 w-4 rounded-full">'
            f'<div class="group-hover">{name}</div></a></div>')


# --- 1. the writer's avatar and name in the meta line under the headline ---
for lang, day in (("en", "2024-03-05"), ("de", "05.03.2024"), ("fr", "5 mars 2024"), ("es", "5 de marzo de 2024")):
    add(f"avatar-line-{lang}", lang, NAME[lang], page(lang, h1=T[lang], byline=avatar_line(day, NAME[lang])))
# no link title, the avatar's alt alone repeats the name; no day in the line
add("avatar-alt-only-it", "it", NAME["it"], page("it", h1=T["it"], byline=avatar_line("5 marzo 2024", NAME["it"], title=False)))
add("avatar-no-day-en", "en", NAME["en"], page("en", h1=T["en"], byline=(
    '<div class="meta"><span class="flex gap-2"><img src="/a/jr.jpg" alt="Jane Roe" width="24">'
    '<span>Jane Roe</span></span></div>')))
# the avatar's alt is no name (empty, "avatar"): the line names nobody the page marks
add("avatar-alt-empty-en", "en", None, page("en", h1=T["en"], byline=avatar_line("2024-03-05", "Jane Roe", alt="", title=False)))
add("avatar-alt-other-en", "en", None, page("en", h1=T["en"], byline=avatar_line("2024-03-05", "Jane Roe", alt="Profile picture", title=False)))
# a photo under the headline with its caption naming a place, not a writer
add("photo-caption-en", "en", None, page("en", h1=T["en"], byline=(
    '<figure><img src="/m/canal.jpg" alt="Canal Street"><figcaption>Canal Street</figcaption></figure>')))

# --- 2. a lower-case handle after the byline word, beside the date ---
def handle_line(day, word, handle):
    return (f'<div class="post-date"><p><span class="field"><time datetime="2024-03-05T10:00:00Z">{day}</time></span></p>'
            f'<p>{word} {handle} </p></div>')


add("handle-by-en", "en", "jroe", page("en", h1=T["en"], byline=handle_line("03/05 — 2024", "by", "jroe")))
add("handle-von-de", "de", "abeispiel", page("de", h1=T["de"], byline=handle_line("05.03.2024", "von", "abeispiel")))
add("handle-dotted-en", "en", "jane.roe", page("en", h1=T["en"], byline=handle_line("March 5, 2024", "by", "jane.roe")))
# "by admin", "by default": no writer
add("handle-admin-en", "en", None, page("en", h1=T["en"], byline=handle_line("March 5, 2024", "by", "admin")))
add("handle-no-date-en", "en", None, page("en", h1=T["en"], byline='<div class="tools"><p>Sorted</p><p>by relevance</p></div>'))

# --- 3. an author's archive or profile link, the page's only mention of its writer ---
ARCHIVE = {
    "en": "View all posts by {}", "es": "Ver todas las entradas de {}", "it": "Tutti gli articoli di {}",
    "nl": "Alle berichten van {}", "pt": "Ver todos os artigos de {}", "pl": "Wszystkie wpisy autora {}",
    "de": "Alle Beiträge von {}", "fr": "Tous les articles de {}",
}
SLUG = {"en": "author", "es": "autor", "it": "autore", "nl": "auteur", "pt": "autor", "pl": "autor", "de": "autor", "fr": "auteur"}


def archive_box(lang, phrase, name):
    slug = name.lower().replace(" ", "-")
    return (f'<div class="post-footer"><a class="author-link" href="/{SLUG[lang]}/{slug}/">{phrase.format(name)}</a></div>')


def lang_page(lang, **kw):
    """title-probes.py's page in en/de/fr/es/it; nl, pt, pl pages reuse the English one with their own lang."""
    if lang in tp.SITE:
        return page(lang, h1=T[lang], **kw)
    return page("en", h1=T["en"], **kw).replace('lang="en"', f'lang="{lang}"', 1)


for lang, phrase in ARCHIVE.items():
    add(f"archive-{lang}", lang, NAME[lang], after(lang_page(lang), archive_box(lang, phrase, NAME[lang])))
add("more-from-en", "en", "Jane Roe", after(lang_page("en"), archive_box("en", "More from {}", "Jane Roe")))
add("mas-de-es", "es", "María Ejemplo", after(lang_page("es"), archive_box("es", "Más artículos de {}", "María Ejemplo")))
add("altri-it", "it", "Marco Esempio", after(lang_page("it"), archive_box("it", "Altri articoli di {}", "Marco Esempio")))
add("follow-en", "en", "Jane Roe", after(lang_page("en"), '<div class="author-social"><a href="https://social.example/janeroe">Follow Jane Roe</a></div>'))
# a "Follow us" in an author-marked box and a "More from" section heading name no writer
add("follow-us-en", "en", None, after(lang_page("en"), '<div class="author-social"><a href="https://social.example/ledger">Follow Us</a></div>'))
add("folgen-sie-uns-de", "de", None, after(lang_page("de"), '<div class="author-social"><a href="https://social.example/stadtblatt">Folgen Sie uns</a></div>'))
add("more-from-section-en", "en", None, after(lang_page("en"), '<section class="related"><h2>More from City</h2><ul><li><a href="/r1">Bus lanes</a></li></ul></section>'))

NOT_WORD = re.compile(r"[^\w]+")


def norm(s):
    return NOT_WORD.sub(" ", (s or "").lower()).strip()


def score(expected, lines):
    right = 0
    for line in lines:
        r = json.loads(line)
        want = expected[r["id"]]["byline"]
        got = r.get("byline")
        ok = norm(got) == norm(want)
        right += ok
        if not ok:
            print("WRONG byline", r["id"], "expected", repr(want), "got", repr(got), r.get("authors"))
    print("bylines right", right, "of", len(expected))


if __name__ == "__main__":
    pp.cli(P, score, ensure_ascii=False)
