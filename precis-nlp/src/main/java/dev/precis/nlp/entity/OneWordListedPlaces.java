package dev.precis.nlp.entity;

import java.util.List;

/**
 * "Flights from Cipolletti, Jinghong, Bouira and Lidu", "officials in Bahraich, Shravasti, Balrampur and Gonda": a
 * list of towns where the model typed some places and read unfamiliar others, each one word, as people.
 * {@link ListedPlaceRuns} retypes a person of such a run only when GeoNames lists it, and only after a place's cue or
 * with two typed places. Here, for a run two thirds places in which no item is a person of several words or starts
 * with a given name or title (then it is a list of people, or of people and places: "Ahmed, Fatima and Nairobi"):
 * with one typed place and four names or more, every one-word person of the run is a place, listed or not, and an untagged listed place in
 * it is one; after a place's cue or with two typed places, so is every unlisted one-word person. A person retyped
 * here is a rule's mention, so the document's vote gives the name's other mentions the same type ("… said
 * Shravasti had received 40 boats"). Stateless.
 */
final class OneWordListedPlaces {

    private OneWordListedPlaces() {
    }

    /** {@code run}: three or more names joined by commas, "and" or "or", two thirds places, {@code typed} typed so. */
    static void withOneTypedPlace(String[] tokens, List<MentionDraft> run, List<MentionDraft> mentions, int typed,
            Gazetteer gazetteer) {
        if (typed < 1 || run.size() < 4 || people(tokens, run, gazetteer)) {
            // three names with one typed place may be surnames ("Smith, Jackson and Mansfield"): four or more only
            return;
        }
        for (MentionDraft m : run) {
            if (EntityTypes.PERSON.equals(m.type)) {
                toPlace(m, mentions);
            } else if (m.type == null && ListedPlaceRuns.listedPlace(tokens, m, gazetteer)) {
                mentions.add(new MentionDraft(m.sentence, m.start, m.end, EntityTypes.LOCATION, true)); // untagged, listed
            }
        }
    }

    /** A run {@link ListedPlaceRuns} took for places: its one-word persons GeoNames does not list are places too. */
    static void unlistedInPlaceRun(String[] tokens, List<MentionDraft> run, List<MentionDraft> mentions, Gazetteer gazetteer) {
        if (people(tokens, run, gazetteer)) {
            return;
        }
        for (MentionDraft m : run) {
            if (EntityTypes.PERSON.equals(m.type) && m.length() == 1) {
                toPlace(m, mentions);
            }
        }
    }

    /** A person of several words no list holds as a place, or one opened by a given name or a title. */
    private static boolean people(String[] tokens, List<MentionDraft> run, Gazetteer gazetteer) {
        for (MentionDraft m : run) {
            if (EntityTypes.PERSON.equals(m.type) && (m.length() > 1 && !ListedPlaceRuns.listedPlace(tokens, m, gazetteer)
                    || gazetteer.isFirstName(tokens[m.start]) || gazetteer.isTitleWord(tokens[m.start]))) {
                return true;
            }
        }
        return false;
    }

    private static void toPlace(MentionDraft m, List<MentionDraft> mentions) {
        int at = mentions.indexOf(m);
        MentionDraft place = new MentionDraft(m.sentence, m.start, m.end, EntityTypes.LOCATION, true);
        if (at >= 0) {
            mentions.set(at, place);
        } else {
            mentions.add(place);
        }
    }
}
