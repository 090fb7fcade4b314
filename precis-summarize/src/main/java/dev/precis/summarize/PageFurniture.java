package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentences that are page furniture, not statements of the story: captions, photo credits, bylines,
 * time stamps, labelled links and fragments too short to carry a statement. Stateless; split from
 * {@link SentenceShape}, which keeps what makes a real sentence read badly out of its place.
 */
final class PageFurniture {

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

    private PageFurniture() {
    }

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

    /** Captions, credits, bylines, datelines and fragments too short to carry a statement. */
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
}
