package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spans four-class newswire NER does not file as persons, organisations or places, which the model tags now and
 * then in copy from Africa, Asia and the Middle East:
 * <ul>
 *   <li>religious and national holidays (dates, no names: "Eid al-Fitr", "Diwali", "Nowruz"), read as people;</li>
 *   <li>a maker's name before a model's number ("Boeing 737 MAX", "Airbus A320"): the whole is a product
 *       (MISC), and the maker alone is no organisation there;</li>
 *   <li>a place before "Cup" or "Games" ("Africa Cup of Nations", "Pacific Games"): the place opens an
 *       event's name (MISC), as CoNLL and OntoNotes tag it;</li>
 *   <li>a Roman numeral alone ("II" of "World War II"), see {@link #romanNumeral};</li>
 *   <li>an acronym used as a common noun after "a", "an" or a possessive and before punctuation or a small word
 *       ("got a DWI and", "hired an MBA,", "their SUV."): a determined noun there is a thing, not a body.</li>
 * </ul>
 * Written by hand: closed lists of holidays, event words and determiners, token shapes for a model number and a
 * Roman numeral. Stateless.
 */
final class NonNameSpans {

    private static final Set<String> HOLIDAYS = Set.of("Eid", "Diwali", "Deepavali", "Holi", "Nowruz", "Navroz",
            "Ashura", "Mawlid", "Songkran", "Chuseok", "Vesak", "Pongal", "Onam", "Hanukkah", "Passover", "Lent",
            "Muharram", "Navratri", "Dussehra", "Raksha", "Janmashtami", "Hari", "Tet", "Kwanzaa", "Purim");
    /** Words after a place that open an event's name. */
    private static final Set<String> EVENT_WORDS = Set.of("Cup", "Games");
    /** A model's designation of capitals and digits ("A320", "Q400", "S24"). */
    private static final Pattern LETTERED_MODEL = Pattern.compile("[A-Z]{1,3}-?\\d{2,4}[A-Za-z]{0,3}");
    /** A model's number ("737", "787-9"), read as one only before capitals ("MAX") or a craft's word. */
    private static final Pattern NUMBER = Pattern.compile("\\d{3}(-\\d{1,3})?");
    private static final Set<String> CRAFT = Set.of("jet", "jets", "jetliner", "jetliners", "aircraft", "plane",
            "planes", "airliner", "airliners", "helicopter", "helicopters");

    /** Roman numerals of two letters or more ("II", "IV", "XIV"); "I" is the pronoun, "V" and "X" mostly letters. */
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX]{2})X{0,3}(IX|IV|V?I{0,3})");
    /** Words before which an acronym is a counted or owned thing; "the" is left out ("the FBI"). */
    private static final Set<String> NOUN_DETERMINERS = Set.of("a", "an", "my", "your", "his", "her", "its", "our",
            "their");
    /** Small words after which a determined acronym has ended its noun phrase ("a DWI and ..."). */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "but", "or", "for", "in", "on", "at", "to", "of",
            "with", "from", "so", "as", "is", "was", "too");

    private NonNameSpans() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        festivals(tokens, mentions);
        mentions.removeIf(m -> holiday(tokens, m) || makerOfModel(tokens, m, mentions) || placeOpeningEvent(tokens, m)
                || determinedAcronym(tokens, m));
    }

    private static boolean holiday(String[] tokens, MentionDraft m) {
        if (!HOLIDAYS.contains(tokens[m.start])) {
            return false;
        }
        // "Eid al-Fitr", "Eid ul-Adha", "Hari Raya Aidilfitri", "Diwali"; a person named after one keeps a surname
        return m.length() == 1 || tokens[m.start].equals("Eid") || tokens[m.start].equals("Hari")
                && tokens[m.start + 1].equals("Raya");
    }

    private static boolean makerOfModel(String[] tokens, MentionDraft m, List<MentionDraft> mentions) {
        if (m.length() != 1) {
            return false;
        }
        // "MAX" after "Boeing 737": the model's capitals read as an acronym
        if (m.start > 1 && Gazetteer.isUpper(tokens[m.start]) && NUMBER.matcher(tokens[m.start - 1]).matches()
                && ListAndRulePass.capitalised(tokens[m.start - 2])) {
            return true;
        }
        if (!m.type.equals(EntityTypes.ORGANIZATION) || m.end >= tokens.length) {
            return false;
        }
        String next = tokens[m.end];
        String after = m.end + 1 < tokens.length ? tokens[m.end + 1] : "";
        return LETTERED_MODEL.matcher(next).matches()
                || NUMBER.matcher(next).matches() && (Gazetteer.isUpper(after) && after.length() > 1 || CRAFT.contains(after));
    }

    /**
     * "the Toronto International Film Festival", "the Cannes Film Festival": capitalised words closed by "Festival"
     * (not before another capitalised word, "Royal Festival Hall") name an event, MISC as CoNLL tags it; the place,
     * "Toronto International" read as a body or "Festival" read as a person inside it are no names of their own. The
     * names the model found wholly inside become one MISC span over the event's name; a name crossing its edges leaves
     * the sentence as it was.
     */
    private static void festivals(String[] tokens, List<MentionDraft> mentions) {
        for (int f = 1; f < tokens.length; f++) {
            if (!tokens[f].equals("Festival") || f + 1 < tokens.length && ListAndRulePass.capitalised(tokens[f + 1])
                    && Character.isLetter(tokens[f + 1].charAt(0))) {
                continue;
            }
            int start = f;
            while (start > 0 && f - start < 6 && (festivalWord(tokens[start - 1])
                    || tokens[start - 1].equals("-") && start > 1 && festivalWord(tokens[start - 2]))) {
                start--;
            }
            if (start == f) {
                continue;
            }
            final int from = start;
            final int to = f + 1;
            MentionDraft inside = null;
            boolean crossing = false;
            for (MentionDraft m : mentions) {
                if (m.end <= from || m.start >= to) {
                    continue;
                }
                crossing |= m.start < from || m.end > to;
                inside = m;
            }
            if (inside == null || crossing) {
                continue;
            }
            int sentence = inside.sentence;
            mentions.removeIf(m -> m.start >= from && m.end <= to);
            mentions.add(new MentionDraft(sentence, from, to, EntityTypes.MISC, true));
            mentions.sort(null);
        }
    }

    private static boolean festivalWord(String t) {
        return ListAndRulePass.capitalised(t) && Character.isLetter(t.charAt(0)) && !t.equals("The");
    }

    private static boolean placeOpeningEvent(String[] tokens, MentionDraft m) {
        return m.type.equals(EntityTypes.LOCATION) && m.end < tokens.length && EVENT_WORDS.contains(tokens[m.end]);
    }

    /**
     * "II" of "World War II" or of "Henry Blythe II" left alone by the document's passes (linking a surname,
     * finding a word again): a numeral names nothing by itself. Applied after linking, where such singles appear.
     */
    static boolean romanNumeral(String token) {
        return ROMAN_NUMERAL.matcher(token).matches();
    }

    /**
     * Also asked by {@link DocumentLinker}'s finding-again step, so an acronym the model tags bare elsewhere in the
     * article is not put back where it stands as a common noun.
     */
    static boolean determinedAcronym(String[] tokens, MentionDraft m) {
        if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() != 1 || m.start == 0
                || !Gazetteer.isUpper(tokens[m.start]) || tokens[m.start].length() < 2
                || !NOUN_DETERMINERS.contains(tokens[m.start - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "an FBI agent", "a BBC reporter": before a noun the acronym still names the body that modifies it
        if (m.end >= tokens.length) {
            return true;
        }
        String next = tokens[m.end];
        return !Character.isLetterOrDigit(next.charAt(0)) || PHRASE_ENDS.contains(next);
    }
}
