package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Companies closed by a legal form the model reads as no word of the name: Turkish and Nordic "AS" and "ASA",
 * Gulf "SAOC", "QSC", "BSC", Thai "PCL", Mexican "SAB de CV" ("Turkcell Iletisim Hizmetleri AS" was a company and
 * a person, "PTT Exploration and Production PCL" two companies and two lost words, "OQ SAOC" the form alone,
 * "Grupo Bimbo SAB" nothing). The name is the run of capitalised words before the form, over the model's
 * mentions touching it. Written by hand: the forms are rare in the model's training data, and a form is a
 * closed list. Stateless.
 */
final class LegalFormNames {

    /** Forms that close a company's name and are no word of English prose. */
    static final Set<String> FORMS = Set.of("Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Inc", "Inc.", "Corp",
            "Corp.", "Bhd", "Bhd.", "Berhad", "Tbk", "JSC", "PJSC", "OJSC", "SpA", "S.p.A.", "S.A.", "N.V.", "A.Ş.",
            "Pvt", "LLC", "GmbH", "ASA", "SAOC", "SAOG", "QSC", "QPSC", "BSC", "KSC", "KSCP", "PCL", "SAB", "SAE",
            "Oyj", "Pty", "LLP", "Tbk.", "S.A.B.", "SpA.", "AŞ");
    /**
     * Forms that are other words too: "AS" is "as" shouted, "SA" South Africa, "AG" an attorney general. They
     * close a name only after two capitalised words or more and before a lower-case word or a stop.
     */
    static final Set<String> SHOUTED_FORMS = Set.of("AS", "SA", "AG");
    /** Words opening a clause or a sentence that never begin a company's name. */
    private static final Set<String> NOT_OPENING = Set.of("The", "A", "An", "In", "At", "On", "Of", "For", "By",
            "From", "With", "And", "But", "Or", "As", "If", "While", "When", "After", "Before", "Shares", "Both",
            "Rival", "Rivals", "Unlike", "Like", "Also", "Meanwhile", "Separately", "Elsewhere", "Its", "Their");

    private LegalFormNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 1; i < tokens.length; i++) {
            boolean shouted = SHOUTED_FORMS.contains(tokens[i]);
            if (!FORMS.contains(tokens[i]) && !shouted) {
                continue;
            }
            int end = i + 1;
            if ((tokens[i].equals("SAB") || tokens[i].equals("SA")) && i + 2 < tokens.length && tokens[i + 1].equals("de")
                    && tokens[i + 2].equals("CV")) {
                end = i + 3; // Mexico's "SAB de CV", "SA de CV"
            }
            if (shouted && !(end == tokens.length || closes(tokens[end]))) {
                continue;
            }
            MentionDraft own = at(mentions, i);
            if (!shouted && i > 1 && tokens[i - 1].equals(",") && (own == null || own.start == i)
                    && afterComma(tokens, mentions, sentence, i, gazetteer)) {
                continue;
            }
            if (own != null && (own.start < i || own.end > end && own.length() > 1)) {
                continue; // already inside a longer name: "Ltd" of "NNPC Ltd", "AS Roma"
            }
            // "Karoo Feeds (Pty) Ltd": a form in brackets before the last form belongs to the name
            int formStart = !shouted && i >= 4 && tokens[i - 1].equals(")") && FORMS.contains(tokens[i - 2])
                    && tokens[i - 3].equals("(") ? i - 3 : i;
            int start = runStart(tokens, mentions, formStart, gazetteer);
            if (start == formStart || shouted && i - start < 2) {
                continue;
            }
            MentionDraft before = at(mentions, i - 1);
            if (before != null && before.type.equals(EntityTypes.LOCATION) && before.start == start && shouted) {
                continue; // "… in South Africa SA …" is no company's name
            }
            int s = start;
            int e = end;
            mentions.removeIf(o -> o.sentence == sentence && o.start < e && s < o.end);
            mentions.add(new MentionDraft(sentence, s, e, EntityTypes.ORGANIZATION, true));
            i = end - 1;
        }
        mentions.sort(null);
        ofCountry(tokens, mentions, gazetteer);
    }

    /**
     * "Mendo Foods, Inc.", "Halvor Trading, Ltd. of Oslo": a form set off by a comma closes the name of capitalised
     * words before the comma (the model stopped at the comma, or read "Ltd. of Oslo" as a body of its own). A place
     * after "of" that the model had glued to the form is kept as a place. Returns whether a name was made.
     */
    private static boolean afterComma(String[] tokens, List<MentionDraft> mentions, int sentence, int form,
                                      Gazetteer gazetteer) {
        int start = runStart(tokens, mentions, form - 1, gazetteer);
        if (start == form - 1) {
            return false;
        }
        MentionDraft own = at(mentions, form);
        mentions.removeIf(o -> o.sentence == sentence && o.start < form + 1 && start < o.end);
        mentions.add(new MentionDraft(sentence, start, form + 1, EntityTypes.ORGANIZATION, true));
        if (own != null && own.end > form + 2 && tokens[form + 1].equals("of")
                && gazetteer.placeAt(tokens, form + 2) == own.end - form - 2) {
            mentions.add(new MentionDraft(sentence, form + 2, own.end, EntityTypes.LOCATION, own.ruleBased));
        }
        return true;
    }

    /**
     * "Flour Mills of Nigeria Plc", "Gold Reef of South Africa Ltd": the model's company made of a place and a form,
     * right after "of" and the model's name of one to three words (not a person with a listed given name), is the
     * end of one company's name.
     */
    private static void ofCountry(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft b = mentions.get(k);
            MentionDraft a = mentions.get(k - 1);
            if (!b.type.equals(EntityTypes.ORGANIZATION) || b.length() < 2 || b.start < 2 || !tokens[b.start - 1].equals("of")
                    || a.end != b.start - 1 || a.length() > 3 || !FORMS.contains(tokens[b.end - 1])
                    || gazetteer.placeAt(tokens, b.start) != b.length() - 1
                    || a.type.equals(EntityTypes.PERSON) && gazetteer.isFirstName(tokens[a.start])) {
                continue;
            }
            a.end = b.end;
            a.type = EntityTypes.ORGANIZATION;
            a.canonical = null;
            mentions.remove(k);
        }
    }

    /** A word after a form that says the name is over: lower case, a stop, a comma, a bracket, a possessive. */
    private static boolean closes(String next) {
        return !next.isEmpty() && (Character.isLowerCase(next.charAt(0)) || ListAndRulePass.isPunct(next));
    }

    /**
     * The first token of the company's name that ends before {@code form}: back over capitalised words, the
     * model's mentions touching them, and "and" or "&" between two capitalised words neither of which the
     * model tagged apart ("PTT Exploration and Production PCL"; not "Zenith Bank Plc and Access Holdings Plc",
     * whose "and" follows a form, nor "Engro and Lucky Cement Ltd", whose first name the model found alone).
     * At most six words; a word opening the sentence or clause that opens no name ("Shares", "The") stays out.
     */
    private static int runStart(String[] tokens, List<MentionDraft> mentions, int form, Gazetteer gazetteer) {
        int start = form;
        while (start > 0 && form - start < 6) {
            int k = start - 1;
            String t = tokens[k];
            MentionDraft m = at(mentions, k);
            if (m != null && m.end == start) {
                if (m.length() > 4 || m.type.equals(EntityTypes.PERSON) && m.length() > 3) {
                    break;
                }
                start = m.start; // "Turkcell" + "Iletisim Hizmetleri" (read as a person) + "AS"
                continue;
            }
            boolean joiner = (t.equals("and") || t.equals("&")) && k > 0 && ListAndRulePass.capitalised(tokens[k - 1])
                    && !FORMS.contains(tokens[k - 1]) && !OrganisationPatternRule.SUFFIXES.contains(tokens[k - 1])
                    && at(mentions, k - 1) == null && start < form;
            if (joiner) {
                start = k;
                continue;
            }
            if (!ListAndRulePass.capitalised(t) || ListAndRulePass.isPunct(t) || FORMS.contains(t)
                    || OrganisationPatternRule.SUFFIXES.contains(t) || ListAndRulePass.calendar(t)
                    || gazetteer.isTitleWord(t) || (k == 0 || !ListAndRulePass.capitalised(tokens[k - 1])) && NOT_OPENING.contains(t)) {
                break;
            }
            start = k;
        }
        while (start < form && (tokens[start].equals("and") || tokens[start].equals("&"))) {
            start++;
        }
        return start;
    }

    private static MentionDraft at(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start <= token && token < o.end) {
                return o;
            }
        }
        return null;
    }
}
