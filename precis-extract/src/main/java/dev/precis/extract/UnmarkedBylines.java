package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Two byline shapes that carry neither an author mark nor a name {@link BylineFinder}'s person test accepts: the
 * writer's avatar and name in the meta line under the headline ({@code <span>2024-03-05</span> · <a><img alt="Jane
 * Doe"><div>Jane Doe</div></a>}, the photo's alt the same name as the text beside it, in a box of utility classes),
 * and a lower-case handle after the byline word in its own element beside the date ({@code <time>…</time><p>by
 * jdoe</p>}). Stateless and thread-safe.
 */
final class UnmarkedBylines {

    /** Siblings after the headline (or after its header box) looked at, and their longest text. */
    private static final int SIBLINGS = 3;
    private static final int META_LINE = 160;
    private static final int MAX_IMAGES = 4;

    /** "by jdoe", "von abeispiel", "by jane.roe": the byline word and one lower-case handle, the whole line. */
    private static final Pattern HANDLE_LINE = Pattern.compile(
            "^(?i:by|von|par|por|di|door|av|af)\\s+([\\p{Ll}\\d][\\p{Ll}\\d._-]{2,29})$");

    private UnmarkedBylines() {
    }

    /**
     * The name of the writer whose avatar the meta line under {@code headline} shows beside it: an image (not a
     * figure's) whose alt is a person's full name and whose parent or grandparent shows that name as its whole text.
     * Null when there is none.
     */
    static String avatar(Element headline, String siteName) {
        if (headline == null) {
            return null;
        }
        // the headline's own siblings; then its wrapper's, while the wrapper holds little more than the headline
        // (a header box; never the article, whose comments or author box come after it)
        int most = BoundedText.of(headline, 301).length() + META_LINE;
        Element from = headline;
        for (int up = 0; up < 3; up++) {
            Element sib = from.nextElementSibling();
            for (int i = 0; i < SIBLINGS && sib != null; i++, sib = sib.nextElementSibling()) {
                if (BoundedText.of(sib, META_LINE + 1).length() > META_LINE) {
                    continue;
                }
                String name = avatarName(sib, headline, siteName);
                if (name != null) {
                    return name;
                }
            }
            Element parent = from.parent();
            if (parent == null || "body".equals(parent.normalName()) || BoundedText.of(parent, most + 1).length() > most) {
                return null;
            }
            from = parent;
        }
        return null;
    }

    private static String avatarName(Element line, Element headline, String siteName) {
        int seen = 0;
        for (Element img : line.getElementsByTag("img")) {
            if (++seen > MAX_IMAGES) {
                return null;
            }
            String alt = AuthorNames.SPACES.matcher(img.attr("alt")).replaceAll(" ").strip();
            if (alt.length() < 3 || alt.length() > 60 || img.closest("figure") != null || img.closest("picture") != null
                    || !BylineFinder.fullName(alt, siteName)) {
                continue;
            }
            String want = squash(alt);
            for (Element p = img.parent(); p != null && p != line.parent(); p = p.parent()) {
                if (squash(BoundedText.of(p, 61)).equals(want)) {
                    return PageRegions.inChrome(p, headline) || p.closest(Queries.FORM) != null ? null : alt;
                }
                if (p == line) {
                    break;
                }
            }
        }
        return null;
    }

    private static String squash(String s) {
        return AuthorNames.SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code line} (the whole text of {@code e}) is the byline word and a lower-case handle that names no
     * role or page word ("admin", "staff"), and a date stands beside it: a {@code <time>} in {@code e}'s parent, or
     * a sibling whose text is a date.
     */
    static boolean handleBesideDate(Element e, String line) {
        java.util.regex.Matcher m = HANDLE_LINE.matcher(line.strip());
        if (!m.matches() || AuthorNames.onlyNonNameWords(m.group(1))) {
            return false;
        }
        Element parent = e.parent();
        if (parent != null && parent.selectFirst("time") != null) {
            return true;
        }
        for (Element sib : new Element[] {e.previousElementSibling(), e.nextElementSibling()}) {
            if (sib != null && BoilerplatePhrases.isDateLine(BoundedText.of(sib, 61).strip())) {
                return true;
            }
        }
        return false;
    }
}
