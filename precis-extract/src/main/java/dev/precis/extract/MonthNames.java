package dev.precis.extract;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and their abbreviations in the languages dates are read in (English, German, French,
 * Spanish, Italian, Dutch, Portuguese, Polish, Russian, the Scandinavian languages and Czech), taken from
 * the JDK's locale data in every form it knows (full and short, formatting and stand-alone, so the
 * Polish, Russian and Czech genitives "lipca", "июля", "června" are there too). A word that names different months
 * in two languages would be dropped; none does today. Immutable and thread-safe.
 */
final class MonthNames {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "sv", "da", "nb", "cs"};
    private static final Map<String, Integer> BY_WORD = build();

    private MonthNames() {
    }

    /** The month (1–12) {@code word} names, ignoring case and a trailing dot, or 0. */
    static int of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        Integer m = BY_WORD.get(w);
        return m == null ? 0 : m;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> map = new HashMap<>();
        Map<String, Integer> clash = new HashMap<>();
        TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                for (TextStyle style : styles) {
                    String w = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "").strip();
                    if (w.length() >= 3 && !w.chars().allMatch(Character::isDigit)) {
                        Integer old = map.putIfAbsent(w, month.getValue());
                        if (old != null && old != month.getValue()) {
                            clash.put(w, 0);
                        }
                    }
                }
            }
        }
        // forms the JDK does not list: Austrian "Jänner", the four-letter "Sept", unaccented French
        String[][] extra = {{"jänner", "1"}, {"jän", "1"}, {"sept", "9"}, {"fevrier", "2"}, {"aout", "8"},
            {"decembre", "12"}, {"fevr", "2"}, {"juil", "7"}, {"marz", "3"}, {"maerz", "3"},
            // German "Mrz." and Austrian "Feber", French "fév"/"fev" without the r
            {"mrz", "3"}, {"feber", "2"}, {"fév", "2"}, {"fev", "2"},
            // German "Febr." (the five-letter form of older house styles)
            {"febr", "2"},
            // French "juill." (the typographers' abbreviation of juillet, beside the JDK's "juil.")
            {"juill", "7"}};
        for (String[] e : extra) {
            map.putIfAbsent(e[0], Integer.parseInt(e[1]));
        }
        clash.keySet().forEach(map::remove);
        return Map.copyOf(map);
    }

    /** The weekdays' names, full and short, in the languages this class reads, as one alternation. */
    static String weekdays() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length)
                .reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String tag : new String[] {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                for (java.time.format.TextStyle st : new java.time.format.TextStyle[] {
                    java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT}) {
                    String n = d.getDisplayName(st, locale).toLowerCase(locale).replace(".", "").strip();
                    if (n.length() >= 2) {
                        names.add(java.util.regex.Pattern.quote(n));
                    }
                }
            }
        }
        return String.join("|", names);
    }
}
