"""Made-up German, French and English news and blog pages (fiftieth session, dates62) with no date metadata, in two
shapes no earlier probe file held: (1) a post's day after the text linked to that very day's archive through an
address whose day sits in its query ("/archiv?datum=2024-07-12", "/?d=20240712", "/archive?year=2024&month=07&day=12",
"/archiv/?jahr=2024&monat=7&tag=12") or behind a query or fragment after the day's path ("/2024/07/12/?ref=meta",
"/2024/07/12/#content"), with guards (another day's archive, a calendar widget's bare number, a related list's day
linked to its own day's archive); (2) two days set side by side with nothing between them on the headline's meta line —
a theme's change and publication whose class words (and so the style sheet that hides the change) are lost — where the
earlier is the publication, either order, and beside an "updated" label naming the later.

Expected days were fixed and committed before any run ("" = no date). Pages are built with date-probes-shown.py's
news and blog templates (date-probes-eu.py's news page); fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-side.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-side.py score
"""
import probe_pages as pp

shown = pp.load("shown")
P = []
add = pp.adder(P, shown.eu, shown.address)
news, blog = shown.news, shown.blog
DE_SITE = "https://www.stadtblatt.example"


def after_text(lang, inner):
    """A post-info list after the article's text: its section link, then the day as `inner` gives it."""
    section = {"de": '<a href="/thema/politik/">Politik</a>', "fr": '<a href="/categorie/politique/">Politique</a>'}[lang]
    return news(lang).replace("</article>", f'<ul class="post-info"><li>{section}</li><li class="post-info__item--'
                                            f'type-date">{inner}</li></ul></article>', 1)


def linked(href, text):
    return f'<a href="{href}">{text}</a>'


# --- 1. the day's archive named in a query or before a query or fragment ---
add("query-iso-de", "de", "2024-07-12", after_text("de", linked("/archiv?datum=2024-07-12", "12. Juli 2024")))
add("query-compact-fr", "fr", "2024-07-12", after_text("fr", linked("/?d=20240712", "12 juillet 2024")))
add("query-ymd-fr", "fr", "2024-07-12", after_text("fr", linked("/archives?year=2024&amp;month=07&amp;day=12",
                                                                "12 juillet 2024")))
add("query-ymd-de", "de", "2024-07-12", after_text("de", linked(DE_SITE + "/archiv/?jahr=2024&amp;monat=7&amp;tag=12",
                                                                "12. Juli 2024")))
add("query-date-slash-de", "de", "2024-07-12", after_text("de", linked("/archiv?date=2024/07/12", "12.07.2024")))
add("path-query-fr", "fr", "2024-07-12", after_text("fr", linked("/2024/07/12/?ref=meta", "12 juillet 2024")))
add("path-fragment-de", "de", "2024-07-12", after_text("de", linked(DE_SITE + "/2024/07/12/#content", "12. Juli 2024")))
add("path-query-noslash-de", "de", "2024-07-12", after_text("de", linked("/2024/07/12?seite=1", "12. Juli 2024")))
add("query-blog-fr", "fr", "2024-05-21", blog("fr", end='<div class="entry-footer"><span class="cat-links"><a href='
    '"/categorie/pain/">Pain</a></span><span class="entry-date"><a href="/?m=20240521">21 mai 2024</a></span></div>'))
# guards: another day's archive, a calendar widget's linked number, a related list's day linked to its own archive,
# a query whose numbers are no day
add("query-other-day-de", "de", "", after_text("de", linked("/archiv?datum=2024-07-13", "12. Juli 2024")))
add("query-calendar-fr", "fr", "", news("fr", after='<aside class="widget"><table id="wp-calendar"><caption>juillet 2024'
    '</caption><tr><td><a href="/?d=20240712">12</a></td><td>13</td></tr></table></aside>'))
add("query-related-de", "de", "", news("de", after='<section class="related"><h2>Mehr aus der Stadt</h2><ul><li><h3><a '
    'href="/stau-auf-der-umgehung">Stau auf der Umgehung sorgt für Ärger</a></h3><span class="date"><a href="/archiv?'
    'datum=2024-09-02">02.09.2024</a></span></li></ul></section>'))
add("query-not-day-fr", "fr", "", after_text("fr", linked("/recherche?id=20240712&amp;p=3", "12 juillet 2024")))

# --- 2. two days side by side: the theme's change and publication with their class words lost ---
def spans(a, b, between=""):
    return f'<div><span><span>{a}</span>{between}<span>{b}</span></span></div>'


add("pair-later-first-de", "de", "2024-07-12", news("de", header=spans("14. August 2024", "12. Juli 2024")))
add("pair-later-first-fr", "fr", "2024-07-12", news("fr", header=spans("14 août 2024", "12 juillet 2024")))
add("pair-later-first-spaced-de", "de", "2024-07-12", news("de", header=spans("14.08.2024", "12.07.2024", " ")))
add("pair-earlier-first-fr", "fr", "2024-07-12", news("fr", header=spans("12 juillet 2024", "14 août 2024")))
add("pair-updated-label-de", "de", "2024-07-12", news("de", header=spans("12. Juli 2024", "14. August 2024")
    + '<div><span>Aktualisiert am</span> <span>14. August 2024</span></div>'))
add("pair-updated-label-fr", "fr", "2024-07-12", news("fr", header=spans("12 juillet 2024", "14 août 2024")
    + '<div><span>Mis à jour le</span> <span>14 août 2024</span></div>'))
add("pair-byline-blog-de", "de", "2024-05-21", blog("de", header='<div><span><span>02.06.2024</span><span>21.05.2024'
    '</span></span> <span>von <a href="/autor/jonas/">Jonas</a></span></div>'))
# (added with cand-2's sentence, before any run of them: the pair and a labelled change all on one line)
add("pair-label-one-line-de", "de", "2024-07-12", news("de", header='<div><span><span>12. Juli 2024</span><span>14. August '
    '2024</span></span> <span><span>Aktualisiert am</span> <span>14. August 2024</span></span></div>'))
add("pair-label-one-line-fr", "fr", "2024-07-12", news("fr", header='<div><span>par <a href="/auteur/lea/">Léa</a></span> '
    '<span><span>12 juillet 2024</span><span>14 août 2024</span></span> <span><span>Mis à jour le</span> <span>14 août '
    '2024</span></span></div>'))
# guards: a label between the two keeps its reading; one day alone is read as before
add("pair-labelled-de", "de", "2024-07-12", news("de", header=spans("Aktualisiert am 14.08.2024", "Erschienen am "
                                                                    "12.07.2024", " · ")))
add("single-span-fr", "fr", "2024-07-12", news("fr", header='<div><span><span>12 juillet 2024</span></span></div>'))

if __name__ == "__main__":
    pp.cli(P)
