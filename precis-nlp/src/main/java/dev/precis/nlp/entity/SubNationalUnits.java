package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names of sub-national units and their governments, fixed after the model: "Lagos State", "Nairobi County" as
 * places, and "Lagos State Government", "Kano State House of Assembly" as that unit's body, an organisation.
 * Run from {@link CoordinatedNames}. Written by hand: closed lists of unit words and body words. Stateless.
 */
final class SubNationalUnits {

    /** Words after a place that make a sub-national unit's name ("Lagos State", "Nairobi County"). */
    private static final Set<String> UNIT_WORDS = Set.of("State", "County", "Province", "Region", "District",
            "Governorate", "Prefecture", "Municipality");
    /** Last words of a unit's own body: "Lagos State Government", "Kano State House of Assembly". */
    private static final Set<String> UNIT_BODIES = Set.of("Government", "Assembly", "Council", "Executive",
            "Command", "Judiciary", "Legislature", "Ministry", "Commission", "Board", "Agency", "Authority",
            "Polytechnic", "University", "Corporation", "Service", "Cabinet", "Parliament");

    private SubNationalUnits() {
    }

    /**
     * "Lagos State", "Nairobi County": a place the model found, followed by a unit word that GeoNames names with
     * it or that a body's name follows, is the unit; and "Lagos State Government", "Kano State House of
     * Assembly", "Nairobi County Executive": the unit followed by capitalised words ending in a body's word is
     * that body, an organisation. A unit the model read as an organisation ("Kano State" before "Governor") is a
     * place when no body's word follows it.
     */
    static void unitBodies(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> drop = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            int unit = m.end;
            boolean ownUnit = m.length() >= 2 && UNIT_WORDS.contains(tokens[m.end - 1])
                    && gazetteer.placeAt(tokens, m.start) >= m.length() - 1 && gazetteer.placeAt(tokens, m.start) > 0;
            if (!ownUnit && !(m.type.equals(EntityTypes.LOCATION) && unit < tokens.length && UNIT_WORDS.contains(tokens[unit])
                    && gazetteer.placeAt(tokens, m.start) >= m.length())) {
                continue;
            }
            int unitEnd = ownUnit ? m.end : unit + 1;
            int body = bodyEnd(tokens, unitEnd);
            if (body > unitEnd) {
                for (MentionDraft o : mentions) {
                    if (o != m && o.start >= unitEnd && o.start < body) {
                        drop.add(o);
                    }
                }
                m.end = body;
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            } else if (unitOfPlace(tokens, m.start, unitEnd, gazetteer) && (!ownUnit || m.type.equals(EntityTypes.ORGANIZATION)
                    && !ProperNameRule.ORG_WORDS.contains(tokens[m.start]))) {
                m.end = unitEnd;
                m.type = EntityTypes.LOCATION;
                m.canonical = null;
            }
        }
        mentions.removeAll(drop);
    }

    /** Lower-case words after a unit that speak of it as a place with a government ("Kano State governor"). */
    private static final Set<String> UNIT_ROLES = Set.of("governor", "government", "police", "assembly", "lawmakers",
            "capital", "commissioner", "legislature", "residents", "chapter", "council");
    /** Words before a unit that place something in it ("in Lagos State", "across Rivers State"). */
    private static final Set<String> IN_PLACE = Set.of("in", "of", "across", "from", "to", "throughout", "neighbouring",
            "neighboring");

    /**
     * "Lagos State", "Kano State", "Nairobi County" are places where GeoNames names the unit so, or where the text
     * places something in it ("in Lagos State") or speaks of its governor ("Kano State Governor", "Lagos State
     * police"): "Ohio State" or "Penn State" alone is a university's team in American copy.
     */
    private static boolean unitOfPlace(String[] tokens, int start, int unitEnd, Gazetteer gazetteer) {
        if (gazetteer.placeAt(tokens, start) == unitEnd - start) {
            return true;
        }
        String before = start > 0 ? tokens[start - 1] : "";
        String after = unitEnd < tokens.length ? tokens[unitEnd] : "";
        return IN_PLACE.contains(before) || gazetteer.isTitleWord(after) || UNIT_ROLES.contains(after);
    }

    /**
     * The end of a body's name opening at {@code from}: capitalised words, "of" between them, the last a word of
     * {@link #UNIT_BODIES} ("Government", "House of Assembly", "Police Command"); {@code from} when none.
     */
    private static int bodyEnd(String[] tokens, int from) {
        int end = from;
        int found = from;
        while (end < tokens.length && end - from < 5) {
            String t = tokens[end];
            if (t.equals("of") && end > from && end + 1 < tokens.length && ListAndRulePass.capitalised(tokens[end + 1])) {
                end++;
                continue;
            }
            if (!ListAndRulePass.capitalised(t) || !Character.isLetter(t.charAt(0))) {
                break;
            }
            end++;
            if (UNIT_BODIES.contains(t)) {
                found = end;
            }
        }
        return found;
    }
}
