package dev.precis.nlp.entity;

import java.util.List;

/**
 * A capitalised "The" inside a sentence opens the organisation's name after it: "she joined The Greens", "wrote for
 * The Harwick Courier". A writer capitalises the article there only because the name holds it; tidying takes "The"
 * off every organisation, which is right where it opens a sentence ("The State Duma said") but loses the name's
 * first word here. Only after a lower-case word or a list's comma or slash ("the Liberal Forum, The Greens"), so a
 * sentence's first word, a colon's and a title-case headline's ("Joins The Greens") say nothing. Stateless.
 */
final class CapitalisedTheNames {

    private CapitalisedTheNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            int the = m.start - 1;
            if (m.type.equals(EntityTypes.ORGANIZATION) && the >= 1 && tokens[the].equals("The")
                    && insideSentence(tokens[the - 1]) && !covered(mentions, m, the)) {
                m.start = the;
            }
        }
    }

    static boolean insideSentence(String before) {
        return Character.isLowerCase(before.charAt(0)) || before.equals(",") || before.equals("/");
    }

    private static boolean covered(List<MentionDraft> mentions, MentionDraft m, int token) {
        return mentions.stream().anyMatch(o -> o != m && o.sentence == m.sentence && o.start <= token && token < o.end);
    }
}
