"""Made-up German and French news and blog pages (forty-ninth session, dates61) with no date metadata at all — no
`<meta>` date, no JSON-LD, no `datetime` attribute, an address without a day — so that only the words the page shows
date it, in shapes no earlier probe file held: a calendar badge whose day, month and year sit in separate elements, a
weekday before the day, French typography's (narrow) no-break spaces inside a day and a clock, "1er" and "1." for a
month's first day, Austrian "Jänner" and long abbreviations ("Sept.", "juill.", "févr."), a definition list or table
row labelled with the date, a two-digit year after a label, a day without zero padding, a day in the headline's
`<small>`, a kicker line "Ressort | day", an "Artikel vom" line after the text, blog phrasings ("Posté le … par",
"Geschrieben am … von"), and dates that must not win: a photo credit's day before the publication, a list of other
articles with days in badges below.

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-eu.py's news
template and date-probes-meta.py's blog template; fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-shown.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-shown.py score
"""
import probe_pages as pp

meta_probes = pp.load("meta")  # (the news template with English, the blog template)
eu, P = meta_probes.eu, []
line = pp.line
NB, NNB = "\u00a0", "\u202f"


def address(lang):
    return {"de": "https://www.stadtblatt.example/politik/neue-bruecke-ueber-den-kanal-geplant",
            "fr": "https://www.lejournal.example/politique/une-nouvelle-passerelle-sur-le-canal"}[lang]


add = pp.adder(P, eu, address)


def news(lang, **kw):
    return eu.page(lang, **kw)


def badge(day, month, year, cls=("day", "month", "year"), box="date-badge"):
    return (f'<div class="{box}"><span class="{cls[0]}">{day}</span><span class="{cls[1]}">{month}</span>'
            f'<span class="{cls[2]}">{year}</span></div>')


def blog(lang, header="", end=""):
    title = {"de": "Mein Sauerteig nach drei Wochen", "fr": "Mon levain après trois semaines"}[lang]
    text = {"de": ["Nach drei Wochen täglichen Fütterns riecht der Sauerteig endlich so, wie er soll, und das erste "
                   "Brot ist gestern Abend aufgegangen, ohne flach zu werden.",
                   "Ich habe die Mehlmischung zweimal geändert und das Wasser etwas wärmer genommen, was den größten "
                   "Unterschied gemacht hat, mehr als jede andere Änderung."],
            "fr": ["Après trois semaines à le nourrir chaque jour, le levain sent enfin comme il faut et le premier "
                   "pain a bien levé hier soir sans s'affaisser.",
                   "J'ai changé deux fois le mélange de farines et pris une eau un peu plus chaude, ce qui a fait la "
                   "plus grande différence, bien plus que le reste."]}[lang]
    body = "".join(f"<p>{p}</p>" for p in text)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} – Backstube</title></head>'
            f'<body><div id="page"><header class="site-header"><a href="/">Backstube</a></header><div class="content">'
            f'<div class="post"><h2 class="post-title">{title}</h2>{header}<div class="entry">{body}</div>{end}</div>'
            f'</div><div class="sidebar"><h3>Kategorien</h3><ul><li><a href="/brot">Brot</a></li></ul></div>'
            f'<footer><p>© Backstube</p></footer></div></body></html>')


def others(lang, items):
    lis = "".join(f'<li>{badge(d, m, y)}<a href="/a{i}">{t}</a></li>' for i, (d, m, y, t) in enumerate(items))
    head = {"de": "Weitere Artikel", "fr": "À lire aussi"}[lang]
    return f'<section class="more"><h2>{head}</h2><ul>{lis}</ul></section>'


# --- 1. a calendar badge: day, month and year in separate elements ---
add("badge-de", "de", "2024-07-12", news("de", header=badge("12", "Juli", "2024")))
add("badge-abbr-de", "de", "2024-03-05", news("de", header=badge("05", "Mär", "2024")))
add("badge-fr", "fr", "2024-07-12", news("fr", header=badge("12", "juil.", "2024")))
add("badge-upper-fr", "fr", "2024-02-03", news("fr", header=badge("03", "FÉV", "2024")))
add("badge-numeric-de", "de", "2024-07-12", news("de", header=badge("12", "07", "2024", box="datum")))
add("badge-blog-fr", "fr", "2024-05-21", blog("fr", header=badge("21", "mai", "2024", box="post-date")))
add("badge-monthyear-de", "de", "2024-07-12", news("de", header='<div class="date"><span class="d">12</span>'
                                                                   '<span class="my">Juli 2024</span></div>'))
# --- 2. a weekday before the day ---
add("weekday-de", "de", "2024-07-12", news("de", header=line("Freitag, 12. Juli 2024, 18:45 Uhr")))
add("weekday-abbr-de", "de", "2024-07-12", news("de", header=line("Fr., 12.07.2024 – 18:45 Uhr")))
add("weekday-fr", "fr", "2024-07-12", news("fr", header=line("Publié le vendredi 12 juillet 2024 à 18h45")))
add("weekday-lower-fr", "fr", "2024-07-12", news("fr", header=line("vendredi 12 juillet 2024")))
# --- 3. French typography: no-break and narrow no-break spaces, "18 h 45" ---
add("nbsp-fr", "fr", "2024-07-12", news("fr", header=line(f"Publié le 12{NB}juillet{NB}2024 à 18{NB}h{NB}45")))
add("nnbsp-fr", "fr", "2024-07-12", news("fr", header=line(f"Publié le 12{NNB}juillet 2024 à 18{NNB}h{NNB}45")))
add("nbsp-entity-fr", "fr", "2024-07-12", news("fr", header='<p class="meta">Mis en ligne le 12&nbsp;juillet&nbsp;2024</p>'))
add("nbsp-de", "de", "2024-07-12", news("de", header=line(f"12.{NB}Juli{NB}2024, 18:45{NB}Uhr")))
# --- 4. the first of a month, Austrian and long month spellings ---
add("premier-fr", "fr", "2024-08-01", news("fr", header=line("Publié le 1er août 2024 à 07h30")))
add("premier-sup-fr", "fr", "2024-08-01", news("fr", header='<p class="meta">Publié le 1<sup>er</sup> août 2024</p>'))
add("erster-de", "de", "2024-08-01", news("de", header=line("1. August 2024, 07:30 Uhr")))
add("jaenner-de", "de", "2024-01-17", news("de", header=line("17. Jänner 2024, 07:30")))
add("sept-de", "de", "2024-09-03", news("de", header=line("3. Sept. 2024")))
add("juill-fr", "fr", "2024-07-12", news("fr", header=line("12 juill. 2024")))
add("fevr-fr", "fr", "2024-02-03", news("fr", header=line("Publié le 3 févr. 2024")))
add("upper-de", "de", "2024-07-12", news("de", header=line("12. JULI 2024")))
# --- 5. a label and the date in a definition list or a table row ---
add("dl-de", "de", "2024-07-12", news("de", header='<dl class="info"><dt>Autor</dt><dd>Max Muster</dd>'
                                                   '<dt>Datum</dt><dd>12.07.2024</dd></dl>'))
add("dl-fr", "fr", "2024-07-12", news("fr", header='<dl class="infos"><dt>Date de publication</dt>'
                                                   '<dd>12 juillet 2024</dd></dl>'))
add("table-de", "de", "2024-07-12", news("de", header='<table class="facts"><tr><th>Veröffentlicht</th>'
                                                      '<td>12.07.2024</td></tr></table>'))
# --- 6. short forms: a two-digit year after a label, no zero padding, dashes ---
add("twodigit-de", "de", "2024-07-12", news("de", header=line("Erstellt: 12.07.24, 18:45 Uhr")))
add("twodigit-fr", "fr", "2024-07-12", news("fr", header=line("Publié le 12/07/24 à 18:45")))
add("nopad-de", "de", "2024-07-02", news("de", header=line("2.7.2024, 9:05 Uhr")))
add("dashes-fr", "fr", "2024-07-02", news("fr", header=line("Le 02-07-2024 à 09:05")))
add("lowercase-label-de", "de", "2024-07-12", news("de", header=line("veröffentlicht: 12.07.2024")))
# --- 7. where the day sits: the headline's <small>, a kicker line, after the text ---
add("h1-small-de", "de", "2024-07-12", news("de").replace("</h1>", " <small>12.07.2024</small></h1>", 1))
add("kicker-de", "de", "2024-07-12", news("de").replace("<h1>", '<p class="kicker">Politik | 12.07.2024</p><h1>', 1))
add("kicker-fr", "fr", "2024-07-12", news("fr").replace("<h1>", '<p class="surtitre">Politique · 12/07/2024</p><h1>', 1))
add("artikel-vom-de", "de", "2024-07-12", news("de").replace("</article>", line("Artikel vom 12. Juli 2024") + "</article>", 1))
add("article-du-fr", "fr", "2024-07-12", news("fr").replace("</article>", line("Article paru le 12 juillet 2024") + "</article>", 1))
# --- 8. blog phrasings ---
add("poste-par-fr", "fr", "2024-05-21", blog("fr", header=line("Posté le 21 mai 2024 par Camille", "")))
add("ecrit-par-fr", "fr", "2024-05-21", blog("fr", header=line("Écrit par Camille le mardi 21 mai 2024", "")))
add("geschrieben-de", "de", "2024-05-21", blog("de", header=line("Geschrieben am 21.05.2024 von Jonas", "")))
add("eingetragen-de", "de", "2024-05-21", blog("de", end=line("Dieser Eintrag wurde am 21. Mai 2024 um 18:02 "
                                                            "veröffentlicht und unter Brot abgelegt.", "postmetadata")))
add("beitrag-vom-de", "de", "2024-05-21", blog("de", header=line("Beitrag vom 21. Mai 2024", "")))
# --- 9. dates that must not win ---
add("credit-before-de", "de", "2024-07-12", news("de", header='<figure><img src="/b.jpg" alt=""><figcaption>Die Baustelle '
    'am Ufer. Foto: Max Muster, 03.07.2024</figcaption></figure>' + line("12.07.2024, 18:45 Uhr")))
add("credit-before-fr", "fr", "2024-07-12", news("fr", header='<figure><img src="/b.jpg" alt=""><figcaption>Le chantier '
    'sur les quais, le 3 juillet 2024. Photo : Jean Exemple</figcaption></figure>' + line("Publié le 12 juillet 2024")))
add("others-badges-de", "de", "2024-07-12", news("de", header=line("12.07.2024"), after=others("de", [
    ("02", "Sep", "2024", "Stau auf der Umgehung"), ("30", "Aug", "2024", "Neues Freibad eröffnet")])))
add("others-badges-only-fr", "fr", "", news("fr", after=others("fr", [
    ("02", "sept.", "2024", "Bouchons sur la rocade"), ("30", "août", "2024", "La piscine rouvre")])))
add("badge-and-others-de", "de", "2024-07-12", news("de", header=badge("12", "Juli", "2024"), after=others("de", [
    ("02", "Sep", "2024", "Stau auf der Umgehung"), ("30", "Aug", "2024", "Neues Freibad eröffnet")])))
# --- 10. added before the first candidate run (expected days fixed before any run of them): a post's day linked to its
# own day's archive after the text, a theme's hidden copy of the change before the shown day, "juill." after a label ---
add("archive-link-after-de", "de", "2024-07-12", news("de").replace("</article>", '<ul class="post-info"><li><a href='
    '"/thema/politik/">Politik</a></li><li class="post-info__item--type-date"><a href="https://www.stadtblatt.example/'
    '2024/07/12/">12. Juli 2024</a></li></ul></article>', 1))
add("archive-link-after-fr", "fr", "2024-07-12", news("fr").replace("</article>", '<div class="entry-footer"><span '
    'class="cat-links"><a href="/categorie/politique/">Politique</a></span><span class="entry-date"><a href="/2024/07/12/">'
    '12 juillet 2024</a></span></div></article>', 1))
add("post-link-related-de", "de", "", news("de", after='<section class="related"><h2>Mehr aus der Stadt</h2><ul><li><h3>'
    '<a href="/stau-auf-der-umgehung">Stau auf der Umgehung sorgt für Ärger</a></h3><span class="date"><a href='
    '"/stau-auf-der-umgehung">02.09.2024</a></span></li></ul></section>'))
add("calendar-widget-fr", "fr", "", news("fr", after='<aside class="widget"><table id="wp-calendar"><caption>juillet 2024'
    '</caption><tr><td><a href="/2024/07/12/">12</a></td><td>13</td></tr></table></aside>'))
add("hidden-updated-fr", "fr", "2024-07-12", news("fr", header='<div class="fusion-meta-info"><span class="updated '
    'rich-snippet-hidden">2024-08-20T13:00:39+00:00</span><span>12 juillet 2024</span><span class="fusion-inline-sep">|'
    '</span><a href="/categorie/politique/">Politique</a></div>'))
add("hidden-updated-de", "de", "2024-07-12", news("de", header='<div class="fusion-meta-info"><span class="updated '
    'rich-snippet-hidden">2024-08-20T13:00:39+00:00</span><span>12. Juli 2024</span><span class="fusion-inline-sep">|'
    '</span><a href="/thema/politik/">Politik</a></div>'))
add("juill-label-fr", "fr", "2024-07-12", news("fr", header=line("Publié le 12 juill. 2024 à 18h45")))

if __name__ == "__main__":
    pp.cli(P)
