"""Made-up news pages (forty-eighth session, byline60) probing author boxes: the page marks no byline (no "By", no
author class, no rel=author) and its metadata names no person (none, the site's name, "Ledger Team"), but after the
article a box shows a photo, the writer's name alone on a line (a heading, a paragraph, or the photo's alt) and a bio
that opens with that name or its first word and a verb ("Jane Roe is a reporter …", "Anna Beispiel ist …", "Jean
Dupont est …", "María Ejemplo es …", "Marco Esempio è …"). And the boxes that name no writer: two boxes naming two
people (a team), a company's box with its logo ("Acme Bridges is a leading …"), a name and bio in the article's text
without a photo, a profile box of the person interviewed when the page has a byline or a person in its metadata.

Expected titles and authors were fixed and committed before any run; title-probes.py's pages (its `page`) and its
scoring (WCXB's title rule; the list of people in any order). Usage:
  python3 bench/author-box-probes.py write PROBES.jsonl
  java -jar precis.jar extract --input PROBES.jsonl | python3 bench/author-box-probes.py score
"""
import importlib.util, os
import probe_pages as pp

_spec = importlib.util.spec_from_file_location("title_probes", os.path.join(os.path.dirname(__file__), "title-probes.py"))
tp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tp)

T, page, HOST, FETCHED = tp.T, tp.page, tp.HOST, tp.FETCHED
P = []

BIO = {
    "en": ("is a city reporter who covers transport and planning. She joined the paper in 2019.", "covers"),
    "de": ("ist Redakteurin im Lokalressort und schreibt über Verkehr und Stadtplanung.", "schreibt"),
    "fr": ("est journaliste au service Ville et suit les transports et l'urbanisme.", "suit"),
    "es": ("es periodista de la sección de Ciudad y escribe sobre transporte y urbanismo.", "escribe"),
    "it": ("è giornalista della redazione Città e scrive di trasporti e urbanistica.", "scrive"),
}
NAME = {"en": "Jane Roe", "de": "Anna Beispiel", "fr": "Jean Dupont", "es": "María Ejemplo", "it": "Marco Esempio"}
PHOTO = '<img src="/media/people/{slug}.jpg" alt="{alt}" width="96" height="96">'


def add(pid, lang, authors, html):
    P.append((pid, {"title": T[lang], "authors": authors}, {"html": html, "url": HOST[lang], "fetched": FETCHED}))


def after(html, box):
    """The page with `box` after the article, inside its main column."""
    return html.replace("</article>", "</article>" + box, 1)


def box(name, bio, alt=None, role=""):
    """An author box: the photo in a column of its own, the name in an h3, an optional role, the bio."""
    slug = name.lower().replace(" ", "-")
    return (f'<section class="mt-12"><div class="flex gap-6"><div class="w-24">'
            f'{PHOTO.format(slug=slug, alt=name if alt is None else alt)}</div>'
            f'<div class="flex-1"><h3>{name}</h3>{role}<p>{bio}</p></div></div></section>')


def meta_author(name):
    return f'<meta name="author" content="{name}">'


# --- 1. a box after the article, in each language; the metadata names no person ---
for lang in ("en", "de", "fr", "es", "it"):
    n = NAME[lang]
    add(f"box-h3-{lang}", lang, [n], after(page(lang, h1=T[lang]), box(n, f"{n} {BIO[lang][0]}")))
# the metadata names the site or a team, not a person
add("box-meta-site-en", "en", ["Jane Roe"], after(page("en", h1=T["en"], head=meta_author("The Ledger")),
                                                  box("Jane Roe", f"Jane Roe {BIO['en'][0]}")))
add("box-meta-team-de", "de", ["Anna Beispiel"], after(page("de", h1=T["de"], head=meta_author("Stadtblatt Team")),
                                                       box("Anna Beispiel", f"Anna Beispiel {BIO['de'][0]}")))
add("box-ld-org-fr", "fr", ["Jean Dupont"], after(page("fr", h1=T["fr"], head=tp.art("fr", {"@type": "Organization", "name": "Le Quotidien du Canal"})),
                                                  box("Jean Dupont", f"Jean Dupont {BIO['fr'][0]}")))
# the bio opens with the first name only, a role between the name and the bio, the name in a paragraph
add("box-first-name-en", "en", ["Jane Roe"], after(page("en", h1=T["en"]),
    box("Jane Roe", f"Jane {BIO['en'][1]} transport and planning for the city desk.", role="<h6>City Reporter</h6>")))
add("box-first-name-es", "es", ["María Ejemplo"], after(page("es", h1=T["es"]),
    box("María Ejemplo", f"María {BIO['es'][0]}", role="<p>Periodista</p>")))
add("box-p-name-it", "it", ["Marco Esempio"], after(page("it", h1=T["it"]), box("Marco Esempio", f"Marco Esempio {BIO['it'][0]}")
    .replace("<h3>Marco Esempio</h3>", '<p class="nome">Marco Esempio</p>')))
# a single name ("Maya"), said twice beside the photo
add("box-one-name-en", "en", ["Maya"], after(page("en", h1=T["en"], head=meta_author("Ledger Team")),
                                             box("Maya", "Maya is the founder of the Ledger's city desk and edits its transport coverage.")))
# no name line: the photo's alt names the person, the bio follows the photo
add("box-alt-en", "en", ["Jane Roe"], after(page("en", h1=T["en"]),
    '<div class="bio"><p>' + PHOTO.format(slug="jane-roe", alt="Jane Roe") + f'</p><p>Jane Roe {BIO["en"][0]}</p></div>'))
add("box-alt-de", "de", ["Anna Beispiel"], after(page("de", h1=T["de"]),
    '<div class="bio"><p>' + PHOTO.format(slug="anna-beispiel", alt="Anna Beispiel") + f'</p><p>Anna Beispiel {BIO["de"][0]}</p></div>'))

# --- 2. boxes that name no writer, or not the page's writer ---
# a team: two people, each with photo and bio
add("no-two-people-en", "en", [], after(page("en", h1=T["en"]),
    box("Jane Roe", f"Jane Roe {BIO['en'][0]}") + box("John Doe", "John Doe is a photographer who has worked for the paper since 2015.")))
# a company's box with its logo
add("no-company-en", "en", [], after(page("en", h1=T["en"]),
    box("Acme Bridges", "Acme Bridges is a leading engineering company that designs footbridges across Europe.")))
add("no-company-de", "de", [], after(page("de", h1=T["de"]),
    box("Muster Brückenbau", "Muster Brückenbau ist ein führendes Unternehmen für Brücken aus Stahl und Holz.")))
# a name and bio in the article's text, no photo beside them
add("no-photo-en", "en", [], page("en", h1=T["en"]).replace("</article>",
    "<h3>John Doe</h3><p>John Doe is the council's chief engineer and has led the project since 2021.</p></article>", 1))
# the page has a byline; the box profiles the person interviewed
add("by-and-box-en", "en", ["Jane Roe"], after(page("en", h1=T["en"], byline=tp.by("By Jane Roe")),
    box("John Doe", "John Doe is the council's chief engineer and has led the project since 2021.")))
# the metadata names the writer; the box profiles someone else
add("meta-and-box-fr", "fr", ["Claire Martin"], after(page("fr", h1=T["fr"], head=meta_author("Claire Martin")),
    box("Jean Dupont", "Jean Dupont est l'ingénieur en chef de la ville et dirige le projet depuis 2021.")))

if __name__ == "__main__":
    pp.cli(P, tp.score, ensure_ascii=False)
