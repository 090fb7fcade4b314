package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person, one entity across the library: a person's name is stored under the spelling the library
 * met first when it has the same {@link NameKey} ("Sergei Lavrov" in a 2024 article joins the "Sergey
 * Lavrov" of 2022), and a surname alone ("Lavrov", an article that never gives the full name) joins the
 * only stored person of that surname, spelled the same or one letter apart. Read from the entities table
 * at the first write. Not thread-safe: the library serialises writers.
 */
final class PersonIdentities {

    private static final String STORED_PERSONS = "SELECT canonical FROM entities WHERE type = ? ORDER BY id";

    private final Map<String, String> byKey = new HashMap<>();
    /** Surname key → the full name, or "" when two different people share it. */
    private final Map<String, String> bySurname = new HashMap<>();
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
        byKey.clear();
        bySurname.clear();
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
     * {@link NameKey} ("Sergey Lavrov" finds "Sergei Lavrov"), or for a surname alone the only stored
     * person who has it.
     */
    String spelling(String name) {
        String stripped = name.strip();
        if (stripped.indexOf(' ') < 0) {
            return surnameOf(stripped);
        }
        return byKey.get(NameKey.of(stripped));
    }

    /** The only stored person whose surname this lone word is (see {@link NameKey#sameSurname}), or null. */
    private String surnameOf(String word) {
        String full = bySurname.get(NameKey.word(word));
        return full == null || full.isEmpty() || !NameKey.sameSurname(word, full) ? null : full;
    }

    /** Library spellings of this article's person names: article canonical → library canonical. */
    Map<String, String> resolve(List<EntityMention> mentions) {
        Map<String, String> out = new HashMap<>();
        for (EntityMention m : mentions) {
            String name = m.canonical();
            if (m.type() == EntityType.PERSON && name.indexOf(' ') > 0 && !out.containsKey(name)) {
                out.put(name, register(name));
            }
        }
        for (EntityMention m : mentions) {
            String name = m.canonical();
            if (m.type() == EntityType.PERSON && name.indexOf(' ') < 0 && !out.containsKey(name)) {
                String full = surnameOf(name);
                if (full != null) {
                    out.put(name, full);
                }
            }
        }
        return out;
    }

    private String register(String name) {
        String key = NameKey.of(name);
        if (name.indexOf(' ') < 0 || key.isEmpty()) {
            return name;
        }
        String known = byKey.putIfAbsent(key, name);
        String canonical = known != null ? known : name;
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        bySurname.merge(surname, canonical, (a, b) -> a.equals(b) ? a : "");
        return canonical;
    }
}
