"""Made-up pages (de, fr, es, it, nl, pt, pl, ru, en) whose tempting date is not the publication (thirty-seventh session,
dates47): a publication beside an update in many forms and orders, a date in the prose only, a day and month without
a year near a year stated elsewhere, a sidebar's, teaser's or comment's date beside the page's own, a relative time read
against the fetch time, an event's date in the headline; a second batch: today's date in the masthead, numeric
day and month orders, sidebars.

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-eu.py's
template (through date-probes-none.py, which adds English); a probe may carry its own address. Usage:
  python3 bench/date-probes-wrong.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-wrong.py score
"""
import probe_pages as pp

eu = pp.load("none").eu  # (date-probes-eu.py's pages, with English)
P = []
meta = pp.line


def add(pid, lang, expected, url=None, title=None, declared=None, masthead=None, **kw):
    html = eu.page(lang, **kw)
    if title:
        html = html.replace(eu.TITLE[lang], title)
    if declared:
        # (a CMS's default language on a page written in another; "-": none declared)
        html = html.replace(f' lang="{lang}"', "" if declared == "-" else f' lang="{declared}"', 1)
    if masthead:
        # (today's date in the site's top bar, on the day the page was fetched)
        html = html.replace("<header><nav>", f"<header>{masthead}<nav>", 1)
    P.append((pid, lang, expected, url or f"https://example.{lang}/stadt/neue-bruecke", html))


# --- 1. a publication and an update, in many forms and orders (the publication is asked for) ---
add("pu-erstellt-de", "de", "2024-03-05", header=meta("Erstellt am 05.03.2024 · Zuletzt geändert am 07.03.2024"))
add("up-paren-de", "de", "2024-03-05", header=meta("Aktualisiert: 07.03.2024, 08:40 Uhr (Erstveröffentlichung: 05.03.2024)"))
add("up-paren-fr", "fr", "2024-03-05", header=meta("Mis à jour le 7 mars 2024 à 8h40 (publié le 5 mars 2024)"))
add("pu-modifie-fr", "fr", "2024-03-05", header=meta("Publié le 05/03/2024 ; modifié le 07/03/2024"))
add("up-pipe-es", "es", "2024-03-05", header=meta("Actualizado 07/03/2024 - 08:40 | Publicado 05/03/2024 - 10:12"))
add("up-alle-it", "it", "2024-03-05", header=meta("Aggiornato alle 08:40 del 7 marzo 2024 · Pubblicato il 5 marzo 2024"))
add("up-geplaatst-nl", "nl", "2024-03-05", header=meta("Bijgewerkt: 7 maart 2024 | Geplaatst: 5 maart 2024"))
add("up-em-pt", "pt", "2024-03-05", header=meta("Atualizado em 07.03.2024 | Publicado em 05.03.2024"))
add("pu-data-pl", "pl", "2024-03-05", header=meta("Data publikacji: 05.03.2024 Data aktualizacji: 07.03.2024"))
add("pu-data-ru", "ru", "2024-03-05", header=meta("Дата публикации: 5 марта 2024 · Дата обновления: 7 марта 2024"))
add("up-orig-en", "en", "2024-03-05", header=meta("Updated March 7, 2024 · Originally published March 5, 2024"))
add("up-above-en", "en", "2024-03-05", before=meta("Last updated on March 7, 2024"),
    header='<p class="byline">By Jane Example</p>' + meta("Posted March 5, 2024"))
add("up-ldsame-de", "de", "2024-03-05", head=eu.ld("2024-03-07T08:40:00+01:00", "2024-03-07T08:40:00+01:00"),
    header=meta("Veröffentlicht am 05.03.2024, aktualisiert am 07.03.2024"))
add("up-modmeta-fr", "fr", "2024-03-05", head='<meta property="article:modified_time" content="2024-03-07T08:40:00+01:00">',
    header=meta("Publié le 5 mars 2024"))
add("up-times-en", "en", "2024-03-05",
    header='<p class="entry-meta"><time class="updated" datetime="2024-03-07T08:40:00+01:00">March 7, 2024</time> '
           '<time class="entry-date published" datetime="2024-03-05T10:12:00+01:00">March 5, 2024</time></p>')
# --- 2. a date in the prose only (no publication date shown) ---
add("prose-bereits-de", "de", "", header='<p>Bereits am 14. Februar 2024 hatte die Verwaltung die Kosten geschätzt.</p>')
add("prose-le-fr", "fr", "", header='<p>Le 3 janvier 2024, le conseil avait déjà rejeté un premier projet.</p>')
add("prose-el-es", "es", "", header='<p>El 3 de enero de 2024 el pleno ya había rechazado un primer proyecto.</p>')
add("prose-gia-it", "it", "", header='<p>Già il 3 gennaio 2024 il consiglio aveva respinto una prima bozza.</p>')
add("prose-on-en", "en", "", header='<p>On January 3, 2024, the council had already rejected a first draft.</p>')
add("prose-op-nl", "nl", "", header='<p>Op 3 januari 2024 had de raad al een eerste ontwerp afgewezen.</p>')
add("prose-juz-pl", "pl", "", header='<p>Już 3 stycznia 2024 r. rada odrzuciła pierwszy projekt.</p>')
add("prose-eshche-ru", "ru", "", header='<p>Ещё 3 января 2024 года совет отклонил первый проект.</p>')
add("prose-em-pt", "pt", "", header='<p>Em 3 de janeiro de 2024, a câmara já tinha rejeitado um primeiro projeto.</p>')
add("prose-beside-de", "de", "2024-03-05", header=meta("05.03.2024, 10:12 Uhr") + '<p>Am 3. Januar 2024 hatte der Rat den Entwurf abgelehnt.</p>')
# --- 3. a day and month without a year near a year stated elsewhere ---
add("yl-url-de", "de", "2023-03-05", url="https://example.de/2023/stadt/neue-bruecke", header=meta("Veröffentlicht am 5. März, 10:12 Uhr"))
add("yl-fetch-fr", "fr", "2024-03-05", header=meta("Publié le 5 mars à 10h12"))
add("yl-spans-it", "it", "2023-03-05", header='<div class="data"><span class="giorno">5 marzo</span> <span class="anno">2023</span></div>')
add("yl-prevyear-es", "es", "2023-10-15", header=meta("Publicado el 15 de octubre"))
add("yl-numeric-de", "de", "2024-03-05", header=meta("05.03. | 10:12 Uhr"))
add("order-en-lang-fr", "fr", "2024-03-05", declared="en-US", header=meta("Publié le 05/03/2024"))
# --- 4. a sidebar's, teaser's or comment's date beside the page's own ---
add("side-most-de", "de", "2024-03-05", before=eu.box("Meistgelesen", [("Stau auf der Umgehung", "09.09.2024"), ("Markt fällt aus", "08.09.2024")]),
    header=meta("05.03.2024"))
add("side-comment-fr", "fr", "2024-03-05", header=meta("5 mars 2024"),
    after=eu.comments("Commentaires", [("Publié le 7 mars 2024 par Paul", "Enfin !")]))
add("side-lastcomment-en", "en", "2024-03-05", header=meta("Last comment: March 8, 2024 · Posted March 5, 2024"))
add("side-letzter-de", "de", "2024-03-05", header=meta("Letzter Kommentar: 08.03.2024 | 05.03.2024"))
add("side-leggi-it", "it", "2024-03-05",
    header='<p class="correlati">Leggi anche: <a href="/x">Il vecchio ponte chiude per lavori</a> 01/02/2024</p>' + meta("5 marzo 2024"))
add("side-agenda-es", "es", "2024-03-05", header='<p class="meta"><time datetime="2024-03-05">5 de marzo de 2024</time></p>',
    after='<aside class="sidebar"><h3>Agenda</h3><p class="date">12/10/2024</p><p class="date">15/10/2024</p></aside>')
# --- 5. a relative time read against the fetch time (2024-09-10T10:00Z) ---
add("rel-stunden-de", "de", "2024-09-10", header=meta("vor 3 Stunden"))
add("rel-jours-fr", "fr", "2024-09-08", header=meta("il y a 2 jours"))
add("rel-dias-es", "es", "2024-09-05", header=meta("hace 5 días"))
add("rel-giorni-it", "it", "2024-09-08", header=meta("2 giorni fa"))
add("rel-dagen-nl", "nl", "2024-09-07", header=meta("3 dagen geleden"))
add("rel-dni-pl", "pl", "2024-09-08", header=meta("2 dni temu"))
add("rel-dnya-ru", "ru", "2024-09-07", header=meta("3 дня назад"))
add("rel-dias-pt", "pt", "2024-09-08", header=meta("há 2 dias"))
add("rel-upd-de", "de", "2024-03-05", header=meta("Aktualisiert vor 2 Stunden | Erstellt am 05.03.2024"))
add("rel-comment-fr", "fr", "2024-03-05", header=meta("5 mars 2024"),
    after=eu.comments("Commentaires", [("Paul, il y a 2 heures", "Enfin !")]))
# --- 6. an event's date in the headline ---
add("head-future-de", "de", "2024-09-02", title="Stadtfest am 14. September 2024: Brücke gesperrt", header=meta("02.09.2024"))
add("head-past-fr", "fr", "2024-03-05", title="Inondations du 3 janvier 2024 : la facture s'alourdit", header=meta("Publié le 5 mars 2024"))
add("head-only-en", "en", "", title="What the March 1, 2024 vote means for the bridge")

# --- second batch (expected days fixed before its run): today's date in the masthead, numeric orders, sidebars ---
TODAY = {"de": "Dienstag, 10. September 2024", "fr": "Mardi 10 septembre 2024", "es": "martes, 10 de septiembre de 2024",
         "it": "Martedì 10 settembre 2024", "en": "Tuesday, September 10, 2024", "nl": "dinsdag 10 september 2024",
         "pl": "wtorek, 10 września 2024", "ru": "10 сентября 2024, вторник", "pt": "terça-feira, 10 de setembro de 2024"}


def today(lang, cls="topbar-date"):
    return f'<div class="{cls}">{TODAY[lang]}</div>'


add("today-none-fr", "fr", "", masthead=today("fr", "date-du-jour"))
add("today-end-de", "de", "2024-03-05", masthead=today("de"), after='<p class="meta">05.03.2024</p>')
add("today-url-es", "es", "2024-03-05", url="https://example.es/2024/03/05/ciudad/pasarela", masthead=today("es"))
add("today-time-it", "it", "2024-03-05", masthead=today("it"),
    after='<footer class="article-footer"><time datetime="2024-03-05T10:12:00+01:00">5 marzo 2024</time></footer>')
add("today-ld-fr", "fr", "2024-03-05", masthead=today("fr"), head=eu.ld("2024-03-05T10:12:00+01:00"))
add("today-stand-de", "de", "2024-03-05", masthead=today("de"), header=meta("Stand: 05.03.2024"))
add("today-none-en", "en", "", masthead=today("en") + '<a href="/paper">Today\'s paper</a>')
add("today-yearless-nl", "nl", "2024-03-05", masthead=today("nl"), header=meta("5 maart, 10:12"))
add("today-none-pl", "pl", "", masthead=today("pl"))
add("today-meta-ru", "ru", "2024-03-05", masthead=today("ru"), header=meta("05.03.2024"))
add("today-rel-pt", "pt", "2024-09-08", masthead=today("pt"), header=meta("há 2 dias"))
add("today-weather-fr", "fr", "", masthead='<div class="meteo">Aujourd\'hui 10/09/2024 – 18°C</div>')
add("today-inmain-de", "de", "", before=today("de", "heute"))
add("today-inmain-meta-it", "it", "2024-03-05", before=today("it", "oggi"), header=meta("05/03/2024"))
add("order-dotted-en-de", "de", "2024-03-05", declared="en-US", header=meta("05.03.2024"))
add("order-us-en", "en", "2024-03-05", declared="en-US", header=meta("03/05/2024"))
add("order-nolang-fr", "fr", "2024-03-05", declared="-", header=meta("Publié le 05/03/2024"))
add("order-nolang-de", "de", "2024-03-05", declared="-", header=meta("05/03/2024"))
add("order-ymd-it", "it", "2024-03-05", header=meta("2024/03/05"))
add("order-settled-en", "en", "2024-03-05", declared="en-GB",
    header=meta("05/03/2024"), after=eu.box("More", [("Old bridge closes", "13/02/2024")]))
add("side-termine-de", "de", "2024-03-05", before='<aside class="termine"><h3>Termine</h3><p>Heute, 10.09.2024: Markt</p></aside>',
    header='<p class="lead">' + " ".join(eu.BODY["de"][:2]) + '</p>' + meta("05.03.2024"))
add("side-lus-fr", "fr", "2024-03-05",
    before='<aside class="most-read"><h3>Les plus lus</h3><ul><li><time datetime="2024-09-09">9 sept.</time> '
           '<a href="/x">Bouchons sur la rocade ce matin</a></li></ul></aside>',
    after='<p class="date">Publié le 5 mars 2024</p>')


if __name__ == "__main__":
    pp.cli([(pid, exp, {"html": html, "url": url, "fetched": eu.FETCHED}) for pid, _, exp, url, html in P])
