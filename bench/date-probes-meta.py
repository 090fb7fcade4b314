"""Made-up German, French and English blog and CMS pages (forty-first session, dates52) in the shapes htmldate's
date finder reads and the earlier probes lack: whole blog templates rather than the news template of
date-probes-eu.py — WordPress's "posted-on"/"entry-date" line (its `<time>` inside the permalink, an `updated`
`<time>` beside it, the line in the entry footer after the text, an old theme's `<span class="entry-date">`), a
theme's date badge split over spans, Blogger's "date-header" above the post's heading and its `<abbr
class="published" title=…>` after it, Drupal's "submitted" line and `field-content`/`field--name-created` fields,
Joomla's `<dl class="article-info">` facts, "Posted on … by …"/"Geschrieben am …"/"Publié par … le …" info lines,
`<small>` lines, schema.org microdata inside the body (`<meta itemprop>`, an `itemprop` span's text), header meta
names from htmldate's list that the earlier sets do not name, a date only in the address (three forms) or the
canonical link, `<abbr>` with `data-utime` — and pages whose tempting date must not win: a comment count beside the
day, a "recent comments" widget, an archive list and a calendar widget, an upload folder's month, a cache stamp in
an HTML comment, and a page dated only by its comments.

Expected days were fixed and committed before any run ("" = no date). Fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-meta.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-meta.py score
"""
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
P = []
BLOG = {"de": "Notizen vom Kanal", "fr": "Carnet du canal", "en": "Canal notes"}
NAVW = {"de": ("Startseite", "Über mich", "Kontakt"), "fr": ("Accueil", "À propos", "Contact"),
        "en": ("Home", "About", "Contact")}


def body(lang):
    return "".join(f"<p>{p}</p>" for p in eu.BODY[lang])


def wp(lang, head="", entry_header="", entry_footer="", before="", after="", sidebar="", content_top=""):
    """A WordPress-like single post: masthead, entry header/content/footer, a widget sidebar, a colophon."""
    t = eu.TITLE[lang]
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAVW[lang]))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t} – {BLOG[lang]}</title>{head}</head>'
            f'<body class="post-template-default single single-post"><div id="page" class="site">'
            f'<header id="masthead" class="site-header"><p class="site-title"><a href="/">{BLOG[lang]}</a></p>'
            f'<nav class="main-navigation"><ul>{nav}</ul></nav></header>'
            f'<div id="content" class="site-content"><main id="main" class="site-main">{before}'
            f'<article id="post-412" class="post-412 post type-post status-publish">'
            f'<header class="entry-header"><h1 class="entry-title">{t}</h1>{entry_header}</header>'
            f'<div class="entry-content">{content_top}{body(lang)}</div>'
            f'<footer class="entry-footer">{entry_footer}</footer></article>{after}</main>'
            f'<aside id="secondary" class="widget-area">{sidebar}</aside></div>'
            f'<footer id="colophon" class="site-footer"><div class="site-info">© 2024 {BLOG[lang]}</div></footer>'
            f'</div></body></html>')


def blogger(lang, date_header="", post_footer="", head=""):
    """A Blogger-like post: the day's header above the post's own heading, the post's facts in its footer."""
    t = eu.TITLE[lang]
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{BLOG[lang]}: {t}</title>{head}</head>'
            f'<body><div class="header-outer"><h1 class="title"><a href="/">{BLOG[lang]}</a></h1></div>'
            f'<div class="main-outer"><div class="blog-posts hfeed"><div class="date-outer">{date_header}'
            f'<div class="date-posts"><div class="post-outer"><div class="post hentry">'
            f'<h3 class="post-title entry-title">{t}</h3><div class="post-body entry-content">{body(lang)}</div>'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1">{post_footer}</div></div>'
            f'</div></div></div></div></div></div>'
            f'<div class="sidebar"><h2>Blog-Archiv</h2><ul><li><a href="/2017/">2017</a> (12)</li></ul></div></body></html>')


def drupal(lang, meta="", head="", after=""):
    """A Drupal-like node page: the node's facts line under its heading."""
    t = eu.TITLE[lang]
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t} | {BLOG[lang]}</title>{head}</head>'
            f'<body class="page-node"><div id="page"><div id="header"><a href="/" id="logo">{BLOG[lang]}</a></div>'
            f'<div id="main"><h1 class="title" id="page-title">{t}</h1>'
            f'<div id="node-97" class="node node-article clearfix">{meta}'
            f'<div class="content"><div class="field field-name-body"><div class="field-items"><div class="field-item even">'
            f'{body(lang)}</div></div></div></div></div>{after}</div>'
            f'<div id="footer"><p>© 2024 {BLOG[lang]}</p></div></div></body></html>')


def joomla(lang, info):
    """A Joomla-like article: its facts in a definition list above the text."""
    t = eu.TITLE[lang]
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{t}</title></head><body>'
            f'<div class="header"><a class="brand" href="/">{BLOG[lang]}</a></div><div class="container">'
            f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
            f'<h2 itemprop="headline">{t}</h2></div>{info}<div itemprop="articleBody">{body(lang)}</div></div></div>'
            f'<div class="footer"><p>© 2024 {BLOG[lang]}</p></div></body></html>')


def address(lang):
    return f"https://blog.example.{lang}/neue-bruecke/"


add = pp.adder(P, eu, address)


LINK = '<a href="/neue-bruecke/" rel="bookmark">'
# --- 1. WordPress: the posted-on line ---
add("wp-posted-time-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="entry-meta"><span class="posted-on">Veröffentlicht am ' + LINK +
    '<time class="entry-date published" datetime="2017-07-12T14:03:00+02:00">12. Juli 2017</time>'
    '<time class="updated" datetime="2017-08-01T09:00:00+02:00">1. August 2017</time></a></span>'
    '<span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/anna/">Anna</a></span></span></div>'))
add("wp-posted-time-fr", "fr", "2017-07-12", wp("fr", entry_header=
    '<div class="entry-meta"><span class="posted-on">Publié le ' + LINK +
    '<time class="entry-date published updated" datetime="2017-07-12T14:03:00+02:00">12 juillet 2017</time></a></span>'
    '<span class="byline"> par <span class="author vcard"><a class="url fn n" href="/author/jeanne/">Jeanne</a></span></span></div>'))
add("wp-updated-first-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="entry-meta"><span class="posted-on">' + LINK +
    '<time class="updated" datetime="2017-08-01T09:00:00+02:00">1. August 2017</time>'
    '<time class="entry-date published" datetime="2017-07-12T14:03:00+02:00">12. Juli 2017</time></a></span></div>'))
add("wp-footer-posted-de", "de", "2017-07-12", wp("de", entry_footer=
    '<span class="posted-on">Veröffentlicht am ' + LINK +
    '<time class="entry-date published" datetime="2017-07-12T14:03:00+02:00">12. Juli 2017</time></a></span> '
    '<span class="cat-links">Veröffentlicht in <a href="/kategorie/stadt/">Stadt</a></span> '
    '<span class="comments-link"><a href="/neue-bruecke/#comments">3 Kommentare</a></span>'))
add("wp-entry-date-span-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="entry-meta">Veröffentlicht am <a href="/neue-bruecke/" title="14:03" rel="bookmark">'
    '<span class="entry-date">12. Juli 2017</span></a> von <span class="author vcard">Anna</span></div>'))
add("wp-entry-date-span-fr", "fr", "2017-07-12", wp("fr", entry_footer=
    'Cet article a été publié le <a href="/neue-bruecke/" title="14:03" rel="bookmark">'
    '<span class="entry-date">mercredi 12 juillet 2017</span></a> dans <a href="/cat/ville/">Ville</a>.'))
add("wp-entry-date-notext-en", "en", "2017-07-12", wp("en", entry_header=
    '<div class="entry-meta"><span class="posted-on">Posted on ' + LINK +
    '<time class="entry-date published" datetime="2017-07-12T14:03:00+00:00"></time></a></span></div>'))
add("wp-badge-spans-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="post-date"><span class="day">12</span><span class="month">Jul</span><span class="year">2017</span></div>'))
add("wp-badge-spans-fr", "fr", "2017-07-12", wp("fr", before=
    '<div class="date-badge"><span class="jour">12</span> <span class="mois">juil.</span> <span class="annee">2017</span></div>'))
add("wp-badge-numeric-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="post-date"><span class="d">12</span><span class="m">07</span><span class="y">2017</span></div>'))
add("wp-badge-yearless-url-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="post-date"><span class="day">12</span><span class="month">Jul</span></div>'),
    url="https://blog.example.de/2017/07/neue-bruecke/")
# --- 2. Blogger ---
add("blogger-header-de", "de", "2017-07-12", blogger("de", date_header=
    '<h2 class="date-header"><span>Mittwoch, 12. Juli 2017</span></h2>',
    post_footer='<span class="post-author vcard">Eingestellt von <span class="fn">Anna</span></span> '
                '<span class="post-comment-link"><a href="#comments">Keine Kommentare:</a></span>'),
    url="https://kanal.example.de/2017/07/neue-bruecke.html")
add("blogger-header-fr", "fr", "2017-07-12", blogger("fr", date_header=
    '<h2 class="date-header"><span>mercredi 12 juillet 2017</span></h2>'),
    url="https://canal.example.fr/2017/07/passerelle.html")
add("blogger-abbr-de", "de", "2017-07-12", blogger("de", post_footer=
    '<span class="post-author vcard">Eingestellt von <span class="fn">Anna</span></span> '
    '<span class="post-timestamp">um <a class="timestamp-link" href="/2017/07/neue-bruecke.html" rel="bookmark" title="permanent link">'
    '<abbr class="published" itemprop="datePublished" title="2017-07-12T14:03:00+02:00">14:03</abbr></a></span> '
    '<span class="post-comment-link"><a href="#comments">2 Kommentare:</a></span>'),
    url="https://kanal.example.de/2017/07/neue-bruecke.html")
add("blogger-abbr-en", "en", "2017-07-12", blogger("en", post_footer=
    '<span class="post-author vcard">Posted by <span class="fn">Anna</span></span> '
    '<span class="post-timestamp">at <a class="timestamp-link" href="/2017/07/bridge.html" rel="bookmark" title="permanent link">'
    '<abbr class="published" title="2017-07-12T14:03:00-07:00">2:03 PM</abbr></a></span>'),
    url="https://canal.example.com/2017/07/bridge.html")
# --- 3. Drupal ---
add("drupal-submitted-de", "de", "2017-07-12", drupal("de", meta=
    '<div class="submitted">Verfasst von <span class="username">anna</span> am Mi., 12.07.2017 - 14:03</div>'))
add("drupal-submitted-en", "en", "2017-07-12", drupal("en", meta=
    '<div class="submitted">Submitted by <span class="username">admin</span> on Wed, 07/12/2017 - 14:03</div>'))
add("drupal-submitted-fr", "fr", "2017-07-12", drupal("fr", meta=
    '<div class="submitted">Soumis par <span class="username">jeanne</span> le mer, 12/07/2017 - 14:03</div>'))
add("drupal-field-created-de", "de", "2017-07-12", drupal("de", meta=
    '<div class="node__meta">Von <span class="field field--name-uid">anna</span> am '
    '<span class="field field--name-created field--type-created">Mi., 12.07.2017 - 14:03</span></div>'))
add("drupal-views-field-de", "de", "2017-07-12", drupal("de", meta=
    '<div class="views-field views-field-created"><span class="field-content">12.07.2017</span></div>'))
add("drupal-submitted-picture-de", "de", "2017-07-12", drupal("de", meta=
    '<div class="user-picture"><img src="/sites/default/files/pictures/picture-3-1499861000.jpg" alt="anna"></div>'
    '<div class="submitted"><span property="dc:date dc:created" content="2017-07-12T14:03:00+02:00" '
    'datatype="xsd:dateTime">Verfasst von anna am 12. Juli 2017</span></div>'))
# --- 4. Joomla ---
add("joomla-published-de", "de", "2017-07-12", joomla("de",
    '<dl class="article-info muted"><dt class="article-info-term">Details</dt>'
    '<dd class="createdby">Geschrieben von <span>Anna</span></dd>'
    '<dd class="published"><span class="icon-calendar"></span> Veröffentlicht: 12. Juli 2017</dd>'
    '<dd class="hits"><span class="icon-eye-open"></span> Zugriffe: 1234</dd></dl>'))
add("joomla-create-modified-de", "de", "2017-07-12", joomla("de",
    '<dl class="article-info"><dt class="article-info-term">Details</dt>'
    '<dd class="modified">Zuletzt aktualisiert: Dienstag, 01. August 2017 09:00</dd>'
    '<dd class="create">Erstellt: Mittwoch, 12. Juli 2017 14:03</dd></dl>'))
add("joomla-create-fr", "fr", "2017-07-12", joomla("fr",
    '<dl class="article-info"><dt class="article-info-term">Détails</dt>'
    '<dd class="category-name">Catégorie : <a href="/ville">Ville</a></dd>'
    '<dd class="create">Création : mercredi 12 juillet 2017 14:03</dd></dl>'))
# --- 5. info lines and small print ---
add("posted-on-by-en", "en", "2017-07-12", wp("en", entry_header='<p class="post-info">Posted on July 12, 2017 by Anna</p>'))
add("geschrieben-am-de", "de", "2017-07-12", wp("de", entry_header=
    '<div class="postinfo">Geschrieben am 12. Juli 2017 von Anna in <a href="/kategorie/stadt/">Stadt</a></div>'))
add("publie-par-le-fr", "fr", "2017-07-12", wp("fr", entry_header=
    '<div class="infos">Publié par Jeanne le 12 juillet 2017 dans <a href="/cat/ville/">Actualités</a></div>'))
add("small-line-de", "de", "2017-07-12", wp("de", entry_header='<p><small>12.07.2017 | Anna Beispiel</small></p>'))
add("icon-list-de", "de", "2017-07-12", wp("de", entry_header=
    '<ul class="post-details"><li><i class="fa fa-calendar"></i> 12.07.2017</li><li><i class="fa fa-user"></i> Anna</li>'
    '<li><i class="fa fa-comments"></i> <a href="#comments">4 Kommentare</a></li></ul>'))
add("icon-clock-fr", "fr", "2017-07-12", wp("fr", entry_header=
    '<div class="meta-line"><span><i class="fa fa-clock-o"></i> 12/07/2017</span> <span><i class="fa fa-user"></i> Jeanne</span></div>'))
# --- 6. microdata inside the body ---
add("micro-meta-de", "de", "2017-07-12", wp("de", entry_header=
    '<div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="datePublished" content="2017-07-12">'
    '<meta itemprop="dateModified" content="2017-08-01"></div>'))
add("micro-modified-first-fr", "fr", "2017-07-12", wp("fr", entry_header=
    '<meta itemprop="dateModified" content="2017-08-01T09:00:00+02:00"><meta itemprop="datePublished" content="2017-07-12T14:03:00+02:00">'))
add("micro-span-text-de", "de", "2017-07-12", wp("de", entry_header='<p>Von Anna, <span itemprop="datePublished">12.07.2017</span></p>'))
add("micro-created-de", "de", "2017-07-12", wp("de", entry_header='<meta itemprop="dateCreated" content="2017-07-12T14:03:00">'))
add("micro-dayfirst-content-de", "de", "2017-07-12", wp("de", entry_header='<meta itemprop="datePublished" content="12.07.2017">'))
# --- 7. header meta names (htmldate's list) ---
add("meta-publishdate-de", "de", "2017-07-12", wp("de", head='<meta name="publishdate" content="2017-07-12">'))
add("meta-dc-date-created-fr", "fr", "2017-07-12", wp("fr", head='<meta name="DC.date.created" content="2017-07-12">'))
add("meta-article-created-de", "de", "2017-07-12", wp("de", head='<meta name="article.created" content="2017-07-12T14:03:00">'))
add("meta-publicationdate-fr", "fr", "2017-07-12", wp("fr", head='<meta property="article:publicationdate" content="2017-07-12T14:03:00+02:00">'))
add("meta-http-equiv-date-de", "de", "2017-07-12", wp("de", head='<meta http-equiv="date" content="Wed, 12 Jul 2017 14:03:00 GMT">'))
add("meta-originalpub-en", "en", "2017-07-12", wp("en", head='<meta name="OriginalPublicationDate" content="2017/07/12 14:03:00">'))
add("meta-citation-date-de", "de", "2017-07-12", wp("de", head='<meta name="citation_date" content="2017/07/12">'))
add("meta-dcterms-issued-fr", "fr", "2017-07-12", wp("fr", head='<meta name="dcterms.issued" content="2017-07-12">'))
# --- 8. the address only ---
add("url-path-de", "de", "2017-07-12", wp("de"), url="https://blog.example.de/2017/07/12/neue-bruecke/")
add("url-dashed-fr", "fr", "2017-07-12", wp("fr"), url="https://blog.example.fr/actu/passerelle-2017-07-12.html")
add("url-compact-de", "de", "2017-07-12", wp("de"), url="https://blog.example.de/artikel/20170712-neue-bruecke")
add("url-canonical-fr", "fr", "2017-07-12",
    wp("fr", head='<link rel="canonical" href="https://blog.example.fr/2017/07/12/passerelle/">'),
    url="https://blog.example.fr/?p=412")
add("url-month-only-de", "de", "", wp("de"), url="https://blog.example.de/2017/07/neue-bruecke/")
# --- 9. abbr ---
add("abbr-published-title-fr", "fr", "2017-07-12", wp("fr", entry_header=
    '<p class="meta">Par Jeanne, <abbr class="published" title="2017-07-12T14:03:00+02:00">il y a 7 ans</abbr></p>'))
add("abbr-utime-de", "de", "2017-07-12", wp("de", entry_header=
    '<p>Von Anna · <abbr class="timestamp" data-utime="1499861000">12.07.17</abbr></p>'))
# --- 10. tempting days that must not win ---
add("kommentare-count-de", "de", "2017-07-05", wp("de", entry_header=
    '<div class="entry-meta"><span class="comments-link"><a href="#comments">12 Kommentare</a></span> | '
    '<span class="posted-on">5. Juli 2017</span></div>'))
add("kommentare-count-first-de", "de", "2017-07-05", wp("de", entry_header=
    '<p class="meta">12 Kommentare zu diesem Beitrag · 05.07.2017</p>'))
add("recent-comments-de", "de", "2017-07-05", wp("de", entry_footer=
    '<span class="posted-on">Veröffentlicht am <time class="entry-date published" datetime="2017-07-05T10:00:00+02:00">5. Juli 2017</time></span>',
    sidebar='<section class="widget widget_recent_comments"><h2 class="widget-title">Neueste Kommentare</h2><ul>'
            '<li><span class="comment-author-link">Lena</span> bei <a href="/x/">Radweg am Ufer</a> – 13. Juli 2017</li>'
            '<li><span class="comment-author-link">Tom</span> bei <a href="/y/">Neue Brücke</a> – 12. Juli 2017</li></ul></section>'))
add("archive-widget-only-de", "de", "", wp("de", sidebar=
    '<section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul>'
    '<li><a href="/2017/07/">Juli 2017</a>&nbsp;(3)</li><li><a href="/2017/06/">Juni 2017</a>&nbsp;(5)</li></ul></section>'))
add("calendar-widget-de", "de", "2017-07-12", wp("de", entry_header='<p class="meta">12.07.2017</p>', sidebar=
    '<section class="widget widget_calendar"><div id="calendar_wrap"><table id="wp-calendar"><caption>August 2017</caption>'
    '<tbody><tr><td>1</td><td>2</td><td><a href="/2017/08/03/">3</a></td></tr></tbody></table></div></section>'))
add("calendar-only-fr", "fr", "", wp("fr", sidebar=
    '<section class="widget widget_calendar"><table id="wp-calendar"><caption>juillet 2017</caption>'
    '<tbody><tr><td>11</td><td><a href="/2017/07/12/">12</a></td><td>13</td></tr></tbody></table></section>'))
add("upload-month-only-de", "de", "", wp("de", content_top=
    '<figure class="wp-block-image"><img src="/wp-content/uploads/2017/07/bruecke-1024x683.jpg" alt="Brücke"></figure>'))
add("upload-beside-day-fr", "fr", "2017-07-12", wp("fr", entry_header='<p class="meta">Publié le 12/07/2017</p>', content_top=
    '<figure><img src="/wp-content/uploads/2016/03/21/passerelle.jpg" alt="Passerelle"></figure>'))
add("cache-stamp-de", "de", "2017-07-12",
    wp("de", entry_header='<p class="meta">12.07.2017</p>').replace('</body>',
    '<!-- Dynamic page generated in 0.412 seconds. Cached page generated by WP-Super-Cache on 2024-09-10 09:58:12 --></body>'))
add("comments-only-wp-de", "de", "", wp("de", after=
    '<div id="comments" class="comments-area"><h2 class="comments-title">2 Kommentare</h2><ol class="comment-list">'
    '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Lena</b> '
    '<div class="comment-metadata"><a href="#c1"><time datetime="2017-07-13T09:12:00+02:00">13. Juli 2017 um 09:12 Uhr</time></a></div>'
    '</footer><div class="comment-content"><p>Endlich!</p></div></article></li></ol></div>'))

# --- second batch, written after main read 59 of the first 60 (expected days fixed before its run): htmldate's
# later stages — a timestamp in the markup, the page's own dated links, short free-text lines, the title —
# and formats the earlier sets lack ---
SELF = "/2017/07/12/neue-bruecke/"
add("selflinks-de", "de", "2017-07-12", wp("de", entry_footer=
    f'<a href="{SELF}#respond">Kommentar schreiben</a> <a href="https://twitter.com/share?url=https%3A%2F%2Fblog.example.de{SELF.replace("/", "%2F")}">Teilen</a>'
    f' <a href="{SELF}print/">Drucken</a>', before=f'<link itemprop="mainEntityOfPage" href="https://blog.example.de{SELF}">'),
    url="https://blog.example.de/?p=412")
add("timestamp-script-de", "de", "2017-07-12",
    wp("de", head='<script>var wpData = {"postId":412,"postDate":"2017-07-12 14:03:00","author":"anna"};</script>'))
add("timestamp-attr-fr", "fr", "2017-07-12",
    wp("fr", entry_header='<div class="post-meta" data-post-id="412" data-published="2017-07-12 14:03:00"></div>'))
add("prevnext-only-de", "de", "", wp("de", after=
    '<nav class="post-navigation"><a href="/2017/07/10/radweg/" rel="prev">Vorheriger Beitrag: Radweg am Ufer</a> '
    '<a href="/2017/07/15/markt/" rel="next">Nächster Beitrag: Markt im Hafen</a></nav>'))
add("free-first-line-de", "de", "2017-07-12", wp("de", content_top='<p><strong>Berlin, 12.07.2017</strong></p>'))
add("free-short-div-fr", "fr", "2017-07-12", wp("fr", entry_header='<div class="chapo-infos">Le 12 juillet 2017 à 14h03</div>'))
add("free-end-line-de", "de", "2017-07-12", wp("de", entry_footer='<p>Anna Beispiel, 12. Juli 2017</p>'))
add("title-only-de", "de", "2017-07-12",
    wp("de").replace("<title>", "<title>Wochenrückblick vom 12.07.2017: "))
add("h1-only-fr", "fr", "2017-07-12",
    wp("fr").replace('<h1 class="entry-title">', '<h1 class="entry-title">Conseil municipal du 12 juillet 2017 : '))
add("fmt-pipes-de", "de", "2017-07-12", wp("de", entry_header='<p class="meta">12|07|2017</p>'))
add("fmt-ymd-dots-de", "de", "2017-07-12", wp("de", entry_header='<p class="meta">Anna · 2017.07.12</p>'))
add("fmt-short-year-fr", "fr", "2017-07-12", wp("fr", entry_header='<p class="meta">Par Jeanne - 12/07/17</p>'))
add("fmt-short-year-de", "de", "2017-07-12", wp("de", entry_header='<p class="meta">Von Anna am 12.7.17</p>'))
add("fmt-weekday-fr", "fr", "2017-07-12", wp("fr", entry_header='<p class="meta">Le mercredi 12 juillet 2017</p>'))
add("fmt-ordinal-en", "en", "2017-07-12", wp("en", entry_header='<p class="meta">Wednesday, July 12th, 2017</p>'))
add("fmt-dash-month-en", "en", "2017-07-12", wp("en", entry_header='<p class="meta">12-Jul-2017</p>'))
add("fmt-de-abbr-weekday", "de", "2017-07-12", wp("de", entry_header='<p class="meta">Mi, 12. Jul 2017</p>'))
add("fmt-fr-1er", "fr", "2017-07-01", wp("fr", entry_header='<p class="meta">Publié le 1er juillet 2017</p>'))
add("fmt-de-spaced-dots", "de", "2017-07-12", wp("de", entry_header='<p class="meta">12. 07. 2017</p>'))
add("info-box-de", "de", "2017-07-12", wp("de", entry_footer='<div class="article-info">Artikel vom 12.07.2017</div>'))
add("author-box-fr", "fr", "2017-07-12", wp("fr", after=
    '<div class="author-bio"><img src="/a.jpg" alt=""><p>Jeanne Exemple écrit sur la ville depuis 2009.</p>'
    '<p class="author-date">Article du 12/07/2017</p></div>'))
add("footer-el-de", "de", "2017-07-12", wp("de").replace('<footer class="entry-footer">',
    '<footer><p>Eingestellt: 12.07.2017</p></footer><footer class="entry-footer">'))
add("copyright-range-only-de", "de", "",
    wp("de").replace("© 2024", "© 2009–2017"))
# (dates55: expected "" since the forty-third session, as -defr's "modif-footer-only-wp-fr" — a site footer's lone
# "Dernière modification" is a change, and the site's, not the article's publication; the issue asks for the original)
add("lastmod-only-footer-fr", "fr", "", wp("fr").replace('<div class="site-info">',
    '<div class="site-info">Dernière modification : 01/08/2017 · '))
add("date-in-dl-de", "de", "2017-07-12", wp("de", entry_header=
    '<dl class="facts"><dt>Autor</dt><dd>Anna</dd><dt>Datum</dt><dd>12.07.2017</dd></dl>'))
add("date-table-de", "de", "2017-07-12", wp("de", entry_header=
    '<table class="postinfo"><tr><td>Erstellt:</td><td>12.07.2017</td></tr><tr><td>Autor:</td><td>Anna</td></tr></table>'))

if __name__ == "__main__":
    pp.cli(P)
