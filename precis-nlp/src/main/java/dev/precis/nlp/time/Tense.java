package dev.precis.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense around a time expression, read from cue words in a window of its sentence. It decides
 * which side of the publication date an underspecified expression ("on Monday", "in March") falls on:
 * "the ministry said on Monday" looks back, "will meet on Monday" looks forward. Thread-safe.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "(?<!\\b(?:was|were|been|had)\\s)\\b(?:will|won't|would|shall|'ll|going\\s+to|is\\s+to|are\\s+to|scheduled|slated|due\\s+to|due\\s+on"
                    + "|expected\\s+to|plans?\\s+to|(?:was\\s+|were\\s+)?planning\\s+to|planned|intends?\\s+to|upcoming|forthcoming|would\\s+be\\s+held"
                    + "|to\\s+be\\s+held|set\\s+to|until|next|coming|as\\s+(?:early|soon)\\s+as|effective|payable)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_CUE = Pattern.compile(
            "(?<!-)(?<!\\bbe\\s)\\b(?:said|says|was|were|had|did|ago|last|told|met|made|took|gave|came|went|saw|won|lost|held"
                    + "|began|spoke|wrote|sold|bought|rose|fell|paid|announced|reported|ended|closed|opened"
                    + "|expired|occurred|happened|started|killed|arrested|died|agreed|signed|elected|resigned"
                    // irregular past forms, which the "-ed" cue below cannot see ("In January, X brought in a new chief")
                    + "|brought|became|got|sent|led|kept|found|thought|felt|built|struck|sought|caught|fought"
                    + "|spent|grew|knew|drew|threw|flew|chose|stood|ran|fled|heard|shot|froze|swore|hid"
                    + "|bore|broke|forbade|forgave|wound|withdrew|overtook|undertook|underwent)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Any other word in "-ed" (a past tense or a participle): weaker evidence, used only when no
     * explicit cue is near ("will be named in December", "markets untouched by" are not past).
     */
    private static final Pattern WEAK_PAST_CUE = Pattern.compile("(?<!\\bbe\\s)\\b\\p{L}{2,}(?<![eE])ed\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OPENING = Pattern.compile("\\s*(?:\\p{L}+\\s+)?");
    private static final int BEFORE = 70;
    private static final int AFTER = 40;

    /**
     * The tense of the clause around {@code [start, end)}, inside {@code [sentenceStart, sentenceEnd)}:
     * the cue nearest to the expression wins (the verb it modifies is usually the closest one). Explicit
     * cues (modals, common past forms) outrank other "-ed" words, which are often participles.
     */
    static Tense around(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        int from = Math.max(sentenceStart, start - BEFORE);
        // an expression opening its sentence has at most its preposition before it, which is no verb
        // ("Until Thursday, they had not called him a suspect" is past whatever "until" suggests)
        boolean opening = OPENING.matcher(text).region(sentenceStart, start).matches();
        int to = Math.max(end, Math.min(sentenceEnd, end + AFTER));
        CharSequence before = opening ? "" : text.subSequence(from, start);
        CharSequence after = text.subSequence(end, to);
        if (FUTURE_CUE.matcher(before).find() || PAST_CUE.matcher(before).find()) {
            // the clause has its verb before the expression: what follows a comma is another clause
            // ("will succeed him Feb. 1, the board said" is future whatever the attribution's tense)
            for (int i = 0; i < after.length(); i++) {
                char c = after.charAt(i);
                if (c == ',' || c == ';') {
                    after = after.subSequence(0, i);
                    break;
                }
            }
        }
        Tense strong = nearest(FUTURE_CUE, PAST_CUE, before, after);
        return strong != UNKNOWN ? strong : nearest(FUTURE_CUE, WEAK_PAST_CUE, before, after);
    }

    private static Tense nearest(Pattern futureCue, Pattern pastCue, CharSequence before, CharSequence after) {
        int futureBefore = lastCue(futureCue, before);
        int pastBefore = lastCue(pastCue, before);
        int futureAfter = firstCue(futureCue, after);
        int pastAfter = firstCue(pastCue, after);
        int future = Math.min(futureBefore < 0 ? Integer.MAX_VALUE : before.length() - futureBefore,
                futureAfter < 0 ? Integer.MAX_VALUE : futureAfter);
        int past = Math.min(pastBefore < 0 ? Integer.MAX_VALUE : before.length() - pastBefore,
                pastAfter < 0 ? Integer.MAX_VALUE : pastAfter);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return UNKNOWN;
        }
        return future <= past ? FUTURE : PAST;
    }

    private static int lastCue(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    private static int firstCue(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
