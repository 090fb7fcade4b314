package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        int typedPlaces = 0;
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.type.equals(EntityTypes.LOCATION)) {
                typedPlaces++;
            }
        }
        if (typedPlaces < 2 && !cued(tokens)
                && (typedPlaces == 0 || !listedOneWordPerson(tokens, mentions, sentence) || separators(tokens) < 2)) {
            // no run can hold two typed places, none follows a place's cue, and no one-word person stands in a list
            // of three names or more beside the one typed place (such a run needs two separators): skip the token
            // scan, the costly part; nothing is allocated before this test
            return;
        }
        List<MentionDraft> ordered = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence) {
                ordered.add(m);
            }
        }
        // a listed place the model left out joins the run as an untyped item
        for (int k = 0; k < tokens.length; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || k > 0 && !separator(tokens[k - 1])) {
                continue; // only a capitalised word opening the sentence or after a separator is looked up
            }
            int place = gazetteer.placeAt(tokens, k);
            if (place > 0 && !covered(ordered, k, k + place) && (k + place == tokens.length || separator(tokens[k + place])
                            || k > 0 && !tokens[k - 1].equals(",") && !ListAndRulePass.capitalised(tokens[k + place]))) {
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

    /** Words after which a run of names is a run of places: "in", "near", "towns of". */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "outside", "across", "around", "via");
    private static final Set<String> PLACE_NOUNS = Set.of("towns", "cities", "villages", "districts", "provinces",
            "regions", "states", "counties", "municipalities", "islands", "ports", "camps", "areas", "suburbs");

    /**
     * The run starting at {@code start} follows a place's cue ("in", "near", "the towns of"): then three listed
     * names, two thirds of them places (typed or listed), are a run of places without two typed ones, as in
     * "offices open in Tatvan, Tayabas and Digboi", where the model read every unfamiliar town as a person.
     */
    private static boolean cue(String[] tokens, int start) {
        return start > 0 && LOCATIVES.contains(tokens[start - 1])
                || start > 1 && tokens[start - 1].equals("of") && PLACE_NOUNS.contains(tokens[start - 2]);
    }

    /**
     * The start of one untagged item of one to three capitalised words between a place's cue and a comma before
     * {@code start} ("in Bihoro, Tit Mellil, …"), or -1: no common word, first name, title or month opens it.
     */
    private static int leadingItem(String[] tokens, int start, List<MentionDraft> mentions, Gazetteer gazetteer) {
        if (start < 3 || !tokens[start - 1].equals(",")) {
            return -1;
        }
        int k = start - 1;
        while (k > 0 && start - 1 - k < 3 && ListAndRulePass.capitalised(tokens[k - 1]) && !ListAndRulePass.isPunct(tokens[k - 1])) {
            k--;
        }
        if (k == start - 1 || !cue(tokens, k) || covered(mentions, k, start - 1) || ListAndRulePass.noNameAlone(tokens[k])
                || gazetteer.isCommonWord(tokens[k]) || gazetteer.isFirstName(tokens[k]) || gazetteer.isTitleWord(tokens[k])) {
            return -1;
        }
        return k;
    }

    /**
     * A place's cue, one to three capitalised words, then a comma, "and" or "or" and another capitalised word: only
     * then can a run without two typed places be one (a cheap look before the costly scan).
     */
    private static boolean cued(String[] tokens) {
        for (int k = 1; k < tokens.length; k++) {
            if (!ListAndRulePass.capitalised(tokens[k]) || !cue(tokens, k)) {
                continue;
            }
            int j = k;
            while (j < tokens.length && j - k < 3 && ListAndRulePass.capitalised(tokens[j])) {
                j++;
            }
            if (j + 1 < tokens.length && separator(tokens[j]) && (ListAndRulePass.capitalised(tokens[j + 1])
                    || j + 2 < tokens.length && separator(tokens[j + 1]) && ListAndRulePass.capitalised(tokens[j + 2]))) {
                return true;
            }
        }
        return false;
    }

    /** A one-word person beside a comma, "and" or "or": a town of a list the model read as a person, perhaps. */
    private static boolean listedOneWordPerson(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.length() == 1 && EntityTypes.PERSON.equals(m.type)
                    && (m.end < tokens.length && separator(tokens[m.end]) || m.start > 0 && separator(tokens[m.start - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Commas, "and" and "or" in the sentence, counted up to two (a run of three names needs two). */
    private static int separators(String[] tokens) {
        int n = 0;
        for (int k = 1; k < tokens.length && n < 2; k++) {
            n += separator(tokens[k]) ? 1 : 0;
        }
        return n;
    }

    static boolean separator(String t) {
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
        int lead = leadingItem(tokens, run.get(0).start, mentions, gazetteer);
        boolean cued = cue(tokens, run.get(0).start) || lead >= 0;
        if (places * 3 < run.size() * 2) {
            return;
        }
        if (typed < 2 && !cued) {
            OneWordListedPlaces.withOneTypedPlace(tokens, run, mentions, typed, gazetteer);
            return;
        }
        if (lead >= 0 && typed < 2 && gazetteer.lookup(tokens, lead, run.get(0).start - 1) == null) {
            // "in Bihoro, Tit Mellil, Tatvan and Tayabas": the first town, unlisted and untagged, is one too
            mentions.add(new MentionDraft(run.get(0).sentence, lead, run.get(0).start - 1, EntityTypes.LOCATION, true));
        }
        for (MentionDraft m : run) {
            if (m.type == null && listedPlace(tokens, m, gazetteer)) {
                mentions.add(new MentionDraft(m.sentence, m.start, m.end, EntityTypes.LOCATION, true));
            } else if ((EntityTypes.PERSON.equals(m.type) || cued && EntityTypes.MISC.equals(m.type))
                    && listedPlace(tokens, m, gazetteer)) {
                m.type = EntityTypes.LOCATION;
                m.canonical = null;
            }
        }
        OneWordListedPlaces.unlistedInPlaceRun(tokens, run, mentions, gazetteer);
    }

    static boolean listedPlace(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        return gazetteer.placeAt(tokens, m.start) == m.length();
    }
}
