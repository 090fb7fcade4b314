"""Made-up English, German and French guide and news pages (forty-eighth session, dates60) whose publication is
declared only to search engines — schema.org data (JSON-LD, or microdata `<meta itemprop>`) and no publication
`<meta>` in the head — while the page shows its readers only a change a week or more later ("Last updated: …",
"Zuletzt aktualisiert: …", "Mis à jour le …", or that day unlabelled under the byline), the structured change on the
same day. The shown change is the page's date of record. Guards that keep the publication: a head `<meta>` naming
the publication (article:published_time, a generic "date"), the publication shown as well, a change only a day or a
few days later (a news story's update), a shown change that is not the structured change's day, a change shown only
in the footer or a comment, no shown date at all.

Expected days were fixed and committed before any run ("" = no date). Pages use date-probes-eu.py's news template
(de, fr) and an English guide page of the same shape; fetch time 2024-09-10T10:00Z. Usage:
  python3 bench/date-probes-record.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/date-probes-record.py score
"""
import json

import probe_pages as pp

meta_probes = pp.load("meta")  # (the news template with English, the blog template)
eu, P = meta_probes.eu, []
line = pp.line

EN_TITLE = "How to choose a rain jacket for long walks"
EN_BODY = ["A rain jacket for long walks has to keep water out without trapping the heat your body makes on a climb, "
           "and the labels on the shelf rarely say how well a jacket does both.",
           "Start with the fabric: a membrane that breathes is worth the price on walks of more than a few hours, while "
           "a coated shell is fine for short trips around town and costs far less.",
           "Then look at the hood, the cuffs and the pockets, which decide more about a wet day than the fabric does "
           "once the jacket has been worn for a season or two."]


def en_page(head="", header="", end="", after=""):
    body = "".join(f"<p>{p}</p>" for p in EN_BODY)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{EN_TITLE} | Trail Notes</title>{head}'
            f'</head><body><header><nav><a href="/">Home</a> <a href="/guides">Guides</a></nav></header>'
            f'<main><article><h1>{EN_TITLE}</h1>{header}{body}{end}</article>{after}</main>'
            f'<footer><p>© 2024 Trail Notes</p></footer></body></html>')


def address(lang):
    return "https://example.com/guides/rain-jacket" if lang == "en" else eu.address(lang)


add = pp.adder(P, eu, address)


def ld(pub, mod=None, kind="Article"):
    d = {"@context": "https://schema.org", "@type": kind, "headline": "x", "datePublished": pub}
    if mod:
        d["dateModified"] = mod
    return f'<script type="application/ld+json">{json.dumps(d)}</script>'


def items(pub, mod):
    return (f'<meta itemprop="datePublished" content="{pub}"><meta itemprop="dateModified" content="{mod}">')


def news(lang, **kw):
    return eu.page(lang, **kw)


def footer(lang, text):
    return news(lang).replace("</body>", f'<div class="site-info"><p>{text}</p></div></body>', 1)


PUB, MOD = "2023-03-14T09:00:00+00:00", "2024-06-20T11:30:00+00:00"
DE_PUB, DE_MOD = "2023-03-14T09:00:00+01:00", "2024-06-20T11:30:00+02:00"

# --- 1. publication only in schema.org data, the page shows only its change a week or more later ---
add("guide-updated-en", "en", "2024-06-20", en_page(head=ld(PUB, MOD), header=line("By Jane Example · Last updated: June 20, 2024")))
add("guide-updated-on-en", "en", "2024-06-20", en_page(head=ld(PUB, MOD), header=line("Updated on Jun. 20, 2024", "byline")))
add("guide-unlabelled-en", "en", "2024-06-20", en_page(head=ld(PUB, MOD), header=line("June 20, 2024 by Jane Example")))
add("guide-microdata-en", "en", "2024-06-20", en_page(head=items(PUB, MOD), header=line("Last updated: June 20, 2024")))
add("guide-weeks-en", "en", "2024-06-20", en_page(head=ld("2024-06-03T08:00:00+00:00", MOD), header=line("Updated June 20, 2024")))
add("ratgeber-akt-de", "de", "2024-06-20", news("de", head=ld(DE_PUB, DE_MOD), header=line("Zuletzt aktualisiert: 20.06.2024")))
add("ratgeber-stand-de", "de", "2024-06-20", news("de", head=ld(DE_PUB, DE_MOD), header=line("Stand: 20. Juni 2024")))
add("guide-maj-fr", "fr", "2024-06-20", news("fr", head=ld(DE_PUB, DE_MOD), header=line("Mis à jour le 20 juin 2024")))
# --- 2. guards: the publication stays ---
add("og-pub-en", "en", "2023-03-14", en_page(head=ld(PUB, MOD) + f'<meta property="article:published_time" content="{PUB}">',
    header=line("Last updated: June 20, 2024")))
add("meta-date-de", "de", "2023-03-14", news("de", head=ld(DE_PUB, DE_MOD) + '<meta name="date" content="2023-03-14">',
    header=line("Zuletzt aktualisiert: 20.06.2024")))
add("both-shown-en", "en", "2023-03-14", en_page(head=ld(PUB, MOD),
    header=line("Published March 14, 2023 · Last updated: June 20, 2024")))
add("next-day-en", "en", "2023-03-14", en_page(head=ld(PUB, "2023-03-15T08:00:00+00:00"), header=line("Updated March 15, 2023")))
add("next-day-stand-de", "de", "2023-03-14", news("de", head=ld(DE_PUB, "2023-03-15T08:40:00+01:00"), header=line("Stand: 15.03.2023 08:40 Uhr")))
add("days-later-fr", "fr", "2023-03-14", news("fr", head=ld(DE_PUB, "2023-03-17T08:40:00+01:00"), header=line("Mis à jour le 17 mars 2023")))
add("other-day-en", "en", "2023-03-14", en_page(head=ld(PUB, MOD), header=line("Last updated: May 2, 2024")))
add("no-change-ld-en", "en", "2023-03-14", en_page(head=ld(PUB), header=line("Last updated: June 20, 2024")))
add("footer-change-de", "de", "2023-03-14", footer("de", "Letzte Änderung: 20.06.2024").replace("</head>", ld(DE_PUB, DE_MOD) + "</head>", 1))
add("nothing-shown-en", "en", "2023-03-14", en_page(head=ld(PUB, MOD)))
add("comment-change-en", "en", "2023-03-14", en_page(head=ld(PUB, MOD), after='<section id="comments"><h2>Comments</h2>'
    '<div class="comment"><p class="meta">Sam, June 20, 2024</p><p>Great guide, thanks!</p></div></section>'))

if __name__ == "__main__":
    pp.cli(P)
