package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks left as HTML character references in a text that is otherwise plain, as a feed or a scraper that
 * does not decode them gives it ("&amp;ldquo;We will stay,&amp;rdquo; she said", "&amp;quot;", "&amp;#8220;"):
 * no mark of the text is then a mark the finder reads, and every direct quote is lost. The references of quotation
 * marks and apostrophes (and "&amp;amp;", so "AT&amp;amp;T" reads as written) are decoded into a text of their own, the
 * finder reads that, and each range it gives is put back on the text as given. Stateless.
 */
final class MarkEntities {

    /** The named and numeric references of double and single quotation marks, apostrophes, guillemets and the ampersand. */
    private static final Pattern REFERENCE = Pattern.compile("&(?:(quot|ldquo|rdquo|bdquo|lsquo|rsquo|sbquo|laquo|raquo|apos|amp)"
            + "|#0*(34|39|38|171|187|82(?:1[6-9]|2[0-2]))|#[xX]0*(22|27|26|[aA][bB]|[bB][bB]|201[89a-fA-F]|201[eE]))"
            + ";", Pattern.CASE_INSENSITIVE);

    private MarkEntities() {
    }

    /**
     * A text with its marks' references decoded, and for each of its characters where it stood in the text as given
     * ({@code from[i]} to {@code to[i]}, exclusive).
     */
    record Decoded(String text, int[] from, int[] to, int[] back) {

        /** The range of the text as given that the decoded range covers. */
        TextRange original(TextRange r) {
            if (r == null) {
                return null;
            }
            int start = from[r.start()];
            int end = r.end() > r.start() ? to[r.end() - 1] : start;
            return new TextRange(start, Math.max(start, end));
        }

        /** The decoded range of a range of the text as given (a start inside a reference at its character, an end after it). */
        TextRange decoded(TextRange r) {
            int start = back[r.start()];
            int end = r.end() > r.start() ? back[r.end() - 1] + 1 : start;
            return new TextRange(start, Math.max(start, end));
        }

        List<Sentence> sentences(List<Sentence> sentences) {
            List<Sentence> out = new ArrayList<>(sentences.size());
            for (Sentence s : sentences) {
                out.add(new Sentence(s.index(), decoded(s.range())));
            }
            return out;
        }

        List<EntityMention> entities(List<EntityMention> entities) {
            List<EntityMention> out = new ArrayList<>(entities.size());
            for (EntityMention e : entities) {
                out.add(new EntityMention(decoded(e.range()), e.type(), e.canonical(), e.title()));
            }
            return out;
        }

        List<Quote> quotes(List<Quote> quotes) {
            List<Quote> out = new ArrayList<>(quotes.size());
            for (Quote q : quotes) {
                out.add(new Quote(original(q.range()), original(q.content()), q.kind(), q.speaker(), original(q.speakerRange()), q.cue()));
            }
            return out;
        }
    }

    /** The text with its marks' references decoded, or null when it holds none (the usual case: the text is read as it is). */
    static Decoded decoded(String text) {
        if (text.indexOf('&') < 0) {
            return null;
        }
        Matcher m = REFERENCE.matcher(text);
        if (!m.find()) {
            return null;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        int[] back = new int[n + 1];
        int at = 0;
        do {
            for (; at < m.start(); at++) {
                back[at] = out.length();
                from[out.length()] = at;
                to[out.length()] = at + 1;
                out.append(text.charAt(at));
            }
            for (; at < m.end(); at++) {
                back[at] = out.length();
            }
            from[out.length()] = m.start();
            to[out.length()] = m.end();
            out.append(character(m));
        } while (m.find());
        for (; at < n; at++) {
            back[at] = out.length();
            from[out.length()] = at;
            to[out.length()] = at + 1;
            out.append(text.charAt(at));
        }
        back[n] = out.length();
        int length = out.length();
        int[] f = java.util.Arrays.copyOf(from, length + 1);
        int[] t = java.util.Arrays.copyOf(to, length + 1);
        f[length] = n;
        t[length] = n;
        return new Decoded(out.toString(), f, t, back);
    }

    private static char character(Matcher m) {
        if (m.group(1) != null) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "quot" -> '"';
                case "ldquo" -> '“';
                case "rdquo" -> '”';
                case "bdquo" -> '„';
                case "lsquo" -> '‘';
                case "rsquo" -> '’';
                case "sbquo" -> '‚';
                case "laquo" -> '«';
                case "raquo" -> '»';
                case "apos" -> '\'';
                default -> '&';
            };
        }
        return (char) (m.group(2) != null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3), 16));
    }
}
