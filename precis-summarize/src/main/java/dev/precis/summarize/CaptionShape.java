package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo captions and credits that scraping glued into article text, recognised by their shape, not by
 * their words: a short sentence that points at a picture ("… in this 2004 photo", "Police released
 * this mug shot …"), ends in or carries a credit ("Photo: …", "Image courtesy of …"), or describes a
 * scene in the simple present with a place or a day and no other tense ("Refugees move along a road
 * Tuesday in Mugunga"; news prose reports in the past, the perfect or the future, captions describe
 * what the picture shows). Stateless.
 */
final class CaptionShape {

    /** Longest sentence still taken for a caption: captions are one line under a picture. */
    static final int MAX_WORDS = 30;

    /**
     * How far into the article a scene description is taken for a caption: scraping glues the lead
     * picture's caption next to the lede; further on, present-tense prose is more often background.
     */
    static final int SCENE_WITHIN = 5;

    private static final Pattern PICTURE_REFERENCE = Pattern.compile(
            "(?i)\\b(this|these)\\s+([\\w'-]+\\s+){0,3}?(photo|photograph|picture|image|snapshot|mug ?shot)s?\\b"
            + "|(?i)\\b(in|from) (an?|the|this) ([\\w'-]+\\s+){0,3}?(photo|photograph|picture|snapshot|mug ?shot)s?\\W*$");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(photo|image|picture|video)s?\\s+(credit|courtesy)\\b"
            + "|(?i)(^|[|(\\[\\u2013\\u2014]|\\s-)\\s*(photo|image|picture|credit)s?\\s*:\\s*\\S"
            + "|\\(\\s*(photo|image|picture)s?\\s*(by|/)|\\bcourtesy of [A-Z][\\w.]*(\\s+[A-Z][\\w.]*)*\\W*$");

    /** Finite verb forms that a simple-present scene description does not use: auxiliaries, modals, speech, irregular pasts. */
    private static final Set<String> OTHER_TENSE = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
            "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does",
            "did", "won't", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
            "weren't", "hasn't", "haven't", "hadn't", "said", "says", "say", "told", "tells", "according",
            "went", "came", "took", "made", "gave", "got", "found", "left", "saw", "became", "began",
            "brought", "bought", "built", "caught", "chose", "drove", "fell", "felt", "fought", "flew",
            "forgot", "froze", "grew", "heard", "held", "hid", "kept", "knew", "led", "lost", "met",
            "paid", "ran", "rose", "sank", "sent", "sold", "spent", "spoke", "stood", "stole", "struck",
            "taught", "thought", "threw", "understood", "won", "wore", "wrote", "broke", "ate", "drew",
            "meant", "slept", "sought", "swore", "woke", "arose", "shook", "forgave", "dealt", "fled", "sat",
            "rode", "slid", "swept", "spun", "wept", "sang", "drank", "swung", "stuck", "hung");

    /** Pronouns whose "'s" is "is" or "has" ("it's", "there's"), not a possessive. */
    private static final Set<String> CONTRACTED_PRONOUNS = Set.of(
            "it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "let's");

    /** Words after which an "-ed" word is an adjective ("a wounded man"), not a past tense. */
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
            "my", "your", "of", "and", "two", "three", "some", "many", "several");

    private static final Set<String> CAPTION_TIME = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "near", "outside", "inside", "on", "during", "from", "across", "along");

    private CaptionShape() {
    }

    /**
     * True when the sentence, the article's {@code index}-th (from 0), has the shape of a photo
     * caption or credit (see the class comment).
     */
    static boolean isCaption(String s, int words, int index) {
        if (CREDIT.matcher(s).find()) {
            return true;
        }
        if (words > MAX_WORDS || hasQuoteOrQuestion(s)) {
            return false;
        }
        return PICTURE_REFERENCE.matcher(s).find() || index < SCENE_WITHIN && isPresentSceneDescription(s);
    }

    private static boolean hasQuoteOrQuestion(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '?' || c == ':' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /**
     * Simple present, a day or a named place, and no other tense: no auxiliary, modal, speech verb,
     * irregular past or past "-ed" form (an "-ed" word after a determiner or opening the sentence is
     * an adjective), no first or second person, no dateline.
     */
    static boolean isPresentSceneDescription(String s) {
        if (s.contains("--") || s.contains(" — ") || s.contains(" – ")) {
            return false; // a dateline: "CITY (Agency) -- …" opens the news, not a caption
        }
        boolean anchored = false;
        String previous = "";
        int index = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’')) {
                i++;
            }
            if (i == start) {
                break;
            }
            String raw = s.substring(start, i).replace('’', '\'');
            String w = raw.toLowerCase(Locale.ROOT);
            if (CONTRACTED_PRONOUNS.contains(w)) {
                return false;
            }
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (OTHER_TENSE.contains(w) || w.endsWith("n't") || w.endsWith("'ll") || w.endsWith("'ve")
                    || w.endsWith("'re") || w.endsWith("'d") || w.equals("i") || w.equals("we")
                    || w.equals("you")) {
                return false;
            }
            boolean capital = Character.isUpperCase(raw.charAt(0));
            if (w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed") && index > 0 && !capital
                    && !DETERMINERS.contains(previous)) {
                return false;
            }
            if (CAPTION_TIME.contains(w) || index > 0 && capital && PLACE_PREPOSITIONS.contains(previous)) {
                anchored = true;
            }
            previous = w;
            index++;
        }
        return anchored && index >= 5;
    }
}
