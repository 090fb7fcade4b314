package dev.precis.nlp.entity;

/**
 * The sex of a person named in full when the given-name list does not know the given name ("Dale Rourke"): the first
 * title the article puts before the surname ("Mr Rourke said"), so a later title of the other sex ("Mrs Rourke") is
 * another person of that surname, as it is after a listed given name. Part of {@link ShortPersonNames}. Stateless.
 */
final class TitledSexes {

    private TitledSexes() {
    }

    /** The given name's sex, else the first title's before the surname; null when neither tells. */
    static Character sexOf(TokenizedText doc, String full) {
        String[] parts = full.split(" ");
        Character given = PersonSexes.ofGivenName(parts[0]);
        if (given != null || parts.length < 2) {
            return given;
        }
        String surname = parts[parts.length - 1];
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 1; i < tokens.length; i++) {
                Character title = tokens[i].equals(surname) ? PersonSexes.ofHonorific(tokens[i - 1]) : null;
                if (title != null) {
                    return title;
                }
            }
        }
        return null;
    }
}
