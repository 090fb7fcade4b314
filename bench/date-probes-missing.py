"""Made-up pages (de, fr, es, it, nl, pt, pl, ru, en) whose publication date is there in a shape news CMSs use and a
date finder must read (thirty-eighth session, dates49): dates in bylines and meta lines with words between, `<time>`
without `datetime`, a date split over elements, abbreviated months with dots, two-digit years, a weekday before the
date, `data-*` attributes, `<meta>` names, microdata in the body, relative times against the fetch time, and the
page's address; a few pages whose tempting date is not the page's (expected "").

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-eu.py's
template (through date-probes-none.py, which adds English); a probe may carry its own address. Fetch time
2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-missing.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-missing.py score
"""
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
P = []
meta = pp.line


def add(pid, lang, expected, url=None, doc_title=None, **kw):
    html = eu.page(lang, **kw)
    if doc_title:
        # (the document's <title> only, not the headline)
        html = html.replace(f"<title>{eu.TITLE[lang]} | Stadtblatt</title>", f"<title>{doc_title}</title>", 1)
    P.append((pid, lang, expected, url or f"https://example.{lang}/stadt/neue-bruecke", html))


def foot(text):
    # (the date below the article's text, where many CMSs print their meta line)
    return f'<div class="article-footer">{text}</div>'


# --- 1. bylines and meta lines with words between ---
add("by-pipe-de", "de", "2017-07-12", header=meta("Von Anna Beispiel | 12.07.2017, 14:33 Uhr"))
add("by-agency-de", "de", "2017-07-12", header=meta("dpa/lnw · Mittwoch, 12.07.2017, 14:33"))
add("by-ressort-de", "de", "2017-07-12", header=meta("12.07.2017 | 14:33 Uhr | Lokales | 3 Kommentare"))
add("by-foot-de", "de", "2017-07-12", after=foot("Von Anna Beispiel, erschienen in der Ausgabe vom 12.07.2017"))
add("by-majpub-fr", "fr", "2017-07-12", header=meta("Mis à jour le 13 juil. 2017 à 08h40 Publié le 12 juil. 2017 à 14h33"))
add("by-par-fr", "fr", "2017-07-12", header=meta("Par Jean Exemple | Publié le 12/07/2017 à 14h33 | Lecture 3 min."))
add("by-redac-fr", "fr", "2017-07-12", header=meta("La rédaction avec AFP - 12 juillet 2017 - 14:33"))
add("by-redaccion-es", "es", "2017-07-12", header=meta("Redacción | Madrid | 12/07/2017 14:33"))
add("by-di-it", "it", "2017-07-12", header=meta("di Marco Esempio - 12 Luglio 2017 - Cronaca"))
add("by-door-nl", "nl", "2017-07-12", header=meta("Door Piet Voorbeeld - 12 jul 2017 - 14:33"))
add("by-por-pt", "pt", "2017-07-12", header=meta("Por João Exemplo, 12 jul 2017 14h33"))
add("by-data-pl", "pl", "2017-07-12", header=meta("Autor: Jan Przykład, Data: 12.07.2017"))
add("by-views-ru", "ru", "2017-07-12", header=meta("Автор: Иван Пример | 12.07.2017 | Просмотров: 123"))
add("by-read-en", "en", "2017-07-12", header=meta("By Jane Example | July 12, 2017 | 3 min read"))
# --- 2. <time> without datetime ---
add("time-num-de", "de", "2017-07-12", header='<p class="meta"><time>12.07.2017 14:33</time></p>')
add("time-wd-de", "de", "2017-07-12", header='<p class="meta"><time class="date">Mi, 12.07.2017</time></p>')
add("time-abbr-fr", "fr", "2017-07-12", header='<p class="meta">Publié le <time class="published">12 juil. 2017</time></p>')
add("time-es", "es", "2017-07-12", after=foot('<time>12 de julio de 2017</time>'))
add("time-pl", "pl", "2017-07-12", header='<div class="info"><time>12 lipca 2017</time></div>')
add("time-ru", "ru", "2017-07-12", header='<div class="info"><time>12 июля 2017, 14:33</time></div>')
# --- 3. a date split over elements ---
add("split-spans-en", "en", "2017-07-12",
    header='<div class="date"><span class="day">12</span><span class="month">Jul</span><span class="year">2017</span></div>')
add("split-blocks-de", "de", "2017-07-12",
    header='<div class="datum"><div class="tag">12</div><div class="monat">Juli 2017</div></div>')
add("split-dots-de", "de", "2017-07-12",
    header='<p class="meta"><span class="d">12</span>.<span class="m">07</span>.<span class="y">2017</span></p>')
add("split-fr", "fr", "2017-07-12",
    header='<div class="date-pub"><span class="jour">12</span> <span class="mois">juillet</span> <span class="annee">2017</span></div>')
add("split-it", "it", "2017-07-12",
    header='<div class="data"><strong>12</strong><span>lug</span><em>2017</em></div>')
add("split-es", "es", "2017-07-12",
    header='<div class="fecha"><span class="dia">12</span><span class="mes">julio</span><span class="anio">2017</span></div>')
# --- 4. abbreviated months with dots ---
add("abbr-janv-fr", "fr", "2019-01-12", header=meta("12 janv. 2019"))
add("abbr-fevr-fr", "fr", "2019-02-12", header=meta("Publié le 12 févr. 2019 à 10h12"))
add("abbr-okt-de", "de", "2018-10-03", header=meta("3. Okt. 2018"))
add("abbr-sept-de", "de", "2018-09-03", header=meta("Stand: 3. Sept. 2018"))
add("abbr-ene-es", "es", "2019-01-12", header=meta("12 ene. 2019"))
add("abbr-dic-it", "it", "2018-12-12", header=meta("12 dic. 2018"))
add("abbr-okt-nl", "nl", "2018-10-03", header=meta("3 okt. 2018"))
add("abbr-fev-pt", "pt", "2019-02-12", header=meta("12 fev. 2019"))
add("abbr-paz-pl", "pl", "2018-10-03", header=meta("3 paź. 2018"))
add("abbr-okt-ru", "ru", "2018-10-03", header=meta("3 окт. 2018 г."))
add("abbr-oct-en", "en", "2018-10-03", header=meta("Oct. 3, 2018"))
# --- 5. two-digit years ---
add("yy-dots-de", "de", "2017-07-12", header=meta("12.07.17, 14:33 Uhr"))
add("yy-slash-fr", "fr", "2017-07-12", header=meta("Publié le 12/07/17 à 14h33"))
add("yy-slash-es", "es", "2017-07-12", header=meta("12/07/17 - 14:33"))
add("yy-dash-nl", "nl", "2017-07-12", header=meta("12-07-17 14:33"))
add("yy-us-en", "en", "2017-07-12", header=meta("Posted 07/12/17"))
# --- 6. a weekday before the date ---
add("wd-de", "de", "2017-07-12", header=meta("Mittwoch, 12. Juli 2017"))
add("wd-fr", "fr", "2017-07-12", header=meta("mercredi 12 juillet 2017"))
add("wd-es", "es", "2017-07-12", header=meta("miércoles, 12 de julio de 2017"))
add("wd-it", "it", "2017-07-12", header=meta("mercoledì 12 luglio 2017"))
add("wd-nl", "nl", "2017-07-12", header=meta("woensdag 12 juli 2017"))
add("wd-pt", "pt", "2017-07-12", header=meta("quarta-feira, 12 de julho de 2017"))
add("wd-pl", "pl", "2017-07-12", header=meta("środa, 12 lipca 2017"))
add("wd-ru", "ru", "2017-07-12", header=meta("среда, 12 июля 2017"))
add("wd-abbr-fr", "fr", "2017-07-12", header=meta("mer. 12/07/2017"))
add("wd-abbr-en", "en", "2017-07-12", header=meta("Wed 12 Jul 2017"))
# --- 7. data-* attributes ---
add("data-date-de", "de", "2017-07-12", header='<div class="article-meta" data-date="2017-07-12"></div>')
add("data-published-fr", "fr", "2017-07-12", header='<span class="pubdate" data-published="2017-07-12T14:33:00+02:00"></span>')
add("data-publish-date-it", "it", "2017-07-12", header='<div class="meta" data-publish-date="2017-07-12 14:33:00"></div>')
add("data-dmy-de", "de", "2017-07-12", header='<span class="datum" data-datum="12.07.2017"></span>')
# --- 8. <meta> names ---
add("meta-date-de", "de", "2017-07-12", head='<meta name="date" content="2017-07-12T14:33:00+02:00">')
add("meta-dc-fr", "fr", "2017-07-12", head='<meta name="DC.date.issued" content="2017-07-12">')
add("meta-sailthru-en", "en", "2017-07-12", head='<meta name="sailthru.date" content="2017-07-12 14:33:00">')
add("meta-parsely-en", "en", "2017-07-12", head='<meta name="parsely-pub-date" content="2017-07-12T12:33:00Z">')
add("meta-pubdate-es", "es", "2017-07-12", head='<meta name="pubdate" content="20170712">')
add("meta-dcterms-nl", "nl", "2017-07-12", head='<meta name="dcterms.created" content="2017-07-12">')
add("meta-date-dmy-de", "de", "2017-07-12", head='<meta name="date" content="12.07.2017">')
add("meta-publish-it", "it", "2017-07-12", head='<meta name="publish-date" content="2017-07-12">')
# --- 9. schema.org microdata in the body ---
add("micro-text-de", "de", "2017-07-12", header='<p class="meta"><span itemprop="datePublished">12.07.2017</span></p>')
add("micro-time-fr", "fr", "2017-07-12", header='<p class="meta"><time itemprop="datePublished">12 juillet 2017</time></p>')
add("micro-scope-it", "it", "2017-07-12",
    after='<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2017-07-12"></div>')
add("micro-content-pl", "pl", "2017-07-12",
    header='<p class="meta"><span itemprop="datePublished" content="2017-07-12T14:33:00+02:00">12 lipca</span></p>')
# --- 10. relative times against the fetch time (2024-09-10T10:00Z) ---
add("rel-std-de", "de", "2024-09-10", header=meta("vor 3 Std."))
add("rel-tagen-de", "de", "2024-09-08", header=meta("Veröffentlicht vor 2 Tagen"))
add("rel-h-fr", "fr", "2024-09-10", header=meta("Publié il y a 5 h"))
add("rel-horas-es", "es", "2024-09-10", header=meta("hace 5 horas"))
add("rel-dia-es", "es", "2024-09-09", header=meta("Publicado hace 1 día"))
add("rel-ore-it", "it", "2024-09-10", header=meta("3 ore fa"))
add("rel-uur-nl", "nl", "2024-09-10", header=meta("2 uur geleden"))
add("rel-horas-pt", "pt", "2024-09-10", header=meta("há 3 horas"))
add("rel-godz-pl", "pl", "2024-09-10", header=meta("3 godz. temu"))
add("rel-chasa-ru", "ru", "2024-09-10", header=meta("2 часа назад"))
add("rel-hrs-en", "en", "2024-09-10", header=meta("3 hrs ago"))
add("rel-gestern-de", "de", "2024-09-09", header=meta("Gestern, 18:05 Uhr"))
add("rel-ayer-es", "es", "2024-09-09", header=meta("Ayer a las 18:05"))
# --- 11. the page's address ---
add("url-slashes-de", "de", "2019-07-12", url="https://example.de/2019/07/12/neue-bruecke/")
add("url-compact-fr", "fr", "2019-07-12", url="https://example.fr/actualite/20190712/nouvelle-passerelle")
add("url-query-it", "it", "2019-07-12", url="https://example.it/notizia.php?id=4711&date=2019-07-12")
add("url-iso-es", "es", "2019-07-12", url="https://example.es/noticias/2019-07-12/nueva-pasarela")
add("url-iso-slug-nl", "nl", "2019-07-12", url="https://example.nl/nieuws/2019-07-12-nieuwe-brug.html")
add("url-onedigit-en", "en", "2019-07-02", url="https://example.com/news/2019/7/2/new-footbridge")
add("url-compact-file-pt", "pt", "2019-07-12", url="https://example.pt/noticias/nova-passarela_20190712.html")
add("url-compact-query-de", "de", "2019-07-12", url="https://example.de/artikel.php?datum=20190712&id=4711")
# --- 12. a tempting date that is not the page's (no date expected) ---
add("w-data-comment-de", "de", "", after='<section id="comments"><div class="comment" data-date="2024-09-01"><p>Gut so.</p></div></section>')
add("w-yy-price-de", "de", "", header='<p>Die Kosten stiegen von 12.07 auf 14.33 Millionen Euro.</p>')
add("w-url-id-fr", "fr", "", url="https://example.fr/article/20190712345678")
add("w-split-score-en", "en", "", header='<div class="score"><span>12</span><span>Jul</span><span>Tickets</span></div>')
add("w-wd-event-it", "it", "", after='<aside class="eventi"><h3>Eventi</h3><p>mercoledì 12 luglio 2017: concerto</p></aside>')


# --- second batch, written after main read 90 of the first 94 (expected days fixed before its run) ---
def script(js):
    return f'<script>{js}</script>'


add("js-datalayer-de", "de", "2017-07-12", head=script('dataLayer = [{"pageType":"artikel","publicationDate":"2017-07-12T14:33:00+02:00"}];'))
add("js-utag-fr", "fr", "2017-07-12", head=script('var utag_data = {"page_type":"article","date_publication":"12/07/2017"};'))
add("js-state-en", "en", "2017-07-12", after=script('window.__STATE__ = {"article":{"id":4711,"datePublished":"2017-07-12T12:33:00Z"}};'))
add("js-pubdate-it", "it", "2017-07-12", head=script("var articleInfo = {pubDate: '2017-07-12', section: 'cronaca'};"))
add("canon-de", "de", "2019-07-12", head='<link rel="canonical" href="https://example.de/2019/07/12/neue-bruecke/">')
add("ogurl-fr", "fr", "2019-07-12", head='<meta property="og:url" content="https://example.fr/actualite/2019/07/12/nouvelle-passerelle">')
add("kicker-de", "de", "2017-07-12", before='<p class="kicker">Lokales · 12.07.2017</p>')
add("crumb-date-de", "de", "2017-07-12",
    before='<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales">Lokales</a> › Artikel vom 12.07.2017</nav>')
add("nbsp-de", "de", "2017-07-12", header=meta("12.&nbsp;Juli&nbsp;2017"))
add("thin-fr", "fr", "2017-07-12", header=meta("12\u202fjuillet\u00a02017"))
add("caps-fr", "fr", "2017-07-12", header=meta("12 JUILLET 2017"))
add("caps-de", "de", "2017-07-12", header=meta("12. JULI 2017"))
add("ordinal-en", "en", "2017-07-12", header=meta("July 12th, 2017"))
add("ordinal-uk-en", "en", "2017-07-12", header=meta("12th July 2017"))
add("um-de", "de", "2017-07-12", header=meta("12.07.2017 um 14:33 Uhr"))
add("td-it", "it", "2017-07-12", after='<table class="scheda"><tr><td>Data</td><td>12/07/2017</td></tr></table>')
add("br-de", "de", "2017-07-12", header='<div class="date">12<br>Juli<br>2017</div>')
add("title-date-de", "de", "2017-07-12", doc_title="Neue Brücke über den Kanal geplant | 12.07.2017 | Stadtblatt")
add("title-date-fr", "fr", "2017-07-12", header='<h2 class="chapo">Conseil municipal du 12 juillet 2017 : la passerelle adoptée</h2>')
add("meta-name-article-de", "de", "2017-07-12", head='<meta name="article:published_time" content="2017-07-12T14:33:00+02:00">')
add("meta-og-article-fr", "fr", "2017-07-12", head='<meta property="og:article:published_time" content="2017-07-12T14:33:00+02:00">')
add("meta-pubdate2-es", "es", "2017-07-12", head='<meta name="publication-date" content="2017-07-12">')
add("meta-dcdate-it", "it", "2017-07-12", head='<meta name="dc.date" content="2017-07-12">')
add("meta-dcterms-issued-nl", "nl", "2017-07-12", head='<meta name="DCTERMS.issued" content="2017-07-12">')
add("meta-citation-en", "en", "2017-07-12", head='<meta name="citation_publication_date" content="2017/07/12">')
add("meta-created-pl", "pl", "2017-07-12", head='<meta name="created" content="2017-07-12">')
add("meta-cxense-de", "de", "2017-07-12", head='<meta name="cXenseParse:recs:publishtime" content="2017-07-12T14:33:00+02:00">')
add("meta-orig-en", "en", "2017-07-12", head='<meta name="original-publish-date" content="2017-07-12">')
add("time-dmy-attr-de", "de", "2017-07-12", header='<p class="meta"><time datetime="12.07.2017">Juli</time></p>')
add("time-space-attr-fr", "fr", "2017-07-12", header='<p class="meta"><time datetime="2017-07-12 14:33">il y a longtemps</time></p>')
add("abbr-timeago-de", "de", "2017-07-12", header='<p class="meta"><abbr class="timeago" title="2017-07-12T14:33:00+02:00">vor 7 Jahren</abbr></p>')
add("span-title-fr", "fr", "2017-07-12", header='<p class="meta">Publié <span title="12/07/2017 14:33">il y a 7 ans</span></p>')
add("relw-stunde-de", "de", "2024-09-10", header=meta("vor einer Stunde"))
add("relw-tag-de", "de", "2024-09-09", header=meta("vor einem Tag"))
add("relw-heure-fr", "fr", "2024-09-10", header=meta("il y a une heure"))
add("relw-dia-es", "es", "2024-09-09", header=meta("hace un día"))
add("relw-ora-it", "it", "2024-09-10", header=meta("un'ora fa"))
add("relw-uur-nl", "nl", "2024-09-10", header=meta("een uur geleden"))
add("relw-hora-pt", "pt", "2024-09-10", header=meta("há uma hora"))
add("relw-godz-pl", "pl", "2024-09-10", header=meta("godzinę temu"))
add("relw-chas-ru", "ru", "2024-09-10", header=meta("час назад"))
add("relw-hour-en", "en", "2024-09-10", header=meta("an hour ago"))
add("today-fr", "fr", "2024-09-10", header=meta("Aujourd'hui à 08h05"))
add("today-es", "es", "2024-09-10", header=meta("Hoy, 08:05"))
add("today-it", "it", "2024-09-10", header=meta("Oggi alle 08:05"))
add("today-ru", "ru", "2024-09-10", header=meta("Сегодня в 08:05"))
add("today-en", "en", "2024-09-10", header=meta("Today at 8:05 AM"))
add("yday-nl", "nl", "2024-09-09", header=meta("Gisteren om 18:05"))
add("yday-pl", "pl", "2024-09-09", header=meta("wczoraj, 18:05"))
add("w-js-comment-de", "de", "", after=script('var comments = [{"author":"Lena","date":"2024-09-01"}];'))


# --- third batch, written after main read 138 of the first 144: where the date stands, and written forms
# (expected days fixed before its run) ---
def replace_title(html, lang, new):
    return html.replace(f"<title>{eu.TITLE[lang]} | Stadtblatt</title>", f"<title>{new}</title>", 1)


add("aside-meta-de", "de", "2017-07-12", after='<aside class="article-aside"><p>Veröffentlicht am 12.07.2017</p><p>Ressort: Lokales</p></aside>')
add("art-header-fr", "fr", "2017-07-12", header='<header class="entry-header"><p class="posted"><time>12 juillet 2017</time></p></header>')
add("art-footer-en", "en", "2017-07-12", after='<footer class="entry-footer"><span class="posted-on">July 12, 2017</span></footer>')
add("tools-de", "de", "2017-07-12",
    header='<div class="article-tools"><span class="date">12.07.2017</span> <a href="/t">Teilen</a> <a href="/p">Drucken</a></div>')
add("share-fr", "fr", "2017-07-12",
    header='<div class="share-bar"><span class="date">12/07/2017</span> <a href="/f">Facebook</a> <a href="/t">Twitter</a></div>')
add("sronly-de", "de", "2017-07-12", header='<p class="meta"><span class="sr-only">Veröffentlicht am</span> 12.07.2017</p>')
add("long-body-de", "de", "2017-07-12", header="".join(f"<p>{t}</p>" for t in eu.BODY["de"] * 8),
    after=foot("Erstellt: 12.07.2017"))
add("ld-broken-de", "de", "2017-07-12",
    head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neue Brücke","datePublished":"2017-07-12T14:33:00+02:00",}</script>')
add("iso-text-en", "en", "2017-07-12", header=meta("2017-07-12T14:33:00"))
add("secs-de", "de", "2017-07-12", header=meta("12.07.2017 14:33:00"))
add("mon-dash-en", "en", "2017-07-12", header=meta("12-Jul-2017"))
add("mon-nocomma-en", "en", "2017-07-12", header=meta("Jul 12 2017"))
add("zone-en", "en", "2017-07-12", header=meta("Wednesday 12 July 2017 14.33 BST"))
add("h-spaced-fr", "fr", "2017-07-12", header=meta("12 juillet 2017 à 14 h 33"))
add("le-wd-fr", "fr", "2017-07-12", header=meta("Le mercredi 12 juillet 2017 à 14:33"))
add("maj-a-fr", "fr", "2017-07-12", header=meta("publié le 12/07/2017 - 14:33 , mis à jour à 15:00"))
add("dash-nl", "nl", "2017-07-12", header=meta("12-07-2017, 14:33"))
add("r-pl", "pl", "2017-07-12", header=meta("12.07.2017 r."))
add("g-ru", "ru", "2017-07-12", header=meta("12 июля 2017 г., 14:33"))
add("h-es", "es", "2017-07-12", header=meta("12/07/2017 | 14:33 h."))
add("h-pt", "pt", "2017-07-12", header=meta("12/07/2017 14h33"))
add("ore-it", "it", "2017-07-12", header=meta("12 luglio 2017 ore 14:33"))
add("no-article-de", "de", "2017-07-12",
    header='</article><div class="content"><p class="meta">12.07.2017</p>' + eu.body("de") + '</div><article>')
P.append(("sitename-title-de", "de", "2017-07-12", "https://example.de/stadt/neue-bruecke",
          replace_title(eu.page("de", header=meta("12.07.2017")), "de", "Stadtblatt – Nachrichten aus der Region")))
add("above-h1-fr", "fr", "2017-07-12", before='<div class="surtitre"><span class="rubrique">Société</span> <span class="date">12/07/2017</span></div>')
add("img-credit-de", "de", "2017-07-12",
    header='<figure><img src="/b.jpg"><figcaption>Die Brücke. Foto: Anna Beispiel</figcaption></figure><p class="meta">12.07.2017</p>')


# --- fourth batch, written after the candidate read 167 of 170: meta lists, permalinks, page-level boxes
# (expected days fixed before its run) ---
add("li-meta-de", "de", "2017-07-12",
    header='<ul class="entry-meta"><li class="author">Von Anna Beispiel</li><li class="date">12.07.2017</li><li>3 Kommentare</li></ul>')
add("li-meta-fr", "fr", "2017-07-12", header='<ul class="infos"><li>Par Jean Exemple</li><li>12 juillet 2017</li></ul>')
add("li-only-it", "it", "2017-07-12", header='<ul class="meta"><li>12/07/2017</li></ul>')
add("permalink-de", "de", "2017-07-12",
    header='<p class="meta"><a href="/2017/07/12/neue-bruecke/" rel="bookmark"><span class="entry-date">12. Juli 2017</span></a></p>')
add("permalink-en", "en", "2017-07-12",
    header='<div class="posted-on"><a href="https://example.en/neue-bruecke/" rel="bookmark">July 12, 2017</a></div>')
add("sitefoot-de", "de", "2017-07-12", after='</main><footer class="artikel-info"><p>Artikel vom 12.07.2017</p></footer><main>')
add("r-time-pl", "pl", "2017-07-12", header=meta("12 lipca 2017 r., 14:33"))
add("dl-ru", "ru", "2017-07-12", after='<dl class="info"><dt>Дата:</dt><dd>12.07.2017</dd></dl>')
add("meta-rfc-de", "de", "2017-07-12", head='<meta name="date" content="Wed, 12 Jul 2017 14:33:00 +0200">')
add("meta-space-fr", "fr", "2017-07-12", head='<meta property="article:published_time" content="2017-07-12 14:33:00">')
add("ld-dmy-es", "es", "2017-07-12", head=eu.ld("12/07/2017"))
add("em-date-nl", "nl", "2017-07-12", header='<p><em>Gepubliceerd op woensdag 12 juli 2017</em></p>')
add("small-pt", "pt", "2017-07-12", header='<p><small>Publicado em 12/07/2017, às 14h33</small></p>')
add("strong-it", "it", "2017-07-12", header='<p><strong>Roma, 12 luglio 2017</strong></p>')
add("dateline-caps-fr", "fr", "2017-07-12", header='<p>PARIS, 12 JUILLET 2017 – ' + eu.BODY["fr"][0] + '</p>')
add("datum-label-br-de", "de", "2017-07-12", header='<p class="meta">Datum:<br>12.07.2017</p>')
add("w-li-teasers-de", "de", "",
    after='<ul class="related"><li>Ältere Meldung · 01.03.2017</li><li>Noch eine Meldung · 02.03.2017</li></ul>')


if __name__ == "__main__":
    pp.cli([(pid, exp, {"html": html, "url": url, "fetched": eu.FETCHED}) for pid, _, exp, url, html in P])
