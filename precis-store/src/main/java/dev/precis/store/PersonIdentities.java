package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.NameKey;
import dev.precis.model.PersonSpellings;
import dev.precis.model.Sentence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person, one entity across the library: a person's name is stored under the spelling the library
 * met first when it has the same {@link NameKey} ("Sergei Lavrov" in a 2024 article joins the "Sergey
 * Lavrov" of 2022) or is the same name by another form of the given name ("Vince Cable" joins "Vincent
 * Cable"; {@link PersonSpellings}), and a surname alone ("Lavrov", "De Vido": an article that never gives the
 * full name) joins the only stored person of that surname, spelled the same or one letter apart. Read from the
 * entities table at the first write. Not thread-safe: the library serialises writers.
 */
final class PersonIdentities {

    private static final String STORED_PERSONS = "SELECT canonical FROM entities WHERE type = ? ORDER BY id";

    /** The stored persons' spellings (a new one when some were deleted, {@link #forget}). */
    private PersonSpellings spellings = new PersonSpellings();
    /** Surname key → the full name, or "" when two different people share it. */
    private final Map<String, String> bySurname = new HashMap<>();
    /** The keys of the stored persons' first words ("hester" of "Hester Blakemore"). */
    private final Set<String> givenNames = new HashSet<>();
    private boolean loaded;

    void load(StatementCache statements) throws SQLException {
        if (loaded) {
            return;
        }
        registerAll(statements.get(STORED_PERSONS));
        loaded = true;
    }

    /** Forgets the stored persons (some were deleted): the next {@link #load} reads them again. */
    void forget() {
        spellings = new PersonSpellings();
        bySurname.clear();
        givenNames.clear();
        loaded = false;
    }

    /** The stored persons of a reader's connection, for {@link #spelling} (a read: the statement is closed after). */
    static PersonIdentities read(Connection c) throws SQLException {
        PersonIdentities out = new PersonIdentities();
        try (PreparedStatement ps = c.prepareStatement(STORED_PERSONS)) {
            out.registerAll(ps);
        }
        out.loaded = true;
        return out;
    }

    private void registerAll(PreparedStatement ps) throws SQLException {
        ps.setString(1, EntityType.PERSON.name());
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                register(rs.getString(1));
            }
        }
    }

    /**
     * The library's spelling of a name someone typed, or null: the stored person with the same
     * {@link NameKey} ("Sergey Lavrov" finds "Sergei Lavrov") or given name's form, or for a surname alone
     * the only stored person who has it.
     */
    String spelling(String name) {
        String surname = surnameAlone(name.strip());
        return surname != null ? surnameOf(surname) : spellings.find(name.strip());
    }

    /**
     * The surname, as this full name spells it, when the name is the only stored person who has it ("Blakemore" of
     * "Hester Blakemore"), else null: two people of one surname, a surname that is also a stored person's given name
     * (a lone "Pemberton" may be "Prince Pemberton" as well as "Olwen Pemberton"), or a name that is not a full one.
     */
    String soleSurname(String fullName) {
        String key = NameKey.of(fullName);
        if (fullName.indexOf(' ') < 0 || key.indexOf(' ') < 0) {
            return null;
        }
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        String last = fullName.substring(fullName.lastIndexOf(' ') + 1);
        return fullName.equals(bySurname.get(surname)) && !givenNames.contains(surname) ? last : null;
    }

    /** The surname of a name that is one ("Lavrov", "De Vido" → "Vido"), or null for a full name. */
    private static String surnameAlone(String name) {
        return name.indexOf(' ') < 0 ? name : NameKey.particleSurname(name);
    }

    /** The only stored person whose surname this lone word is (see {@link NameKey#sameSurname}), or null. */
    private String surnameOf(String word) {
        String full = bySurname.get(NameKey.word(word));
        return full == null || full.isEmpty() || !NameKey.sameSurname(word, full) ? null : full;
    }

    /**
     * Library spellings of this article's person names: article canonical → library canonical. Two full names in one
     * sentence are two people ("Presidents George W Bush and George Bush"; see {@link #keepApart}).
     */
    Map<String, String> resolve(List<EntityMention> mentions, List<Sentence> sentences) {
        Map<String, String> out = new HashMap<>();
        Map<Integer, List<String>> bySentence = new HashMap<>();
        for (EntityMention m : mentions) {
            String name = m.canonical();
            if (m.type() == EntityType.PERSON && surnameAlone(name) == null) {
                out.computeIfAbsent(name, this::register);
                bySentence.computeIfAbsent(ArticleWriter.sentenceAt(sentences, m.range().start()), k -> new ArrayList<>())
                        .add(name);
            }
        }
        bySentence.remove(-1); // before the first sentence: no sentence to be side by side in
        bySentence.forEach((sentence, names) -> keepApart(names, out));
        for (EntityMention m : mentions) {
            String name = m.canonical();
            String surname = surnameAlone(name);
            if (m.type() == EntityType.PERSON && surname != null && !out.containsKey(name)) {
                String full = surnameOf(surname);
                if (full != null) {
                    out.put(name, full);
                }
            }
        }
        return out;
    }

    /**
     * Of two names in one sentence that found the same stored person, one spelled shorter than the person's stored
     * name is the other one ("George Bush" beside "George W Bush" on the page "George W Bush") and keeps the
     * article's own name. When the page has the shorter name, which of the two it is cannot be told: both stay.
     */
    private static void keepApart(List<String> names, Map<String, String> out) {
        for (String a : names) {
            for (String b : names) {
                String spelling = out.get(a);
                if (!a.equals(b) && spelling.equals(out.get(b)) && wordCount(a) < wordCount(spelling)) {
                    out.put(a, a);
                }
            }
        }
    }

    private static int wordCount(String name) {
        return NameKey.words(name).size();
    }

    private String register(String name) {
        String key = NameKey.of(name);
        if (name.indexOf(' ') < 0 || key.indexOf(' ') < 0) {
            return name;
        }
        String canonical = spellings.join(name);
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        bySurname.merge(surname, canonical, (a, b) -> a.equals(b) ? a : "");
        givenNames.add(key.substring(0, key.indexOf(' ')));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        if (lastWord.indexOf('-') > 0) { // a double surname met alone: "Kerr-Silk" of "Rhona Kerr-Silk"
            bySurname.merge(NameKey.word(lastWord), canonical, (a, b) -> a.equals(b) ? a : "");
        }
        return canonical;
    }
}
