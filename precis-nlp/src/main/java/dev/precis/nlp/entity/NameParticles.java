package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Names held together by lower-case particles, which the model tends to cut in two: "Mohammed bin
 * Salman", "Osama bin Laden", "Abdel Fattah el-Sisi", "Ursula von der Leyen"; and Arabic names of
 * papers, channels and groups written with a capitalised article ("Al-Manar", "Al-Ahram"), which the
 * model reads as the place-like "Al". Stateless and thread-safe.
 */
final class NameParticles {

    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "bint", "binti", "al", "el", "ul", "ud",
            "van", "von", "der", "den", "de", "da", "di", "dos", "del", "du", "wa");
    private static final Set<String> ARTICLES = Set.of("Al", "El", "Al-", "El-");
    private static final int MAX_PARTICLES = 3;

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        addArticleNames(doc, mentions);
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            String[] tokens = doc.sentence(m.sentence);
            boolean person = m.type.equals(EntityTypes.PERSON);
            boolean article = m.length() == 1 && ARTICLES.contains(tokens[m.start]);
            if (!person && !article) {
                continue;
            }
            int k = m.end;
            int particles = 0;
            while (k < tokens.length && particles < MAX_PARTICLES && (person && PARTICLES.contains(tokens[k])
                    || tokens[k].equals("-") || person && particle(tokens[k]))) {
                k++;
                particles++;
            }
            if (particles == 0 && article && k < tokens.length && tokens[k].startsWith("-")) {
                particles = 1; // "Al" "-Manar"
            } else if (particles == 0 || k >= tokens.length || !capitalisedPart(tokens[k])) {
                continue;
            }
            int end = k + 1;
            int absorbed = 0;
            for (int n = j + 1; n < mentions.size(); n++) {
                MentionDraft o = mentions.get(n);
                if (o.sentence != m.sentence || o.start >= end) {
                    break;
                }
                end = Math.max(end, o.end);
                absorbed++;
            }
            for (int n = 0; n < absorbed; n++) {
                mentions.remove(j + 1);
            }
            m.end = end;
            if (article && !person) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }

    /** "Al" "-Ahram" that the model left out, unless it ends a person's name ("Mohamed El-Erian"). */
    private static void addArticleNames(TokenizedText doc, List<MentionDraft> mentions) {
        int before = mentions.size();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i + 1 < tokens.length; i++) {
                boolean named = tokens[i + 1].equals("-") ? i + 2 < tokens.length && capitalisedPart(tokens[i + 2])
                        : tokens[i + 1].startsWith("-") && capitalisedPart(tokens[i + 1]);
                if (ARTICLES.contains(tokens[i]) && named
                        && !covered(mentions, s, i - 1) && !covered(mentions, s, i)) {
                    mentions.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        if (mentions.size() > before) {
            mentions.sort(null);
        }
    }

    private static boolean covered(List<MentionDraft> mentions, int sentence, int token) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start <= token && token < m.end) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case particle joined to the name by a hyphen ("el-", "al-"), as the tokenizer leaves it. */
    private static boolean particle(String t) {
        int dash = t.indexOf('-');
        return dash > 0 && dash == t.length() - 1 && PARTICLES.contains(t.substring(0, dash));
    }

    private static boolean capitalisedPart(String t) {
        String s = t.startsWith("-") ? t.substring(1) : t;
        int dash = s.indexOf('-');
        if (dash > 0 && PARTICLES.contains(s.substring(0, dash))) {
            s = s.substring(dash + 1); // "al-Zawahiri" as one token
        }
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }
}
