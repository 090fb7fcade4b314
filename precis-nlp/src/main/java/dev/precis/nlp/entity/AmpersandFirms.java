package dev.precis.nlp.entity;

import java.util.List;

/**
 * Names joined by "&" are one firm ("Douglas & Lomason", "Schroder Wertheim & Co", "Larsen & Toubro", "A.G.
 * Edwards & Sons"), run late in {@link ListAndRulePass}: the model tags each side apart, often the first as a
 * person. News writes two separate names with "and"; "&" joins the partners of a firm's name. Places joined by
 * "&" ("Trinidad & Tobago", "Bosnia & Herzegovina": either side a listed place or tagged as one) and words
 * neither of the model's names with an ordinary word on a side ("Research & Development") are left alone, unless
 * a partner's word closes them ("Mensah Boateng & Co"). Written by hand (one token shape and the
 * model's pieces around it). Stateless.
 */
final class AmpersandFirms {

    /** Words after "&" that end a firm's name on their own ("& Co", "& Sons"). */
    private static final java.util.Set<String> PARTNER_ENDS = java.util.Set.of("Co", "Co.", "Sons", "Partners",
            "Associates", "Company", "Cie", "Cie.");
    private static final int MAX_SIDE = 3;

    private AmpersandFirms() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        gluedUnits(tokens, mentions, sentence);
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (!tokens[i].equals("&") || !name(tokens[i - 1]) || !name(tokens[i + 1])) {
                continue;
            }
            MentionDraft left = at(mentions, sentence, i - 1);
            MentionDraft right = at(mentions, sentence, i + 1);
            if (right != null && right.length() == 1 && PARTNER_ENDS.contains(tokens[i + 1])) {
                right = null; // "& Co" read as a place
            }
            if (left != null && (left.end != i || left.type.equals(EntityTypes.LOCATION))
                    || right != null && (right.start != i + 1 || right.type.equals(EntityTypes.LOCATION))) {
                continue;
            }
            int start = left != null ? left.start : i - 1;
            boolean firmBefore = false; // "Hyundai" (the model's organisation) + "Engineering & Construction"
            while (left == null && start > 0 && i - start < MAX_SIDE && name(tokens[start - 1])
                    && !gazetteer.isCommonWord(tokens[start - 1])) {
                MentionDraft before = at(mentions, sentence, start - 1);
                if (before != null) { // "Mensah" (the model's) + "Boateng & Co"
                    if (before.end == start && before.length() == 1 && !before.type.equals(EntityTypes.LOCATION)) {
                        start = before.start;
                        firmBefore = before.type.equals(EntityTypes.ORGANIZATION);
                    }
                    break;
                }
                start--;
            }
            int end = right != null ? right.end : i + 2;
            while (right == null && end < tokens.length && end - i <= MAX_SIDE && name(tokens[end])
                    && !PARTNER_ENDS.contains(tokens[end - 1]) && at(mentions, sentence, end) == null) {
                end++;
            }
            if (end < tokens.length && PARTNER_ENDS.contains(tokens[end]) || end < tokens.length
                    && OrganisationPatternRule.SUFFIXES.contains(tokens[end])) {
                end++; // "Douglas & Lomason" + "Co"
            }
            boolean partnerEnd = PARTNER_ENDS.contains(tokens[end - 1]) || OrganisationPatternRule.SUFFIXES.contains(tokens[end - 1]);
            // neither side the model's and an ordinary word on one: a heading's list ("Air Conditioning & Electric
            // Problems"), not a firm
            boolean listOfWords = left == null && right == null && !firmBefore
                    && (anyOrdinary(tokens, start, i, gazetteer)
                    || anyOrdinary(tokens, i + 1, end, gazetteer));
            if (place(tokens, start, i, left == null, gazetteer) || place(tokens, i + 1, end, right == null, gazetteer)
                    || listOfWords && !partnerEnd) {
                continue;
            }
            MentionDraft firm = new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true);
            mentions.removeIf(m -> m.sentence == sentence && m.overlaps(firm));
            mentions.add(firm);
            mentions.sort(null);
            i = end - 1;
        }
    }

    /**
     * "Samsung C&T", "Hyundai E&C": a unit's initials glued by "&" right after an organisation's name are the end
     * of that name (Korean and Japanese groups name their units so). Common nouns of that shape ("R&D", "M&A")
     * are left out.
     */
    private static void gluedUnits(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.type.equals(EntityTypes.ORGANIZATION) && m.end < tokens.length
                    && GLUED_INITIALS.matcher(tokens[m.end]).matches() && !COMMON_INITIALS.contains(tokens[m.end])
                    && at(mentions, sentence, m.end) == null) {
                m.end++;
                m.canonical = null;
            }
        }
    }

    private static final java.util.regex.Pattern GLUED_INITIALS =
            java.util.regex.Pattern.compile("[A-Z]{1,3}&[A-Z]{1,3}");
    private static final java.util.Set<String> COMMON_INITIALS = java.util.Set.of("R&D", "M&A", "Q&A", "B&B", "P&L",
            "F&B", "O&M", "B&W", "A&E", "R&B", "H&S", "T&C", "T&Cs");

    private static boolean name(String t) {
        return ListAndRulePass.capitalised(t) && !ListAndRulePass.isPunct(t);
    }

    /**
     * A side that is a listed place ("Trinidad", "Tobago"); GeoNames, which also holds surnames' towns
     * ("Douglas"), only for a side the model left untagged.
     */
    private static boolean place(String[] tokens, int from, int to, boolean untagged, Gazetteer gazetteer) {
        Gazetteer.Entry e = gazetteer.lookup(tokens, from, to);
        return e != null && e.kind() == Gazetteer.Kind.LOCATION || untagged && gazetteer.placeAt(tokens, from) == to - from;
    }

    private static boolean anyOrdinary(String[] tokens, int from, int to, Gazetteer gazetteer) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isCommonWord(tokens[k])) {
                return true;
            }
        }
        return false;
    }

    private static MentionDraft at(List<MentionDraft> mentions, int sentence, int token) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start <= token && token < m.end) {
                return m;
            }
        }
        return null;
    }
}
