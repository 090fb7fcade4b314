package dev.precis.summarize;

import dev.precis.model.SummaryLength;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a sentence read badly in a summary: a caption, photo credit or byline; a fragment of
 * page furniture; an opening pronoun or connective that points to a sentence the reader will not
 * see; half of a quotation. Stateless.
 */
final class SentenceShape {

    /*
     * Credits and page chrome: a sentence that opens with a label or call to action, or holds an agency
     * credit anywhere. The patterns below were one alternation tried at every position of every
     * sentence; split into what can only match at the start (asked once, there) and what can match
     * anywhere (asked only when the sentence holds one of its words), they find exactly what it found.
     */
    private static final Pattern CHROME_AT_START = Pattern.compile(
            "(?i)^(by|photo|image|picture|video|caption|credit|source|file photo|pictured|above|below|"
            + "left|right|top|inset|main picture|scroll down|click here|read more|share this|follow|"
            + "published|updated|last updated|advertisement|watch|listen|related|see also)\\b[ :.,-]"
            + "|^\\s*\\(?(photo|image|video)s?\\)?:"
            + "|^\\s*[(\\[](watch|listen|read|also read|read more|see|see also|video|photos?|live|related)\\s*:");
    private static final Pattern CREDIT_ANYWHERE = Pattern.compile(
            "(?i)\\b(getty images|reuters/|/reuters|\\bap photo|afp/|/afp|epa/|shutterstock|"
            + "all rights reserved|copyright ©|©)"
            + "|\\bscroll down for video\\b");
    /** Lower-case words one of which {@link #CREDIT_ANYWHERE} needs. */
    private static final String[] CREDIT_WORDS = {"getty images", "reuters/", "/reuters", "ap photo", "afp/", "/afp",
        "epa/", "shutterstock", "all rights reserved", "©", "scroll down for video"};

    /** Wire-copy furniture anywhere in a sentence: time stamps, credits, calls to action. */
    private static final Pattern STAMP_OR_CREDIT = Pattern.compile(
            "(?i)\\b(published|updated|last updated|last modified|posted)\\s*:|^\\W*editor'?s note\\b"
            + "|\\b(last updated|published|posted) (at|on) \\d"
            + "|\\bcontributed (to )?(this )?report|\\b(reporting|editing|additional reporting) by\\b"
            + "|\\b(click|tap) here\\b|\\bscroll down\\b|\\bfollow (us|him|her|me) on\\b"
            + "|\\bsubscribe to (our|the) newsletter\\b"
            + "|\\b(e-?mail|call) [^.]{0,40}\\bat \\S+@|\\bdownload (the|our) app\\b"
            + "|\\bwatch the video\\b|\\bsee (the )?(video|gallery|photos)\\b"
            + "|\\b(not (currently )?accepting|(unable|not able) to accept|cannot accept) comments (on|for|to) this\\b");
    /** Lower-case words one of which each alternative of {@link #STAMP_OR_CREDIT} needs. */
    private static final String[] STAMP_WORDS = {"published", "updated", "modified", "posted", "editor", "contributed",
        "reporting", "editing", "here", "scroll", "follow", "newsletter", "@", "download", "watch", "see", "comments"};

    /** Words of a date or time stamp: a line of only these and numbers is a stamp, not a sentence. */
    private static final Pattern STAMP_WORD = Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|mon|tue|wed|thu|fri|sat|sun"
            + "|(mon|tues|wednes|thurs|fri|satur|sun)day|am|pm|a\\.m|p\\.m|[ecmp][sd]t|gmt|bst|utc|et|"
            + "st|nd|rd|th|at|on|of|the|updated|published|posted|by|last|\\|");

    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(said|says|told|added|explained|according to|stated|announced|insisted|claimed|warned|wrote)\\b");

    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "(?:[,\"”]|[,.!?]['’])\\s+(he|she|they|it) (said|says|added|told|explained|insisted|claimed|warned)\\b"
            + "|^\\W*(he|she|they) (said|says|added|told)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|we|We|my|My|our|Our|me|us)\\b");

    /**
     * What a sentence is made of, for the summary model: the share of its characters inside quotation
     * marks, whether it opens with one, names a speech act, holds a number, the share of its words that
     * are capitalised (names), whether it asks a question, speaks in the first person outside quotes,
     * or credits a quotation to a bare pronoun ("…," he said).
     */
    record Traits(double quoteShare, boolean opensWithQuote, boolean speech, boolean number,
                  double capitalised, boolean question, boolean firstPerson, boolean pronounSpeaker) {
    }

    static Traits traits(String s) {
        int quoted = 0;
        boolean inside = false;
        StringBuilder outside = new StringBuilder(s.length());
        boolean digit = false;
        boolean[] single = hasDoubleMarks(s) ? null : singleQuoted(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '“' || c != '”' && !inside;
                continue;
            }
            if (inside || single != null && single[i]) {
                quoted++;
            } else {
                outside.append(c);
            }
            digit |= Character.isDigit(c);
        }
        int words = 0;
        int capitals = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !inWord) {
                words++;
                if (Character.isUpperCase(s.charAt(i)) && i > 0) {
                    capitals++;
                }
            }
            inWord = letter || inWord && (s.charAt(i) == '\'' || s.charAt(i) == '-');
        }
        String trimmed = s.strip();
        int first = 0;
        while (first < trimmed.length() && !Character.isLetterOrDigit(trimmed.charAt(first))
                && trimmed.charAt(first) != '"' && trimmed.charAt(first) != '“') {
            first++;
        }
        boolean opensWithQuote = first < trimmed.length() && (trimmed.charAt(first) == '"' || trimmed.charAt(first) == '“')
                || single != null && opensWithSingleQuote(s, single);
        return new Traits(s.isEmpty() ? 0 : quoted / (double) s.length(), opensWithQuote,
                SPEECH_VERB.matcher(s).find(), digit, words <= 1 ? 0 : capitals / (double) (words - 1),
                trimmed.endsWith("?") || trimmed.endsWith("?\"") || trimmed.endsWith("?”"),
                FIRST_PERSON.matcher(outside).find(), PRONOUN_SPEAKER.matcher(s).find());
    }

    private static boolean hasDoubleMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters inside quotations in single marks ('…' or ‘…’), the house style of British and
     * Commonwealth copy, in a sentence without double marks. A mark opens at the sentence's start or after
     * a space or bracket before a letter or digit, and closes after a letter, digit or stop before a
     * space, stop or the end; a quotation that does not close in the sentence counts nothing, so an
     * apostrophe ("don't", "the Joneses' house", "the '90s") is never taken for one.
     */
    static boolean[] singleQuoted(String s) {
        boolean[] in = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (open < 0 && c != '’' && (Character.isWhitespace(before) || before == '(' || before == '[')
                    && Character.isLetterOrDigit(after)) {
                open = i;
            } else if (open >= 0 && c != '‘' && (Character.isLetterOrDigit(before) || ",.!?".indexOf(before) >= 0)
                    && (Character.isWhitespace(after) || ".,;:!?)".indexOf(after) >= 0)) {
                java.util.Arrays.fill(in, open + 1, i, true);
                open = -1;
            }
        }
        return in;
    }

    /** The sentence's first visible character is a single mark that opens a quotation ({@code single} marks its inside). */
    private static boolean opensWithSingleQuote(String s, boolean[] single) {
        int f = 0;
        while (f < s.length() && Character.isWhitespace(s.charAt(f))) {
            f++;
        }
        return f + 1 < s.length() && (s.charAt(f) == '\'' || s.charAt(f) == '‘') && single[f + 1];
    }

    /** True when every word of the sentence belongs to a date or time stamp ("14:02 EST, 3 May 2014"). */
    static boolean isStamp(String s) {
        int i = 0;
        int n = s.length();
        boolean sawNumber = false;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '|') {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '|')) {
                i++;
            }
            if (i == start) {
                break;
            }
            String w = s.substring(start, i);
            if (Character.isDigit(w.charAt(0))) {
                sawNumber = true;
                continue;
            }
            if (!STAMP_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return sawNumber;
    }

    private static final Set<String> DANGLING_OPENERS = Set.of(
            "he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these",
            "those", "but", "however", "also", "instead", "meanwhile", "still", "yet",
            "nevertheless", "moreover", "furthermore", "besides", "so", "thus", "hence", "therefore",
            "then", "and", "or", "such", "both", "another", "others", "otherwise", "likewise",
            "similarly", "indeed", "in addition", "as a result", "by contrast", "on the other hand",
            "the latter", "the former");

    private SentenceShape() {
    }

    static int wordCount(String s) {
        return SummaryLength.wordCount(s);
    }

    /** Captions, credits, bylines, datelines and fragments too short to carry a statement. */
    /**
     * Chrome at the start, a credit, or wire-copy furniture anywhere. The patterns are case-insensitive in
     * ASCII only, so any text they match holds, lower-cased, one of their words: a sentence without any
     * of the words is not asked (the same answers, for a fraction of the regular-expression work).
     */
    static boolean isChromeOrCredit(String s) {
        if (CHROME_AT_START.matcher(s).lookingAt()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return containsAny(lower, CREDIT_WORDS) && CREDIT_ANYWHERE.matcher(s).find()
                || containsAny(lower, STAMP_WORDS) && STAMP_OR_CREDIT.matcher(s).find();
    }

    /**
     * A labelled element set loose in the copy: one to four words and a colon, then a fragment whose
     * full stop stands apart from its last word ("Caught out: Mr Hale crosses the line in 2012 .",
     * "Read more: Five things to know ."). Text scraped from a page with one line per element adds a
     * detached stop to every element that had none of its own: photo captions, related links, fact
     * boxes. Prose ends its sentences with the stop against the last word, so both marks together say
     * "caption or link", never "sentence of the story".
     */
    static boolean isLabelledFragment(String s) {
        return detachedStop(s) && LABEL_AT_START.matcher(s).lookingAt();
    }

    /**
     * Names alone before a detached stop: every word capitalised but the particles that join names
     * ("Tom Hale and Ruth Mercer .", "Associated Press and Daily Mail Reporter .", "Ann Reed for Harbour
     * Online ."). That is a byline split off its "By ." or a caption's credit in scraped
     * one-element-per-line copy; a sentence of the story has a verb in lower case. An entry of a list
     * ("Ann Reed; Harbour Kitchen; Leeds .") is content of a list article and stays.
     */
    static boolean isNameLine(String s) {
        if (!detachedStop(s) || s.indexOf(';') >= 0) {
            return false;
        }
        int words = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            String w = s.substring(start, i);
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    /**
     * Lower-case words inside names, lists of names and bylines ("Ann Reed for Harbour Online", "Tom Hale
     * in Eastgate").
     */
    private static final Set<String> NAME_PARTICLES = Set.of("and", "&", "of", "the", "de", "del", "der", "van",
            "von", "da", "di", "du", "la", "le", "bin", "al", "el", "for", "in", "at");

    /** The sentence ends with a full stop set apart from its last word ("… in 2024 ."), not an ellipsis. */
    private static boolean detachedStop(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end >= 3 && s.charAt(end - 1) == '.' && s.charAt(end - 2) == ' ' && s.charAt(end - 3) != '.';
    }

    /**
     * A sentence that ends without a stop while the next one goes on in the same line: the splitter
     * parts text there only where scraping glued a headline to the sentence after it ("How the pier
     * could have been saved These days, …") or where it cut an over-long run without punctuation.
     * Neither piece reads as a sentence of the story. A headline or last line on a line of its own
     * (a line break follows) is not this.
     */
    static boolean runsIntoNext(String text, int end, String sentence) {
        if (sentence.isEmpty() || end >= text.length()) {
            return false;
        }
        char last = sentence.charAt(sentence.length() - 1);
        if (!Character.isLetterOrDigit(last) && last != '\'' && last != '’') {
            return false;
        }
        for (int i = end; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** One to four words, the first capitalised, then a colon and a space. */
    private static final Pattern LABEL_AT_START = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’&-]*(?: [\\p{L}'’&-]+){0,3}: \\S");

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isJunk(String s, int words) {
        if (words < 4) {
            return true;
        }
        if (isChromeOrCredit(s) || isStamp(s) || isLabelledFragment(s) || isNameLine(s)) {
            return true;
        }
        int lower = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        // all-caps banners and lines of names/numbers only
        return letters == 0 || lower < letters * 0.5;
    }

    /**
     * True when the sentence reads well only after the one before it: it opens with a pronoun or
     * connective ({@link #opensWithDanglingReference}) or credits a quotation to a bare pronoun.
     */
    static boolean needsAntecedent(String s) {
        return opensWithDanglingReference(s) || PRONOUN_SPEAKER.matcher(s).find();
    }

    /** "The second is …", "The other was …": an ordinal standing for something named before. */
    private static final Pattern ORDINAL_REFERENCE = Pattern.compile(
            "^\\W*(?i:the) (first|second|third|last|other|latter|former) (is|was|are|were|one)\\b");

    /** True when the sentence opens with a pronoun or connective that needs the sentence before it. */
    static boolean opensWithDanglingReference(String s) {
        if (ORDINAL_REFERENCE.matcher(s).find()) {
            return true;
        }
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String first = s.substring(i, end).toLowerCase(Locale.ROOT);
        if (DANGLING_OPENERS.contains(first)) {
            return true;
        }
        int end2 = end + 1;
        while (end2 < s.length() && Character.isLetter(s.charAt(end2))) {
            end2++;
        }
        return end2 <= s.length() && end + 1 < end2
                && DANGLING_OPENERS.contains(s.substring(i, end2).toLowerCase(Locale.ROOT));
    }

    /** True when the sentence holds an odd number of quotation marks: it is half of a quotation. */
    static boolean isPartialQuote(String s) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        return straight % 2 != 0 || open != close;
    }
}
