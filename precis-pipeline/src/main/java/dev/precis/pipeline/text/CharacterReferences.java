package dev.precis.pipeline.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML left in a plain text by whatever copied it out of a page: character references ("caf&amp;#233;",
 * "&amp;eacute;") and line-break tags ("&lt;br /&gt;", raw or escaped). A reader would see them as written, so
 * the text's references are decoded and its break tags become line breaks before the text is stored, and every
 * offset (paragraphs, sentences, quotes, summary ranges) refers to the decoded text.
 *
 * <p>Only what is clearly a reference is decoded: a name or number between "&amp;" and ";" that HTML knows
 * ({@code &name;}, {@code &#NNN;}, {@code &#xHH;}); a bare "&amp;" ("Marks &amp; Spencer", "AT&amp;T") and a
 * name HTML does not know stay as written. The names and numbers are jsoup's (HTML5's table). One pass: a
 * doubly escaped "&amp;amp;lt;" becomes "&amp;lt;", not "&lt;". Stateless and thread-safe.
 */
final class CharacterReferences {

    /** {@code &name;}, {@code &#NNN;} or {@code &#xHH;}: the semicolon is required (HTML lets a few names go without). */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * A {@code <br>} tag ({@code <br>}, {@code <br/>}, {@code <BR />}), or a self-closing one that lost its "&lt;"
     * ("… either. br /&gt;"): no sentence of prose holds "br /&gt;" after a space.
     */
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|(?<![\\w<])br\\s*/>");

    private CharacterReferences() {
    }

    /** {@code text} with its character references decoded and its {@code <br>} tags turned into line breaks. */
    static String decode(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('>') < 0) {
            return text;
        }
        // as in an attribute: "&notit;" is no "&not" followed by "it;"
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), true)));
        }
        m.appendTail(out);
        return BREAK.matcher(out).replaceAll("\n");
    }
}
