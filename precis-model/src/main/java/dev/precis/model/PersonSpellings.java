package dev.precis.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One spelling per person among full names met in order: a name takes the spelling first met with the same
 * {@link NameKey}, else that of the one earlier name with the same surname and middle names whose given name can be
 * the same ({@link GivenNames}: "Vince Cable" after "Vincent Cable"); a middle initial written or left out is the
 * same name ("George W Bush" / "George Bush"), a middle name is not ("Iain Duncan Smith" is no "Iain Smith"). A
 * name joins only where nothing contradicts: one candidate, compatible with every name already joined to it
 * ("Christine X" does not join "Chris X" once "Christopher X" has), and not kept apart from any of them
 * ({@link #keepApart}). Names of one word are no full names and are returned as they are. Not thread-safe.
 */
public final class PersonSpellings {

    private final Map<String, String> byKey = new HashMap<>();
    /** Surname key → the spellings met with it. */
    private final Map<String, List<String>> bySurname = new HashMap<>();
    /** Spelling → the names joined to it, as words. */
    private final Map<String, List<List<String>>> joined = new HashMap<>();
    /** Name key → the keys of the names written beside it: other people. */
    private final Map<String, Set<String>> apart = new HashMap<>();

    /**
     * Two names written side by side in one sentence or list are two people, whatever their forms allow: "Presidents
     * George W Bush and George Bush" are son and father. Call before either is joined.
     */
    public void keepApart(String a, String b) {
        String ka = NameKey.of(a);
        String kb = NameKey.of(b);
        if (!ka.equals(kb)) {
            apart.computeIfAbsent(ka, k -> new HashSet<>()).add(kb);
            apart.computeIfAbsent(kb, k -> new HashSet<>()).add(ka);
        }
    }

    /** The spelling of {@code name}, registering it when it is new. */
    public String join(String name) {
        String key = NameKey.of(name);
        if (key.indexOf(' ') < 0) {
            return name;
        }
        String known = find(name);
        String spelling = known != null ? known : name;
        byKey.putIfAbsent(key, spelling);
        if (known == null) {
            bySurname.computeIfAbsent(surname(key), k -> new ArrayList<>()).add(spelling);
        }
        joined.computeIfAbsent(spelling, k -> new ArrayList<>()).add(NameKey.words(name));
        return spelling;
    }

    /** The spelling met for {@code name}, or null when none fits. */
    public String find(String name) {
        String key = NameKey.of(name);
        String known = byKey.get(key);
        if (known != null || key.indexOf(' ') < 0) {
            return known;
        }
        List<String> words = NameKey.words(name);
        String found = null;
        for (String candidate : bySurname.getOrDefault(surname(key), List.of())) {
            if (fits(words, candidate)) {
                if (found != null) {
                    return null; // two people it could be
                }
                found = candidate;
            }
        }
        return found;
    }

    private boolean fits(List<String> words, String candidate) {
        Set<String> beside = apart.getOrDefault(NameKey.of(String.join(" ", words)), Set.of());
        for (List<String> other : joined.getOrDefault(candidate, List.of())) {
            if (!GivenNames.compatible(words.get(0), other.get(0)) || !sameMiddle(middle(words), middle(other))
                    || !beside.isEmpty() && beside.contains(NameKey.of(String.join(" ", other)))) {
                return false;
            }
        }
        return true;
    }

    /** Middle names agree when they are the same, or one name has none and the other initials only. */
    private static boolean sameMiddle(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return initials(a) && initials(b);
        }
        return keys(a).equals(keys(b));
    }

    private static boolean initials(List<String> words) {
        for (String w : words) {
            if (NameKey.fold(w).length() != 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> middle(List<String> words) {
        return words.subList(1, words.size() - 1);
    }

    private static List<String> keys(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(NameKey.word(w));
        }
        return out;
    }

    private static String surname(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }
}
