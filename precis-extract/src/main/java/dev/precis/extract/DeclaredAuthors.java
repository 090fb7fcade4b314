package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Author credits a page declares outside its byline, for {@link MetadataReader}: the reading card's
 * "Written by" pair, the first plausible credit of JSON-LD or meta tags, a name repeated for screen
 * readers, and whether two lists of names share one.
 */
final class DeclaredAuthors {

    private DeclaredAuthors() {
    }

    /** Yoast's reading-card pair: {@code twitter:labelN} "Written by" (in any language) and its {@code twitter:dataN}. */
    static String writtenBy(MetaTags meta) {
        for (int i = 1; i <= 4; i++) {
            String label = meta.get("twitter:label" + i);
            if (label != null && WRITTEN_BY.matcher(label.strip()).matches()) {
                return meta.get("twitter:data" + i);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern WRITTEN_BY = java.util.regex.Pattern.compile(
            "(?:written|posted)\\s+by|by|authors?|verfasst\\s+von|geschrieben\\s+von|von|autor(?:in)?|écrit\\s+par|"
            + "rédigé\\s+par|par|auteur|escrito\\s+por|scritto\\s+da|autore|geschreven\\s+door|door|auteur",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** "Jane Doe Jane Doe" (a name shown and repeated for screen readers) as "Jane Doe"; else as given. */
    static String once(String s) {
        if (s == null || s.length() < 5 || s.length() % 2 == 0) {
            return s;
        }
        int half = s.length() / 2;
        return s.charAt(half) == ' ' && s.regionMatches(0, s, half + 1, half) ? s.substring(0, half) : s;
    }

    /** The first author credit the page declares in its metadata, as written, when it is a plausible credit. */
    static String declared(List<String> ldAuthors, String metaAuthor) {
        List<String> all = new ArrayList<>(ldAuthors);
        if (metaAuthor != null) {
            all.add(metaAuthor);
        }
        for (String a : all) {
            String c = a == null ? null : AuthorNames.SPACES.matcher(a).replaceAll(" ").strip();
            if (c != null && c.length() >= 3 && c.length() <= 60 && !a.contains("@") && !a.contains("://")
                    && !BoilerplatePhrases.isDateLine(c)) {
                return c;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DATA_LAYER_AUTHOR = java.util.regex.Pattern.compile(
            "\"pagePostAuthor\"\\s*:\\s*\"([^\"\\\\]{3,60})\"");

    /**
     * The post's author in the data layer of WordPress's Google Tag Manager plugin ({@code "pagePostAuthor":"Jane
     * Doe"}), when it reads as a credit (no e-mail address, no address, no date); null otherwise or without markup.
     */
    static String dataLayerAuthor(String rawHtml) {
        if (rawHtml == null) {
            return null;
        }
        int i = rawHtml.indexOf("\"pagePostAuthor\"");
        if (i < 0) {
            return null;
        }
        java.util.regex.Matcher m = DATA_LAYER_AUTHOR.matcher(rawHtml).region(i, Math.min(rawHtml.length(), i + 100));
        if (!m.lookingAt()) {
            return null;
        }
        String a = m.group(1).strip();
        return a.contains("@") || a.contains("://") || a.contains(".") && !a.contains(" ")
                || BoilerplatePhrases.isDateLine(a) ? null : a;
    }

    /**
     * The authors of a scholarly page's citation tags ({@code <meta name="citation_author">}, one per author, as
     * Google Scholar reads them), joined by ", " in their order, "Doe, Jane" turned to "Jane Doe"; null without them.
     * At most 30 are read.
     */
    static String citationAuthors(org.jsoup.nodes.Document doc) {
        return citationAuthors(ElementWalk.named(doc, "meta"));
    }

    /**
     * As {@link #citationAuthors(org.jsoup.nodes.Document)} over the page's meta elements already collected (no
     * second walk of the page); the test is the selector's {@code meta[name=citation_author]}.
     */
    static String citationAuthors(List<org.jsoup.nodes.Element> metas) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (org.jsoup.nodes.Element m : metas) {
            if (!m.hasAttr("name") || !"citation_author".equalsIgnoreCase(m.attr("name").trim())) {
                continue;
            }
            String a = AuthorNames.SPACES.matcher(m.attr("content")).replaceAll(" ").strip();
            if (a.isEmpty() || a.contains("@") || a.contains("://") || ++n > 30) {
                continue;
            }
            int comma = a.indexOf(',');
            if (comma > 0 && a.indexOf(',', comma + 1) < 0) {
                // "Doe, Jane Q." (the form the tag allows) as "Jane Q. Doe"
                a = (a.substring(comma + 1).strip() + " " + a.substring(0, comma).strip()).strip();
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(a);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static boolean sharesAName(List<String> a, List<String> b) {
        for (String x : a) {
            String lx = x.toLowerCase(Locale.ROOT);
            for (String y : b) {
                String ly = y.toLowerCase(Locale.ROOT);
                if (lx.contains(ly) || ly.contains(lx)) {
                    return true;
                }
            }
        }
        return false;
    }
}
