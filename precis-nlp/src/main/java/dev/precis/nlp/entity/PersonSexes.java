package dev.precis.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A person's sex as a name or a title tells it: a given name that nearly always belongs to one sex ("Mary",
 * "Michael"; {@value #FILE}) or an honorific ("Mrs", "Sir"). Used to keep "Mrs Hale" off the page of "Tom Hale"
 * ({@link DocumentLinker}) and "she" off a man ({@code PersonGenders} in the quote package). The list is read once per JVM. Thread-safe.
 */
public final class PersonSexes {

    private static final String FILE = "given-names-gender.txt";
    private static final Map<String, Character> GIVEN = load();
    private static final Map<String, Character> HONORIFICS = Map.ofEntries(Map.entry("Mr", 'M'), Map.entry("Mr.", 'M'),
            Map.entry("Sir", 'M'), Map.entry("Lord", 'M'), Map.entry("Mrs", 'F'), Map.entry("Mrs.", 'F'),
            Map.entry("Ms", 'F'), Map.entry("Ms.", 'F'), Map.entry("Miss", 'F'), Map.entry("Madam", 'F'),
            Map.entry("Lady", 'F'), Map.entry("Dame", 'F'), Map.entry("Baroness", 'F'));

    private PersonSexes() {
    }

    /** 'F' or 'M' for a given name of one sex ("Mary", "Michael"); null for any other word. */
    public static Character ofGivenName(String word) {
        return GIVEN.get(word);
    }

    /** 'F' or 'M' for an honorific that says the sex ("Mrs", "Sir"); null for any other word ("Dr", "Professor"). */
    public static Character ofHonorific(String word) {
        return HONORIFICS.get(word);
    }

    /** The sex a full name's first word tells, as a given name or an honorific ("Mrs Hale"); null when it tells none. */
    public static Character ofFullName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        Character given = ofGivenName(words[0]);
        return given != null ? given : ofHonorific(words[0]);
    }

    private static Map<String, Character> load() {
        Map<String, Character> out = new HashMap<>();
        try (InputStream in = PersonSexes.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    out.put(cols[1].strip(), cols[0].charAt(0));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(out);
    }
}
