"""Made-up German, French, Italian, Spanish and Dutch news and blog pages (forty-third session, dates55) in shapes no
earlier probe file holds (each checked against date-probes-eu, -none, -missing, -wrong, -relative, -last, -news,
-meta, -defr and -sign): the page's day only in its canonical or og:url address in a compact or day-first form
("/20170712-", "-12072017.html", "-12-07-2017") or only a month there; header names and attributes the earlier sets do
not name (`<meta name="datePublished">`, `og:published_time`, an RDFa `schema:datePublished`, `<amp-timeago>`, an
epoch in `data-timestamp`), JSON-LD wrapped in CDATA markers or holding a raw line break, a live blog's
`coverageStartTime`, a US-ordered value with AM/PM in a European page's header; archive notices ("Archiv: …",
"Archivmeldung vom …", "Dieser Artikel ist älter als ein Jahr"); a photo credit's or a linked PDF's day (must not
win); a live blog's entries and a second full article below the page's own; ordinals and written forms ("1º luglio",
"1.º de julio", `<time>1er août 2017</time>`, "lug", "Mi., …", "wo …", a weekday in a `<time>` without `datetime`,
"12-07-17"); a newsroom's one-word closing signature ("Redaktion, 12.07.2017", "Redazione, …", "Redactie, …"); a
month-level relative time ("vor 2 Monaten": no day).

Expected days were fixed and committed before any run ("" = no date). Pages use date-probes-eu.py's news template and
date-probes-meta.py's blog template; fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-rare.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-rare.py score
"""
import json
import probe_pages as pp

meta_probes = pp.load("meta")  # (the news template with English, the blog template)
eu, wp, P = meta_probes.eu, meta_probes.wp, []
add, news, line = pp.adder(P, eu), pp.news_ending(eu), pp.line


def canon(href):
    return f'<link rel="canonical" href="{href}">'


def og_url(href):
    return f'<meta property="og:url" content="{href}">'


def ld_raw(text):
    return f'<script type="application/ld+json">{text}</script>'


def figure(caption):
    return f'<figure><img src="/bilder/bruecke.jpg" alt=""><figcaption>{caption}</figcaption></figure>'


# --- 1. the page's day only in its own address, in compact or day-first forms; a month alone is no day ---
add("canon-compact-de", "de", "2017-07-12", news("de", head=canon("https://example.de/lokales/20170712/neue-bruecke")))
add("ogurl-compact-fr", "fr", "2017-07-12", news("fr", head=og_url("https://example.fr/actualite/20170712-nouvelle-passerelle")))
add("url-dmy-compact-de", "de", "2017-07-12", news("de"), url="https://example.de/lokales/neue-bruecke-12072017.html")
add("canon-dmy-compact-it", "it", "2017-07-12", news("it", head=canon("https://example.it/cronaca/nuova-passerella-12072017.html")))
add("url-dmy-dash-it", "it", "2017-07-12", news("it"), url="https://example.it/cronaca/nuova-passerella-12-07-2017")
add("ogurl-month-fr", "fr", "", news("fr", head=og_url("https://example.fr/2017-07/nouvelle-passerelle")))
add("canon-month-compact-de", "de", "", news("de", head=canon("https://example.de/201707/neue-bruecke")))
add("url-id-future-nl", "nl", "", news("nl"), url="https://example.nl/nieuws/artikel/31122099")
# --- 2. header names, attributes and JSON-LD the earlier sets do not hold ---
add("meta-name-datepublished-de", "de", "2017-07-12", news("de", head='<meta name="datePublished" content="2017-07-12T14:03:00+02:00">'))
add("meta-og-published-fr", "fr", "2017-07-12", news("fr", head='<meta property="og:published_time" content="2017-07-12T14:03:00+02:00">'))
add("rdfa-schema-de", "de", "2017-07-12", news("de", header='<meta property="schema:datePublished" content="2017-07-12">'))
add("ld-cdata-de", "de", "2017-07-12", news("de", head=ld_raw(
    '/* <![CDATA[ */ {"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Brücke",'
    '"datePublished":"2017-07-12T14:03:00+02:00"} /* ]]> */')))
add("ld-rawnewline-fr", "fr", "2017-07-12", news("fr", head=ld_raw(
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Une passerelle",'
    '"description":"Première ligne.\nSeconde ligne.","datePublished":"2017-07-12T14:03:00+02:00"}')))
add("ld-liveblog-start-de", "de", "2017-07-12", news("de", head=ld_raw(json.dumps({
    "@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Liveblog",
    "coverageStartTime": "2017-07-12T08:00:00+02:00", "coverageEndTime": "2017-07-14T20:00:00+02:00",
    "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Neu", "datePublished": "2017-07-14T18:00:00+02:00"},
                       {"@type": "BlogPosting", "headline": "Alt", "datePublished": "2017-07-13T09:00:00+02:00"}]}))))
add("meta-us-ampm-de", "de", "2017-07-12", news("de", head='<meta name="date" content="7/12/2017 2:03:00 PM">'))
add("ld-us-ampm-nl", "nl", "2017-07-12", news("nl", head=ld_raw(
    '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Nieuwe brug","datePublished":"7/12/2017 2:03:00 PM"}')))
add("amp-timeago-de", "de", "2017-07-12", news("de", header=
    '<p class="meta"><amp-timeago datetime="2017-07-12T14:03:00+02:00" layout="fixed" width="160" height="20">vor 7 Jahren</amp-timeago></p>'))
add("data-timestamp-epoch-fr", "fr", "2017-07-12", news("fr", header=
    '<p class="meta"><span class="date" data-timestamp="1499861000">il y a 7 ans</span></p>'))
add("rfc-text-de", "de", "2017-07-12", news("de", header=line("Mi, 12 Jul 2017 14:03:00 +0200")))
# --- 3. archive notices ---
add("archiv-label-de", "de", "2017-07-12", news("de", header=line("Archiv: 12.07.2017", "archiv-hinweis")))
add("archivmeldung-de", "de", "2017-07-12", news("de", header=line("Archivmeldung vom 12.07.2017", "hinweis")))
add("aelter-notice-beside-de", "de", "2017-07-12", news("de", header=
    '<div class="hinweis">Dieser Artikel ist älter als ein Jahr.</div>' + line("12.07.2017", "datum")))
add("aelter-notice-only-de", "de", "", news("de", header='<div class="hinweis">Dieser Artikel ist älter als ein Jahr.</div>'))
add("article-date-du-fr", "fr", "2017-07-12", news("fr", header=line("Cet article date du 12/07/2017.", "avertissement")))
add("archivio-it", "it", "2017-07-12", news("it", header=line("Dall'archivio · 12 luglio 2017", "occhiello")))
add("old-notice-nl", "nl", "2017-07-12", news("nl", header=
    '<div class="notice">Dit artikel is meer dan een jaar oud.</div><span class="datum">12 juli 2017</span>'))
# --- 4. a photo credit's day dates the photo, not the page ---
add("caption-only-de", "de", "", news("de", header=figure("Die Brücke am Abend. Foto: dpa, 12.07.2017")))
add("caption-only-fr", "fr", "", news("fr", header=figure("La passerelle au crépuscule. Photo : AFP, 12/07/2017")))
add("caption-beside-it", "it", "2017-07-12", news("it", header=figure("La passerella. Foto: ANSA, 03/05/2015") + line("12/07/2017")))
# --- 5. a linked PDF's day ---
add("pdf-link-only-de", "de", "", news("de", end=
    '<p><a class="download" href="/dokumente/ratsbeschluss-2015-03-05.pdf">Der Ratsbeschluss (PDF)</a></p>'))
add("pdf-link-beside-fr", "fr", "2017-07-12", news("fr", header=line("Publié le 12/07/2017"), end=
    '<p><a href="/pdf/compte-rendu-2016-01-15.pdf">Le compte rendu (PDF)</a></p>'))
# --- 6. a live blog's entries; a second full article below the page's own ---
ENTRIES_DE = ('<div class="liveblog"><div class="liveblog-entry"><time datetime="2017-07-13T18:00:00+02:00">13.07.2017, 18:00 Uhr'
              '</time><p>Der Rat vertagt die Abstimmung auf Freitag.</p></div><div class="liveblog-entry">'
              '<time datetime="2017-07-12T09:30:00+02:00">12.07.2017, 09:30 Uhr</time><p>Die Sitzung beginnt.</p></div></div>')
add("live-entries-de", "de", "2017-07-12", news("de", header=line("Veröffentlicht am 12.07.2017, 08:00 Uhr") + ENTRIES_DE))
add("live-entries-ld-fr", "fr", "2017-07-12", news("fr", head=ld_raw(json.dumps({
    "@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "En direct", "datePublished": "2017-07-12T08:00:00+02:00"})),
    header='<div class="live"><div class="entry"><p class="heure">13/07/2017 18h00</p><p>Le vote est reporté.</p></div></div>'))
NEXT = {"de": ("Nächster Artikel: Radweg am Ufer wird saniert", "15.07.2017"),
        "fr": ("Article suivant : la piste cyclable des quais rénovée", "Publié le 15/07/2017")}


def next_article(lang):
    h, d = NEXT[lang]
    return f'<article class="next-article"><h2>{h}</h2>{line(d)}{eu.body(lang)}</article>'


add("two-articles-de", "de", "2017-07-12", news("de", header=line("12.07.2017"), after=next_article("de")))
add("two-articles-undated-first-fr", "fr", "", news("fr", after=next_article("fr")))
# --- 7. ordinals and written forms ---
add("primo-ord-it", "it", "2017-07-01", news("it", header=line("Pubblicato il 1º luglio 2017")))
add("primero-dot-es", "es", "2017-07-01", news("es", header=line("Publicado el 1.º de julio de 2017")))
add("premier-time-fr", "fr", "2017-08-01", news("fr", header='<p class="meta"><time>1er août 2017</time></p>'))
add("lug-abbr-it", "it", "2017-07-12", news("it", header=line("12 lug 2017 - 14:03")))
add("wd-dot-de", "de", "2017-07-12", news("de", header=line("Mi., 12.07.2017 – 14:03 Uhr")))
add("time-wd-de", "de", "2017-07-12", news("de", header='<p class="meta"><time>Mittwoch, 12. Juli 2017</time></p>'))
add("time-wd-es", "es", "2017-07-12", news("es", header='<p class="meta"><time>miércoles, 12 de julio de 2017</time></p>'))
add("time-wd-nl", "nl", "2017-07-12", news("nl", header='<p class="meta"><time>woensdag 12 juli 2017 om 14:03</time></p>'))
add("time-wd-it", "it", "2017-07-12", news("it", header='<p class="meta"><time class="data">mercoledì 12 luglio 2017</time></p>'))
add("dash-yy-fr", "fr", "2017-07-12", news("fr", header=line("Publié le 12-07-17 à 14h03")))
add("wo-abbr-nl", "nl", "2017-07-12", news("nl", header=line("wo 12 jul 2017, 14:03")))
# --- 8. a newsroom's one-word closing signature, the page's only date ---
add("sign-redaktion-de", "de", "2017-07-12", news("de", end="<p>Redaktion, 12.07.2017</p>"))
add("sign-ihre-redaktion-de", "de", "2017-07-12", news("de", end="<p>Ihre Redaktion, 12. Juli 2017</p>"))
add("sign-redaction-fr", "fr", "2017-07-12", news("fr", end="<p>La rédaction, le 12 juillet 2017</p>"))
add("sign-redazione-it", "it", "2017-07-12", news("it", end="<p>Redazione, 12/07/2017</p>"))
add("sign-redaccion-es", "es", "2017-07-12", news("es", end="<p>Redacción, 12/07/2017</p>"))
add("sign-redactie-nl", "nl", "2017-07-12", news("nl", end="<p>Redactie, 12-07-2017</p>"))
# --- 9. a month-level relative time dates no day ---
add("vor-monaten-de", "de", "", news("de", header=line("Veröffentlicht vor 2 Monaten")))
add("il-y-a-mois-fr", "fr", "", news("fr", header=line("Publié il y a 3 mois")))

if __name__ == "__main__":
    pp.cli(P)
