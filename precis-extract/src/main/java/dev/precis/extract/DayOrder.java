package dev.precis.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which way a page writes "05/06/2020": the language that orders its numeric dates (the declared one,
 * the text's own when none is declared or when an American English declaration covers French or German
 * paragraphs), and whether that language reads day first. Stateless and thread-safe.
 */
final class DayOrder {

    /** "12/07/2017", "07-12-17": a date whose order the page's language settles. */
    private static final Pattern SLASH_DATE = Pattern.compile(
            "(?<![\\d/.-])\\d{1,2}[/-]\\d{1,2}[/-](?:\\d{4}|\\d{2})(?![\\d/-])");
    /** The least paragraph text a declared language is checked against. */
    private static final int MIN_PROSE = 200;
    /** How much of an undeclared page's text its language is guessed from. */
    private static final int GUESS_CHARS = 3_000;

    private DayOrder() {
    }

    /**
     * The language that orders the page's numeric dates: {@code lang} (declared, may be null), or with
     * {@code guesser} (may be null) the text's when none is declared ("Publié le 12/07/2017" is French,
     * so 12 July), or the paragraphs' when a page declared American English (a theme's default "en-US")
     * shows a slash date and is written in another language (asked only then).
     */
    static String language(Document doc, String lang, String url, LanguageGuesser guesser) {
        if (guesser == null || doc.body() == null) {
            return lang;
        }
        if (lang == null || lang.isBlank()) {
            return guesser.guess(BoundedText.of(doc.body(), GUESS_CHARS), null);
        }
        if (!dayFirst(lang, url) && SLASH_DATE.matcher(BoundedText.of(doc.body(), GUESS_CHARS)).find()) {
            String prose = paragraphs(doc.body());
            String guessed = prose.length() < MIN_PROSE ? null : guesser.guess(prose, null);
            if (guessed != null && !"en".equals(guessed)) {
                return guessed;
            }
        }
        return lang;
    }

    /**
     * True when "05/06/2020" on this page is the 5th of June: any declared language but American
     * English, or no language and a country-code domain other than the United States'.
     */
    static boolean dayFirst(String lang, String url) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!l.startsWith("en")) {
                return true;
            }
            if (l.length() > 3) {
                return !l.endsWith("-us") && !l.endsWith("-ca") && !l.endsWith("-ph");
            }
        }
        String host = MetadataReader.hostOf(url);
        if (host == null) {
            return false;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return tld.length() == 2 && !"us".equals(tld) && !"ca".equals(tld) && !"io".equals(tld)
                && !"co".equals(tld) && !"ai".equals(tld) && !"tv".equals(tld) && !"me".equals(tld);
    }

    /**
     * The text of the page's first paragraphs of 80 characters or more, up to {@link #GUESS_CHARS}:
     * what its articles are written in, not its menu's words.
     */
    private static String paragraphs(Element body) {
        StringBuilder sb = new StringBuilder();
        for (Element p : ElementWalk.named(body, "p")) {
            String t = p.text();
            if (t.length() >= 80) {
                sb.append(t).append(' ');
                if (sb.length() >= GUESS_CHARS) {
                    break;
                }
            }
        }
        return sb.toString();
    }
}
