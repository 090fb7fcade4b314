package dev.precis.server.web;

import dev.precis.model.SummaryLength;
import dev.precis.server.QueryParams;
import dev.precis.server.web.Pages.LengthChoice;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary lengths the reader offers and how they appear in its addresses: {@code ?length=75-words}
 * (the default, an editor's length) or {@code ?length=3-sentences}. The older {@code ?sentences=N}
 * still works, so links made before stay valid. Stateless.
 */
final class ReaderLength {

    static final int MAX_SENTENCES = 10;
    private static final int[] WORD_CHOICES = {40, 75, 120};
    private static final Pattern VALUE = Pattern.compile("(\\d{1,4})-(words|sentences)");

    private ReaderLength() {
    }

    /** The length a reader page asks for; the default when it names none. */
    static SummaryLength of(Context ctx) {
        String length = ctx.queryParam("length");
        if (length != null) {
            return parse(length);
        }
        if (ctx.queryParam("sentences") != null) {
            return SummaryLength.sentences(QueryParams.wholeNumber(ctx, "sentences", 3, 1, MAX_SENTENCES));
        }
        return SummaryLength.DEFAULT;
    }

    static SummaryLength parse(String length) {
        Matcher m = VALUE.matcher(length.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            boolean words = m.group(2).equals("words");
            if (words ? n >= 1 && n <= 1000 : n >= 1 && n <= MAX_SENTENCES) {
                return words ? SummaryLength.words(n) : SummaryLength.sentences(n);
            }
        }
        throw WebException.badRequest("length: expected N-words (1 to 1000) or N-sentences (1 to " + MAX_SENTENCES
                + "), got '" + QueryParams.clip(length) + "'.");
    }

    /** The address value of a length, as {@link #parse} reads it. */
    static String value(SummaryLength length) {
        int n = (int) length.amount();
        return switch (length.unit()) {
            case WORDS -> n + "-words";
            case SENTENCES -> n + "-sentences";
            case RATIO -> throw new IllegalArgumentException("the reader offers no ratio lengths");
        };
    }

    /** The menu: a few word budgets, then 1 to {@value #MAX_SENTENCES} sentences, with the chosen one in it. */
    static List<LengthChoice> choices(SummaryLength chosen) {
        List<LengthChoice> out = new ArrayList<>();
        boolean listed = false;
        for (int w : WORD_CHOICES) {
            out.add(new LengthChoice(w + "-words", "About " + w + " words"));
            listed |= chosen.unit() == SummaryLength.Unit.WORDS && chosen.amount() == w;
        }
        if (chosen.unit() == SummaryLength.Unit.WORDS && !listed) {
            out.add(new LengthChoice(value(chosen), "About " + (int) chosen.amount() + " words"));
        }
        for (int n = 1; n <= MAX_SENTENCES; n++) {
            out.add(new LengthChoice(n + "-sentences", n + (n == 1 ? " sentence" : " sentences")));
        }
        return out;
    }
}
