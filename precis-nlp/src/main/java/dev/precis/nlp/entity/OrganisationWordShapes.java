package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two shapes of an organisation's name that the model reads as a person's, found in news from outside the wire
 * services: (1) a word capitalised again inside after a lower-case letter ("BizDaily", "GreenTown", "YouTube"), the
 * shape of brands, sites and projects, never of a person's name except after a short name particle ("McKay",
 * "DeShawn", "MacLeod", "VanDyke"); (2) a name in quotation marks after "the" or after a noun for a body ("the
 * 'Vesna Herald' has reported", "the news agency 'Polar Star'"), the way translated news from Russia, the Caucasus
 * and the Balkans names companies, outlets and parties; (3) a name with no listed given name right after "team"
 * ("the F1 team Rossa Corse"); (4) a name between a determiner and a noun for a business or outlet ("the Abel Marsh
 * dealership", "the Beltway Notes blog"), with its surname mentions linked to it. The same text is then an organisation everywhere in the
 * article. Part of the document pass ({@link DocumentLinker}); written by hand because these are word shapes and
 * punctuation, not a list. Stateless.
 */
final class OrganisationWordShapes {

    /** Name particles after which a second capital is a person's ("MacLeod", "VanDyke", "DelPiero"). */
    private static final Set<String> PARTICLES = WordSet.of("Mac", "Van", "Von", "Del", "Dal", "Della", "Fitz", "Ter",
            "Ten", "Ver", "Vander", "Mack");
    private static final Set<String> OPEN_QUOTES = WordSet.of("\"", "“", "‘", "'", "«", "„");
    private static final Set<String> CLOSE_QUOTES = WordSet.of("\"", "”", "’", "'", "»", "“");
    /** Nouns for a body right before a quoted name, besides {@link AppositiveBodies#BODY_NOUNS}. */
    private static final Set<String> QUOTED_BODY_NOUNS = WordSet.of("website", "portal", "channel", "magazine",
            "publisher", "publication", "network", "association", "union", "society", "bloc", "alliance", "holding",
            "concern", "plant", "factory", "enterprise", "organisation", "organization", "weekly", "tabloid");
    /** What follows a quoted name after "the" when it is a body acting or being named ("the 'X' has reported"). */
    private static final Set<String> AFTER_QUOTED = WordSet.of("has", "have", "had", "is", "was", "reported", "reports",
            "said", "says", "wrote", "writes", "stated", "announced", "published", "newspaper", "party", "company",
            "agency", "movement", "group", "website", "magazine", "channel", "'s", "’s", ",", ".");
    /** Lower-case words right before a team's name ("the F1 team Rossa Corse"): a team, not its driver. */
    private static final Set<String> TEAM = WordSet.of("team", "outfit");
    private static final int LONGEST = 5;
    private static final Set<String> DETERMINERS = WordSet.of("the", "The", "a", "A", "an", "An");
    /** Lower-case nouns for a business or an outlet that a name before them names ("the X dealership"). */
    private static final Set<String> BUSINESS_HEADS = WordSet.of("dealership", "dealerships", "store", "stores", "shop",
            "shops", "boutique", "restaurant", "restaurants", "brand", "brands", "label", "blog", "podcast",
            "franchise", "chain", "app", "website", "brewery", "distillery", "winery", "bakery", "showroom",
            "outlet", "outlets", "supermarket", "supermarkets", "factory", "carmaker", "automaker");

    private OrganisationWordShapes() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> bodies = new HashSet<>();
        Set<String> linked = new HashSet<>();
        Set<String> businesses = new HashSet<>();
        Set<String> personUses = new HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            if (camelName(tokens, m.start, m.end)
                    || m.start > 0 && TEAM.contains(tokens[m.start - 1]) && !gazetteer.isFirstName(tokens[m.start])) {
                bodies.add(DocumentLinker.text(doc, m));
            } else if (businessHead(tokens, m.start, m.end)) {
                businesses.add(DocumentLinker.text(doc, m));
            } else {
                personUses.add(DocumentLinker.text(doc, m));
            }
        }
        // a person's full name used elsewhere as a person's ("Mia Lund said …", then "the Mia Lund label") is a
        // person with a namesake business, not a business: only a name the article uses for the business alone is one
        businesses.removeAll(personUses);
        if (!businesses.isEmpty()) {
            for (MentionDraft m : mentions) {
                if (m.type.equals(EntityTypes.PERSON) && businesses.contains(DocumentLinker.text(doc, m))) {
                    bodies.add(DocumentLinker.text(doc, m));
                    if (m.canonical != null) {
                        linked.add(m.canonical);
                    }
                }
            }
        }
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int q = 1; q + 2 < tokens.length; q++) {
                if (!OPEN_QUOTES.contains(tokens[q]) || !quotedBodyCue(tokens, q - 1)) {
                    continue;
                }
                int end = q + 1;
                while (end < tokens.length && end - q - 1 < LONGEST && nameWord(tokens[end])) {
                    end++;
                }
                if (end == q + 1 || end >= tokens.length || !CLOSE_QUOTES.contains(tokens[end])) {
                    continue;
                }
                boolean theOnly = tokens[q - 1].equalsIgnoreCase("the");
                if (theOnly && (end + 1 >= tokens.length || !AFTER_QUOTED.contains(tokens[end + 1]))) {
                    continue;
                }
                MentionDraft span = new MentionDraft(s, q + 1, end, EntityTypes.ORGANIZATION, true);
                if (takeOver(mentions, span)) {
                    added.add(span);
                    bodies.add(DocumentLinker.text(doc, span));
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
        if (bodies.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && (bodies.contains(DocumentLinker.text(doc, m))
                    || m.canonical != null && linked.contains(m.canonical))) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
    }

    /**
     * "the Abel Marsh dealership", "a Zorro brand", "the Beltway Notes blog": a determiner before the name and a
     * noun for a business or outlet after it; a person's name is seldom used so.
     */
    private static boolean businessHead(String[] tokens, int start, int end) {
        if (start == 0 || end >= tokens.length || !DETERMINERS.contains(tokens[start - 1])) {
            return false;
        }
        String head = tokens[end];
        return BUSINESS_HEADS.contains(head)
                || head.equals("publishing") && end + 1 < tokens.length && tokens[end + 1].equals("house");
    }

    /** "the" or a body noun right before the opening quote. */
    private static boolean quotedBodyCue(String[] tokens, int i) {
        String t = tokens[i];
        return t.equals("the") || t.equals("The") || AppositiveBodies.BODY_NOUNS.contains(t) || QUOTED_BODY_NOUNS.contains(t);
    }

    private static boolean nameWord(String t) {
        return t.length() > 0 && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))
                && !ListAndRulePass.isPunct(t) || t.equals("of") || t.equals("and") || t.equals("&");
    }

    /**
     * Removes the person or untagged reading of the quoted name when every mention touching it lies inside it
     * and is a person or an organisation; false (nothing changed) when a place or another kind overlaps.
     */
    private static boolean takeOver(List<MentionDraft> mentions, MentionDraft span) {
        for (MentionDraft m : mentions) {
            if (m.overlaps(span) && (m.start < span.start || m.end > span.end
                    || !(m.type.equals(EntityTypes.PERSON) || m.type.equals(EntityTypes.ORGANIZATION)))) {
                return false;
            }
        }
        mentions.removeIf(m -> m.overlaps(span));
        return true;
    }

    /** Some word of the name has a capital right after a lower-case letter, not after a name particle. */
    static boolean camelName(String[] tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            if (camel(tokens[k])) {
                return true;
            }
        }
        return false;
    }

    static boolean camel(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i + 1 < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))
                    && Character.isLowerCase(t.charAt(i + 1))) {
                String prefix = t.substring(0, i);
                return prefix.length() > 2 && !PARTICLES.contains(prefix);
            }
        }
        return false;
    }
}
