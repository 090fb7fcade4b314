package dev.precis.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence reads on its own, shown without its neighbours: not when it opens with a pronoun
 * or connective that points to the sentence before it, nor when it is a piece of a list. The article
 * summarizer and the story summaries (in the store) choose sentences by the same tests, so they live
 * here, beside the model both share, rather than in either. Stateless.
 */
public final class StandAloneSentences {

    private static final Set<String> DANGLING_OPENERS = Set.of(
            "he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these",
            "those", "but", "however", "also", "instead", "meanwhile", "still", "yet",
            "nevertheless", "moreover", "furthermore", "besides", "so", "thus", "hence", "therefore",
            "then", "and", "or", "such", "both", "another", "others", "otherwise", "likewise",
            "similarly", "indeed", "in addition", "as a result", "by contrast", "on the other hand",
            "the latter", "the former");

    private static final int LONGEST_OPENER = 4;

    /** "The second is …", "The other was …": an ordinal standing for something named before. */
    private static final Pattern ORDINAL_REFERENCE = Pattern.compile(
            "^\\W*(?i:the) (first|second|third|last|other|latter|former) (is|was|are|were|one)\\b");

    /**
     * Openers that look like a connective but are not one: "So far" (up to now) and "Still" before a present
     * participle or "to" (an adverb of time: "Still reeling from the defeat, …", "Still to come: …") read alone.
     * "Still, …" and "Still the council waits" (however) point back.
     */
    private static final Pattern NOT_A_CONNECTIVE = Pattern.compile("^(?i:so far\\b|still \\p{L}+ing\\b|still to\\b)");

    /** True when the sentence opens with a pronoun or connective that needs the sentence before it. */
    public static boolean opensWithDanglingReference(String s) {
        if (ORDINAL_REFERENCE.matcher(s).find()) {
            return true;
        }
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int first = i;
        while (first < s.length() && Character.isLetter(s.charAt(first))) {
            first++;
        }
        // a compound opens the sentence ("So-called experts …", "Then-minister Ruiz …"): its first part is no opener
        if (first + 1 < s.length() && (s.charAt(first) == '-' || s.charAt(first) == '\u2011') && Character.isLetter(s.charAt(first + 1))) {
            return false;
        }
        if (NOT_A_CONNECTIVE.matcher(s.substring(i)).find()) {
            return false;
        }
        // the opening one to four words ("on the other hand" is the longest opener), each a run of
        // letters after one space
        int end = i;
        for (int words = 0; words < LONGEST_OPENER; words++) {
            int next = words == 0 ? end : end + 1;
            if (words > 0 && (next >= s.length() || s.charAt(end) != ' ' || !Character.isLetter(s.charAt(next)))) {
                return false;
            }
            end = next;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (DANGLING_OPENERS.contains(s.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A sentence stop at the end, after any closing quotation marks or brackets. */
    private static final Pattern STOPPED = Pattern.compile("[.!?…][\"'”’)\\]]*\\s*$");

    /**
     * True when the sentence is a piece of a list rather than a statement: it ends on a colon (the lead
     * that introduces the items: "Here is what changes:") or without a sentence stop (an item: "A rise in
     * the fuel allowance"). Either reads as a fragment when shown without the rest of the list.
     */
    public static boolean isListFragment(String s) {
        String t = s.strip();
        return t.endsWith(":") || !STOPPED.matcher(t).find();
    }

    private StandAloneSentences() {
    }
}
