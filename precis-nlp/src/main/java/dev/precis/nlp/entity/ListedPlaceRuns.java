package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * "Schools close in Ankara, Izmir, Kayseri, Konya and Mardin": a run of names joined by commas and "and"/"or"
 * where the model typed some places and read the unfamiliar others as people or as no name. When at least three
 * names are listed, two or more typed places, and two thirds or more are places (typed so, or a GeoNames place as
 * a whole), every person in the run that is a GeoNames place as a whole is a place, and so is every listed word
 * the model left out that is one. A list of people ("Smith, Jackson and Mansfield") has no two typed places.
 * Stateless.
 */
final class ListedPlaceRuns {

    private ListedPlaceRuns() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> ordered = new ArrayList<>();
        int typedPlaces = 0;
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence) {
                ordered.add(m);
                typedPlaces += m.type.equals(EntityTypes.LOCATION) ? 1 : 0;
            }
        }
        if (typedPlaces < 2) {
            return; // no run can hold two typed places: skip the token scan, the costly part
        }
        // a listed place the model left out joins the run as an untyped item
        for (int k = 0; k < tokens.length; k++) {
            int place = gazetteer.placeAt(tokens, k);
            if (place > 0 && ListAndRulePass.capitalised(tokens[k]) && !covered(ordered, k, k + place)
                    && (k == 0 || separator(tokens[k - 1])) && (k + place == tokens.length || separator(tokens[k + place]))) {
                ordered.add(new MentionDraft(sentence, k, k + place, null, true));
                k += place - 1;
            }
        }
        ordered.sort(null);
        List<MentionDraft> run = new ArrayList<>();
        for (MentionDraft m : ordered) {
            if (!run.isEmpty() && !joined(tokens, run.get(run.size() - 1), m)) {
                retype(tokens, run, mentions, gazetteer);
                run.clear();
            }
            run.add(m);
        }
        retype(tokens, run, mentions, gazetteer);
        mentions.sort(null);
    }

    private static boolean separator(String t) {
        return t.equals(",") || t.equals("and") || t.equals("or");
    }

    private static boolean covered(List<MentionDraft> mentions, int from, int to) {
        for (MentionDraft m : mentions) {
            if (m.start < to && from < m.end) {
                return true;
            }
        }
        return false;
    }

    /** Two names in one list: only a comma, "and", "or" or ", and" between them. */
    private static boolean joined(String[] tokens, MentionDraft a, MentionDraft b) {
        if (b.start <= a.end || b.start - a.end > 2) {
            return false;
        }
        String first = tokens[a.end];
        if (b.start - a.end == 1) {
            return separator(first);
        }
        return first.equals(",") && (tokens[a.end + 1].equals("and") || tokens[a.end + 1].equals("or"));
    }

    private static void retype(String[] tokens, List<MentionDraft> run, List<MentionDraft> mentions, Gazetteer gazetteer) {
        if (run.size() < 3) {
            return;
        }
        int typed = 0;
        int places = 0;
        for (MentionDraft m : run) {
            boolean place = EntityTypes.LOCATION.equals(m.type);
            typed += place ? 1 : 0;
            places += place || listedPlace(tokens, m, gazetteer) ? 1 : 0;
        }
        if (typed < 2 || places * 3 < run.size() * 2) {
            return;
        }
        for (MentionDraft m : run) {
            if (m.type == null && listedPlace(tokens, m, gazetteer)) {
                mentions.add(new MentionDraft(m.sentence, m.start, m.end, EntityTypes.LOCATION, true));
            } else if (EntityTypes.PERSON.equals(m.type) && listedPlace(tokens, m, gazetteer)) {
                m.type = EntityTypes.LOCATION;
                m.canonical = null;
            }
        }
    }

    private static boolean listedPlace(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        return gazetteer.placeAt(tokens, m.start) == m.length();
    }
}
