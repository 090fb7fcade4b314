"""Made-up German, French, Italian, Spanish and Dutch news pages (fortieth session, dates51) in shapes the earlier
date probes lack: a date in a `<span class="date">` beside the author line, a lone "Stand: … Uhr" line (above or below
the text), "Mis à jour le … Publié le …" and "aktualisiert am … erstellt am …" in either order and with `<time>`
elements, dates only in `<time>` without `datetime`, "12. Juli 2017, 14:03 Uhr" and its kin, relative days with a
clock ("heute, 08:03", "hier à 18h") against the fetch time, dates in breadcrumb-like headers and kickers, and comment
threads with dates after the body (they must not win; a page dated only by its comments has no date).

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-eu.py's
template; each probe carries its own fetch time (2024-09-10T10:00Z unless named). Usage:
  python3 bench/date-probes-news.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-news.py score
"""
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
P = []
meta = pp.line
NIGHT = "2024-09-09T23:30:00Z"  # (01:30 on 10 September in Berlin and Paris)


def add(pid, lang, expected, fetched=None, url=None, **kw):
    P.append((pid, expected, {"html": eu.page(lang, **kw), "url": url or eu.address(lang),
                              "fetched": fetched or eu.FETCHED}))


def comments(items, cls="comments", title="Kommentare"):
    cs = "".join(f'<li class="comment"><div class="comment-meta"><span class="comment-author">{a}</span> {d}</div>'
                 f'<p>{t}</p></li>' for a, d, t in items)
    return f'<section class="{cls}"><h2>{title}</h2><ol class="comment-list">{cs}</ol></section>'


# --- 1. a date in a span beside the author line ---
add("span-author-de", "de", "2017-07-12",
    header='<div class="author-line"><span class="author">Von Anna Beispiel</span><span class="date">12.07.2017</span></div>')
add("span-author-link-de", "de", "2017-07-12",
    header='<div class="byline"><img src="/a.jpg" alt=""><a href="/autor/anna">Anna Beispiel</a>'
           '<span class="date">12. Juli 2017, 14:03 Uhr</span></div>')
add("span-auteur-fr", "fr", "2017-07-12",
    header='<div class="signature"><span class="auteur">Par Jeanne Exemple</span> <span class="date">le 12/07/2017 à 14h03</span></div>')
add("span-autore-it", "it", "2017-07-12",
    header='<div class="autore">di <a href="/autori/marco">Marco Esempio</a> <span class="data">12/07/2017</span></div>')
add("span-autor-es", "es", "2017-07-12",
    header='<div class="firma"><span class="autor">Ana Ejemplo</span><span class="fecha">12/07/2017 14:03</span></div>')
add("span-auteur-nl", "nl", "2017-07-12",
    header='<div class="auteur"><span>Piet Voorbeeld</span> <span class="datum">12-07-17, 14:03</span></div>')
add("span-author-after-de", "de", "2017-07-12",
    after='<div class="author-box"><span class="author">Anna Beispiel</span><span class="date">12.07.2017 | 14:03</span></div>')
# --- 2. "Stand: … Uhr" ---
add("stand-alone-de", "de", "2017-07-12", header=meta("Stand: 12.07.2017 14:03 Uhr"))
add("stand-comma-de", "de", "2017-07-12", header=meta("Stand: 12.07.2017, 14:03 Uhr", "metatextline"))
add("stand-foot-de", "de", "2017-07-12", after=meta("Stand: 12.07.2017 14:03 Uhr", "stand"))
add("stand-ld-de", "de", "2017-07-11", head=eu.ld("2017-07-11T18:00:00+02:00"), header=meta("Stand: 12.07.2017 14:03 Uhr"))
add("stand-written-de", "de", "2017-07-12", header=meta("Stand: 12. Juli 2017, 14:03 Uhr"))
add("stand-teaser-de", "de", "2017-07-12", header=meta("Stand: 12.07.2017 14:03 Uhr"),
    after=eu.box("Mehr zum Thema", [("Die alte Brücke", "Stand: 01.03.2017"), ("Neuer Radweg", "Stand: 20.02.2017")]))
# --- 3. update and publication, either order ---
add("majpub-fr", "fr", "2017-07-12", header=meta("Mis à jour le 13 juillet 2017 à 08h40 Publié le 12 juillet 2017 à 14h03"))
add("majpub-spans-fr", "fr", "2017-07-12",
    header='<div class="dates"><span>Mis à jour le <time datetime="2017-07-13T08:40:00+02:00">13/07/2017 à 08h40</time></span>'
           '<span>Publié le <time datetime="2017-07-12T14:03:00+02:00">12/07/2017 à 14h03</time></span></div>')
add("pubmaj-dash-fr", "fr", "2017-07-12", header=meta("Publié le 12 juillet 2017 à 14h03 - Mis à jour le 13 juillet 2017 à 08h40"))
add("pubmaj-paren-fr", "fr", "2017-07-12", header=meta("publié le 12 juillet 2017 à 14h03 (mis à jour le 13 juillet 2017 à 08h40)"))
add("modpub-fr", "fr", "2017-07-12", header=meta("Modifié le 13/07/2017 à 08h40 | Publié le 12/07/2017 à 14h03"))
add("actpub-fr", "fr", "2017-07-12", header=meta("Actualisé le 13/07/2017 à 08:40<br>Publié le 12/07/2017 à 14:03"))
add("majpub-ld-fr", "fr", "2017-07-12", head=eu.ld("2017-07-12T14:03:00+02:00", "2017-07-13T08:40:00+02:00"),
    header=meta("Mis à jour le 13 juillet 2017 à 08h40 Publié le 12 juillet 2017 à 14h03"))
add("akterst-de", "de", "2017-07-12", header=meta("aktualisiert am 13.07.2017 um 08:40 Uhr, erstellt am 12.07.2017 um 14:03 Uhr"))
add("akterst-lines-de", "de", "2017-07-12", header=meta("Aktualisiert am 13. Juli 2017") + meta("Erstellt am 12. Juli 2017"))
add("akterst-time-de", "de", "2017-07-12",
    header='<p class="meta">Aktualisiert <time>13.07.2017, 08:40</time> · Erstellt <time>12.07.2017, 14:03</time></p>')
add("aktveroeff-de", "de", "2017-07-12", header=meta("Zuletzt aktualisiert: 13. Juli 2017 | Veröffentlicht: 12. Juli 2017"))
add("aktpub-it", "it", "2017-07-12", header=meta("Aggiornato il 13/07/2017 alle 08:40 - Pubblicato il 12/07/2017 alle 14:03"))
add("actpub-es", "es", "2017-07-12", header=meta("Actualizado 13/07/2017 08:40 Publicado 12/07/2017 14:03"))
add("bijgepub-nl", "nl", "2017-07-12", header=meta("Bijgewerkt: 13 juli 2017 Gepubliceerd: 12 juli 2017"))
# --- 4. dates only in <time> without datetime ---
add("time-written-de", "de", "2017-07-12", header='<p class="meta"><time>12. Juli 2017, 14:03 Uhr</time></p>')
add("time-entry-fr", "fr", "2017-07-12", header='<p class="meta"><time class="entry-date">12/07/2017</time></p>')
add("time-pubdate-it", "it", "2017-07-12", header='<p class="meta"><time pubdate>12 luglio 2017</time></p>')
add("time-foot-nl", "nl", "2017-07-12", after='<footer class="article-footer"><time>12 juli 2017</time></footer>')
add("time-byline-es", "es", "2017-07-12",
    header='<div class="byline">Por Ana Ejemplo <time>12 de julio de 2017 - 14:03</time></div>')
# --- 5. written dates with a clock ---
add("uhr-de", "de", "2017-07-12", header=meta("12. Juli 2017, 14:03 Uhr"))
add("uhr-wd-de", "de", "2017-07-12", header=meta("Mittwoch, 12. Juli 2017, 14:03 Uhr"))
add("uhr-um-de", "de", "2017-07-12", header=meta("12. Juli 2017 um 14:03 Uhr"))
add("uhr-onedigit-de", "de", "2017-07-12", header=meta("12.7.2017 – 14:03 Uhr"))
add("heure-fr", "fr", "2017-07-12", header=meta("12 juillet 2017 à 14h03"))
add("ore-it", "it", "2017-07-12", header=meta("12 luglio 2017, 14:03"))
add("om-nl", "nl", "2017-07-12", header=meta("woensdag 12 juli 2017, 14:03"))
# --- 6. relative days with a clock against the fetch time ---
add("heute-de", "de", "2024-09-10", header=meta("heute, 08:03"))
add("heute-uhr-de", "de", "2024-09-10", header=meta("Heute, 11:03 Uhr"))
add("gestern-akt-de", "de", "2024-09-09", header=meta("gestern, 18:30 Uhr | aktualisiert heute, 08:00 Uhr"))
add("hier-fr", "fr", "2024-09-09", header=meta("hier à 18h"))
add("aujourdhui-fr", "fr", "2024-09-10", header=meta("Aujourd'hui à 09h12"))
add("hier-maj-fr", "fr", "2024-09-09", header=meta("Publié hier à 18h05, mis à jour aujourd'hui à 08h00"))
add("oggi-it", "it", "2024-09-10", header=meta("oggi, 08:03"))
add("ieri-it", "it", "2024-09-09", header=meta("ieri alle 18:30"))
add("hoy-es", "es", "2024-09-10", header=meta("hoy, 08:03"))
add("ayer-es", "es", "2024-09-09", header=meta("ayer, 18:30"))
add("vandaag-nl", "nl", "2024-09-10", header=meta("vandaag, 08:03"))
add("gisteren-nl", "nl", "2024-09-09", header=meta("gisteren, 18:30"))
add("heute-night-de", "de", "2024-09-10", NIGHT, header=meta("heute, 01:10 Uhr"))
add("gestern-night-de", "de", "2024-09-09", NIGHT, header=meta("gestern, 23:50 Uhr"))
add("hier-night-fr", "fr", "2024-09-09", NIGHT, header=meta("hier à 22h15"))
# --- 7. dates in breadcrumb-like headers and kickers ---
add("crumb-de", "de", "2017-07-12",
    before='<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/lokales">Lokales</a> › <span>12.07.2017</span></nav>')
add("kicker-de", "de", "2017-07-12", header='<div class="kicker"><span>Politik</span> | <span>12.07.2017</span></div>')
add("kicker-above-fr", "fr", "2017-07-12", before='<p class="surtitre">Économie · 12/07/2017</p>')
add("crumb-archive-de", "de", "2017-07-12",
    before='<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/archiv/2017">2017</a> › <a href="/archiv/2017/07">Juli</a></nav>',
    header=meta("12.07.2017"))
add("crumb-month-fr", "fr", "",
    before='<nav class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/actu">Actualités</a> &gt; <span>Juillet 2017</span></nav>')
add("crumb-it", "it", "2017-07-12",
    before='<div class="breadcrumbs"><a href="/">Home</a> / <a href="/cronaca">Cronaca</a> / 12 luglio 2017</div>')
# --- 8. comments with dates after the body ---
add("cmt-span-de", "de", "2017-07-12", header='<div class="author-line"><span class="author">Von Anna Beispiel</span>'
    '<span class="date">12.07.2017</span></div>',
    after=comments([("Lena K.", "13.07.2017, 08:12 Uhr", "Endlich passiert etwas."), ("Tom B.", "14.07.2017", "Zu teuer.")]))
add("cmt-time-de", "de", "2017-07-12", header=meta("12. Juli 2017, 14:03 Uhr"),
    after=comments([("Lena K.", '<time datetime="2017-07-14T09:12:00+02:00">14. Juli 2017 um 09:12 Uhr</time>', "Gut."),
                    ("Tom B.", '<time datetime="2017-07-15T10:00:00+02:00">15. Juli 2017 um 10:00 Uhr</time>', "Schlecht.")]))
add("cmt-only-de", "de", "",
    after=comments([("Lena K.", "13.07.2017, 08:12 Uhr", "Endlich."), ("Tom B.", "14.07.2017", "Zu teuer.")]))
add("cmt-fr", "fr", "2017-07-12", header=meta("Publié le 12/07/2017 à 14h03"),
    after=comments([("Paul D.", "Le 14/07/2017 à 09h12", "Enfin !"), ("Marie L.", "Le 15/07/2017 à 10h00", "Trop cher.")],
                   "reactions", "Réactions (2)"))
add("cmt-only-time-fr", "fr", "",
    after=comments([("Paul D.", "<time>14/07/2017 à 09h12</time>", "Enfin !")], "commentaires", "Commentaires"))
add("cmt-disqus-it", "it", "2017-07-12", header=meta("12 luglio 2017"),
    after='<div id="disqus_thread"><div class="post"><span class="author">Luca</span> <span class="date">14 luglio 2017</span><p>Bene.</p></div></div>')
add("cmt-end-date-de", "de", "2017-07-12", after=meta("Erstellt am 12.07.2017 um 14:03 Uhr", "article-date")
    + comments([("Lena K.", "am 13.07.2017 um 08:12 Uhr", "Gut."), ("Tom B.", "am 13.07.2017 um 09:40 Uhr", "Schlecht.")],
               "leserkommentare", "Leserkommentare"))
add("cmt-es", "es", "2017-07-12", header=meta("12/07/2017 14:03"),
    after=comments([("Ana", "13/07/2017 a las 08:12", "Bien."), ("Luis", "13/07/2017 a las 09:40", "Mal.")], "comentarios", "Comentarios"))


# --- second batch, written after main's jar read 67 of the first 68 (expected days fixed before its run): CMS
# lines of German, Austrian, Swiss and French news sites, ordinals, abbreviated update labels, and relative days
# with connectors and bare hours ---
add("t-dotclock-de", "de", "2017-07-12",
    header='<p class="meta"><time datetime="2017-07-12 14.03.00">Mittwoch, 12.07.2017 14:03 Uhr</time></p>')
add("t-editiert-de", "de", "2017-07-12",
    header='<p class="meta"><time datetime="2017-07-12T14:03:00+02:00">12. Juli 2017, 14:03 Uhr</time>'
           ' Editiert am 13. Juli 2017, 8:40 Uhr</p>')
add("lesedauer-de", "de", "2017-07-12", header=meta("Veröffentlicht am 12.07.2017 | Lesedauer: 3 Minuten"))
add("erstellt-von-de", "de", "2017-07-12", header=meta("Erstellt: 12.07.2017, 14:03 Uhr Von: Anna Beispiel"))
add("bild-dash-de", "de", "2017-07-12", header=meta("12.07.2017 - 14:03 Uhr"))
add("nzz-dotclock-ch", "de", "2017-07-12", header=meta("12.7.2017, 14.03 Uhr"))
add("jaenner-at", "de", "2017-01-12", header=meta("12. Jänner 2017, 14:03"))
add("feber-at", "de", "2017-02-12", header=meta("12. Feber 2017"))
add("geaendert-erstellt-de", "de", "2017-07-12", header=meta("geändert am 13.07.2017, erstellt am 12.07.2017"))
add("zuletzt-geaendert-de", "de", "2017-07-12", header=meta("Zuletzt geändert: 13.07.2017") + meta("12.07.2017, 14:03 Uhr"))
add("quelle-foot-de", "de", "2017-07-12", after=meta("Quelle: dpa / 12.07.2017", "quelle"))
add("le-modifie-fr", "fr", "2017-07-12", header=meta("Le 12 juillet 2017 à 14h03, modifié le 13 juillet 2017 à 08h40"))
add("pub-maj-yy-fr", "fr", "2017-07-12", header=meta("Publié le 12/07/17 à 14h03 — Mis à jour le 13/07/17 à 08h40"))
add("redige-fr", "fr", "2017-07-12",
    header=meta("Article rédigé par Jean Exemple - Publié le 12/07/2017 14:03 Mis à jour le 13/07/2017 08:40"))
add("maj-abbr-fr", "fr", "2017-07-12", header=meta("MAJ le 13/07/2017 à 08h40 | Publié le 12/07/2017 à 14h03"))
add("derniere-maj-fr", "fr", "2017-07-12", header=meta("Dernière mise à jour : 13/07/2017") + meta("Publié : 12/07/2017"))
add("premier-fr", "fr", "2017-07-01", header=meta("Publié le 1er juillet 2017 à 14h03"))
add("be-wd-fr", "fr", "2017-07-12", header=meta("Publié le mercredi 12 juillet 2017 à 14h03"))
add("ch-clock-fr", "fr", "2017-07-12", header=meta("12.07.2017, 14h03"))
add("primo-it", "it", "2017-07-01", header=meta("1° luglio 2017"))
add("ultima-mod-it", "it", "2017-07-12", header=meta("Ultima modifica: 13/07/2017 - Pubblicato: 12/07/2017"))
add("primero-es", "es", "2017-07-01", header=meta("1º de julio de 2017"))
add("act-h-es", "es", "2017-07-12", header=meta("Actualizado el 13/07/2017 a las 08:40 h.") + meta("12/07/2017 14:03 h."))
add("gewijzigd-nl", "nl", "2017-07-12", header=meta("Laatst gewijzigd: 13-07-2017 | Geplaatst: 12-07-2017"))
add("cmt-rel-de", "de", "2017-07-12", header=meta("12.07.2017"),
    after=comments([("Lena K.", "vor 2 Stunden", "Gut."), ("Tom B.", "vor 3 Stunden", "Schlecht.")]))
add("aujourdhui-h-fr", "fr", "2024-09-10", header=meta("aujourd'hui à 8h"))
add("ieri-ore-it", "it", "2024-09-09", header=meta("ieri ore 18:30"))
add("oggi-alle-ore-it", "it", "2024-09-10", header=meta("oggi alle ore 08:03"))
add("gestern-uhr-de", "de", "2024-09-09", header=meta("gestern um 18 Uhr"))
add("gisteren-u-nl", "nl", "2024-09-09", header=meta("Gisteren, 18u30"))


# --- third batch, written after the first candidate read 98 of the first 98 (expected days fixed before its run):
# comments marked up as schema.org comments or as <article> elements, teasers in <article> elements before the
# page's own, an event's day alone or beside the page's, a photo's day, today's masthead, a live page's clock ---
def micro_comment(day, text):
    return (f'<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Lena K.</span>'
            f'<meta itemprop="datePublished" content="{day}"><p itemprop="text">{text}</p></div>')


add("cmt-micro-de", "de", "2017-07-12", header='<div class="author-line"><span class="author">Von Anna Beispiel</span>'
    '<span class="date">12.07.2017</span></div>',
    after='<section class="comments"><h2>Kommentare</h2>' + micro_comment("2017-07-14T09:12:00+02:00", "Gut.")
          + micro_comment("2017-07-15T10:00:00+02:00", "Schlecht.") + '</section>')
add("cmt-articles-fr", "fr", "2017-07-12", header=meta("Publié le 12/07/2017 à 14h03"),
    after='<section id="commentaires"><article class="comment"><header>Paul D. <time datetime="2017-07-14T09:12:00+02:00">'
          '14/07/2017</time></header><p>Enfin !</p></article><article class="comment"><header>Marie L. '
          '<time datetime="2017-07-15T10:00:00+02:00">15/07/2017</time></header><p>Trop cher.</p></article></section>')
add("teaser-articles-de", "de", "2017-07-12",
    before='<aside class="sidebar"><article class="teaser"><h3><a href="/a">Stau auf der Umgehung</a></h3>'
           '<time datetime="2017-07-20T07:00:00+02:00">20.07.2017</time></article><article class="teaser"><h3><a href="/b">'
           'Freibad eröffnet</a></h3><time datetime="2017-07-19T07:00:00+02:00">19.07.2017</time></article></aside>',
    header='<p class="meta"><time datetime="2017-07-12T14:03:00+02:00">12.07.2017, 14:03 Uhr</time></p>')
add("header-above-h1-de", "de", "2017-07-12",
    before='<div class="article-header__date">12.07.2017 – 14:03 Uhr</div>')
add("lead-then-time-de", "de", "2017-07-12",
    header='<p class="lead">' + eu.BODY["de"][0] + '</p><div class="timeformat"><time datetime="2017-07-12 14:03:00">'
           '12.07.2017, 14.03 Uhr</time></div>')
add("ld-akt-de", "de", "2017-07-12", head=eu.ld("2017-07-12T14:03:00+02:00"), header=meta("Aktualisiert am 13.07.2017 - 08:40"))
add("live-today-fr", "fr", "2024-09-10", header=meta("Publié aujourd'hui à 06h00, mis à jour à 09h12"))
add("masthead-today-de", "de", "2024-09-09",
    before='<div class="datumszeile">Dienstag, 10. September 2024</div>', header=meta("09.09.2024, 18:30 Uhr"))
add("termin-meta-de", "de", "2017-07-12", header=meta("12.07.2017") + '<p class="termin">Termin: 20.07.2017, 19 Uhr, Rathaus</p>')
add("termin-only-de", "de", "", header='<p class="termin">Termin: 20.07.2017, 19 Uhr, Rathaus</p>')
add("evenement-only-fr", "fr", "", header="<p class=\"infos\">Date de l'événement : 20/07/2017</p>")
add("photo-date-de", "de", "2017-07-12", header=meta("12.07.2017")
    + '<figure><img src="/b.jpg"><figcaption>Die Brücke. Foto: dpa / 11.07.2017</figcaption></figure>')
add("pub-il-colon-it", "it", "2017-07-12", header=meta("Pubblicato il: 12/07/2017 | Aggiornato il: 13/07/2017"))
add("act-cest-es", "es", "2017-07-12", header=meta("12/07/2017 - 14:03 | Actualizado 13/07/2017 - 08:40 CEST"))
add("update-nl", "nl", "2017-07-12", header=meta("12 juli 2017 14:03 Laatste update: 13 juli 2017 08:40"))
add("veroeff-geaendert-de", "de", "2017-07-12", header=meta("Veröffentlicht am 12.07.2017 um 14:03 Uhr, geändert am 13.07.2017"))
add("cmt-hier-fr", "fr", "2017-07-12", header=meta("12/07/2017"),
    after=comments([("Paul D.", "hier à 18h", "Enfin !"), ("Marie L.", "aujourd'hui à 8h", "Trop cher.")], "commentaires", "Commentaires"))
add("cmt-gestern-only-de", "de", "",
    after=comments([("Lena K.", "gestern, 18:30 Uhr", "Gut."), ("Tom B.", "heute, 08:00 Uhr", "Schlecht.")]))


if __name__ == "__main__":
    pp.cli(P)
