package dev.precis.nlp.entity;

import dev.precis.model.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A person named by one word links to the person named in full in the document, whose name becomes its canonical one
 * (so the entity page is one, and a "he" or "she" after it reads the full name's given name): a surname ("Putin" →
 * "Vladimir Putin", "De Vido" → "Julio De Vido", found again where the model missed it) or, when no full name ends in
 * it, a listed given name that opens exactly one person's full name ("Judy" → "Judy Fenwick": features and entertainment copy
 * name people by their first names). An honorific of the other sex keeps two people apart: "Mrs Hale" is not "Tom
 * Hale" but "Mrs Hale" (the canonical keeps the honorific, so the library does not join her to him either). Part
 * of {@link DocumentLinker}. Stateless.
 */
final class ShortPersonNames {

    private ShortPersonNames() {
    }

    static void link(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Map<String, String> surnames = new HashMap<>();
        Map<String, String> givenNames = new HashMap<>();
        Map<String, Character> sexes = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1 && !particleSurname(doc, m)) {
                String full = m.canonical != null ? m.canonical : DocumentLinker.text(doc, m);
                String[] tokens = doc.sentence(m.sentence);
                surnames.putIfAbsent(tokens[m.end - 1], full);
                String[] parts = full.split(" ");
                surnames.putIfAbsent(parts[parts.length - 1], full);
                givenNames.merge(parts[0], full, (a, b) -> a.equals(b) ? a : "");
                Character title = m.start == 0 ? null : PersonSexes.ofHonorific(tokens[m.start - 1]);
                if (title != null) {
                    sexes.putIfAbsent(full, title); // "Mrs Jo Hale": her title, whatever the list says of "Jo"
                }
            }
        }
        for (String full : new HashSet<>(surnames.values())) {
            Character sex = sexes.containsKey(full) ? sexes.get(full) : TitledSexes.sexOf(doc, full);
            if (sex != null) {
                sexes.put(full, sex);
            }
        }
        Map<String, String> surnameKeys = new HashMap<>();
        surnames.forEach((surname, full) -> surnameKeys.merge(NameKey.word(surname), full, (a, b) -> a.equals(b) ? a : ""));
        for (MentionDraft m : mentions) {
            if (m.length() == 1 || m.type.equals(EntityTypes.PERSON) && particleSurname(doc, m)) {
                String[] tokens = doc.sentence(m.sentence);
                String token = tokens[m.end - 1];
                String full = surnames.get(token);
                if (full == null && m.type.equals(EntityTypes.PERSON)) {
                    full = surnameKeys.get(NameKey.word(token)); // "Zelenskyy" after "Volodymyr Zelensky"
                    full = full == null || full.isEmpty() ? null : full;
                }
                if (full != null && (m.type.equals(EntityTypes.PERSON) || !m.ruleBased)) {
                    m.type = EntityTypes.PERSON;
                    m.canonical = otherSex(tokens, m.start, full, sexes) ? tokens[m.start - 1] + " " + token : full;
                } else if (full == null && m.type.equals(EntityTypes.PERSON) && m.length() == 1 && givenName(token, gazetteer)) {
                    String named = givenNames.get(token);
                    m.canonical = named == null || named.isEmpty() ? m.canonical : named;
                }
            }
        }
        List<MentionDraft> added = new ArrayList<>();
        boolean[][] coveredAll = surnames.isEmpty() ? null : DocumentLinker.covered(doc, mentions);
        for (int s = 0; s < doc.sentenceCount() && !surnames.isEmpty(); s++) {
            String[] tokens = doc.sentence(s);
            boolean[] covered = coveredAll[s];
            for (int i = 0; i < tokens.length; i++) {
                String full = covered[i] ? null : surnames.get(tokens[i]);
                if (full != null && ListAndRulePass.capitalised(tokens[i])) {
                    MentionDraft m = new MentionDraft(s, i, i + 1, EntityTypes.PERSON, false);
                    m.canonical = otherSex(tokens, i, full, sexes) ? tokens[i - 1] + " " + tokens[i] : full;
                    added.add(m);
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /**
     * A listed given name: another first word alone is more often a name read as a person's that a later pass sets
     * right ("Kavundi" of "Kavundi Copper") than a person called by a first name.
     */
    private static boolean givenName(String token, Gazetteer gazetteer) {
        return gazetteer.isFirstName(token) || PersonSexes.ofGivenName(token) != null;
    }

    /** The word at {@code at} follows an honorific of the other sex than the full name's ("Mrs Hale" after "Tom Hale"). */
    private static boolean otherSex(String[] tokens, int at, String full, Map<String, Character> sexes) {
        Character title = at == 0 ? null : PersonSexes.ofHonorific(tokens[at - 1]);
        Character known = sexes.get(full);
        return title != null && known != null && !title.equals(known);
    }

    private static boolean particleSurname(TokenizedText doc, MentionDraft m) {
        return m.length() > 1 && NameKey.particleSurname(DocumentLinker.text(doc, m)) != null;
    }
}
