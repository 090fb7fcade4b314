package dev.precis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that can be one person's: the same {@link NameKey} or a short form and its full name ("Vince" /
 * "Vincent", "Bill" / "William", "Freddie" / "Frederick"), from a hand-written list of common English short forms
 * ({@code given-name-variants.txt}). A diminutive's shape is read as its short form ("Bobby", "Freddie" as "Bob",
 * "Fred"), and a typing slip is the same name ({@link #slip}). Two short forms of different names ("Chris" of
 * Christopher and of Christine) are each compatible with both, the two full names with neither: callers join only
 * where one candidate fits. Stateless.
 */
public final class GivenNames {

    /** Name key of a form → keys of the full names it can stand for (a full name stands for itself). */
    private static final Map<String, Set<String>> FULL_NAMES = load();

    private GivenNames() {
    }

    /** Whether the two given names can be one person's ("Vince" / "Vincent", "Bob" / "Robert", "Sergey" / "Sergei"). */
    public static boolean compatible(String a, String b) {
        String ka = NameKey.word(a);
        String kb = NameKey.word(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb) || slip(NameKey.fold(a), NameKey.fold(b))) {
            return true;
        }
        Set<String> fa = fullNames(a, ka);
        Set<String> fb = fullNames(b, kb);
        for (String f : fa) {
            if (fb.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** The full names a given name can stand for: itself, and those its listed or diminutive short form stands for. */
    private static Set<String> fullNames(String word, String key) {
        Set<String> out = new HashSet<>();
        out.add(key);
        out.addAll(FULL_NAMES.getOrDefault(key, Set.of()));
        String stem = diminutiveStem(NameKey.fold(word));
        if (stem != null) {
            out.addAll(FULL_NAMES.getOrDefault(NameKey.word(stem), Set.of()));
        }
        return out;
    }

    /**
     * A typing slip in a name of five letters or more: two letters swapped ("Kisrty" / "Kirsty") or one letter
     * added ("Malcom" / "Malcolm"), not at the end, where it makes another name ("Louis" / "Louise", "Marian" /
     * "Marina").
     */
    static boolean slip(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int n = shorter.length();
        if (n < 5 || longer.length() - n > 1 || shorter.equals(longer)
                || shorter.charAt(n - 1) != longer.charAt(longer.length() - 1)) {
            return false;
        }
        int i = 0;
        while (i < n && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (longer.length() > n) {
            return shorter.substring(i).equals(longer.substring(i + 1));
        }
        return i + 2 < n && shorter.charAt(i) == longer.charAt(i + 1) && shorter.charAt(i + 1) == longer.charAt(i)
                && shorter.substring(i + 2).equals(longer.substring(i + 2));
    }

    /** "freddie" → "fred", "bobby" → "bob": a name of four letters or more ending in "ie" or "y", less the ending. */
    static String diminutiveStem(String folded) {
        if (folded.length() < 4) {
            return null;
        }
        if (folded.endsWith("ie")) {
            return folded.substring(0, folded.length() - 2);
        }
        return folded.endsWith("y") ? folded.substring(0, folded.length() - 1) : null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        InputStream in = GivenNames.class.getResourceAsStream("given-name-variants.txt");
        if (in == null) {
            throw new IllegalStateException("given-name-variants.txt missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] words = line.strip().split("\\s+");
                if (words[0].isEmpty() || words[0].startsWith("#")) {
                    continue;
                }
                String full = NameKey.word(words[0]);
                for (String w : words) {
                    out.computeIfAbsent(NameKey.word(w), k -> new HashSet<>()).add(full);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
