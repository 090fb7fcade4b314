package dev.precis.nlp.entity;

import dev.precis.model.OncePerJvm;
import dev.precis.nlp.ModelLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name lists written for Precis (countries, cities, organisations and their acronyms, demonyms,
 * first names, titles), looked up by token sequence. Immutable after loading; thread-safe.
 *
 * <p>List files hold one entity a line, {@code Canonical|alias|alias}; aliases are written as
 * tokens separated by spaces. Lookups are case-sensitive, with an all-capitals fallback so that
 * headlines in capitals ("RUSSIA") still match.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load();
 * Gazetteer.Entry e = g.lookup(new String[] {"United", "States"}, 0, 2);
 * }</pre>
 */
public final class Gazetteer {

    /** Splits a place name into words (compiled once: String.split compiles a character class per call). */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[ -]");

    /** Kinds of list. */
    public enum Kind { LOCATION, ORGANIZATION, PERSON, NATIONALITY, FIRST_NAME, TITLE, COMMON_WORD }

    /** One listed entity: its canonical name and what it is. */
    public record Entry(String canonical, Kind kind) {
    }

    static final int MAX_TOKENS = 10;
    static final String PLACES_FILE = "geonames-places.txt";
    static final String HEADS_FILE = "organisation-heads.txt";
    /** Word clusters of the static MiniLM vectors ({@link WordClusters}); optional: without it, no cluster features. */
    static final String CLUSTERS_FILE = "word-clusters.txt";
    private static final String ROOT = "/dev/precis/nlp/entity/gazetteer/";
    /** List files in priority order: a name in two lists keeps the kind of the first. */
    private static final List<Map.Entry<String, Kind>> FILES = List.of(
            Map.entry("people.txt", Kind.PERSON),
            Map.entry("organizations.txt", Kind.ORGANIZATION),
            Map.entry("locations.txt", Kind.LOCATION),
            Map.entry("nationalities.txt", Kind.NATIONALITY),
            Map.entry("titles.txt", Kind.TITLE),
            Map.entry("first-names.txt", Kind.FIRST_NAME),
            Map.entry("common-words.txt", Kind.COMMON_WORD));

    private final Map<String, Integer> longestByFirst;
    private final Map<String, Entry> exact;
    private final Map<String, Entry> upper;
    private final Set<String> firstNames;
    private final Set<String> titleWords;
    private final Set<String> countries;
    private final Set<String> commonWords;
    /** GeoNames place names (a model feature only) and, per first token, the most tokens of one. */
    private Set<String> places = Set.of();
    private Map<String, Integer> placeLongest = Map.of();
    /** Head words of organisation names derived from training data ({@link OrganisationHeads}). */
    private Set<String> organisationHeads = Set.of();
    private WordClusters clusters = WordClusters.NONE;

    private Gazetteer(Map<String, Entry> exact, Map<String, Entry> upper, Set<String> firstNames,
            Set<String> titleWords, Set<String> countries, Set<String> commonWords) {
        Map<String, Integer> longest = new HashMap<>();
        for (Map<String, Entry> map : List.of(exact, upper)) {
            for (String key : map.keySet()) {
                String[] parts = NAME_SEPARATORS.split(key);
                longest.merge(parts[0], parts.length + (key.length() - key.replace("-", "").length()), Math::max);
            }
        }
        this.longestByFirst = Map.copyOf(longest);
        this.commonWords = commonWords;
        this.exact = exact;
        this.upper = upper;
        this.firstNames = firstNames;
        this.titleWords = titleWords;
        this.countries = countries;
    }

    /** True when the lower-cased {@code token} is a frequent ordinary word ("however", "said"). */
    public boolean isCommonWord(String token) {
        return commonWords.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * The number of tokens of the longest GeoNames place name starting at {@code tokens[from]}, 0 when
     * none does or {@code from} is past the last token ({@code geonames-places.txt}, built by {@link GeoNamesPlaces}).
     */
    public int placeAt(String[] tokens, int from) {
        if (from >= tokens.length) {
            return 0;
        }
        int longest = Math.min(placeWordsStartingWith(tokens[from]), tokens.length - from);
        for (int len = longest; len >= 1; len--) {
            if (places.contains(join(tokens, from, from + len))) {
                return len;
            }
        }
        return 0;
    }

    /**
     * An upper bound on the number of tokens of a GeoNames place name starting with {@code token}; 0 when none
     * does, so callers can skip building the words of a look-up.
     */
    public int placeWordsStartingWith(String token) {
        int dash = token.indexOf('-');
        return Math.min(MAX_TOKENS, placeLongest.getOrDefault(dash > 0 ? token.substring(0, dash) : token, 0));
    }

    /** True when {@code canonical} names a country or larger region (it has a demonym listed). */
    public boolean isCountry(String canonical) {
        return countries.contains(canonical);
    }

    /** The JVM's lists (about 12 MB of heap). */
    private static final OncePerJvm<Gazetteer> SHIPPED = new OncePerJvm<>(Gazetteer::read);

    /** The lists shipped in the jar, read on the first call and shared by every later one (they are immutable). */
    public static Gazetteer load() {
        return SHIPPED.get();
    }

    private static Gazetteer read() {
        Map<String, Entry> exact = new HashMap<>();
        Map<String, Entry> upper = new HashMap<>();
        Set<String> firstNames = new HashSet<>();
        Set<String> titleWords = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> commonWords = new HashSet<>();
        for (Map.Entry<String, Kind> file : FILES) {
            String resource = ROOT + file.getKey();
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ModelLoadException("gazetteer " + resource + " is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] names = line.split("\\|");
                    Kind kind = file.getValue();
                    Entry entry = new Entry(names[0].strip(), kind);
                    if (kind == Kind.NATIONALITY) {
                        countries.add(entry.canonical());
                    }
                    for (int n = kind == Kind.NATIONALITY ? 1 : 0; n < names.length; n++) {
                        String name = names[n];
                        String key = name.strip().replaceAll("\\s+", " ").replace(" - ", "-");
                        if (key.isEmpty()) {
                            continue;
                        }
                        switch (kind) {
                            case FIRST_NAME -> firstNames.add(key);
                            case COMMON_WORD -> commonWords.add(key);
                            case TITLE -> {
                                titleWords.add(key);
                                exact.putIfAbsent(key, entry);
                            }
                            default -> {
                                exact.putIfAbsent(key, entry);
                                upper.putIfAbsent(key.toUpperCase(Locale.ROOT), entry);
                                // the tokenizer splits a possessive off ("People 's Daily", "Workers ' Party"), and
                                // lookups join tokens with spaces: the split spelling is listed too
                                String split = key.replace("'s ", " 's ").replace("s' ", "s ' ");
                                if (!split.equals(key)) {
                                    exact.putIfAbsent(split, entry);
                                    upper.putIfAbsent(split.toUpperCase(Locale.ROOT), entry);
                                }
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new ModelLoadException("cannot read gazetteer " + resource + ": " + e.getMessage(), e);
            }
        }
        addWordCaseAcronyms(exact, firstNames, commonWords);
        Gazetteer g = new Gazetteer(Map.copyOf(exact), Map.copyOf(upper), Set.copyOf(firstNames),
                Set.copyOf(titleWords), Set.copyOf(countries), Set.copyOf(commonWords));
        String resource = ROOT + PLACES_FILE;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException("gazetteer " + resource + " is missing from the classpath");
            }
            g.setPlaces(GeoNamesPlaces.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new ModelLoadException("cannot read gazetteer " + resource + ": " + e.getMessage(), e);
        }
        resource = ROOT + HEADS_FILE;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelLoadException("gazetteer " + resource + " is missing from the classpath");
            }
            g.organisationHeads = OrganisationHeads.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ModelLoadException("cannot read gazetteer " + resource + ": " + e.getMessage(), e);
        }
        resource = ROOT + CLUSTERS_FILE;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in != null) {
                g.clusters = WordClusters.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new ModelLoadException("cannot read gazetteer " + resource + ": " + e.getMessage(), e);
        }
        return g;
    }

    /** Word-case spellings that are given names or a region's word, not the acronym ("Sana", "Mena"). */
    private static final Set<String> NOT_ACRONYMS = Set.of("Sana", "Wafa", "Mena", "Kuna");

    /**
     * Much of the world's English press writes acronyms said as words in word case ("Unicef", "Nato", "Opec",
     * "Ecowas", "Swapo"): each listed organisation's acronym of four to six capitals is listed in that spelling too,
     * unless it is an ordinary word or a given name. Shorter ones ("Ira", "Efe", "Pas", "Mit") are mostly words
     * or names in that spelling and are left out.
     */
    private static void addWordCaseAcronyms(Map<String, Entry> exact, Set<String> firstNames, Set<String> commonWords) {
        Map<String, Entry> added = new HashMap<>();
        for (Map.Entry<String, Entry> e : exact.entrySet()) {
            String key = e.getKey();
            if (e.getValue().kind() != Kind.ORGANIZATION || key.length() < 4 || key.length() > 6
                    || !key.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                continue;
            }
            String word = key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT);
            if (!firstNames.contains(word) && !commonWords.contains(word.toLowerCase(Locale.ROOT))
                    && !NOT_ACRONYMS.contains(word) && !exact.containsKey(word)) {
                added.put(word, e.getValue());
            }
        }
        exact.putAll(added);
    }

    /** The word clusters read with the lists (empty when the jar has none). */
    WordClusters clusters() {
        return clusters;
    }

    private void setPlaces(Set<String> names) {
        Set<String> keys = new HashSet<>();
        Map<String, Integer> longest = new HashMap<>();
        for (String name : names) {
            String key = name.replace(" - ", "-");
            keys.add(key);
            String[] parts = NAME_SEPARATORS.split(key);
            longest.merge(parts[0], parts.length + (key.length() - key.replace("-", "").length()), Math::max);
            // the tokenizer splits a possessive off ("Cox 's Bazar"); lookups join tokens with spaces
            String split = key.replace("'s ", " 's ").replace("’s ", " ’s ");
            if (!split.equals(key)) {
                keys.add(split);
                String[] splitParts = NAME_SEPARATORS.split(split);
                longest.merge(splitParts[0], splitParts.length, Math::max);
            }
        }
        this.places = keys;
        this.placeLongest = longest;
    }

    /**
     * An upper bound on the number of tokens of a listed name starting with {@code token}; 0 when no
     * listed name starts with it, so callers can skip the lookups.
     */
    public int longestStartingWith(String token) {
        int dash = token.indexOf('-');
        return Math.min(MAX_TOKENS, longestByFirst.getOrDefault(dash > 0 ? token.substring(0, dash) : token, 0));
    }

    /** The entry named exactly by {@code tokens[from, to)}, or null. */
    public Entry lookup(String[] tokens, int from, int to) {
        String key = join(tokens, from, to);
        Entry e = exact.get(key);
        if (e == null && isUpper(key)) {
            e = upper.get(key);
        }
        return e;
    }

    /** The entry for a phrase written as in the text, or null. */
    public Entry lookup(String phrase) {
        Entry e = exact.get(phrase);
        if (e == null && isUpper(phrase)) {
            e = upper.get(phrase);
        }
        return e;
    }

    /** True when {@code token} is a listed first name ("Vladimir", "Maria"). */
    public boolean isFirstName(String token) {
        return firstNames.contains(token) || (isUpper(token) && token.length() > 1
                && firstNames.contains(token.charAt(0) + token.substring(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * True when {@code word} often heads organisation names in the training data ("Party", "Ministry",
     * "Bhd"; {@code organisation-heads.txt}) or is one of the hand-written organisation words.
     */
    public boolean isOrganisationHead(String word) {
        return organisationHeads.contains(word) || GazetteerFeatureGenerator.ORG_WORDS.contains(word);
    }

    /** True when {@code word} is a listed title or role word ("President", "Minister"). */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word);
    }

    /** Tokens joined by spaces, except around hyphens, so "Co - operation" and "Co-operation" agree. */
    static String join(String[] tokens, int from, int to) {
        if (to - from == 1) {
            return tokens[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && !tokens[i].equals("-") && !tokens[i - 1].equals("-")) {
                sb.append(' ');
            }
            sb.append(tokens[i]);
        }
        return sb.toString();
    }

    static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
