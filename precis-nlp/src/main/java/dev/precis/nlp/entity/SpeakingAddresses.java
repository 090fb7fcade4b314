package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A street or building that speaks stands for the office there ("Downing Street said", "a Number 10 spokesman",
 * "the Elysee Palace announced"): that mention is an organisation, because a reader following it wants what the
 * office said. Only the speaking mention changes; the same name written as a place ("marched down Downing Street")
 * stays a place. A house number alone ("Number 10 said") is found here too, where the model finds nothing.
 * Part of {@link DocumentLinker}, after the document's types are settled. Stateless.
 */
final class SpeakingAddresses {

    private SpeakingAddresses() {
    }

    /** The last word of a street's or building's name. */
    private static final Set<String> ADDRESS_WORDS = Set.of("Street", "Road", "Avenue", "House", "Palace", "Castle",
            "Lodge", "Mansion", "Residence");
    /** What follows a body that speaks: its verb of saying, or the person speaking for it. */
    private static final Set<String> SPEAKS = Set.of("said", "says", "told", "added", "announced", "confirmed",
            "insisted", "insists", "denied", "denies", "warned", "warns", "stated", "declined", "responded", "replied",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "source", "sources", "official", "officials",
            "aide", "aides", "statement");
    /** "Number 10", "No 10", "No. 10": a house number for its address. */
    private static final Set<String> NUMBER_WORDS = Set.of("Number", "No", "No.");

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.LOCATION) && ADDRESS_WORDS.contains(tokens[m.end - 1]) && speaks(tokens, m.end)) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i + 2 < tokens.length; i++) {
                if (NUMBER_WORDS.contains(tokens[i]) && tokens[i + 1].chars().allMatch(Character::isDigit)
                        && !covered[s][i] && !covered[s][i + 1] && speaks(tokens, i + 2)) {
                    MentionDraft m = new MentionDraft(s, i, i + 2, EntityTypes.ORGANIZATION, true);
                    m.canonical = doc.covered(s, i, i + 2).replaceAll("\\s+", " ");
                    mentions.add(m);
                }
            }
        }
        mentions.sort(null);
    }

    private static boolean speaks(String[] tokens, int next) {
        return next < tokens.length && SPEAKS.contains(tokens[next].toLowerCase(Locale.ROOT));
    }
}
