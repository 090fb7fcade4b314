package dev.precis.extract;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a page's metadata in the order the best peers trust the sources: JSON-LD, OpenGraph and
 * {@code article:*}, {@code <meta name=…>}, Dublin Core, microdata, {@code <time datetime>}, byline
 * elements, the URL, and last a plausible date in the visible text near the headline. Must run before
 * the body extractor mutates the document. Immutable and thread-safe.
 */
final class MetadataReader {

    /**
     * What the page says about itself; any field but {@code authors} may be null. {@code publishedGuessed}:
     * the publication date is a last resort's (a script's key, a date after the text, one in the title),
     * no evidence that the page is an article. {@code otherTitle}: the title for a page that turns out
     * to be no article (its meta title rather than a long slogan in its h1). {@code authorBios}: the JSON-LD
     * authors' descriptions ({@link AuthorBios}). {@code declaredPublished}: the publication the structured data
     * declares when a later change is the page's date of record ({@link ChangesOfRecord}), else null.
     */
    record Metadata(String title, String otherTitle, String byline, List<String> authors, String published,
                    String modified, String declaredPublished, String siteName, String url, String declaredLanguage, boolean publishedGuessed,
                    List<String> authorBios, boolean datedInLists) {

        /**
         * True when the page dates itself as articles do (not by a last resort), or would but for its
         * dates standing under a heading that names a list of other pages ({@code datedInLists}): the
         * page type's evidence, not its date.
         */
        boolean dated() {
            return published != null && !publishedGuessed || datedInLists;
        }
    }

    private final DateNormalizer dates;
    private final Clock clock;
    private final boolean relativeDates;
    private final LanguageGuesser language;

    MetadataReader(Clock clock) {
        this(clock, true);
    }

    /** {@code relativeDates}: read "3 hours ago" against {@code clock}, which is then the fetch time. */
    MetadataReader(Clock clock, boolean relativeDates) {
        this(clock, relativeDates, null);
    }

    /**
     * As above; {@code language} (may be null) guesses the language of a page that declares none,
     * which settles the order of its "12/07/2017" dates.
     */
    MetadataReader(Clock clock, boolean relativeDates, LanguageGuesser language) {
        this.clock = clock;
        this.relativeDates = relativeDates;
        this.dates = new DateNormalizer(clock);
        this.language = language;
    }

    Metadata read(Document doc, String pageUrl) {
        return read(doc, pageUrl, null);
    }

    /**
     * As {@link #read(Document, String)}; {@code rawHtml} (may be null) is the markup as received,
     * whose scripts may date a page that dates itself nowhere else ({@link ScriptDates}).
     */
    Metadata read(Document doc, String pageUrl, String rawHtml) {
        JsonLdArticle ld = JsonLdArticle.of(doc, pageUrl);
        MetaTags meta = new MetaTags(doc);
        String siteName = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"),
                meta.get("twitter:site") == null ? null : meta.get("twitter:site").replaceFirst("^@", ""));
        String canonical = canonical(doc, meta, pageUrl, ld);
        if (siteName == null || siteName.startsWith("http") || siteName.length() > 80) {
            siteName = hostOf(canonical != null ? canonical : pageUrl);
        }
        TitleChooser.Titles titles = TitleChooser.both(doc, meta, ld.headline(), siteName);
        String title = titles.article();
        String otherTitle = titles.other();
        String top = titles.top(); // the headline dates are found near (see TitleChooser.Titles)

        String byline = null;
        List<String> authors = new ArrayList<>();
        for (String a : ld.authors()) {
            authors.addAll(AuthorNames.split(a, siteName));
        }
        List<String> structured = List.copyOf(authors);
        String metaAuthor = first(notUrl(meta.get("author")), notUrl(meta.get("article:author")),
                notUrl(meta.get("dc.creator")), notUrl(meta.get("sailthru.author")),
                notUrl(meta.get("parsely-author")), notUrl(meta.get("byl")), notUrl(DeclaredAuthors.writtenBy(meta)),
                DeclaredAuthors.citationAuthors(meta.tags()));
        String shown = AuthorBoxes.orBox(BylineFinder.find(doc, siteName, title), doc, siteName, title, authors, metaAuthor);
        if (authors.isEmpty() && metaAuthor != null) {
            // a name the page states as its author counts even when it is also the site's name
            authors.addAll(AuthorNames.split(metaAuthor, null));
        }
        if (authors.isEmpty() && shown != null) {
            authors.addAll(AuthorNames.split(shown, siteName));
        }
        String cleanedShown = shown == null ? null : DeclaredAuthors.once(AuthorNames.clean(shown));
        List<String> shownPeople = cleanedShown == null ? List.of() : AuthorNames.split(cleanedShown, siteName);
        boolean structuredNames = structured.stream().anyMatch(n -> n.indexOf(' ') > 0);
        if (!shownPeople.isEmpty() && (!structuredNames || BylineFinder.explicit(shown)
                || DeclaredAuthors.sharesAName(shownPeople, structured))) {
            byline = cleanedShown;
        } else if (!authors.isEmpty()) {
            // the article's structured authors outrank a marked element that names none of them
            // (an explicit "By …" line still wins)
            byline = String.join(", ", authors);
        } else if (DeclaredAuthors.declared(ld.authors(), metaAuthor) != null) {
            // "Acme Team", "jdoe": the author the page declares, though no person's name, is its byline
            byline = DeclaredAuthors.declared(ld.authors(), metaAuthor);
        } else if (cleanedShown != null && cleanedShown.length() >= 3 && cleanedShown.length() <= 40
                && !BoilerplatePhrases.isDateLine(cleanedShown) && !AuthorNames.onlyNonNameWords(cleanedShown)) {
            // "HNN Staff", "Associated Press": a credit that names no person is still the byline
            byline = cleanedShown;
        }
        if (byline == null && authors.isEmpty()) {
            // last resort: the post author WordPress's tag-manager data layer states ("pagePostAuthor")
            String dl = DeclaredAuthors.dataLayerAuthor(rawHtml);
            if (dl != null) {
                byline = dl;
                authors.addAll(AuthorNames.split(dl, null));
            }
        }

        Element html = doc.selectFirst(Queries.HTML);
        String lang = first(html == null ? null : html.attr("lang"), ld.language(),
                meta.get("content-language"), meta.get("og:locale"), meta.get("dc.language"));
        String url = canonical != null ? canonical : pageUrl;
        String orderLang = DayOrder.language(doc, lang, url, language);
        boolean dayFirst = DayOrder.dayFirst(orderLang, url);
        // the language that settles the readers' zone (a page that declares none: its text's, else its domain's country's)
        String zoneLang = lang != null && !lang.isBlank() ? lang
                : orderLang != null && !orderLang.isBlank() ? orderLang : countryOf(url);
        RelativeDates relative = relativeDates ? new RelativeDates(() -> PageTimeZone.clock(clock, doc, zoneLang)) : null;
        boolean guessed = false;
        String declaredPublished = null; // (set only when a change of record replaces the structured publication)
        String published = dates.machine(ld.published(), dayFirst);
        boolean generic = false;
        if (published == null) {
            // the head's tags (MetaDateNames); a generic name ("date", "dc.date") may not hold the publication
            MetaDateNames.Declared declared = MetaDateNames.published(meta, dates, dayFirst);
            published = declared == null ? null : declared.published();
            generic = declared != null && declared.generic();
        }
        if (published == null) {
            published = MarkupDates.microdata(doc, "datePublished", dayFirst, dates);
        }
        if (published == null) {
            published = MarkupDates.rdfa(doc, dayFirst, dates);
        }
        String modified = dates.machine(ld.modified(), dayFirst);
        modified = modified != null ? modified : MetaDateNames.modified(meta, dates, dayFirst);
        if (modified == null) {
            modified = MarkupDates.microdata(doc, "dateModified", dayFirst, dates);
        }
        // (the page's own address in its language's order: an Italian page's "-12-07-2017" is 12 July)
        Boolean urlOrder = orderLang == null || orderLang.isBlank() ? null : dayFirst;
        String fromUrl = dates.fromUrl(canonical != null ? canonical : pageUrl, urlOrder);
        if (fromUrl == null && pageUrl != null) {
            fromUrl = dates.fromUrl(pageUrl, urlOrder);
        }
        if (published == null) {
            // (with the authors: a date on the author box's line counts wherever the box stands; not
            // when structured data dates the page, as such a box may be a later revision's)
            VisibleDates.Shown visible = new VisibleDates(clock, dates, relative).read(doc, top, dayFirst, authors);
            // a date the address files the article under outranks one found only after its text (a
            // related list's <time>, a comment's day): the address is written once, when the article is
            published = fromUrl == null || visible.labelled() && visible.beforeText() ? visible.published() : null;
            published = published != null ? published : fromUrl;
            modified = modified != null ? modified : visible.modified();
            if (published == null) {
                guessed = modified == null;
                // last resorts for a page that dates itself nowhere else: a publication date its
                // scripts declare, then the first date on a line of its own after the headline, even
                // past the text's start (an article's closing line), then one in the headline
                published = ScriptDates.published(rawHtml, dates, dayFirst);
                // (a video page: its structured video's upload day)
                published = published != null ? published : dates.machine(JsonLdArticle.uploaded(doc), dayFirst);
                published = published != null ? published : MarkupDates.microdata(doc, "uploadDate", dayFirst, dates);
                published = published != null ? published : visible.late();
                // a date labelled a publication in a box of its own, even in a sidebar (a facts panel)
                published = published != null ? published
                        : new VisibleDates(clock, dates, relative).sideLabelled(doc, top, dayFirst);
                // and a date the headline states ("Pressemitteilung vom 12.07.2017")
                published = published != null || top == null ? published : dates.standalone(top, dayFirst);
                // and one the document's title states ("12/07/2017 - Radweg am Kanal | Kreisbote")
                published = published != null ? published : dates.standalone(doc.title(), dayFirst);
                // a date standing alone on a line of the article (its closing "12.07.2017"), then a full
                // date in the address of the page's share image ("/2017/07/12/…jpg"), filed when the
                // article was
                published = published != null ? published : visible.bare();
                published = published != null ? published : dates.fromUrl(meta.get("og:image"));
                // a page dated nowhere else that shows a day without its year ("12. Februar, 10:30 Uhr",
                // "Publié le 29/06 à 23h30"): the latest such day up to the fetch time, the page's change or
                // the end of its address's month (YearlessDays); only when earlier than a known change (the
                // change's own day keeps its time)
                published = published != null ? published
                        : beforeChange(YearlessDays.place(visible.yearless(), modified, url, java.time.LocalDate.now(clock)), modified);
                // the one day shown before the headline, masthead and navigation skipped (LeadDates)
                published = published != null || modified != null ? published
                        : new LeadDates(clock, dates).published(doc.body(), OwnArticle.headline(doc.body(), top), dayFirst);
                if (published != null && modified != null && published.substring(0, 10).compareTo(modified.substring(0, 10)) > 0) {
                    // a page that shows only when it was last changed: the publication found by a last
                    // resort is the original only when it is no later than that change
                    published = null;
                }
            }
        } else {
            published = localDay(published, fromUrl);
            if (published.equals(modified) || generic || relativeDates && nearFetch(published)) {
                // a CMS that writes the same value as publication and modification may have overwritten
                // the first, a generic meta name ("date", "dc.date") may hold the time the page was last
                // changed or rendered, and a publication on the day the page was fetched may be that
                // rendering's stamp: a labelled earlier publication the page shows is the original (not read
                // when a structured change differs from the publication: the CMS kept them apart)
                VisibleDates.Shown visible = new VisibleDates(clock, dates, relative).read(doc, top, dayFirst);
                // (two days earlier at least: the same moment written in another time zone is no older day;
                // any earlier day a label calls the publication when a generic name gives a plain day)
                if ((visible.labelled() || visible.beforeText()) && visible.published() != null
                        && (java.time.LocalDate.parse(visible.published().substring(0, 10))
                                .plusDays(generic && visible.labelled() && published.length() == 10 ? 0 : 1)
                                .isBefore(java.time.LocalDate.parse(published.substring(0, 10)))
                            || OriginalDates.shownAsChange(visible, published))) {
                    published = visible.published();
                } else if (visible.published() == null && visible.late() != null && OriginalDates.shownAsChange(
                        new VisibleDates.Shown(visible.late(), visible.modified(), true, false), published)) {
                    // no publication shown but a closing line's day ("dpa, 12.07.2017") before the change the
                    // page shows on the structured day: that line's day is the original
                    published = visible.late();
                }
            } else if (modified == null) {
                // a structured publication with no structured change may be the CMS's last save: when the page
                // shows that very day labelled as its change ("Mis à jour le 09/03/2024", "Aktualisiert:
                // 09.03.2024") beside a publication it labels earlier, the labelled publication is the original
                VisibleDates.Shown visible = new VisibleDates(clock, dates, relative).read(doc, top, dayFirst);
                // and the same when the page labels, on its meta line, a publication two days or more before that
                // stamp ("Veröffentlicht am 05.03.2024" under a datePublished of 2024-09-01): a re-save's day
                if (visible.published() != null && (OriginalDates.shownAsChange(visible, published)
                        || OriginalDates.shownEarlier(visible, published))) {
                    // (the structured stamp, with its time, is the change's)
                    modified = published;
                    published = visible.published();
                }
            } else if (ChangesOfRecord.ofRecord(meta, MetaDateNames::publicationName, published,
                    modified, () -> new VisibleDates(clock, dates, relative).read(doc, top, dayFirst))) {
                declaredPublished = published; // (kept for the reader who wants the original)
                published = modified; // (the change a page shows as its date of record: ChangesOfRecord)
            }
        }
        if (modified != null && published != null && modified.substring(0, 10).compareTo(published.substring(0, 10)) < 0) {
            modified = null;
        }
        if (published == null && modified == null) {
            // a change under a meta name of no fixed list ("last-updated", "dc.modified") dates a page dated nowhere
            // else, but as a last resort's date: documentation and product pages write such stamps too
            modified = dates.machine(meta.matching(MarkupDates::modifiedKey), dayFirst);
            guessed = modified != null;
        }
        if (published == null && modified != null) {
            // only a modification date is known: the article was published then or earlier, and
            // that date is a better answer than none
            published = modified;
        }
        if (published == null) {
            // the very last resorts (FallbackDates): a publication a meta tag or a hidden field declares under a name
            // no list holds, the page's own dated address in another of its links, a full timestamp in an attribute,
            // then a day in the address of one of the article's own images
            published = FallbackDates.declared(doc, meta, dayFirst, dates);
            published = published != null ? published : FallbackDates.ownAddress(doc, url, dates);
            published = published != null ? published : FallbackDates.stamped(doc, dates, dayFirst);
            published = published != null ? published : ImageAddressDates.published(doc, meta, top, dates);
            guessed = published != null;
        }
        // a time stored in UTC, in the readers' own zone when the page's language settles it: the day it shows
        published = PageTimeZone.local(published, zoneLang);
        modified = PageTimeZone.local(modified, zoneLang);
        declaredPublished = PageTimeZone.local(declaredPublished, zoneLang);
        boolean datedInLists = (published == null || guessed)
                && new VisibleDates(clock, dates, relative).datedInLists(doc, top, dayFirst, authors);
        return new Metadata(title, otherTitle, byline, List.copyOf(authors), published, modified, declaredPublished, siteName,
                canonical, lang, guessed && published != null, ld.authorBios(), datedInLists);
    }

    /** True when {@code published} falls on the fetch clock's day or the day before (in UTC). */
    private boolean nearFetch(String published) {
        java.time.LocalDate day = java.time.LocalDate.parse(published.substring(0, 10));
        java.time.LocalDate fetched = java.time.LocalDate.now(clock);
        return !day.isBefore(fetched.minusDays(1)) && !day.isAfter(fetched.plusDays(1));
    }

    /**
     * The publication date in the publisher's own day: a time given in UTC that falls a day before or
     * after the date in the article's URL (written in local time) is that URL day; a URL day two or
     * more days before the structured one is the original publication.
     */
    private static String localDay(String published, String fromUrl) {
        if (fromUrl == null) {
            return published;
        }
        java.time.LocalDate p = java.time.LocalDate.parse(published.substring(0, 10));
        java.time.LocalDate u = java.time.LocalDate.parse(fromUrl.substring(0, 10));
        if (u.plusDays(1).isBefore(p)) {
            // the URL is written once, when the article is first filed; structured data a CMS
            // rewrites on every update may carry a later day: the URL's is the original
            return fromUrl;
        }
        if (published.length() <= 10 || !(published.endsWith("Z") || published.endsWith("+00:00"))) {
            return published;
        }
        return p.minusDays(1).equals(u) || p.plusDays(1).equals(u) ? fromUrl : published;
    }

    /** {@code day} when no change is known or it is an earlier day than the change, else null. */
    private static String beforeChange(String day, String modified) {
        return day == null || modified == null || day.substring(0, 10).compareTo(modified.substring(0, 10)) < 0 ? day : null;
    }

    /** "und-de" for an address on a country's domain ("…stadtanzeiger.de/…"), a region {@link PageTimeZone} reads; or null. */
    private static String countryOf(String url) {
        String host = hostOf(url);
        if (host == null || host.lastIndexOf('.') < 0) {
            return null;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return tld.length() == 2 ? "und-" + tld : null;
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http") || value.startsWith("@") ? null : value;
    }

    private static String canonical(Document doc, MetaTags meta, String pageUrl, JsonLdArticle ld) {
        Element link = doc.selectFirst(Queries.CANONICAL);
        String c = link != null ? link.absUrl("href") : null;
        if (c == null || c.isEmpty()) {
            String og = meta.get("og:url");
            c = og != null && og.startsWith("http") ? og : null;
        }
        if (c == null && ld.url() != null && ld.url().startsWith("http")) {
            c = ld.url();
        }
        return c == null ? pageUrl : c;
    }

    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
