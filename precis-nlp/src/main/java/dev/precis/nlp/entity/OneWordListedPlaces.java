package dev.precis.nlp.entity;

import java.util.List;

/**
 * "Flights from Cipolletti, Jinghong, Bouira and Lidu": a list of towns where the model typed one a place and read
 * the unfamiliar others, each one word, as people. {@link ListedPlaceRuns} retypes such a run only after a place's
 * cue or with two typed places; this is its narrower case for a run with one typed place: when two thirds of the
 * run are places (typed, or GeoNames places as a whole) and no item is a person of several words or a listed given
 * name (a list of people: "Ahmed, Fatima and Lima"), every one-word person in it is a place, listed or not.
 * Stateless.
 */
final class OneWordListedPlaces {

    private OneWordListedPlaces() {
    }

    /** {@code run}: three or more names joined by commas, "and" or "or", two thirds places; {@code typed} of them typed so. */
    static void retype(String[] tokens, List<MentionDraft> run, List<MentionDraft> mentions, int typed, Gazetteer gazetteer) {
        if (typed < 1) {
            return;
        }
        for (MentionDraft m : run) {
            if (EntityTypes.PERSON.equals(m.type) && (m.length() > 1 && !ListedPlaceRuns.listedPlace(tokens, m, gazetteer)
                    || gazetteer.isFirstName(tokens[m.start]) || gazetteer.isTitleWord(tokens[m.start]))) {
                return; // a person of several words, or a given name: a list of people, or of people and places
            }
        }
        for (MentionDraft m : run) {
            if (EntityTypes.PERSON.equals(m.type)) {
                m.type = EntityTypes.LOCATION;
                m.canonical = null;
            } else if (m.type == null && ListedPlaceRuns.listedPlace(tokens, m, gazetteer)) {
                mentions.add(new MentionDraft(m.sentence, m.start, m.end, EntityTypes.LOCATION, true)); // an untagged listed place
            }
        }
    }
}
