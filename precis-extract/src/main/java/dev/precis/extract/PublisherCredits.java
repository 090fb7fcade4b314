package dev.precis.extract;

import java.util.regex.Pattern;

/**
 * The credit of an article page that names no writer at all — no byline, no author in its metadata or structured
 * data: the publisher the page declares as its site ({@code og:site_name}, the JSON-LD publisher, the application
 * name), its slogan cut ("MonsGeek - Make Cool Gears Accessible" → "MonsGeek"). A brand's or a one-person site's post is
 * credited to that brand or person, as schema.org's Organization author and the readers of such pages do. Only the
 * byline carries it: the page's {@code authors} (people) stay empty, and the page type is read before it is set.
 * Stateless and thread-safe.
 */
final class PublisherCredits {

    /** "Name | slogan", "Name - slogan", "Name – slogan", "Name: slogan", "Name · slogan". */
    private static final Pattern SLOGAN = Pattern.compile("\\s+[|\\-–—·]\\s+|\\s*[|·]\\s*|:\\s+");
    /** A host name standing in for a site name none was declared ("ledger.example", "www.site.co.uk"). */
    private static final Pattern HOST = Pattern.compile("^[\\w.-]+\\.[a-z]{2,}$", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST = 60;

    private PublisherCredits() {
    }

    /**
     * The byline for a page that names no writer, from the site name the page declares; null when there is none or
     * it is a host name, a handle in lower case, or a phrase no credit reads as ("Home", "Blog").
     */
    static String of(String siteName) {
        if (siteName == null) {
            return null;
        }
        String name = null;
        for (String part : SLOGAN.split(siteName.strip())) {
            if (!part.isBlank()) {
                name = part.strip();
                break;
            }
        }
        if (name == null || name.length() < 2 || name.length() > LONGEST || HOST.matcher(name).matches()
                || name.chars().noneMatch(Character::isUpperCase) || AuthorNames.onlyNonNameWords(name)) {
            return null;
        }
        return name;
    }
}
