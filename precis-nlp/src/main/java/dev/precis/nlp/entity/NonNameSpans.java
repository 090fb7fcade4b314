package dev.precis.nlp.entity;

import java.util.List;
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
 *       event's name (MISC), as CoNLL and OntoNotes tag it.</li>
 * </ul>
 * Written by hand: closed lists of holidays and event words, one token shape for a model number. Stateless.
 */
final class NonNameSpans {

    private static final Set<String> HOLIDAYS = WordSet.of("Eid", "Diwali", "Deepavali", "Holi", "Nowruz", "Navroz",
            "Ashura", "Mawlid", "Songkran", "Chuseok", "Vesak", "Pongal", "Onam", "Hanukkah", "Passover", "Lent",
            "Muharram", "Navratri", "Dussehra", "Raksha", "Janmashtami", "Hari", "Tet", "Kwanzaa", "Purim");
    /** Words after a place that open an event's name. */
    private static final Set<String> EVENT_WORDS = WordSet.of("Cup", "Games");
    /** A model's designation of capitals and digits ("A320", "Q400", "S24"). */
    private static final Pattern LETTERED_MODEL = Pattern.compile("[A-Z]{1,3}-?\\d{2,4}[A-Za-z]{0,3}");
    /** A model's number ("737", "787-9"), read as one only before capitals ("MAX") or a craft's word. */
    private static final Pattern NUMBER = Pattern.compile("\\d{3}(-\\d{1,3})?");
    private static final Set<String> CRAFT = WordSet.of("jet", "jets", "jetliner", "jetliners", "aircraft", "plane",
            "planes", "airliner", "airliners", "helicopter", "helicopters");

    private NonNameSpans() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        mentions.removeIf(m -> holiday(tokens, m) || makerOfModel(tokens, m, mentions) || placeOpeningEvent(tokens, m));
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

    private static boolean placeOpeningEvent(String[] tokens, MentionDraft m) {
        return m.type.equals(EntityTypes.LOCATION) && m.end < tokens.length && EVENT_WORDS.contains(tokens[m.end]);
    }
}
