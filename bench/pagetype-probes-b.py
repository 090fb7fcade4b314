"""Writes the second batch of page-type probes (thirty-eighth session, ptype48): made-up article pages in shapes a
page-type check tends to refuse (briefs under link lists, live blogs of one-line entries, photo stories, interviews,
a story under an unnamed comment thread, a story in a section front's template, pages without an address or
metadata, transcripts, fiction, letters, results, corrections, code in a post, a review with a shop box, ...) and
non-article pages written in paragraphs that a page-type check tends to keep (a firm's service page, policies, a job,
a course, a product without markup, help-centre articles, a forum thread without markup, team pages, FAQs, ...).

Every text is made up for the probes. The expected types were fixed in this file before the classifier saw any
page. Usage (from the repository root): python3 bench/pagetype-probes-b.py, which writes
precis-extract/src/test/resources/pagetype-probes/{b,m}NN-*.html and appends their rows to expected.tsv.
"""
import html as h
import os

DIR = "precis-extract/src/test/resources/pagetype-probes"
SITE = "https://harbourgazette.example"
ROWS = []

TOWN = [
    "The harbour authority said the work would start in the second week of May and last until the end of the summer.",
    "Engineers found that two sections of the old wall had moved by several centimetres during the winter storms.",
    "Fishermen who moor on the inner quay will be offered berths at the marina for the duration of the repairs.",
    "The council's transport committee approved the plan on Tuesday evening after a debate that lasted almost two hours.",
    "Residents on Quay Street have complained for years about lorries using the narrow road as a short cut to the ferry.",
    "A spokesperson for the ferry company said timetables would not change, although some crossings might be busier.",
    "The cost of the scheme, about four million pounds, will be shared between the council and a national coastal fund.",
    "Local traders said they welcomed the repairs but feared that months of noise and closed footpaths would keep visitors away.",
    "The lifeboat station will stay open throughout, and its crews have been shown the temporary route to the slipway.",
    "An exhibition about the history of the harbour, which was built in the 1850s, opens at the town museum next month.",
    "Councillor Maria Dunmore said the town could not afford to wait for another storm to finish what the last one started.",
    "The work will be carried out at low tide where possible, which means some crews will start before six in the morning.",
    "Schoolchildren from the primary on Church Hill have been invited to bury a time capsule behind the new section.",
    "The last major repair to the wall was made in 1978, after a tidal surge flooded the lower town and the fish market.",
    "Visitors are asked to follow the signs to the north car park, which will have two hundred extra spaces from April.",
    "Questions about the closures can be sent to the harbour office, which has set up a weekly drop-in session at the library.",
]
SCIENCE = [
    "Researchers at the university's marine station have counted more grey seals on the outer sandbank than in any year since records began.",
    "The survey, carried out by drone over three days in October, recorded just over four hundred animals, including ninety pups.",
    "Dr Helen Cray, who led the count, said cleaner water and a ban on netting near the bank had probably helped the colony.",
    "She warned, however, that walkers and dogs on the beach at low tide could still disturb mothers during the pupping season.",
    "The team now plans to fit small tags to a dozen seals to learn how far they travel to feed during the winter months.",
    "Funding for the tags came from a regional wildlife trust and from readers of this paper, who raised twelve thousand pounds last spring.",
    "Seal numbers along this coast fell sharply in the 1980s, when a virus killed almost half of the animals in the North Sea.",
    "The results will be published in a journal next year, and the station will hold an open day for families in the spring.",
]
SERVICE = [
    "Our team of chartered surveyors has helped homeowners, landlords and small businesses across the county for more than twenty years.",
    "We carry out building surveys, damp and timber reports, party wall agreements and valuations for probate and for lenders.",
    "Every survey starts with a free call, in which one of our surveyors listens to what you need and explains what we would inspect.",
    "Once you have booked, we visit the property within five working days and send a written report within a week of the visit.",
    "Reports are written in plain language, with photographs of every defect we find and a clear estimate of what repairs may cost.",
    "We are regulated by the professional body for surveyors and carry full indemnity insurance for all of the work we undertake.",
    "Fees depend on the size, age and type of the property; most three-bedroom houses cost between four and six hundred pounds to survey.",
    "If you are not sure which survey you need, our guide to survey levels compares them side by side, or you can simply ask us.",
]


def esc(s):
    return h.escape(s, quote=True)


def chrome_top(name="The Harbour Gazette", base=SITE):
    nav = "".join(f"<li><a href='{base}/{s}'>{s.title()}</a></li>" for s in
                  ("news", "sport", "business", "opinion", "lifestyle", "travel", "weather", "puzzles", "video", "obituaries",
                   "letters", "events", "property", "jobs"))
    return (f"<div class='cookie-notice'><p>This site uses cookies.</p><button>OK</button></div>"
            f"<header class='masthead'><a class='logo' href='{base}/'>{name}</a><a class='btn' href='{base}/subscribe'>Subscribe</a>"
            f"<a href='{base}/account'>My account</a></header><nav class='primary'><ul>{nav}</ul></nav>")


def chrome_bottom(base=SITE):
    links = "".join(f"<li><a href='{base}/{s}'>{s.replace('-', ' ').title()}</a></li>" for s in
                    ("about-us", "contact", "advertise", "privacy-policy", "terms", "careers", "accessibility", "sitemap"))
    return f"<footer class='site-foot'><ul>{links}</ul><p>Copyright The Harbour Gazette Ltd.</p></footer>"


def page(pid, expected, shape, title, body, url=None, og=None, ld=None, head="", lang="en", name="The Harbour Gazette",
         base=SITE):
    meta = f"<link rel='canonical' href='{url}'>" if url else ""
    if og:
        meta += f"<meta property='og:type' content='{og}'><meta property='og:title' content='{esc(title)}'>"
    if ld:
        meta += f"<script type='application/ld+json'>{ld}</script>"
    doc = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{esc(title)} | {name}</title>{meta}{head}"
           f"</head><body>{chrome_top(name, base)}{body}{chrome_bottom(base)}</body></html>")
    ROWS.append((pid, expected, shape))
    with open(os.path.join(DIR, pid + ".html"), "w", encoding="utf-8") as f:
        f.write(doc + "\n")


def paras(sentences, per=3, start=0, count=None):
    s = sentences[start:] + sentences[:start]
    if count is not None:
        s = (s * (count // len(s) + 1))[:count]
    return "".join("<p>" + " ".join(s[i:i + per]) + "</p>" for i in range(0, len(s), per))


def byline(name="Rosa Penhallow", iso="2024-03-12T08:30:00Z", shown="12 March 2024"):
    return (f"<div class='byline'><span class='author'>By <a href='{SITE}/profile/{name.lower().replace(' ', '-')}'>{name}</a></span> "
            f"<time datetime='{iso}'>{shown}</time></div>")


def teasers(n, section="news", cls="card", excerpt=True, heading="h3"):
    out = []
    for i in range(n):
        ex = f"<p>{esc(TOWN[i % len(TOWN)][:90])}</p>" if excerpt else ""
        out.append(f"<div class='{cls}'><a href='{SITE}/{section}/item-{i}-headline'><img src='/img/{i}.jpg' alt=''></a>"
                   f"<{heading}><a href='{SITE}/{section}/item-{i}-headline'>Another headline about the town, number {i}</a></{heading}>{ex}</div>")
    return "".join(out)


def news_ld(kind, headline, author="Rosa Penhallow", date="2024-03-12T08:30:00Z"):
    return ('{"@context":"https://schema.org","@type":"%s","headline":"%s","datePublished":"%s",'
            '"author":{"@type":"Person","name":"%s"}}' % (kind, headline, date, author))


# ---------------------------------------------------------------- articles
page("b01-brief-related-list", "article", "70-word brief, og article, byline and date, then a 15-link related list in the story",
     "Ferry fares to rise in April",
     "<article><h1>Ferry fares to rise in April</h1>" + byline() +
     "<p>Fares on the island ferry will rise by six per cent from the first of April, the operator said on Monday. A return "
     "ticket for a car and two adults will cost fifty-eight pounds. Season tickets for islanders are frozen for another year, "
     "and children under five still travel free.</p><div class='related'><h2>Related</h2><ul>" +
     "".join(f"<li><a href='{SITE}/news/ferry-story-{i}'>Earlier ferry story number {i} about timetables and fares</a></li>" for i in range(15)) +
     "</ul></div></article>", url=f"{SITE}/news/ferry-fares-to-rise-in-april", og="article")
page("b02-brief-dateline-bare", "article", "90-word dateline brief, no metadata, id address, a 20-teaser 'latest' column in a div",
     "Seal count reaches record",
     "<div class='layout'><main><h1>Seal count reaches record</h1><span class='date'>12 March 2024</span>"
     "<p>PORTHAVEN, 12 March (Harbour Gazette) - " + " ".join(SCIENCE[:3]) + "</p></main><div class='latest-col'><h2>Latest</h2>" +
     teasers(20, excerpt=False) + "</div></div>", url=f"{SITE}/news/4471823")
page("b03-live-blog-one-liners", "article", "live blog of 25 one-line entries with time elements, og article, no JSON-LD",
     "Live: storm closes coast road",
     "<article><h1>Live: storm closes coast road</h1>" + byline() + "<div class='live-feed'>" +
     "".join(f"<div class='entry'><time datetime='2024-03-12T{8 + i // 4:02d}:{(i * 13) % 60:02d}:00Z'>{8 + i // 4:02d}:{(i * 13) % 60:02d}</time>"
             f"<p>{esc(TOWN[i % len(TOWN)][:80])}</p></div>" for i in range(25)) + "</div></article>",
     url=f"{SITE}/news/live-storm-closes-coast-road", og="article")
page("b04-photo-story-figcaptions-bare", "article", "photo story of 12 figures with one-sentence captions, one intro paragraph, no metadata",
     "Spring fair in pictures",
     "<main><h1>Spring fair in pictures</h1><p>Thousands came to the green on Saturday for the first spring fair since the "
     "new bandstand was built, with a dog show, a tug of war between the two lifeboat crews and a cake stall that sold out by noon.</p>" +
     "".join(f"<figure><img src='/fair/{i}.jpg' alt=''><figcaption>{esc(TOWN[i % len(TOWN)][:70])} Photograph: Ana Vale</figcaption></figure>"
             for i in range(12)) + "</main>", url=f"{SITE}/in-pictures/spring-fair-in-pictures")
page("b05-interview-bold-questions", "article", "interview with bold one-line questions, NewsArticle JSON-LD",
     "'The seals came back because we left them alone'",
     "<article><h1>'The seals came back because we left them alone'</h1>" + byline() +
     "<p>Dr Helen Cray has counted seals on the outer sandbank for nineteen years. We asked her about the record count.</p>" +
     "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in [
         ("How many did you count?", SCIENCE[1] + " " + SCIENCE[2]),
         ("Why now?", SCIENCE[6] + " It took a long time for the colony to recover."),
         ("What worries you?", SCIENCE[3]),
         ("What comes next?", SCIENCE[4] + " " + SCIENCE[5]),
         ("Will readers be able to visit?", SCIENCE[7])]) + "</article>",
     url=f"{SITE}/news/the-seals-came-back-interview", ld=news_ld("NewsArticle", "The seals came back"))
page("b06-opinion-unnamed-comments", "article", "opinion column, then 80 readers' comments in a box whose name no comment rule knows (avatars, names, times, reply buttons)",
     "The harbour wall is everyone's problem",
     "<article><h1>The harbour wall is everyone's problem</h1>" + byline("Tom Quiller") + paras(TOWN, 3, 4, 12) +
     "</article><section class='reader-talk'><h2>80 responses</h2>" +
     "".join(f"<div class='talk-item'><img class='avatar' src='/u/{i}.png'><span class='user-name'>reader{i}</span>"
             f"<time datetime='2024-03-12T10:{i % 60:02d}:00Z'>{i % 9 + 1}h</time><p>I agree with the column, point {i}.</p>"
             f"<button class='btn-reply'>Reply</button><button class='btn-like'>Like</button></div>" for i in range(80)) + "</section>",
     url=f"{SITE}/opinion/the-harbour-wall-is-everyones-problem", og="article")
page("b07-story-long-related-ul", "article", "story of 500 words with a 40-link 'read more' list inside the article element",
     "Quay Street to close to lorries",
     "<article><h1>Quay Street to close to lorries</h1>" + byline() + paras(TOWN, 3, 0, 12) + "<h2>Read more</h2><ul>" +
     "".join(f"<li><a href='{SITE}/news/quay-{i}'>Quay Street story {i}: what the council decided and why</a></li>" for i in range(40)) +
     "</ul></article>", url=f"{SITE}/news/quay-street-to-close-to-lorries")
page("b08-story-in-front-template", "article", "story under a 12-card teaser strip of the section front's template, no og or JSON-LD",
     "Harbour wall repairs to start in May",
     "<main><section class='front-strip'>" + teasers(12, cls="teaser", heading="h2") + "</section><div class='story'>"
     "<h1>Harbour wall repairs to start in May</h1>" + byline() + paras(TOWN, 3, 0, 15) + "</div></main>",
     url=f"{SITE}/local/harbour-wall-repairs-to-start-in-may")
page("b09-no-address-no-metadata", "article", "350-word story, no canonical link, no og or JSON-LD, byline and date as text",
     "Museum to open harbour exhibition",
     "<div id='content'><h1>Museum to open harbour exhibition</h1><p class='by'>By Rosa Penhallow, 12 March 2024</p>" +
     paras(TOWN, 3, 9, 12) + "</div>")
page("b10-short-slug-no-metadata", "article", "400-word story at a one-word numbered address, no metadata, byline without a date",
     "Lifeboat crews train for the new slipway",
     "<div class='page'><h1>Lifeboat crews train for the new slipway</h1><div class='byline'>By Tom Quiller</div>" +
     paras(TOWN, 3, 8, 15) + "</div>", url=f"{SITE}/p/88213")
page("b11-podcast-transcript", "article", "podcast transcript in short speaker turns, og article, byline and date",
     "Transcript: the seal counters",
     "<article><h1>Transcript: the seal counters</h1>" + byline() +
     "".join(f"<p><b>{sp}:</b> {t}</p>" for sp, t in [
         ("HOST", "Welcome back."), ("HELEN", "Thanks for having me."), ("HOST", "So, four hundred seals?"),
         ("HELEN", SCIENCE[1]), ("HOST", "That's a lot of pups."), ("HELEN", "It is. We were surprised."),
         ("HOST", "Why now?"), ("HELEN", SCIENCE[2]), ("HOST", "And the dogs?"), ("HELEN", SCIENCE[3]),
         ("HOST", "What's next?"), ("HELEN", SCIENCE[4]), ("HOST", "Who paid?"), ("HELEN", SCIENCE[5]),
         ("HOST", "Thank you."), ("HELEN", "Thank you.")]) + "</article>",
     url=f"{SITE}/podcasts/transcript-the-seal-counters", og="article")
page("b12-short-fiction", "article", "a short story in a magazine: short dialogue paragraphs, byline, no date, og article",
     "The Night Ferry",
     "<article><h1>The Night Ferry</h1><p class='author'>Fiction by Ana Vale</p>" +
     "".join(f"<p>{t}</p>" for t in [
         "The ferry was late again.", "'Will it come?' asked the boy.", "'It always comes,' said his grandmother.",
         "They waited under the lamp by the ticket office, where the wind could not reach them.",
         "Out on the water a light moved, stopped, and moved again.", "'Is that it?'", "'That's the buoy.'",
         "The boy counted the flashes, lost count, and began again from one.",
         "At half past eleven the horn sounded beyond the point, long and low, and the gulls on the rail lifted all at once.",
         "'There,' she said.", "He did not answer. He was already running.",
         "The gangway came down with a clang, and the night smelled of diesel and salt and the chips from the kiosk.",
         "She took her time. She had met this ferry for forty years and it had never once left without her."]) + "</article>",
     url=f"{SITE}/lifestyle/fiction/the-night-ferry", og="article")
page("b13-weather-brief-table", "article", "weather brief: two short paragraphs and a five-day table, og article, date",
     "Mild week ahead after the storm",
     "<article><h1>Mild week ahead after the storm</h1>" + byline("Weather desk") +
     "<p>After the weekend's gales, the coming week should be calm and mild, with sunshine on Wednesday and Thursday.</p>"
     "<p>Rain returns on Saturday, but the forecasters expect no more than a fresh breeze along the coast.</p>"
     "<table><tr><th>Day</th><th>High</th><th>Low</th><th>Wind</th></tr>" +
     "".join(f"<tr><td>{d}</td><td>{11 + i}C</td><td>{4 + i}C</td><td>{10 + 2 * i} mph</td></tr>" for i, d in
             enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])) + "</table></article>",
     url=f"{SITE}/weather/mild-week-ahead-after-the-storm", og="article")
page("b14-story-with-forms", "article", "story with a newsletter sign-up form and a sign-in-to-comment form, byline and date, no og",
     "Library to stay open on Sundays",
     "<article><h1>Library to stay open on Sundays</h1>" + byline() + paras(TOWN, 3, 10, 9) +
     "<form class='newsletter-signup'><label>Email</label><input name='email'><input name='first'><input name='last'>"
     "<select name='freq'><option>Daily</option><option>Weekly</option></select><input type='checkbox' name='ok'>"
     "<button class='btn-primary'>Sign up</button></form>" + paras(TOWN, 3, 1, 6) +
     "</article><form class='login-to-comment'><input name='user'><input name='pass' type='password'><button class='btn'>Sign in to comment</button></form>",
     url=f"{SITE}/news/library-to-stay-open-on-sundays")
page("b15-book-review-buy-box", "article", "book review with a buy box of three shops' prices and add-to-cart buttons, og article",
     "Review: a history of the harbour",
     "<article><h1>Review: a history of the harbour</h1>" + byline("Ana Vale") + paras(TOWN, 3, 13, 12) +
     "<div class='buy-box'><h3>Buy the book</h3>" +
     "".join(f"<div class='shop-offer'><span class='price'>£{14 + i}.99</span><a class='btn add-to-cart' href='/buy/{i}'>Add to cart</a></div>"
             for i in range(3)) + "</div></article>", url=f"{SITE}/lifestyle/books/review-a-history-of-the-harbour", og="article")
page("b16-letters-page", "article", "letters to the editor: six short letters with titles and signers, og article, date, no byline",
     "Letters: the harbour wall, parking and the fair",
     "<article><h1>Letters: the harbour wall, parking and the fair</h1><time datetime='2024-03-12'>12 March 2024</time>" +
     "".join(f"<h3>{t}</h3><p>{TOWN[i]} {TOWN[i + 1]}</p><p class='signer'>{s}, Porthaven</p>" for i, (t, s) in enumerate([
         ("Repair it properly", "J. Mewes"), ("Parking plans", "A. Trewin"), ("A fine fair", "K. Bolitho"),
         ("Lorries", "P. Rowse"), ("Thank you, lifeboat", "M. Jago"), ("The museum", "S. Hosken")])) + "</article>",
     url=f"{SITE}/letters/letters-the-harbour-wall-parking-and-the-fair", og="article")
page("b17-results-brief-tables", "article", "weekend results: two paragraphs, a results table and a league table, og article, date",
     "Rovers go top after late winner",
     "<article><h1>Rovers go top after late winner</h1>" + byline("Sports desk") +
     "<p>Porthaven Rovers went top of the county league on Saturday with a header in the last minute against Mill Town.</p>"
     "<p>Harbour United drew at home, and the women's team won their fifth game in a row.</p><table>" +
     "".join(f"<tr><td>Team {i}</td><td>{i % 4}</td><td>-</td><td>{(i * 3) % 5}</td><td>Team {i + 10}</td></tr>" for i in range(10)) +
     "</table><table>" + "".join(f"<tr><td>{i + 1}</td><td>Club {i}</td><td>{20 - i}</td><td>{40 - 2 * i}</td></tr>" for i in range(12)) +
     "</table></article>", url=f"{SITE}/sport/rovers-go-top-after-late-winner", og="article")
page("b18-correction-notice", "article", "a 50-word correction, og article, date, no byline",
     "Correction: ferry fares",
     "<article><h1>Correction: ferry fares</h1><time datetime='2024-03-13'>13 March 2024</time><p>An article on 12 March said "
     "that season tickets for islanders would rise in April. They are frozen for another year. We are happy to make this clear "
     "and apologise for the error.</p></article>", url=f"{SITE}/news/correction-ferry-fares", og="article")
page("b19-tech-post-with-code", "article", "developer blog post with four code blocks, BlogPosting JSON-LD, byline and date",
     "How we moved our tide tables to a new database",
     "<article><h1>How we moved our tide tables to a new database</h1>" + byline("Ola Strand") +
     "".join(f"<p>{t}</p><pre><code>{c}</code></pre>" for t, c in [
         ("Our tide tables used to live in a spreadsheet that one person updated every Sunday night. When she went on holiday, "
          "nobody knew where the file was, so last winter we decided to move them into a real database with a small service in front.",
          "CREATE TABLE tide (port TEXT, at TIMESTAMP, height REAL);"),
         ("The first step was to write a loader that read the old sheets, one port at a time, and refused any row whose height was "
          "missing or whose time went backwards, which happened more often than any of us would like to admit.",
          "for row in sheet:\n    if row.height is None:\n        skip(row)"),
         ("Then we put a tiny web service in front of the table, so that the website, the app and the harbour office's screen all "
          "read the same numbers instead of three copies that drifted apart.",
          "GET /tides?port=porthaven&day=2024-03-12"),
         ("Finally we kept the old spreadsheet running for a month beside the new system and compared them every morning before "
          "switching it off for good. Nobody has mentioned the spreadsheet since.", "diff old.csv new.csv")]) + "</article>",
     url=f"{SITE}/blog/how-we-moved-our-tide-tables", ld=news_ld("BlogPosting", "How we moved our tide tables", "Ola Strand"))
page("b20-german-story-bare", "article", "German news story, no metadata, byline and date as text",
     "Neue Brücke über die Ems eröffnet",
     "<div class='inhalt'><h1>Neue Brücke über die Ems eröffnet</h1><p class='autor'>Von Jana Kröger, 12.03.2024</p>" +
     "".join(f"<p>{t}</p>" for t in [
         "Nach zwei Jahren Bauzeit ist die neue Fußgängerbrücke über die Ems am Dienstag eröffnet worden. Hunderte Menschen kamen "
         "zur Feier am Ufer, bei der die Bürgermeisterin das Band durchschnitt.",
         "Die Brücke verbindet die Altstadt mit dem neuen Wohngebiet am Hafen. Bisher mussten Fußgänger einen Umweg von fast zwei "
         "Kilometern über die Straßenbrücke nehmen.",
         "Die Baukosten lagen bei rund sechs Millionen Euro, etwas mehr als geplant. Ein Teil wurde vom Land übernommen.",
         "Radfahrer dürfen die Brücke ebenfalls nutzen, sollen aber an Wochenenden Rücksicht auf Spaziergänger nehmen, heißt es "
         "von der Stadt. Im Sommer soll am Ostufer noch ein kleiner Platz mit Bänken entstehen."]) + "</div>",
     url="https://emsbote.example/lokales/neue-bruecke-ueber-die-ems-eroeffnet", lang="de", name="Ems-Bote",
     base="https://emsbote.example")
page("b21-story-teasers-inside-article", "article", "story then ten heading teasers with images and excerpts inside the article element, og article",
     "New bus route links the estates to the station",
     "<article><h1>New bus route links the estates to the station</h1>" + byline() + paras(TOWN, 3, 2, 9) +
     "<div class='more-stories'><h2>More from the Gazette</h2>" + teasers(10, cls="more-item") + "</div></article>",
     url=f"{SITE}/news/new-bus-route-links-the-estates-to-the-station", og="article")
page("b22-advice-column", "article", "advice column: a reader's letter and the answer, og article, byline",
     "Dear Morwenna: my neighbour's boat blocks my view",
     "<article><h1>Dear Morwenna: my neighbour's boat blocks my view</h1>" + byline("Morwenna Hale") +
     "<p><em>My neighbour keeps a large boat on a trailer in his front garden. It blocks the view of the harbour from my "
     "kitchen window, and it has not moved in three years. Should I say something, or complain to the council? - Fed up, Quay Hill</em></p>"
     "<p>Dear Fed up, before you go to the council, knock on his door. People who keep boats they never sail often feel a "
     "little guilty about them, and he may be glad of a reason to sell it or move it to the boatyard.</p>"
     "<p>If a friendly word does not work, check whether your street has any rules about trailers in front gardens; some do. "
     "But a neighbour is for many years, and a view is worth less than a good relationship.</p>",
     url=f"{SITE}/lifestyle/dear-morwenna-my-neighbours-boat-blocks-my-view", og="article")

# ---------------------------------------------------------------- non-articles
FIRM = "https://pennantsurveyors.example"


def firm(pid, expected, shape, title, body, path, ld=None, og=None):
    page(pid, expected, shape, title, body, url=FIRM + path, name="Pennant Surveyors", base=FIRM, ld=ld, og=og)


def cta():
    return "<div class='cta-box'><a class='btn btn-primary' href='/book'>Book a survey</a><a class='btn' href='/call'>Call us</a></div>"


firm("m01-service-page-paragraphs", "other", "a firm's service page in long paragraphs with subheads and calls to action, at a slug address",
     "Building surveys", "<main><h1>Building surveys</h1>" + paras(SERVICE, 2) + cta() + "<h2>What we inspect</h2>" + paras(SERVICE, 2, 3) +
     cta() + "</main>", "/building-surveys")
firm("m02-privacy-policy", "other", "privacy policy in numbered sections of paragraphs",
     "Privacy policy", "<main><h1>Privacy policy</h1>" + "".join(
         f"<h2>{i + 1}. {t}</h2><p>We collect and use your personal information only as described in this section, and we keep it "
         f"no longer than we need to. {t} is explained here in plain terms; if anything is unclear, please write to our data "
         f"protection officer at the address below, who will answer within one month.</p>" for i, t in enumerate(
             ["Who we are", "What we collect", "How we use it", "Who we share it with", "How long we keep it", "Your rights",
              "Cookies", "Changes to this policy"])) + "</main>", "/privacy-policy")
firm("m03-job-posting", "other", "a job advertisement with duties, requirements and an apply button, JobPosting JSON-LD",
     "Trainee surveyor", "<main><h1>Trainee surveyor</h1><p>Full time, Porthaven office, salary from 24,000 pounds.</p>" +
     paras(SERVICE, 2, 0, 4) + "<h2>What you will do</h2><ul>" + "".join(f"<li>{t}</li>" for t in [
         "Join our surveyors on visits", "Write parts of our reports", "Measure and photograph properties",
         "Study for your professional exams"]) + "</ul><h2>About you</h2><p>You are curious, careful and happy to climb into lofts. "
     "A driving licence is essential; a degree is not.</p><a class='btn apply' href='/apply'>Apply now</a></main>", "/careers/trainee-surveyor",
     ld='{"@context":"https://schema.org","@type":"JobPosting","title":"Trainee surveyor"}')
page("m04-course-page", "other", "a college's course page: overview paragraphs, modules, fees and an apply button",
     "Diploma in Coastal Ecology",
     "<main><h1>Diploma in Coastal Ecology</h1>" + paras(SCIENCE, 2, 0, 4) + "<h2>Modules</h2><ul>" +
     "".join(f"<li>Module {i}: shore habitats and survey methods, part {i}</li>" for i in range(1, 9)) +
     "</ul><h2>Fees</h2><p>The course costs 2,400 pounds for the year; bursaries are available.</p>"
     "<a class='btn' href='/apply'>Apply now</a><a class='btn' href='/open-day'>Book an open day</a></main>",
     url="https://porthavencollege.example/courses/diploma-in-coastal-ecology", name="Porthaven College",
     base="https://porthavencollege.example")
page("m05-product-no-markup", "product", "a shop's product page without product markup: description, price, add to basket, specs",
     "Stoneware teapot, 1.2 litres",
     "<main><h1>Stoneware teapot, 1.2 litres</h1><div class='product-price'>£38.00</div><button class='add-to-basket'>Add to basket</button>"
     "<p>Thrown by hand in our workshop above the harbour, this teapot holds six cups and keeps them warm for longer than you "
     "would expect. Each one is glazed in the sea-green we mix ourselves, so no two are quite the same.</p>"
     "<p>Dishwasher safe, but we recommend washing it by hand to keep the glaze bright for years.</p>"
     "<table class='specs'><tr><td>Capacity</td><td>1.2 l</td></tr><tr><td>Height</td><td>16 cm</td></tr>"
     "<tr><td>Weight</td><td>900 g</td></tr></table><div class='delivery'>Free delivery over £50</div>"
     "<h2>You may also like</h2>" + "".join(f"<div class='item'><a href='/p/{i}'>Mug {i}</a><span class='price'>£{12 + i}</span></div>" for i in range(6)) +
     "</main>", url="https://seagreenpottery.example/p/stoneware-teapot-1-2l", name="Seagreen Pottery", base="https://seagreenpottery.example")
page("m06-help-centre-article", "documentation", "help-centre article (numbered steps, a side menu of other help articles) under an 'articles' folder",
     "How to reset your password",
     "<div class='help'><aside class='help-menu'><ul>" + "".join(f"<li><a href='/hc/en-us/articles/{100 + i}'>Help topic {i}</a></li>" for i in range(20)) +
     "</ul></aside><main><h1>How to reset your password</h1><p>If you have forgotten your password, you can set a new one from the sign-in page in a "
     "few minutes. You will need access to the email address on your account.</p><ol>" +
     "".join(f"<li>{t}</li>" for t in ["Open the sign-in page and choose 'Forgotten password'.", "Enter the email address you signed up with.",
                                        "Open the email we send you and follow the link within an hour.", "Choose a new password and confirm it."]) +
     "</ol><p>If the email does not arrive, check your spam folder, or contact our support team from the link below.</p>"
     "<p>Was this article helpful?</p><button>Yes</button><button>No</button></main></div>",
     url="https://help.tidecal.example/hc/en-us/articles/360012-how-to-reset-your-password", name="Tidecal Help",
     base="https://help.tidecal.example")
page("m07-forum-thread-plain", "forum", "a forum thread without forum markup: eight posts with user names, join dates and times, at a slug address",
     "Best way to store onions over winter?",
     "<main><h1>Best way to store onions over winter?</h1>" +
     "".join(f"<div class='post'><div class='post-author'><span class='username'>grower{i}</span><span class='member-since'>Member since 2019</span>"
             f"<span class='user-posts'>{120 + i} posts</span></div><time datetime='2024-03-{10 + i:02d}'>{10 + i} Mar</time>"
             f"<p>{t}</p><a class='reply-link' href='#reply'>Reply</a></div>" for i, t in enumerate([
                 "I grew far more onions than usual this year. Where do you all keep yours so they last until spring?",
                 "Plait them and hang them in a cool shed. Mine last until April most years.",
                 "Old tights work too, with a knot between each onion.", "Keep them dry above all else; damp is what rots them.",
                 "I use crates in the garage, one layer deep, and check them every couple of weeks.",
                 "Thanks all, I'll try the tights.", "Make sure they are properly dried before you store them.",
                 "Red onions never keep as well as the brown ones for me."])) +
     "<form class='reply-form'><textarea name='reply'></textarea><button>Post reply</button></form></main>",
     url="https://allotmenttalk.example/discuss/best-way-to-store-onions-over-winter", name="Allotment Talk", base="https://allotmenttalk.example")
page("m08-recipe-index", "listing", "a recipe section's index: 12 recipes with pictures, excerpts and cooking times",
     "Soups", "<main><h1>Soups</h1>" + "".join(
         f"<div class='recipe-card'><a href='/recipes/soups/soup-{i}'><img src='/s{i}.jpg'></a><h3><a href='/recipes/soups/soup-{i}'>Soup number {i} with leeks and beans</a></h3>"
         f"<p>A warming bowl for a cold evening, ready in about forty minutes with what is already in the cupboard.</p><span class='time'>{30 + i} min</span></div>"
         for i in range(12)) + "</main>", url="https://kitchenharbour.example/recipes/soups", name="Kitchen Harbour",
     base="https://kitchenharbour.example")
firm("m09-team-page", "other", "a firm's team page: eight people with a short biography each",
     "Our team", "<main><h1>Our team</h1>" + "".join(
         f"<div class='person'><img src='/team/{i}.jpg'><h3>{n}</h3><p class='role'>Surveyor</p><p>{n} joined the firm in {2005 + i} after "
         f"training in the city. She inspects houses and shops across the county and writes most of our damp reports, and in her spare "
         f"time she sails and sings in the harbour choir.</p></div>" for i, n in enumerate(
             ["Amy Rowe", "Beth Kitto", "Cara Nance", "Dina Pascoe", "Ella Couch", "Fern Tonkin", "Gwen Opie", "Hana Eddy"])) + "</main>",
     "/about/our-team")
firm("m10-faq-page", "other", "a firm's FAQ page: twelve questions with paragraph answers",
     "Frequently asked questions", "<main><h1>Frequently asked questions</h1>" + "".join(
         f"<h3>{q}</h3><p>{SERVICE[i % len(SERVICE)]} {SERVICE[(i + 3) % len(SERVICE)]}</p>" for i, q in enumerate([
             "Which survey do I need?", "How much does a survey cost?", "How soon can you visit?", "Do I need to be there?",
             "How long is the report?", "Can you survey a listed building?", "Do you cover the whole county?",
             "Are you insured?", "Can I talk to the surveyor afterwards?", "Do you do valuations?", "How do I pay?",
             "Can I cancel?"])) + "</main>", "/faq")
page("m11-app-feature-page", "other", "an app's feature page: hero, feature blocks, testimonials and price tiers",
     "Team calendar", "<main><section class='hero'><h1>Team calendar</h1><p>See who is on shift, on leave or on the water, all in one place.</p>"
     "<a class='btn btn-cta' href='/signup'>Start free trial</a></section>" + "".join(
         f"<div class='feature'><h3>{t}</h3><p>Plan the week in minutes and let everyone see changes the moment you make them, on the phone or the office screen.</p></div>"
         for t in ["Shifts", "Leave", "Tides", "Reminders", "Exports", "Permissions"]) +
     "".join(f"<blockquote class='testimonial'><p>It saved us hours every week.</p><cite>Harbour master {i}</cite></blockquote>" for i in range(3)) +
     "".join(f"<div class='plan'><h3>{p}</h3><span class='price'>£{c}</span><a class='btn' href='/signup'>Choose</a></div>" for p, c in
             [("Starter", 0), ("Team", 6), ("Business", 12)]) + "</main>",
     url="https://tidecal.example/features/team-calendar", name="Tidecal", base="https://tidecal.example")
page("m12-hotel-page", "other", "a small hotel's page: description, rooms, amenities and a booking form",
     "The Harbour View Inn", "<main><h1>The Harbour View Inn</h1><p>Eight bedrooms above the quay, a bar with an open fire and "
     "breakfasts made with eggs from the farm up the hill. Most rooms look straight out over the boats.</p><p>We are a family-run "
     "inn, five minutes' walk from the station and the ferry, and dogs are welcome in the bar and in two of our rooms.</p><h2>Rooms</h2><ul>" +
     "".join(f"<li>Room {i}: double, sea view, from £{95 + 5 * i} a night</li>" for i in range(1, 9)) +
     "</ul><form class='booking'><input type='date' name='in'><input type='date' name='out'><select name='guests'><option>2</option></select>"
     "<button class='btn'>Check availability</button></form></main>", url="https://harbourviewinn.example/", name="Harbour View Inn",
     base="https://harbourviewinn.example")
page("m13-property-for-sale", "product", "one house for sale: price, description paragraphs, features list, an agent's contact form",
     "4 bedroom house for sale, Mill Lane", "<main><h1>4 bedroom house for sale, Mill Lane</h1><div class='price'>Guide price £425,000</div>"
     "<p>A roomy stone house at the quiet end of Mill Lane, with a long garden running down to the stream and views over the "
     "harbour from the two front bedrooms. The house has been in the same family for forty years and would now benefit from some updating.</p>"
     "<p>On the ground floor are a sitting room with a wood burner, a dining room and a kitchen with a pantry; upstairs are four bedrooms "
     "and a bathroom. Outside there is a workshop and parking for two cars.</p><ul>" +
     "".join(f"<li>{t}</li>" for t in ["Four bedrooms", "Garden to the stream", "Workshop", "No onward chain", "Freehold"]) +
     "</ul><form class='enquiry'><input name='name'><input name='email'><input name='phone'><textarea name='msg'></textarea>"
     "<button class='btn'>Arrange a viewing</button></form></main>",
     url="https://quayhomes.example/property/4-bed-house-mill-lane-28817", name="Quay Homes", base="https://quayhomes.example")
page("m14-author-archive-no-address", "listing", "an author's archive with eight long excerpts, no canonical link",
     "Rosa Penhallow", "<main><h1>Rosa Penhallow</h1><p>Rosa reports on the harbour and the town council.</p>" + "".join(
         f"<div class='story-card'><h2><a href='{SITE}/news/rosa-{i}'>A story by Rosa, number {i}</a></h2><time datetime='2024-03-{1 + i:02d}'>{1 + i} March 2024</time>"
         f"<p>{TOWN[i]} {TOWN[i + 1]}</p></div>" for i in range(8)) + "</main>")
page("m15-newsletter-archive", "listing", "a newsletter's archive: twenty issues with dates and one-line summaries",
     "Newsletter archive", "<main><h1>Newsletter archive</h1><ul class='issues'>" + "".join(
         f"<li><a href='{SITE}/newsletter/issue-{200 - i}'>Issue {200 - i}</a> <time datetime='2024-0{1 + i % 3}-{1 + i:02d}'>{1 + i} Jan</time>"
         f" <span>{TOWN[i % len(TOWN)][:60]}</span></li>" for i in range(20)) + "</ul></main>", url=f"{SITE}/newsletter/archive")
page("m16-podcast-episode-page", "other", "a podcast episode page: a short blurb, a player, show-note links and other episodes",
     "Episode 41: the river keepers", "<main><h1>Episode 41: the river keepers</h1><p>This week we walk the river with the volunteers who keep it clear.</p>"
     "<audio controls src='/ep41.mp3'></audio><h2>Show notes</h2><ul>" + "".join(f"<li><a href='https://example.org/note{i}'>Link mentioned {i}</a></li>" for i in range(8)) +
     "</ul><h2>More episodes</h2>" + "".join(f"<div class='episode'><h3><a href='{SITE}/podcasts/episode-{40 - i}'>Episode {40 - i}</a></h3><p>A short description of the episode.</p></div>" for i in range(10)) +
     "</main>", url=f"{SITE}/podcasts/episode-41-the-river-keepers")
page("m17-not-found", "other", "a 'page not found' page with a search box and a list of popular stories",
     "Page not found", "<main><h1>Sorry, we can't find that page</h1><p>The page may have moved, or the link may be wrong.</p>"
     "<form action='/search'><input name='q'><button>Search</button></form><h2>Popular now</h2>" + teasers(8, excerpt=False) + "</main>",
     url=f"{SITE}/404")
page("m18-sign-in", "other", "a sign-in and register page with forms and a short text about membership",
     "Sign in", "<main><h1>Sign in or create an account</h1><p>Members can comment on stories, save articles to read later and get our "
     "morning newsletter. It takes a minute to join and it is free.</p><form class='login'><input name='email'><input name='password' type='password'>"
     "<button class='btn'>Sign in</button></form><form class='register'><input name='name'><input name='email'><input name='password'>"
     "<input type='checkbox' name='terms'><button class='btn'>Create account</button></form></main>", url=f"{SITE}/account/sign-in")
page("m19-search-no-search-word", "listing", "search results at a 'find' address: ten results with excerpts",
     "Results for harbour", "<main><h1>Results for 'harbour'</h1><p>214 results</p>" + "".join(
         f"<div class='result'><h3><a href='{SITE}/news/result-{i}'>Harbour story {i}</a></h3><p>{TOWN[i][:110]}</p></div>" for i in range(10)) +
     "</main>", url=f"{SITE}/find?q=harbour")
firm("m20-press-list", "listing", "a firm's press page: ten press releases with dates and excerpts",
     "Press", "<main><h1>Press</h1>" + "".join(
         f"<div class='press-item'><time datetime='2023-{12 - i:02d}-01'>1 {['Dec', 'Nov', 'Oct', 'Sep', 'Aug', 'Jul', 'Jun', 'May', 'Apr', 'Mar'][i]} 2023</time>"
         f"<h3><a href='{FIRM}/press/release-{i}'>Pennant Surveyors announces news item {i}</a></h3><p>{SERVICE[i % len(SERVICE)]}</p></div>" for i in range(10)) +
     "</main>", "/press")
page("m21-comments-page", "forum", "a story's separate comments page: the headline as a link and 30 readers' comments",
     "Comments: Harbour wall repairs to start in May", "<main><h1><a href='{0}/local/harbour-wall-repairs'>Harbour wall repairs to start in May</a></h1>"
     "<p>30 comments</p>".format(SITE) + "".join(
         f"<div class='comment'><span class='user'>reader{i}</span><time datetime='2024-03-12T1{i % 10}:00:00Z'>12 Mar</time>"
         f"<p>{TOWN[i % len(TOWN)]}</p><a class='reply' href='#'>Reply</a></div>" for i in range(30)) + "</main>",
     url=f"{SITE}/local/harbour-wall-repairs/comments")
page("m22-event-detail", "other", "an event's page: date, venue, ticket prices, a two-paragraph description, a map",
     "Spring Fair 2024", "<main><h1>Spring Fair 2024</h1><p class='when'>Saturday 20 April 2024, 10:00 to 17:00</p><p class='where'>The Green, Porthaven</p>"
     "<p>The spring fair returns to the green with a dog show, a tug of war between the lifeboat crews, stalls from local makers and the "
     "town band on the new bandstand.</p><p>Entry is free for children; parking is at the north car park, with a shuttle bus every twenty minutes.</p>"
     "<div class='tickets'><span class='price'>Adults £5</span><span class='price'>Families £12</span><a class='btn' href='/tickets'>Buy tickets</a></div>"
     "<div class='map'><img src='/map.png'></div></main>", url=f"{SITE}/whats-on/spring-fair-2024")
page("m23-glossary-term", "documentation", "a glossary entry: a term defined in three paragraphs with a list of related terms",
     "Sinking fund", "<main><h1>Sinking fund</h1><p>A sinking fund is money set aside, usually every month, to pay for a large cost that is known "
     "to be coming, such as a new roof for a block of flats or the repair of a harbour wall.</p><p>Leaseholders often pay into a sinking fund as "
     "part of their service charge, so that the cost of major works does not fall on them all at once.</p><p>How much goes into the fund, and "
     "what it may be spent on, is usually set out in the lease.</p><h2>Related terms</h2><ul>" +
     "".join(f"<li><a href='/glossary/term-{i}'>Related term {i}</a></li>" for i in range(10)) + "</ul></main>",
     url="https://moneyharbour.example/glossary/sinking-fund", name="Money Harbour", base="https://moneyharbour.example")
page("m24-tuition-fees", "other", "a college's fees page: paragraphs and two fee tables",
     "Tuition and fees", "<main><h1>Tuition and fees</h1>" + paras(SCIENCE, 2, 5, 2) +
     "<p>Fees are charged per year and may be paid in three instalments. Students from the county may be eligible for a reduction.</p><table>" +
     "".join(f"<tr><td>Course band {i}</td><td>£{1800 + 200 * i}</td></tr>" for i in range(8)) + "</table><table>" +
     "".join(f"<tr><td>Extra cost {i}</td><td>£{20 * i}</td></tr>" for i in range(6)) + "</table></main>",
     url="https://porthavencollege.example/admissions/tuition-and-fees", name="Porthaven College", base="https://porthavencollege.example")

with open(os.path.join(DIR, "expected.tsv"), encoding="utf-8") as f:
    have = f.read()
with open(os.path.join(DIR, "expected.tsv"), "a", encoding="utf-8") as f:
    for pid, expected, shape in ROWS:
        if f"\n{pid}\t" not in have:
            f.write(f"{pid}\t{expected}\t{shape}\n")
print(len(ROWS), "probes written")
