"""Made-up German and French news, blog and forum pages (forty-fourth session, dates56) in shapes no earlier probe file
holds (each checked against date-probes-eu, -none, -missing, -wrong, -relative, -last, -news, -meta, -defr, -sign and
-rare): dates55's leftovers (another article after the page's own in plain `<div>`s, a closing signature with one first
name), older CMSs' markup (TYPO3's news and tt_news, Joomla 1.5's tables, phpBB and vBulletin threads, Serendipity,
Dotclear, SPIP), microformats with `updated` before `published`, a date written out only in an `<abbr>`/`<span>`
tooltip, `<time pubdate>` after a change's `<time>`, epoch milliseconds in `data-time`, teasers' `itemscope`
`datePublished`, a JSON-LD `@graph` of several objects (Yoast's, an image's upload day first, related articles before
the page's own, an event), and pages with many dates (a table of events, a changelog, an events calendar, an "Archiv"
list of days, forum-like comment threads).

Expected days were fixed and committed before any run ("" = no date). Pages use date-probes-eu.py's news template,
date-probes-meta.py's blog template and the small CMS templates below; fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-cms.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-cms.py score
"""
import json
import probe_pages as pp

meta_probes = pp.load("meta")  # (the news template with English, the blog template)
eu, wp, P = meta_probes.eu, meta_probes.wp, []
add, news, line = pp.adder(P, eu), pp.news_ending(eu), pp.line


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def shell(lang, inner, head="", title=None, side=""):
    """A plain old CMS page: a site header, a content column, an optional side column, a footer."""
    t = title or eu.TITLE[lang]
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t}</title>{head}</head><body>'
            f'<div id="kopf"><a href="/" class="logo">Stadtblatt</a><ul class="menu"><li><a href="/">Start</a></li>'
            f'<li><a href="/aktuelles">Aktuelles</a></li></ul></div><div id="inhalt">{inner}</div>'
            f'<div id="rand">{side}</div><div id="fuss"><p>© 2024 Stadtblatt · Impressum</p></div></body></html>')


T = eu.TITLE
B = eu.body
OTHER = {"de": ["Der Radweg am Ufer wird im Herbst für mehrere Wochen gesperrt, weil die Stadt den Belag erneuert und "
                "neue Leuchten entlang der Strecke aufstellt.",
                "Anwohner hatten sich seit Jahren über Schlaglöcher beschwert; die Arbeiten sollen vor dem ersten Frost "
                "abgeschlossen sein, teilte das Bauamt mit."],
         "fr": ["La piste cyclable des quais sera fermée plusieurs semaines à l'automne, le temps de refaire le revêtement "
                "et d'installer de nouveaux lampadaires le long du parcours.",
                "Les riverains se plaignaient depuis des années des nids-de-poule ; les travaux doivent s'achever avant "
                "les premières gelées, selon les services techniques."]}


def other_body(lang):
    return "".join(f"<p>{p}</p>" for p in OTHER[lang])


NEXT_TITLE = {"de": "Radweg am Ufer wird saniert", "fr": "La piste cyclable des quais rénovée"}

# --- 1. dates55's leftovers: another article in plain <div>s after the page's own; one first name signing ---
add("next-div-undated-fr", "fr", "", news("fr", after=
    f'<div class="next-post"><h2>{NEXT_TITLE["fr"]}</h2>{line("Publié le 15/07/2017")}{other_body("fr")}</div>'))
add("next-div-dated-de", "de", "2017-07-12", news("de", header=line("12.07.2017"), after=
    f'<div class="next-post"><h2>{NEXT_TITLE["de"]}</h2>{line("15.07.2017")}{other_body("de")}</div>'))
add("next-div-samebox-de", "de", "", shell("de",
    f'<div class="story"><h1>{T["de"]}</h1>{B("de")}</div>'
    f'<div class="story"><h2>{NEXT_TITLE["de"]}</h2>{line("Veröffentlicht am 15.07.2017")}{other_body("de")}</div>'))
add("next-div-samebox-dated-fr", "fr", "2017-07-12", shell("fr",
    f'<div class="story"><h1>{T["fr"]}</h1>{line("Publié le 12/07/2017")}{B("fr")}</div>'
    f'<div class="story"><h2>{NEXT_TITLE["fr"]}</h2>{line("Publié le 15/07/2017")}{other_body("fr")}</div>'))
add("sign-firstname-de", "de", "2017-07-12", news("de", end="<p>Anna, 12.07.2017</p>"))
add("sign-firstname-fr", "fr", "2017-07-12", news("fr", end="<p>Jeanne, 12/07/2017</p>"))
add("sign-firstname-blog-de", "de", "2017-07-12", wp("de").replace("</div><footer class=\"entry-footer\">",
    "<p><em>Anna, 12. Juli 2017</em></p></div><footer class=\"entry-footer\">", 1))
add("sign-firstname-midtext-de", "de", "", eu.page("de").replace("<p>Kritiker",
    "<p>Anna, 12.07.2017</p><p>Kritiker", 1))
add("sign-firstname-comment-de", "de", "", news("de", after=
    '<section id="comments"><h2>Kommentare</h2><ol class="comment-list"><li class="comment"><p>Endlich eine Brücke, '
    'darauf warten wir seit Jahren!</p><p>Hans, 13.07.2017</p></li></ol></section>'))
# --- 2. TYPO3 (news, tt_news), Joomla 1.5's tables ---
add("typo3-news-de", "de", "2017-07-12", shell("de",
    f'<div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">'
    f'<div class="header"><h3 itemprop="headline">{T["de"]}</h3></div><div class="footer"><p>'
    f'<span class="news-list-date"><time itemprop="datePublished" datetime="2017-07-12">12.07.2017</time></span>'
    f'<span class="news-list-category">Lokales</span></p></div><div class="news-text-wrap" itemprop="articleBody">'
    f'{B("de")}</div><div class="news-related news-related-news"><h4>Ähnliche Nachrichten</h4><ul>'
    f'<li><span class="news-related-news-date">15.07.2017</span><a href="/n/radweg">{NEXT_TITLE["de"]}</a></li>'
    f'</ul></div></div></div>'))
add("typo3-related-undated-de", "de", "", shell("de",
    f'<div class="news news-single"><div class="article"><div class="header"><h3>{T["de"]}</h3></div>'
    f'<div class="news-text-wrap">{B("de")}</div><div class="news-related news-related-news"><h4>Ähnliche Nachrichten'
    f'</h4><ul><li><span class="news-related-news-date">03.05.2017</span><a href="/n/rat">Rat tagt im Mai</a></li>'
    f'<li><span class="news-related-news-date">15.07.2017</span><a href="/n/radweg">{NEXT_TITLE["de"]}</a></li>'
    f'</ul></div></div></div>'))
add("typo3-ttnews-de", "de", "2017-07-12", shell("de",
    f'<div class="news-single-item"><div class="news-single-rightbox">12.07.17 14:03<br>Lokales</div>'
    f'<h1>{T["de"]}</h1>{B("de")}<div class="news-single-backlink"><a href="/aktuelles">Zurück</a></div></div>'))
add("joomla15-table-de", "de", "2017-07-12", shell("de",
    f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{T["de"]}</td></tr></table>'
    f'<table class="contentpaneopen"><tr><td valign="top" class="createdate">Mittwoch, 12. Juli 2017 um 14:03 Uhr</td>'
    f'</tr><tr><td valign="top">{B("de")}</td></tr><tr><td colspan="2" align="left" class="modifydate">'
    f'Zuletzt aktualisiert am Freitag, 14. Juli 2017 um 09:12 Uhr</td></tr></table>'))
add("joomla15-table-fr", "fr", "2017-07-12", shell("fr",
    f'<table class="contentpaneopen"><tr><td class="contentheading">{T["fr"]}</td></tr></table>'
    f'<table class="contentpaneopen"><tr><td class="createdate">Mercredi, 12 Juillet 2017 14:03</td></tr>'
    f'<tr><td>{B("fr")}</td></tr><tr><td class="modifydate">Mise à jour le Vendredi, 14 Juillet 2017 09:12</td></tr>'
    f'</table>'))
# --- 3. forum threads: the first post's day ---


def phpbb(lang, first, replies):
    posts = "".join(f'<div class="post bg{i % 2 + 1}"><div class="inner"><div class="postbody"><h3>{h}</h3>'
                    f'<p class="author">{a}</p><div class="content">{c}</div></div></div></div>'
                    for i, (h, a, c) in enumerate([first] + replies))
    return shell(lang, f'<div id="page-body"><h2 class="topic-title"><a href="/viewtopic.php?t=77">{T[lang]}</a></h2>'
                       f'{posts}</div>', title=f"{T[lang]} - Forum Stadtblatt")


add("phpbb-de", "de", "2017-07-12", phpbb("de",
    (T["de"], "von <strong>anna</strong> » Mi 12. Jul 2017, 14:03", B("de")),
    [("Re: " + T["de"], "von <strong>hans</strong> » Do 13. Jul 2017, 09:12", "<p>Endlich, das wurde Zeit.</p>"),
     ("Re: " + T["de"], "von <strong>mia</strong> » Sa 15. Jul 2017, 18:40", "<p>Wer bezahlt das eigentlich?</p>")]))
add("phpbb-fr", "fr", "2017-07-12", phpbb("fr",
    (T["fr"], "par <strong>jeanne</strong> » mer. 12 juil. 2017 14:03", B("fr")),
    [("Re: " + T["fr"], "par <strong>marc</strong> » jeu. 13 juil. 2017 09:12", "<p>Enfin, il était temps.</p>")]))
add("phpbb33-time-de", "de", "2017-07-12", phpbb("de",
    (T["de"], 'von <strong>anna</strong> » <time datetime="2017-07-12T12:03:00+00:00">Mi 12. Jul 2017, 14:03</time>', B("de")),
    [("Re: " + T["de"], 'von <strong>hans</strong> » <time datetime="2017-07-13T07:12:00+00:00">Do 13. Jul 2017, 09:12</time>',
      "<p>Endlich, das wurde Zeit.</p>")]))
add("vbulletin-de", "de", "2017-07-12", shell("de",
    f'<div id="posts"><div class="postbit"><div class="posthead"><span class="date">12.07.2017,&nbsp;'
    f'<span class="time">14:03</span></span><span class="nodecontrols">#1</span></div><div class="postdetails">'
    f'<div class="userinfo"><a class="username">anna</a></div><div class="postbody"><h2 class="title">{T["de"]}</h2>'
    f'<div class="content">{B("de")}</div></div></div></div><div class="postbit"><div class="posthead"><span class="date">'
    f'13.07.2017,&nbsp;<span class="time">09:12</span></span><span class="nodecontrols">#2</span></div><div class="postdetails">'
    f'<div class="userinfo"><a class="username">hans</a></div><div class="postbody"><div class="content">'
    f'<p>Endlich, das wurde Zeit.</p></div></div></div></div></div>', title=f"{T['de']} - Stadtforum"))
# --- 4. blog engines: Serendipity, Dotclear, SPIP ---
add("s9y-de", "de", "2017-07-12", shell("de",
    f'<h3 class="serendipity_date">Mittwoch, 12. Juli 2017</h3><h4 class="serendipity_title"><a href="/archives/77">'
    f'{T["de"]}</a></h4><div class="serendipity_entry"><div class="serendipity_entry_body">{B("de")}</div>'
    f'<div class="serendipity_entryFooter">Geschrieben von Anna in <a href="/categories/3">Lokales</a> um 14:03 | '
    f'<a href="#comments">Kommentare (2)</a></div></div>', title=f"Notizen vom Kanal - {T['de']}"))
add("dotclear-fr", "fr", "2017-07-12", shell("fr",
    f'<p class="day-date">mercredi 12 juillet 2017</p><div class="post"><h2 class="post-title">{T["fr"]}</h2>'
    f'<p class="post-info">Par Jeanne - <a href="/category/actu">Actualités</a></p><div class="post-content">{B("fr")}'
    f'</div></div>', title=f"{T['fr']} - Carnet du canal"))
add("spip-fr", "fr", "2017-07-12", shell("fr",
    f'<div class="hentry"><h1 class="entry-title">{T["fr"]}</h1><p class="info-publi">mis à jour le '
    f'<abbr class="updated" title="2017-07-20T08:00:00Z">20 juillet 2017</abbr></p><p class="info-publi">'
    f'<abbr class="published" title="2017-07-12T12:03:00Z">mercredi 12 juillet 2017</abbr>, par '
    f'<span class="vcard author"><a class="url fn spip_in" href="/auteur/jeanne">Jeanne</a></span></p>'
    f'<div class="entry-content">{B("fr")}</div></div>'))
add("overblog-fr", "fr", "2017-07-12", shell("fr",
    f'<div class="post"><h1 class="post-title">{T["fr"]}</h1><div class="post-content">{B("fr")}</div>'
    f'<div class="post-footer">Publié par Jeanne le 12 juillet 2017 - Catégories : <a href="/tag/actu">#Actualités</a>'
    f'</div></div>'))
# --- 5. microformats: updated before published; updated alone as the entry's shown day ---
add("hatom-updated-only-de", "de", "2017-07-12", shell("de",
    f'<div class="hentry"><h2 class="entry-title">{T["de"]}</h2><p class="entry-meta">'
    f'<abbr class="updated" title="2017-07-12T14:03:00+02:00">12. Juli 2017</abbr> · '
    f'<span class="author vcard"><span class="fn">Anna</span></span></p><div class="entry-content">{B("de")}</div></div>'))
add("hatom-updated-first-fr", "fr", "2017-07-12", shell("fr",
    f'<div class="hentry"><h1 class="entry-title">{T["fr"]}</h1><p class="entry-meta">Mis à jour le '
    f'<abbr class="updated" title="2017-07-20T08:00:00+02:00">20/07/2017</abbr> · Publié le '
    f'<abbr class="published" title="2017-07-12T14:03:00+02:00">12/07/2017</abbr></p>'
    f'<div class="entry-content">{B("fr")}</div></div>'))
add("wp-updated-first-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="entry-meta"><span class="posted-on"><a href="/neue-bruecke/" rel="bookmark">'
    '<time class="updated" datetime="2017-08-01T09:00:00+02:00">1. August 2017</time>'
    '<time class="entry-date published" datetime="2017-07-12T14:03:00+02:00">12. Juli 2017</time></a></span></div>'))
add("time-pubdate-after-change-de", "de", "2017-07-12", news("de", header=
    '<p class="meta"><time datetime="2017-08-01T09:00">Aktualisiert: 01.08.2017</time> · '
    '<time pubdate datetime="2017-07-12T14:03">12.07.2017</time></p>'))
add("time-pubdate-attr-fr", "fr", "2017-07-12", news("fr", header=
    '<p class="meta"><time pubdate="pubdate" datetime="2017-07-12T14:03+02:00">il y a 7 ans</time></p>'))
# --- 6. a day written out only in a tooltip ---
add("abbr-title-written-de", "de", "2017-07-12", news("de", header=
    '<p class="meta">Von Anna · <abbr title="Mittwoch, 12. Juli 2017, 14:03 Uhr">vor 7 Jahren</abbr></p>'))
add("span-title-written-fr", "fr", "2017-07-12", news("fr", header=
    '<p class="meta">Par Jeanne · <span class="date" title="mercredi 12 juillet 2017 à 14h03">il y a 7 ans</span></p>'))
add("abbr-title-comment-de", "de", "", news("de", after=
    '<section id="comments"><h2>Kommentare</h2><div class="comment"><p class="meta">hans · '
    '<abbr title="13.07.2017 09:12">vor 7 Jahren</abbr></p><p>Endlich!</p></div></section>'))
# --- 7. epoch seconds and milliseconds on an element ---
add("data-time-ms-de", "de", "2017-07-12", news("de", header=
    '<p class="meta"><span class="date" data-time="1499861000000">vor 7 Jahren</span></p>'))
add("data-time-s-fr", "fr", "2017-07-12", news("fr", header=
    '<div class="article-date" data-time="1499861000">Il y a 7 ans</div>'))
add("data-time-comment-de", "de", "", news("de", after=
    '<section id="comments"><h2>Kommentare</h2><div class="comment"><p class="meta">hans · '
    '<span class="date" data-time="1499936000">vor 7 Jahren</span></p><p>Endlich!</p></div></section>'))
# --- 8. itemscope teasers' datePublished; the page's own inside its <article itemscope> ---
TEASERS = ('<div class="related"><h3>Weitere Artikel</h3>'
           '<div itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="datePublished" content="2017-05-03">'
           '<a itemprop="url" href="/n/rat"><span itemprop="headline">Rat tagt im Mai</span></a></div>'
           '<div itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="datePublished" content="2017-07-15">'
           f'<a itemprop="url" href="/n/radweg"><span itemprop="headline">{NEXT_TITLE["de"]}</span></a></div></div>')
add("itemscope-teasers-undated-de", "de", "", news("de", after=TEASERS))
add("itemscope-own-and-teasers-de", "de", "2017-07-12", news("de", after=TEASERS).replace(
    "<article>", '<article itemscope itemtype="http://schema.org/NewsArticle">'
    '<meta itemprop="datePublished" content="2017-07-12T14:03:00+02:00">', 1))
# --- 9. JSON-LD @graph with several objects ---
ADDR_DE, ADDR_FR = eu.address("de"), eu.address("fr")
add("graph-yoast-de", "de", "2017-07-12", news("de", head=ld({"@context": "https://schema.org", "@graph": [
    {"@type": "Organization", "@id": "https://example.de/#org", "name": "Stadtblatt"},
    {"@type": "WebSite", "@id": "https://example.de/#website", "url": "https://example.de/"},
    {"@type": "ImageObject", "@id": ADDR_DE + "#primaryimage", "url": "https://example.de/b.jpg", "uploadDate": "2016-03-01T10:00:00+01:00"},
    {"@type": "WebPage", "@id": ADDR_DE, "url": ADDR_DE, "datePublished": "2017-07-12T12:03:00+00:00",
     "dateModified": "2017-08-01T07:00:00+00:00", "breadcrumb": {"@id": ADDR_DE + "#breadcrumb"}},
    {"@type": "BreadcrumbList", "@id": ADDR_DE + "#breadcrumb", "itemListElement": []},
    {"@type": "Article", "@id": ADDR_DE + "#article", "isPartOf": {"@id": ADDR_DE}, "headline": T["de"],
     "datePublished": "2017-07-12T12:03:00+00:00", "dateModified": "2017-08-01T07:00:00+00:00"},
    {"@type": "Person", "@id": "https://example.de/#anna", "name": "Anna"}]})))
add("graph-image-first-fr", "fr", "2017-07-12", news("fr", head=ld({"@context": "https://schema.org", "@graph": [
    {"@type": "ImageObject", "url": "https://example.fr/p.jpg", "uploadDate": "2015-05-03T10:00:00+02:00",
     "datePublished": "2015-05-03T10:00:00+02:00"},
    {"@type": "NewsArticle", "headline": T["fr"], "datePublished": "2017-07-12T14:03:00+02:00"}]})))
add("graph-related-first-fr", "fr", "2017-07-12", news("fr", head=ld({"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "url": "https://example.fr/stadt/piste-cyclable", "headline": NEXT_TITLE["fr"],
     "datePublished": "2017-07-15T08:00:00+02:00"},
    {"@type": "NewsArticle", "url": "https://example.fr/stadt/conseil", "headline": "Le conseil se réunit",
     "datePublished": "2017-07-14T08:00:00+02:00"},
    {"@type": "NewsArticle", "url": ADDR_FR, "mainEntityOfPage": ADDR_FR, "headline": T["fr"],
     "datePublished": "2017-07-12T14:03:00+02:00"}]})))
add("graph-event-de", "de", "2017-07-12", news("de", head=ld({"@context": "https://schema.org", "@graph": [
    {"@type": "Event", "name": "Bürgerversammlung", "startDate": "2017-09-01T19:00:00+02:00",
     "location": {"@type": "Place", "name": "Rathaus"}},
    {"@type": "NewsArticle", "headline": T["de"], "datePublished": "2017-07-12T14:03:00+02:00"}]})))
# --- 10. pages with many dates: events, a changelog, an events calendar, an archive of days, comment threads ---
EVENTS_DE = ('<table class="termine"><tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr>'
             '<tr><td>20.07.2017</td><td>Bürgerversammlung</td><td>Rathaus</td></tr>'
             '<tr><td>03.08.2017</td><td>Ortsbegehung</td><td>Kanalufer</td></tr></table>')
EVENTS_FR = ('<table><thead><tr><th>Date</th><th>Événement</th></tr></thead><tbody>'
             '<tr><td>20/07/2017</td><td>Réunion publique</td></tr><tr><td>03/08/2017</td><td>Visite du chantier</td></tr>'
             '</tbody></table>')
add("events-table-dated-de", "de", "2017-07-12", news("de", header=line("12.07.2017 · Lokales"), end=EVENTS_DE))
add("events-table-undated-fr", "fr", "", news("fr", end=EVENTS_FR))
CHANGES = ('<h2>Änderungen</h2><h3>Version 2.3 – 20.07.2017</h3><ul><li>Fehler beim Export behoben</li></ul>'
           '<h3>Version 2.2 – 12.06.2017</h3><ul><li>Neue Ansicht für Termine</li></ul>')
add("changelog-in-post-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="entry-meta"><span class="posted-on">12. Juli 2017</span></div>').replace(
    "</div><footer class=\"entry-footer\">", CHANGES + "</div><footer class=\"entry-footer\">", 1))
add("changelog-only-de", "de", "", shell("de",
    '<h1>Änderungsprotokoll</h1><p>Hier stehen alle Änderungen an der Vereinssoftware, die neueste Version zuerst; '
    'ältere Versionen bleiben zum Herunterladen im Archiv, bis sie nicht mehr unterstützt werden.</p>'
    + CHANGES.replace("<h2>Änderungen</h2>", ""), title="Änderungsprotokoll"))
CAL_DE = ('<div class="veranstaltungskalender"><h3>Veranstaltungskalender</h3><ul>'
          '<li>14.07.2017 – Sommerfest im Park</li><li>22.07.2017 – Flohmarkt am Kanal</li></ul></div>')
add("events-calendar-undated-de", "de", "", shell("de", f'<h1>{T["de"]}</h1>{B("de")}', side=CAL_DE))
add("events-calendar-dated-de", "de", "2017-07-12", shell("de",
    f'<h1>{T["de"]}</h1>{line("Veröffentlicht am 12.07.2017")}{B("de")}', side=CAL_DE))
ARCHIV_DE = ('<div class="archiv"><h3>Archiv</h3><ul><li>15.07.2017 – <a href="/n/radweg">Radweg wird saniert</a></li>'
             '<li>03.05.2017 – <a href="/n/rat">Rat tagt im Mai</a></li></ul></div>')
add("archiv-days-undated-de", "de", "", shell("de", f'<h1>{T["de"]}</h1>{B("de")}', side=ARCHIV_DE))
add("archives-left-dated-fr", "fr", "2017-07-12", shell("fr",
    '<div class="archives"><h3>Archives</h3><ul><li><a href="/n/piste">15/07/2017 – La piste cyclable</a></li>'
    '<li><a href="/n/conseil">03/05/2017 – Le conseil</a></li></ul></div>'
    f'<div class="contenu"><h1>{T["fr"]}</h1>{line("Publié le 12/07/2017")}{B("fr")}</div>'))
THREAD_DE = ('<div class="kommentare"><h3>3 Kommentare</h3>'
             '<div class="beitrag"><p class="kopf">#1 hans schrieb am 13.07.2017 um 09:12:</p><p>Endlich eine Brücke.</p></div>'
             '<div class="beitrag"><p class="kopf">#2 mia schrieb am 14.07.2017 um 18:40:</p><p>Wer bezahlt das?</p></div></div>')
add("thread-under-dated-end-de", "de", "2017-07-12", news("de", end=line("Veröffentlicht am 12.07.2017 von Anna"), after=THREAD_DE))
add("thread-under-undated-de", "de", "", news("de", after=THREAD_DE))
add("thread-under-undated-fr", "fr", "", news("fr", after=
    '<div class="reactions"><h3>2 réactions</h3><div class="reaction"><p>Marc a écrit le 13/07/2017 à 09h12 :</p>'
    '<p>Enfin une passerelle.</p></div><div class="reaction"><p>Léa a écrit le 14/07/2017 à 18h40 :</p>'
    '<p>Qui paie ?</p></div></div>'))

if __name__ == "__main__":
    pp.cli(P)
