"""Made-up pages (de, fr, es, it, nl, pl, en) for a last resort a date finder may need when every earlier stage found
nothing (thirty-ninth session, dates50): a publication under a `<meta>` name in the page's own language, a dateline
at the start of the article's running text, the page's own dated address only in another link of the page (its AMP
version, a share button's encoded address, its print version), a hidden form field, and UTC times near midnight that
the page's readers see on the next day; a few pages whose tempting date is not the page's (expected "").

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-eu.py's
template (through date-probes-none.py, which adds English); a probe may carry its own address. Fetch time
2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-last.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-last.py score
"""
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
P = []


def add(pid, lang, expected, url=None, **kw):
    P.append((pid, lang, expected, url or f"https://example.{lang}/stadt/neue-bruecke", eu.page(lang, **kw)))


def m(name, content, attr="name"):
    return f'<meta {attr}="{name}" content="{content}">'


def first_par(lang, opening):
    # (the article's first paragraph opened by a dateline)
    return f"<p>{opening}{eu.BODY[lang][0]}</p>"


# --- 1. a publication under a <meta> name in the page's language, or in an unlisted spelling ---
add("meta-datum-de", "de", "2017-07-12", head=m("datum", "12.07.2017"))
add("meta-veroeff-de", "de", "2017-07-12", head=m("veroeffentlichungsdatum", "2017-07-12"))
add("meta-erstellt-de", "de", "2017-07-12", head=m("erstellungsdatum", "2017-07-12T14:33:00+02:00"))
add("meta-parution-fr", "fr", "2017-07-12", head=m("date-parution", "12/07/2017"))
add("meta-datepub-fr", "fr", "2017-07-12", head=m("date_de_publication", "2017-07-12"))
add("meta-pubbl-it", "it", "2017-07-12", head=m("data_pubblicazione", "2017-07-12"))
add("meta-fecha-es", "es", "2017-07-12", head=m("fecha-publicacion", "2017-07-12"))
add("meta-publicatie-nl", "nl", "2017-07-12", head=m("publicatiedatum", "2017-07-12"))
add("meta-publikacji-pl", "pl", "2017-07-12", head=m("data-publikacji", "2017-07-12"))
add("meta-on-en", "en", "2017-07-12", head=m("published_on", "2017-07-12"))
add("meta-postdate-en", "en", "2017-07-12", head=m("article:post_date", "2017-07-12 14:33:00", "property"))
add("meta-dccreated-de", "de", "2017-07-12", head=m("DC.Date.Created", "2017-07-12"))
add("w-meta-expires-de", "de", "", head=m("expires", "2017-07-12"))
add("w-meta-event-fr", "fr", "", head=m("event-date", "2017-07-12"))
add("w-meta-birth-en", "en", "", head=m("profile:birthdate", "1970-07-12", "property"))
# --- 2. a dateline opening the running text ---
add("dl-city-de", "de", "2017-07-12", header=first_par("de", "Hamburg, 12.07.2017. "))
add("dl-dpa-de", "de", "2017-07-12", header=first_par("de", "<strong>Berlin (dpa), 12. Juli 2017</strong> – "))
add("dl-le-fr", "fr", "2017-07-12", header=first_par("fr", "Lyon, le 12 juillet 2017 – "))
add("dl-caps-en", "en", "2017-07-12", header=first_par("en", "LONDON, July 12, 2017 — "))
add("dl-it", "it", "2017-07-12", header=first_par("it", "Milano, 12 luglio 2017 - "))
add("dl-efe-es", "es", "2017-07-12", header=first_par("es", "Madrid, 12 de julio de 2017 (EFE).- "))
add("dl-nl", "nl", "2017-07-12", header=first_par("nl", "AMSTERDAM - 12 juli 2017 - "))
add("dl-pm-de", "de", "2017-07-12", after='<p class="pm">Pressemitteilung Nr. 123/2017 vom 12.07.2017</p>')
# --- 3. the page's own dated address only in another link of the page ---
add("amp-de", "de", "2017-07-12", head='<link rel="amphtml" href="https://example.de/amp/2017/07/12/neue-bruecke">')
add("share-fr", "fr", "2017-07-12",
    header='<div class="partage"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.fr'
           '%2F2017%2F07%2F12%2Fnouvelle-passerelle">Partager</a></div>')
add("print-de", "de", "2017-07-12",
    header='<div class="tools"><a href="/drucken/2017/07/12/neue-bruecke" rel="nofollow">Drucken</a></div>')
add("w-related-links-de", "de", "",
    after='<aside class="related"><h2>Mehr zum Thema</h2><a href="/2017/03/01/alte-bruecke">Alte Brücke</a> '
          '<a href="/2017/02/14/radweg">Radweg</a></aside>')
add("w-share-other-fr", "fr", "",
    after='<aside class="related"><a class="share" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.fr'
          '%2F2016%2F03%2F01%2Fautre-article">Partager</a></aside>')
# --- 4. a hidden form field ---
add("input-pubdate-de", "de", "2017-07-12", after='<form action="/kommentar"><input type="hidden" name="pubdate" value="2017-07-12"></form>')
add("w-input-search-fr", "fr", "", before='<form action="/recherche"><input type="hidden" name="date_min" value="2017-07-12"></form>')
# --- 5. a UTC time the readers see on the next day ---
add("utc-ld-de", "de", "2017-07-12", head=eu.ld("2017-07-11T22:30:00Z"))
add("utc-og-fr", "fr", "2017-07-12", head=m("article:published_time", "2017-07-11T23:15:00+00:00", "property"))
add("utc-ld-it", "it", "2017-07-12", head=eu.ld("2017-07-11T22:05:00.000Z"))
add("offset-ld-de", "de", "2017-07-12", head=eu.ld("2017-07-12T00:30:00+02:00"))
add("offset-late-fr", "fr", "2017-07-11", head=eu.ld("2017-07-11T23:40:00+02:00"))
add("utc-time-pl", "pl", "2017-07-12", header='<p class="meta"><time datetime="2017-07-11T22:45:00Z">12.07.2017</time></p>')
add("epoch-de", "de", "2017-07-12", head=m("timestamp", "1499812200"))


# --- second batch, written after the first candidate read 36 of the first 37 (expected days fixed before its run):
# a full timestamp in an attribute of the article, as a peer's timestamp search finds one anywhere in the markup ---
add("ts-data-de", "de", "2017-07-12", header='<div class="artikel-kopf" data-ts="2017-07-12 14:33:00"><span>Lokales</span></div>')
add("ts-title-de", "de", "2017-07-12", header='<p class="ressort"><span title="12.07.2017 14:33:00">Lokales</span></p>')
add("ts-json-fr", "fr", "2017-07-12",
    header='<div class="article-info" data-meta=\'{"id":4711,"published":"2017-07-12T14:33:00+02:00"}\'><span>Société</span></div>')
add("ts-value-it", "it", "2017-07-12", header='<div class="info"><data value="2017-07-12 14:33:00">Cronaca</data></div>')
add("w-ts-comment-de", "de", "",
    after='<section id="comments"><div class="comment" data-ts="2024-09-01 18:20:00"><p>Endlich passiert etwas.</p></div></section>')
add("w-ts-related-fr", "fr", "",
    after='<aside class="related"><ul><li data-ts="2024-09-01 18:20:00"><a href="/a">Autre</a></li>'
          '<li data-ts="2024-08-30 08:00:00"><a href="/b">Encore</a></li></ul></aside>')
add("w-ts-two-de", "de", "",
    header='<div data-ts="2017-07-12 14:33:00"><span>Lokales</span></div><div data-ts="2018-01-03 09:00:00"><span>Politik</span></div>')


if __name__ == "__main__":
    pp.cli([(pid, exp, {"html": html, "url": url, "fetched": eu.FETCHED}) for pid, _, exp, url, html in P])
