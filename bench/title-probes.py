"""Made-up news pages (forty-third session, title52) probing the title and author readers in the general shapes of
the open web, in English, German, French, Spanish and Italian: a `<title>` that appends or prefixes the site's name
with " | ", " - ", " – ", " :: ", " « " or a colon, meta titles (og:title, the JSON-LD headline, `<title>`) that
disagree with the h1, two h1s (the logo's and the headline), a headline in an h2 under a logo h1, headlines in
capitals, a kicker in the h1, truncated meta titles, a headline whose last word looks like a site's name; bylines
with two people joined by "und"/"et"/"y"/"e"/"and", a role or a place after the name, an agency after a bar, a date
or an e-mail address in the line, JSON-LD authors as an array, an object with `name` or a string, `rel=author`, and
credits that name no person ("Redaktion", "Staff", "AFP"), which give no author.

Expected titles and authors were fixed and committed before any run. A title is right when it equals the expected
one after lowercasing and collapsing non-word characters (WCXB's title rule); the authors are right when the list of
people equals the expected list, each compared the same way, in any order. Built on the date probes' news template
(date-probes-eu.py's body text). Usage:
  python3 bench/title-probes.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/title-probes.py score
"""
import json, re
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
FETCHED = eu.FETCHED
HOST = {"en": "https://www.ledger-news.example/city/footbridge", "de": "https://www.stadtblatt.de/stadt/neue-bruecke",
        "fr": "https://www.quotidien-canal.fr/ville/passerelle", "es": "https://www.diariodelpuerto.es/ciudad/pasarela",
        "it": "https://www.gazzettadelborgo.it/citta/passerella"}
SITE = {"en": "The Ledger", "de": "Stadtblatt", "fr": "Le Quotidien du Canal", "es": "Diario del Puerto",
        "it": "Gazzetta del Borgo"}
NAV = {"en": ("Home", "City", "Sport"), "de": ("Start", "Politik", "Kultur"), "fr": ("Accueil", "Ville", "Culture"),
       "es": ("Portada", "Ciudad", "Cultura"), "it": ("Home", "Città", "Cultura")}
P = []


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def page(lang, title=None, h1=None, head="", top="", byline="", before="", masthead=None, sitename=True):
    """A news page: a masthead (the site's name, a link home), the article with its h1 (None: no h1; a string of
    HTML is used as written when it starts with '<'), a byline after it, the body, a footer. title: the <title>
    text (default: headline | site); sitename: declare og:site_name."""
    h = eu.TITLE[lang]
    title = f"{h} | {SITE[lang]}" if title is None else title
    nav = "".join(f'<a href="/{i}">{w}</a> ' for i, w in enumerate(NAV[lang]))
    mast = masthead if masthead is not None else f'<p class="brand"><a href="/">{SITE[lang]}</a></p>'
    og = f'<meta property="og:site_name" content="{SITE[lang]}">' if sitename else ""
    if h1 is None:
        heading = ""
    elif h1.startswith("<"):
        heading = h1
    else:
        heading = f"<h1>{h1}</h1>"
    body = "".join(f"<p>{p}</p>" for p in eu.BODY[lang])
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{og}{head}</head>'
            f'<body><header class="site-header">{mast}<nav>{nav}</nav></header>'
            f'<main>{before}<article>{top}{heading}{byline}{body}</article></main>'
            f'<footer><p>© 2024 {SITE[lang]}</p></footer></body></html>')


def add(pid, lang, title, authors, html):
    P.append((pid, {"title": title, "authors": authors}, {"html": html, "url": HOST[lang], "fetched": FETCHED}))


def by(text, cls="byline"):
    return f'<p class="{cls}">{text}</p>'


T = eu.TITLE

# --- 1. the site's name around the headline in <title>, with and without an h1 ---
add("t-bar-h1-en", "en", T["en"], [], page("en", h1=T["en"]))
add("t-bar-noh1-en", "en", T["en"], [], page("en", h1=None))
add("t-dash-noh1-de", "de", T["de"], [], page("de", title=f"{T['de']} - Stadtblatt", h1=None))
add("t-endash-noh1-fr", "fr", T["fr"], [], page("fr", title=f"{T['fr']} – Le Quotidien du Canal", h1=None))
add("t-colons-noh1-es", "es", T["es"], [], page("es", title=f"{T['es']} :: Diario del Puerto", h1=None))
add("t-guill-noh1-it", "it", T["it"], [], page("it", title=f"{T['it']} « Gazzetta del Borgo", h1=None))
add("t-sitefirst-colon-en", "en", T["en"], [], page("en", title=f"The Ledger: {T['en']}", h1=None))
add("t-sitefirst-dash-it", "it", T["it"], [], page("it", title=f"Gazzetta del Borgo - {T['it']}", h1=None))
# no og:site_name: the host names the site
add("t-host-dash-de", "de", T["de"], [], page("de", title=f"{T['de']} - Stadtblatt", h1=None, sitename=False))
add("t-host-first-de", "de", T["de"], [], page("de", title=f"Stadtblatt: {T['de']}", h1=None, sitename=False))
add("t-host-bar-es", "es", T["es"], [], page("es", title=f"{T['es']} | Diario del Puerto", h1=None, sitename=False))
# a section between the headline and the site
add("t-section-fr", "fr", T["fr"], [], page("fr", title=f"{T['fr']} | Ville | Le Quotidien du Canal", h1=None))
add("t-section-de", "de", T["de"], [], page("de", title=f"{T['de']} - Politik - Stadtblatt", h1=None))
# the headline in capitals in <title>
add("t-caps-title-de", "de", T["de"], [], page("de", title=f"{T['de'].upper()} | STADTBLATT", h1=None))

# --- 2. og:title, JSON-LD headline, h1 and <title> disagreeing ---
seo_en = "Footbridge over canal: council plans, cost and timeline explained"
add("m-og-seo-ldh1-en", "en", T["en"], [], page("en", h1=T["en"], title=f"{seo_en} | The Ledger",
    head=f'<meta property="og:title" content="{seo_en}">' + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T["en"]})))
seo_de = "Brücke, Kanal, Kosten: Alle Infos zum Neubau"
add("m-og-seo-ldh1-de", "de", T["de"], [], page("de", h1=T["de"], title=f"{seo_de} | Stadtblatt",
    head=f'<meta property="og:title" content="{seo_de}">' + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T["de"]})))
add("m-og-trunc-fr", "fr", T["fr"], [], page("fr", h1=T["fr"], title=f"{T['fr']} | Le Quotidien du Canal",
    head='<meta property="og:title" content="Une nouvelle passerelle sur…">'))
add("m-title-trunc-noh1-es", "es", T["es"], [], page("es", h1=None, title="Una nueva pasarela sobre e... | Diario del Puerto",
    head=f'<meta property="og:title" content="{T["es"]}">'))
add("m-ld-only-it", "it", T["it"], [], page("it", h1=None, title="Gazzetta del Borgo",
    head=ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T["it"]})))
# the h1 is a section's label; the meta titles agree on the headline
add("m-h1-label-de", "de", T["de"], [], page("de", h1="Politik", title=f"{T['de']} | Stadtblatt",
    head=f'<meta property="og:title" content="{T["de"]}">' + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T["de"]})))
# og:title is only the site's name
add("m-og-site-en", "en", T["en"], [], page("en", h1=T["en"], head='<meta property="og:title" content="The Ledger">'))

# --- 3. h1s: the logo's and the headline; the headline in an h2 under a logo h1 ---
logo_h1 = {l: f'<h1 class="site-title"><a href="/">{SITE[l]}</a></h1>' for l in SITE}
add("h-two-h1-de", "de", T["de"], [], page("de", h1=T["de"], masthead=logo_h1["de"]))
add("h-two-h1-noog-fr", "fr", T["fr"], [], page("fr", h1=T["fr"], masthead=logo_h1["fr"], sitename=False))
add("h-logo-h2-en", "en", T["en"], [], page("en", h1=f'<h2 class="entry-title">{T["en"]}</h2>', masthead=logo_h1["en"]))
add("h-logo-h2-es", "es", T["es"], [], page("es", h1=f'<h2 class="entry-title">{T["es"]}</h2>', masthead=logo_h1["es"],
    title=f"{T['es']} - Diario del Puerto"))
add("h-logo-nolink-h2-it", "it", T["it"], [], page("it", h1=f'<h2 class="titolo">{T["it"]}</h2>',
    masthead='<h1 class="logo">Gazzetta del Borgo</h1>', title=f"Gazzetta del Borgo - {T['it']}"))
add("h-caps-h1-de", "de", T["de"], [], page("de", h1=T["de"].upper()))
add("h-caps-h1-noh-en", "en", T["en"], [], page("en", h1=T["en"].upper(), title="The Ledger"))
# a kicker inside the h1, a kicker line above it
add("h-kicker-span-de", "de", T["de"], [], page("de", h1=f'<h1><span class="kicker">Exklusiv:</span> {T["de"]}</h1>'))
add("h-kicker-p-fr", "fr", T["fr"], [], page("fr", h1=T["fr"], top='<p class="surtitre">Urbanisme</p>'))
# the related stories' headings are h1s too
rel = "".join(f'<div class="teaser"><h1><a href="/r{i}">{t}</a></h1></div>' for i, t in
              enumerate(["Stadtrat streitet über Radwege", "Neue Buslinie ab Montag"]))
add("h-related-h1-de", "de", T["de"], [], page("de", h1=T["de"], before="", top="").replace("</article>", "</article>" + f'<section class="related">{rel}</section>'))
# a subtitle under the h1
add("h-subtitle-it", "it", T["it"], [], page("it", h1=T["it"], top="",
    byline='<p class="sottotitolo">I lavori partiranno in primavera e costeranno diversi milioni</p>',
    head=f'<meta property="og:title" content="{T["it"]}">'))
# a headline whose last word is the site's name, or reads like one
led = "Why we still print The Ledger"
add("h-site-word-en", "en", led, [], page("en", h1=led, title=f"{led} | The Ledger"))
add("h-site-word-noh1-en", "en", led, [], page("en", h1=None, title=f"{led} | The Ledger"))
hafen = "Der Hafen und das Stadtblatt"
add("h-site-word-de", "de", hafen, [], page("de", h1=hafen, title=f"{hafen} - Stadtblatt"))

# --- 4. bylines ---
add("a-von-und-de", "de", T["de"], ["Anna Beispiel", "Max Muster"], page("de", h1=T["de"], byline=by("Von Anna Beispiel und Max Muster")))
add("a-par-envoye-fr", "fr", T["fr"], ["Jean Dupont"], page("fr", h1=T["fr"], byline=by("Par Jean Dupont, envoyé spécial à Kyiv")))
add("a-by-reuters-en", "en", T["en"], ["Jane Roe"], page("en", h1=T["en"], byline=by("By Jane Roe | Reuters")))
add("a-by-date-en", "en", T["en"], ["Jane Roe"], page("en", h1=T["en"], byline=by("By Jane Roe, March 5, 2024")))
add("a-by-email-en", "en", T["en"], ["Jane Roe"], page("en", h1=T["en"], byline=by("By Jane Roe jane.roe@ledger-news.example")))
add("a-email-paren-de", "de", T["de"], ["Anna Beispiel"], page("de", h1=T["de"], byline=by("Anna Beispiel (anna.beispiel@stadtblatt.de)", "author")))
add("a-von-date-de", "de", T["de"], ["Max Muster"], page("de", h1=T["de"], byline=by("Von Max Muster, 05.03.2024, 10:12 Uhr")))
add("a-por-y-es", "es", T["es"], ["María Ejemplo", "Juan Modelo"], page("es", h1=T["es"], byline=by("Por María Ejemplo y Juan Modelo")))
add("a-por-place-es", "es", T["es"], ["María Ejemplo"], page("es", h1=T["es"], byline=by("Por María Ejemplo, Madrid")))
add("a-di-e-it", "it", T["it"], ["Marco Esempio", "Giulia Prova"], page("it", h1=T["it"], byline=by("di Marco Esempio e Giulia Prova")))
add("a-di-date-it", "it", T["it"], ["Marco Esempio"], page("it", h1=T["it"], byline=by("di Marco Esempio - 5 marzo 2024")))
add("a-par-et-afp-fr", "fr", T["fr"], ["Jean Dupont", "Claire Martin"], page("fr", h1=T["fr"], byline=by("Par Jean Dupont et Claire Martin (avec AFP)")))
add("a-von-dpa-de", "de", T["de"], ["Anna Beispiel"], page("de", h1=T["de"], byline=by("Von Anna Beispiel, dpa")))
add("a-role-en", "en", T["en"], ["Jane Roe"], page("en", h1=T["en"], byline=by("Jane Roe, Senior Correspondent", "author")))
add("a-kommentar-de", "de", T["de"], ["Max Muster"], page("de", h1=T["de"], byline=by("Ein Kommentar von Max Muster")))
add("a-caps-en", "en", T["en"], ["Jane Roe", "John Doe"], page("en", h1=T["en"], byline=by("By JANE ROE and JOHN DOE")))
add("a-par-place-fr", "fr", T["fr"], ["Jean Dupont"], page("fr", h1=T["fr"], byline=by("Par Jean Dupont, à Marseille")))
# structured and linked authors
person = lambda n: {"@type": "Person", "name": n}
art = lambda l, a: ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": T[l], "author": a})
add("a-ld-array-de", "de", T["de"], ["Anna Beispiel", "Max Muster"], page("de", h1=T["de"], head=art("de", [person("Anna Beispiel"), person("Max Muster")])))
add("a-ld-object-fr", "fr", T["fr"], ["Jean Dupont"], page("fr", h1=T["fr"], head=art("fr", {"@type": "Person", "name": "Jean Dupont", "url": "https://www.quotidien-canal.fr/auteurs/jean-dupont"})))
add("a-ld-string-it", "it", T["it"], ["Marco Esempio"], page("it", h1=T["it"], head=art("it", "Marco Esempio")))
add("a-ld-org-shown-de", "de", T["de"], ["Anna Beispiel"], page("de", h1=T["de"], head=art("de", {"@type": "Organization", "name": "Stadtblatt"}), byline=by("Von Anna Beispiel")))
add("a-rel-author-en", "en", T["en"], ["Jane Roe"], page("en", h1=T["en"], byline='<div class="meta"><a rel="author" href="/authors/jane-roe">Jane Roe</a> · <span>5 March 2024</span></div>'))
add("a-rel-author-es", "es", T["es"], ["María Ejemplo"], page("es", h1=T["es"], byline='<div class="meta">Por <a rel="author" href="/autor/maria-ejemplo">María Ejemplo</a></div>'))
add("a-meta-name-de", "de", T["de"], ["Anna Beispiel"], page("de", h1=T["de"], head='<meta name="author" content="Anna Beispiel">'))
# credits that name no person
add("a-redaktion-de", "de", T["de"], [], page("de", h1=T["de"], byline=by("Von Redaktion")))
add("a-staff-en", "en", T["en"], [], page("en", h1=T["en"], byline=by("By Staff")))
add("a-afp-fr", "fr", T["fr"], [], page("fr", h1=T["fr"], byline=by("AFP")))
add("a-redazione-it", "it", T["it"], [], page("it", h1=T["it"], byline=by("di Redazione")))
add("a-ld-org-only-es", "es", T["es"], [], page("es", h1=T["es"], head=art("es", {"@type": "Organization", "name": "Diario del Puerto"})))

NOT_WORD = re.compile(r"[^\w]+")


def norm(s):
    return NOT_WORD.sub(" ", (s or "").lower()).strip()


def score(expected, lines):
    titles = authors = both = 0
    for line in lines:
        r = json.loads(line)
        exp = expected[r["id"]]
        t_ok = norm(r.get("title")) == norm(exp["title"])
        got_a = sorted(norm(a) for a in (r.get("authors") or []))
        a_ok = got_a == sorted(norm(a) for a in exp["authors"])
        titles += t_ok
        authors += a_ok
        both += t_ok and a_ok
        if not t_ok:
            print("WRONG title", r["id"], "expected", repr(exp["title"]), "got", repr(r.get("title")))
        if not a_ok:
            print("WRONG authors", r["id"], "expected", exp["authors"], "got", r.get("authors"))
    n = len(expected)
    print("titles right", titles, "of", n)
    print("authors right", authors, "of", n)
    print("right", both, "of", n)


if __name__ == "__main__":
    pp.cli(P, score, ensure_ascii=False)
