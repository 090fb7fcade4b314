package dev.precis.eval.rouge;

import java.util.Locale;
import java.util.Map;

/**
 * Porter's suffix-stripping stemmer in the flavour of NLTK's {@code PorterStemmer} in its default
 * {@code NLTK_EXTENSIONS} mode, which Google's {@code rouge_score} applies when stemming is on.
 *
 * <p>Hand-written rather than taken from a library on purpose: ROUGE figures are only comparable
 * with published ones when the stems are exactly NLTK's, and the Java Porter stemmers on Maven
 * Central (Lucene's, Snowball's) implement Martin Porter's own variant, which differs from NLTK's
 * (irregular forms such as dying→die, 'ies'/'ied' on four-letter words, y→i only after a
 * consonant, 'alli' handled first and re-run through step 2, 'fulli', the 'logi' measure taken
 * with the 'l', the vowel-consonant *o test for two-letter stems, and the first-matching-suffix
 * rule per step). The steps below follow NLTK's rule lists one to one, in the same order.
 *
 * <pre>{@code
 * PorterStemmer stemmer = new PorterStemmer();
 * stemmer.stem("generously"); // "gener"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PorterStemmer {

    /** NLTK's table of irregular forms, which bypass the algorithm. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sky", "sky"), Map.entry("skies", "sky"),
            Map.entry("dying", "die"), Map.entry("lying", "lie"), Map.entry("tying", "tie"),
            Map.entry("news", "news"),
            Map.entry("innings", "inning"), Map.entry("inning", "inning"),
            Map.entry("outings", "outing"), Map.entry("outing", "outing"),
            Map.entry("cannings", "canning"), Map.entry("canning", "canning"),
            Map.entry("howe", "howe"),
            Map.entry("proceed", "proceed"), Map.entry("exceed", "exceed"),
            Map.entry("succeed", "succeed"));

    /** Step 2 rules after NLTK's 'alli' pre-rule; the last two are NLTK-only ('logi' is special). */
    private static final String[][] STEP2 = {
        {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
        {"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
        {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"},
        {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
        {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"fulli", "ful"},
    };

    private static final String[][] STEP3 = {
        {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"},
        {"ful", ""}, {"ness", ""},
    };

    private static final String[] STEP4 = {
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
        "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    };

    /** Returns the stem of {@code word}, lower-cased; words of one or two letters come back as is. */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (word.length() <= 2) {
            return lower;
        }
        String stem = step1a(lower);
        stem = step1b(stem);
        stem = step1c(stem);
        stem = step2(stem);
        stem = step3(stem);
        stem = step4(stem);
        stem = step5a(stem);
        return step5b(stem);
    }

    private static String step1a(String word) {
        if (word.endsWith("ies") && word.length() == 4) {
            return word.charAt(0) + "ie";
        }
        if (word.endsWith("sses")) {
            return cut(word, 2);
        }
        if (word.endsWith("ies")) {
            return cut(word, 2);
        }
        if (word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("s")) {
            return cut(word, 1);
        }
        return word;
    }

    private static String step1b(String word) {
        if (word.endsWith("ied")) {
            return cut(word, 3) + (word.length() == 4 ? "ie" : "i");
        }
        if (word.endsWith("eed")) {
            String stem = cut(word, 3);
            return measure(stem) > 0 ? stem + "ee" : word;
        }
        String stem;
        if (word.endsWith("ed") && containsVowel(cut(word, 2))) {
            stem = cut(word, 2);
        } else if (word.endsWith("ing") && containsVowel(cut(word, 3))) {
            stem = cut(word, 3);
        } else {
            return word;
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e";
        }
        if (endsDoubleConsonant(stem)) {
            // NLTK stops here even when the letter is l, s or z (no 'e' is restored then).
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1);
        }
        if (measure(stem) == 1 && endsCvc(stem)) {
            return stem + "e";
        }
        return stem;
    }

    private static String step1c(String word) {
        if (word.endsWith("y")) {
            String stem = cut(word, 1);
            if (stem.length() > 1 && isConsonant(stem, stem.length() - 1)) {
                return stem + "i";
            }
        }
        return word;
    }

    private static String step2(String word) {
        if (word.endsWith("alli") && measure(cut(word, 4)) > 0) {
            return step2(cut(word, 4) + "al");
        }
        for (String[] rule : STEP2) {
            if (word.endsWith(rule[0])) {
                String stem = cut(word, rule[0].length());
                return measure(stem) > 0 ? stem + rule[1] : word;
            }
        }
        if (word.endsWith("logi")) {
            // NLTK keeps the 'l' with the stem when measuring, so 'geo'/'theo' behave like 'philo'.
            return measure(cut(word, 3)) > 0 ? cut(word, 1) : word;
        }
        return word;
    }

    private static String step3(String word) {
        for (String[] rule : STEP3) {
            if (word.endsWith(rule[0])) {
                String stem = cut(word, rule[0].length());
                return measure(stem) > 0 ? stem + rule[1] : word;
            }
        }
        return word;
    }

    private static String step4(String word) {
        for (String suffix : STEP4) {
            if (word.endsWith(suffix)) {
                String stem = cut(word, suffix.length());
                boolean ok = measure(stem) > 1;
                if (ok && "ion".equals(suffix)) {
                    char last = stem.charAt(stem.length() - 1);
                    ok = last == 's' || last == 't';
                }
                return ok ? stem : word;
            }
        }
        return word;
    }

    private static String step5a(String word) {
        if (word.endsWith("e")) {
            String stem = cut(word, 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsCvc(stem))) {
                return stem;
            }
        }
        return word;
    }

    private static String step5b(String word) {
        if (word.endsWith("ll") && measure(cut(word, 1)) > 1) {
            return cut(word, 1);
        }
        return word;
    }

    private static String cut(String word, int n) {
        return word.substring(0, word.length() - n);
    }

    /** A letter other than a, e, i, o, u, and other than a y preceded by a consonant. */
    private static boolean isConsonant(String word, int i) {
        boolean consonant = true;
        // y's status depends on its predecessor's, so walk from the start of the y-run.
        int start = i;
        while (start > 0 && word.charAt(start) == 'y') {
            start--;
        }
        for (int k = start; k <= i; k++) {
            char c = word.charAt(k);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                consonant = false;
            } else if (c == 'y') {
                consonant = k == 0 || !consonant;
            } else {
                consonant = true;
            }
        }
        return consonant;
    }

    /** Porter's m: the number of vowel-to-consonant transitions, as NLTK counts "vc". */
    private static int measure(String stem) {
        int m = 0;
        boolean previousVowel = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean consonant = isConsonant(stem, i);
            if (consonant && previousVowel) {
                m++;
            }
            previousVowel = !consonant;
        }
        return m;
    }

    private static boolean containsVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!isConsonant(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsDoubleConsonant(String word) {
        int n = word.length();
        return n >= 2 && word.charAt(n - 1) == word.charAt(n - 2) && isConsonant(word, n - 1);
    }

    /** Porter's *o (consonant-vowel-consonant, last not w/x/y), plus NLTK's two-letter vc case. */
    private static boolean endsCvc(String word) {
        int n = word.length();
        if (n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2)
                && isConsonant(word, n - 1)) {
            char last = word.charAt(n - 1);
            return last != 'w' && last != 'x' && last != 'y';
        }
        return n == 2 && !isConsonant(word, 0) && isConsonant(word, 1);
    }
}
