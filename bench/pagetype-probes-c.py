"""Writes the third batch of page-type probes (fortieth session, ptype50): dated stories that declare themselves
stories but are filed where a site also keeps manuals or threads, or that declare the products they rate, and the
non-articles beside them that the same reading must still refuse (a manual page with the article default of its
theme, a shop's product page that declares an article, a forum thread filed under "community").

All text is invented. Each probe's expected type is written below with the page and was chosen before any jar
typed it. Run from the repository root; the pages go to the probes folder next to the earlier batches (c = stories,
q = other pages) and rows not yet in its expected.tsv are added at its end.
"""
import html as h
import json
from pathlib import Path

PROBES = Path("precis-extract/src/test/resources/pagetype-probes")
SITE = "https://warmhomes.example"
ROWS = []

HEAT = [
    "A heat pump moves warmth from the outside air into the house, even when the air outside feels cold to us.",
    "It works best in a home that keeps its heat, so loft insulation and draught-proofing come first.",
    "Radiators may need to be larger, because the water in them runs cooler than it does with a gas boiler.",
    "Most households need a unit of between five and eight kilowatts, depending on the size and age of the house.",
    "The outdoor unit hums quietly; it should stand on firm ground and at least a metre from the neighbour's window.",
    "Installers must be certified for the grant, and the survey they carry out should be written down and signed.",
    "Running costs depend on the electricity tariff, and some suppliers now sell a cheaper rate for heat pump owners.",
    "A hot water cylinder is needed as well, which can be a problem in a small flat without an airing cupboard.",
    "Grants of several thousand pounds are available, although the rules change from year to year.",
    "Owners who switched last winter told us the house felt more evenly warm, if slower to heat up in the morning.",
]


def esc(s):
    return h.escape(s, quote=True)


def chrome(body):
    nav = "".join(f"<li><a href='{SITE}/{s}'>{s.title()}</a></li>" for s in
                  ("guides", "reviews", "news", "grants", "installers", "community", "shop", "about"))
    foot = "".join(f"<li><a href='{SITE}/{s}'>{s.title()}</a></li>" for s in ("contact", "privacy", "terms", "careers"))
    return (f"<header class='site-head'><a class='logo' href='{SITE}/'>Warm Homes</a>"
            f"<a class='btn btn-cta' href='{SITE}/newsletter'>Get the newsletter</a></header><nav><ul>{nav}</ul></nav>"
            f"{body}<footer><ul>{foot}</ul><p>Warm Homes Ltd.</p></footer>")


def page(pid, expected, shape, title, body, url, og=None, ld=None, published=None):
    tags = [f"<link rel='canonical' href='{url}'>",
            og and f"<meta property='og:type' content='{og}'><meta property='og:title' content='{esc(title)}'>",
            published and f"<meta property='article:published_time' content='{published}'>",
            ld and f"<script type='application/ld+json'>{json.dumps(ld)}</script>"]
    meta = "".join(t for t in tags if t)
    doc = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(title)} | Warm Homes</title>{meta}"
           f"</head><body>{chrome(body)}</body></html>")
    ROWS.append((pid, expected, shape))
    (PROBES / f"{pid}.html").write_text(doc + "\n", encoding="utf-8")


def share_bar():
    return "<div class='share'>" + "".join(f"<button class='btn share-{n}'>{n}</button>" for n in ("Share", "Post", "Email", "Copy")) + "</div>"


def signup():
    return ("<form class='signup'><input name='email'><input name='name'><button class='btn btn-primary'>Subscribe</button></form>")


# ---------------------------------------------------------------- articles
page("c01-dated-guide-guides-folder", "article",
     "a dated guide, og:type article and a publication time, no byline, ten short paragraphs under /guides/, share buttons and a sign-up form",
     "Is a heat pump right for an old house?",
     "<main><article><h1>Is a heat pump right for an old house?</h1>" + share_bar() +
     "".join(f"<p>{t}</p>" for t in HEAT) + signup() + "</article></main>",
     f"{SITE}/guides/heat-pumps-old-houses", og="article", published="2025-02-03T09:00:00Z")
ITEMS = ["Northwind Air 5", "Fjordtherm Compact", "Heatwell Eco 8", "Polaris Home 6", "Tidewater Split 7"]
page("c02-review-roundup-products", "article",
     "a signed, dated review roundup (NewsArticle and og:type article) that declares the five products it rates, each with a shop link",
     "The best heat pumps for small homes",
     "<main><article><h1>The best heat pumps for small homes</h1><div class='byline'>By <a href='/people/ines-larch'>Ines Larch</a> "
     "<time datetime='2025-02-03'>3 February 2025</time></div>" + share_bar() +
     f"<p>{HEAT[3]}</p>" +
     "".join(f"<h2>{i + 1}. {n}</h2><p class='rating'>Our rating: {5 - i % 2} out of 5 <span class='price'>£{3999 + i * 300}</span> <span class='price price-was'>was £{4399 + i * 300}</span></p><p>{HEAT[(i + 4) % len(HEAT)]}</p>"
             f"<p><a class='shop-link' href='https://shop.example/{i}'>Check today's price of the {n} heat pump at our first partner shop, with delivery and fitting</a></p>"
             f"<p><a class='shop-link' href='https://other.example/{i}'>See the {n} heat pump and its current offers at a second partner shop near you</a></p>"
             f"<p><a class='shop-link' href='https://third.example/{i}'>Compare the {n} heat pump with similar units at a third partner shop online</a></p>"
             for i, n in enumerate(ITEMS)) + signup() + "</article></main>",
     f"{SITE}/reviews/best-heat-pumps", og="article",
     ld=[{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The best heat pumps for small homes",
          "datePublished": "2025-02-03T09:00:00Z", "author": {"@type": "Person", "name": "Ines Larch"}}] +
        [{"@context": "https://schema.org", "@type": "Product", "name": n,
          "review": {"@type": "Review", "author": {"@type": "Person", "name": "Ines Larch"}}} for n in ITEMS])
page("c03-dated-post-topics-folder", "article",
     "a dated blog post (BlogPosting) filed under /topics/<topic>/, no byline, six paragraphs and a list of twelve links to the topic's other posts",
     "Why our grant rules changed this spring",
     "<main><article><h1>Why our grant rules changed this spring</h1>" + share_bar() +
     "".join(f"<p>{t}</p>" for t in HEAT[5:9]) + "<h2>More on grants</h2><ul>" +
     "".join(f"<li><a href='{SITE}/topics/grants/post-{i}'>Another post about grants, number {i}</a></li>" for i in range(12)) +
     "</ul>" + signup() + "</article></main>",
     f"{SITE}/topics/grants/grant-rules-changed",
     ld={"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Why our grant rules changed this spring",
         "datePublished": "2025-04-14T08:00:00Z"}, published="2025-04-14T08:00:00Z")

# ---------------------------------------------------------------- non-articles
page("q01-manual-page-guides-undated", "documentation",
     "an installer's manual page under /guides/ with its theme's og:type article, no date, steps and three code-like setting blocks",
     "Commissioning the controller",
     "<main><h1>Commissioning the controller</h1><p>Before you start, switch the unit off at the isolator.</p><ol>" +
     "".join(f"<li>Step {i}: set parameter P{i} as shown below.</li>" for i in range(1, 9)) + "</ol>" +
     "".join(f"<pre><code>P{i}={i * 5}\nMODE=heat\nFLOW_MAX={40 + i}</code></pre>" for i in range(3)) + "</main>",
     f"{SITE}/guides/installer/commissioning-the-controller", og="article")
page("q02-product-page-declares-article", "product",
     "a shop's product page that declares Product and og:type article with a publication time, unsigned: price, cart and specifications",
     "Northwind Air 5 heat pump",
     "<main><h1>Northwind Air 5 heat pump</h1><span class='price'>£4,999</span><span class='price price-was'>£5,499</span>"
     "<button class='btn add-to-cart'>Add to basket</button><button class='btn wishlist'>Save</button>"
     f"<p>{HEAT[0]}</p><p>{HEAT[4]}</p><table>" +
     "".join(f"<tr><td>Spec {i}</td><td>{i * 3} units</td></tr>" for i in range(10)) + "</table>" +
     "".join(f"<div class='related-product'><a href='{SITE}/shop/item-{i}'>Other unit {i}</a><span class='price'>£{3000 + i * 250}</span>"
             f"<button class='btn add-to-cart'>Add</button></div>" for i in range(6)) + "</main>",
     f"{SITE}/shop/heat-pumps/northwind-air-5", og="article", published="2025-01-10T10:00:00Z",
     ld={"@context": "https://schema.org", "@type": "Product", "name": "Northwind Air 5",
         "offers": {"@type": "Offer", "price": "4999", "priceCurrency": "GBP"}})
page("q03-forum-thread-community-dated", "forum",
     "a forum thread under /community/ with the forum package's og:type article and a publication time: a question and twelve replies with user names and avatars",
     "Heat pump noisy at night?",
     "<main><h1>Heat pump noisy at night?</h1>" +
     "".join(f"<div class='post'><div class='post-author'><img class='avatar' src='/u/{i}.png'><a class='username' href='/u/member{i}'>member{i}</a></div>"
             f"<time datetime='2025-03-0{i % 9 + 1}T20:00:00Z'>{i % 9 + 1} Mar</time><div class='post-body'><p>{HEAT[i % len(HEAT)]}</p></div>"
             f"<button class='btn reply'>Reply</button><button class='btn like'>Like</button></div>" for i in range(13)) + "</main>",
     f"{SITE}/community/heating/noise", og="article", published="2025-03-01T20:00:00Z")

table = PROBES / "expected.tsv"
known = {line.split("\t", 1)[0] for line in table.read_text(encoding="utf-8").splitlines()}
new = "".join("\t".join(row) + "\n" for row in ROWS if row[0] not in known)
with table.open("a", encoding="utf-8") as out:
    out.write(new)
print(f"{len(ROWS)} probes written, {new.count(chr(10))} new rows in expected.tsv")
