"""Made-up German, French and English news and blog pages (forty-second session, second round, dates54) whose only
date is a closing signature after the article's text — "Anna Beispiel, 12. Juli 2017", "— Maria Muster, 12.07.2017",
"Berlin, den 12. Juli 2017", "Jean Exemple, le 3 mars 2019", "— Jane Example, March 3, 2019" — and guards that must
not win: a structured or shown date elsewhere on the page (it wins), a comment's signature under the article, a
copyright line's year, a year alone ("Erstveröffentlichung 2015": a year is no day), a quoted letter's signature inside
the text with more text after it, a closing sentence that mentions a day.

Expected days were fixed and committed before any run ("" = no date). Pages use date-probes-eu.py's news template and
date-probes-meta.py's blog template (de, fr) and an English page of the same shape; fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-sign.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-sign.py score
"""
import probe_pages as pp

meta_probes = pp.load("meta")  # (the news template with English, the blog template)
eu, wp, P = meta_probes.eu, meta_probes.wp, []

EN_TITLE = "Town plans a new footbridge over the canal"
EN_BODY = ["The town council on Monday presented plans for a footbridge over the canal, with work due to begin next "
           "spring at a cost of several million euros.",
           "The mayor said residents had been consulted for months and that the design would ease traffic in the old "
           "town noticeably once the bridge opens.",
           "Critics on the council object to the cost and want the cycle paths along the quay repaired before any new "
           "structure is planned."]


def en_page(head="", header="", end="", after=""):
    body = "".join(f"<p>{p}</p>" for p in EN_BODY)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{EN_TITLE} | Town Herald</title>{head}'
            f'</head><body><header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>'
            f'<main><article><h1>{EN_TITLE}</h1>{header}{body}{end}</article>{after}</main>'
            f'<footer><p>© 2024 Town Herald</p></footer></body></html>')


def address(lang):
    return "https://example.com/local/new-footbridge" if lang == "en" else eu.address(lang)


add = pp.adder(P, eu, address)
news = pp.news_ending(eu)  # (a news page whose article ends with `end` after its last paragraph)


def blog(lang, end="", **kw):
    """A blog post whose entry content ends with `end`."""
    return wp(lang, **kw).replace('</div><footer class="entry-footer">', end + '</div><footer class="entry-footer">', 1)


def p(text, attrs=""):
    return f"<p{attrs}>{text}</p>"


def comments(items, title):
    cs = "".join(f'<li class="comment"><p>{t}</p><p>{m}</p></li>' for m, t in items)
    return f'<section id="comments" class="comments-area"><h2>{title}</h2><ol class="comment-list">{cs}</ol></section>'


# --- 1. a closing signature, the page's only date ---
add("sign-comma-de", "de", "2017-07-12", news("de", p("Anna Beispiel, 12. Juli 2017")))
add("sign-dash-num-de", "de", "2017-07-12", news("de", p("— Maria Muster, 12.07.2017")))
add("sign-place-den-de", "de", "2017-07-12", news("de", p("Berlin, den 12. Juli 2017")))
add("sign-name-place-de", "de", "2017-07-12", news("de", p("Anna Beispiel, Berlin, 12.07.2017")))
add("sign-em-right-de", "de", "2017-07-12", news("de", p("<em>Anna Beispiel, 12. Juli 2017</em>", ' style="text-align:right"')))
add("sign-div-de", "de", "2017-07-12", news("de", '<div class="autor">Text und Fotos: Anna Beispiel, 12.07.2017</div>'))
add("sign-blog-de", "de", "2017-07-12", blog("de", p("Eure Anna, 12. Juli 2017")))
add("sign-le-fr", "fr", "2019-03-03", news("fr", p("Jean Exemple, le 3 mars 2019")))
add("sign-dash-fr", "fr", "2019-03-03", news("fr", p("– Jeanne Exemple, 03/03/2019")))
add("sign-place-le-fr", "fr", "2019-03-03", news("fr", p("Lyon, le 3 mars 2019")))
add("sign-blog-fr", "fr", "2019-03-03", blog("fr", p("<strong>Jeanne Exemple</strong>, le 3 mars 2019")))
add("sign-dash-en", "en", "2019-03-03", en_page(end=p("— Jane Example, March 3, 2019")))
add("sign-place-en", "en", "2019-03-03", en_page(end=p("Jane Example, Springfield, 3 March 2019")))
add("sign-br-en", "en", "2019-03-03", en_page(end=p("Jane Example<br>Springfield, March 3, 2019")))
# --- 2. a better source dates the page: it wins over the signature ---
add("sign-ld-de", "de", "2017-07-11", news("de", p("Anna Beispiel, 12. Juli 2017"), head=eu.ld("2017-07-11T18:00:00+02:00")))
add("sign-og-fr", "fr", "2019-03-02", news("fr", p("Jean Exemple, le 3 mars 2019"),
    head='<meta property="article:published_time" content="2019-03-02T18:00:00+01:00">'))
add("sign-header-de", "de", "2017-07-11", news("de", p("Anna Beispiel, 12.07.2017"), header=p("Veröffentlicht am 11.07.2017", ' class="meta"')))
add("sign-time-en", "en", "2019-03-02", en_page(header='<p class="byline">By Jane Example, <time datetime="2019-03-02">March 2, 2019</time></p>',
    end=p("— Jane Example, March 3, 2019")))
# --- 3. closing lines that must not date the page ---
add("sign-year-only-de", "de", "", news("de", p("Anna Beispiel, Erstveröffentlichung 2015")))
add("copyright-end-de", "de", "", news("de", p("© Anna Beispiel 2017")))
add("copyright-end-en", "en", "", en_page(end=p("Copyright © 2019 Jane Example. All rights reserved.")))
add("cmt-sign-de", "de", "", news("de", after=comments([("Max Muster, 13. Juli 2017", "Endlich eine Brücke!")], "Kommentare")))
add("cmt-sign-fr", "fr", "", news("fr", after=comments([("— Marc Exemple, le 4 mars 2019", "Enfin !")], "Commentaires")))
add("quoted-letter-de", "de", "", eu.page("de").replace("<p>Kritiker",
    "<blockquote><p>Wir bitten um eine rasche Entscheidung.</p><p>Hans Meier, 3. März 2015</p></blockquote><p>Kritiker", 1))
add("closing-sentence-en", "en", "", en_page(end=p("The council first discussed a bridge at a meeting on March 3, 2015, "
    "when the plan was rejected for lack of money and the idea was shelved for several years.")))

if __name__ == "__main__":
    pp.cli(P)
