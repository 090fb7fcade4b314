package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.DocumentLinker.POSSESSIVE;
import static dev.precis.nlp.entity.DocumentLinker.acronym;

import java.util.List;

/**
 * Organisations named by their parts, part of {@link DocumentLinker}: a body named through its parent, a
 * shortened name of a longer one in the article, a state body named after its country once, and a president's
 * administration; each takes the full name as its canonical name. Stateless and thread-safe.
 */
final class OrganisationParts {

    private final Gazetteer gazetteer;

    OrganisationParts(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Bodies named through their parent ("the OSCE's Council of Foreign Ministers" → "OSCE Council of
     * Foreign Ministers"), shortened names of a longer one in the document ("OSCE Council of Ministers"),
     * and "the Biden administration".
     */
    void linkParts(TokenizedText doc, List<MentionDraft> mentions) {
        for (int j = 1; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            MentionDraft parent = mentions.get(j - 1);
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && parent.sentence == m.sentence
                    && parent.end + 1 == m.start && POSSESSIVE.contains(tokens[parent.end])
                    && parent.type.equals(EntityTypes.ORGANIZATION) && acronym(tokens[parent.start])
                    && parent.length() == 1 && m.canonical == null) {
                m.canonical = tokens[parent.start] + " " + doc.covered(m.sentence, m.start, m.end);
            }
        }
        java.util.Set<String> longNames = new java.util.LinkedHashSet<>();
        java.util.Set<String> written = new java.util.LinkedHashSet<>(); // as the article writes them
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.canonical != null && m.canonical.indexOf(' ') > 0) {
                longNames.add(m.canonical);
            }
            if (m.type.equals(EntityTypes.ORGANIZATION) && (m.length() > 2 || m.canonical != null)) { // or cut: "[Kenyan] Foreign Ministry"
                written.add(m.canonical != null ? m.canonical : doc.covered(m.sentence, m.start, m.end));
            }
        }
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.canonical != null) {
                String prefixed = countryPrefixed(written, m.canonical);
                m.canonical = prefixed != null ? prefixed : m.canonical;
            }
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2) {
                continue;
            }
            String name = m.canonical != null ? m.canonical : doc.covered(m.sentence, m.start, m.end);
            for (String longer : longNames) {
                if (longer.length() > name.length() && subsequence(name.split(" "), longer.split(" "))) {
                    m.canonical = longer;
                    break;
                }
            }
            if (m.canonical == null) {
                for (String longer : written) {
                    if (longer.endsWith(" " + name) && countryPrefix(longer.substring(0, longer.length() - name.length() - 1))) {
                        m.canonical = longer; // "Foreign Ministry" after "the Kenyan Foreign Ministry"
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && m.length() == 1 && m.end < tokens.length
                    && (tokens[m.end].equals("administration") || tokens[m.end].equals("Administration"))) {
                m.end++;
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = doc.covered(m.sentence, m.start, m.end);
            }
        }
    }

    /**
     * The article's name with a country before a listed body ("US Federal Reserve") for a mention the lists named
     * ("Federal Reserve", "Fed" → "Federal Reserve"): the article means the one body, so all its mentions take the
     * name it was given in full. Null when no such name was written.
     */
    private String countryPrefixed(java.util.Set<String> written, String listedCanonical) {
        for (String longer : written) {
            int space = longer.indexOf(' ');
            if (space > 0 && !longer.equals(listedCanonical) && countryPrefix(longer.substring(0, space))) {
                Gazetteer.Entry rest = gazetteer.lookup(longer.substring(space + 1));
                if (rest != null && rest.kind() == Gazetteer.Kind.ORGANIZATION && rest.canonical().equals(listedCanonical)) {
                    return longer;
                }
            }
        }
        return null;
    }

    /**
     * "Russian" in "Russian Foreign Ministry", "Malaysia 's" or "Kenyan": a place or nationality, so the
     * article's "Foreign Ministry" is that country's (an organisation named so in the same article).
     */
    private boolean countryPrefix(String prefix) {
        Gazetteer.Entry e = gazetteer.lookup(prefix.endsWith(" 's") ? prefix.substring(0, prefix.length() - 3) : prefix);
        return e != null && (e.kind() == Gazetteer.Kind.NATIONALITY || e.kind() == Gazetteer.Kind.LOCATION);
    }

    private static boolean subsequence(String[] shorter, String[] longer) {
        if (!shorter[0].equals(longer[0]) || !shorter[shorter.length - 1].equals(longer[longer.length - 1])) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < longer.length && k < shorter.length; i++) {
            if (longer[i].equals(shorter[k])) {
                k++;
            }
        }
        return k == shorter.length;
    }
}
