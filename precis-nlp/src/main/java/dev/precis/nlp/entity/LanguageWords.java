package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A language's or people's name standing alone is no person, place or body ("printed in Tamil", "speak Swahili",
 * "the Tamil-language daily"): part of the document-level pass. These words are left out of the nationalities'
 * list because they open names of places and bodies ("Tamil Nadu", "Swahili Coast", "Oromo Liberation Front",
 * "Maasai Mara"), whose words a nationality would lose there; so only a one-word mention of one of them, or a word
 * made of one and "-language", "-speaking" or "-medium" (a language or nationality before the hyphen), is made
 * {@link EntityTypes#MISC}. The list is written for Precis from general knowledge. Stateless.
 */
final class LanguageWords {

    /** Languages and peoples whose names also open places' or bodies' names. */
    static final Set<String> WORDS = WordSet.of("Tamil", "Tamils", "Swahili", "Maasai", "Masai", "Amhara", "Oromo",
            "Tibetan", "Hausa", "Igbo", "Sindhi", "Balochi", "Tigrinya", "Quechua", "Guarani",
            "Wolof", "Lingala", "Shona", "Sinhalese", "Javanese", "Bengali", "Malay", "Nahuatl", "Mapuche",
            "Kinyarwanda", "Luganda", "Twi", "Ewe", "Somali", "Kurdish", "Telugu", "Odia", "Assamese", "Kashmiri");

    /** Endings after a hyphen that make the word before it a language's or a people's. */
    private static final Set<String> ENDINGS = WordSet.of("language", "speaking", "medium", "speakers");

    private LanguageWords() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> surnames = new java.util.HashSet<>(); // "Somali" after "Ahmed Somali" is his surname
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1) {
                surnames.add(doc.sentence(m.sentence)[m.end - 1]);
            }
        }
        for (MentionDraft m : mentions) {
            if (m.length() != 1 || m.type.equals(EntityTypes.MISC) || surnames.contains(doc.sentence(m.sentence)[m.start])) {
                continue;
            }
            String word = doc.sentence(m.sentence)[m.start];
            if (WORDS.contains(word) || hyphenated(word, gazetteer)) {
                m.type = EntityTypes.MISC;
            }
        }
    }

    private static boolean hyphenated(String word, Gazetteer gazetteer) {
        int dash = word.lastIndexOf('-');
        if (dash <= 0 || !ENDINGS.contains(word.substring(dash + 1))) {
            return false;
        }
        String head = word.substring(0, dash);
        Gazetteer.Entry e = gazetteer.lookup(head);
        return WORDS.contains(head) || e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }
}
