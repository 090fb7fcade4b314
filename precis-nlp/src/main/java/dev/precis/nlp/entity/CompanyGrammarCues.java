package dev.precis.nlp.entity;

import java.util.Set;

/**
 * Grammar around one capitalised word that makes it a company rather than a person or a place: what only a firm
 * has after its possessive ("X's shareholders", "X's chief executive"), a firm's people or parts before "of" or
 * "at" it ("employees of X", "shares of X", "the chief executive of X"), a firm's spokesperson "for" it, a firm
 * described in apposition ("X, the maker of …", "X, which is based in …"). Used by {@link CompanyNames#untagged}
 * for words the model left untagged, and for a one-word organisation the model found only where the spreading
 * step does not copy it (a sentence's first word). A person has a spokesman and a chief of staff too, so only
 * nouns a person does not have are read, and the caller still excludes listed, first-name, ordinary and surname
 * words. Written by hand: these are closed sets of grammar words around an unknown name. Stateless.
 */
final class CompanyGrammarCues {

    /** Nouns after "X 's" that only a firm has ("Nordavia's shareholders"); "chief" needs "executive" after it. */
    private static final Set<String> OWNED = WordSet.of("shares", "stock", "shareholders", "subsidiary", "subsidiaries",
            "employees", "workforce", "executives", "headquarters", "CEO", "chairman", "chairwoman", "board",
            "revenue", "revenues", "profit", "profits", "earnings", "customers", "products", "stores", "factory",
            "factories", "plant", "plants", "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson");
    /** Nouns before "of X" / "at X" that belong to a firm ("employees of Nordavia", "a spokesperson at X"). */
    private static final Set<String> OWNER_OF = WordSet.of("shares", "shareholders", "subsidiary", "employees",
            "workers", "executives", "CEO", "chairman", "chairwoman", "founder", "co-founder", "headquarters",
            "spokesman", "spokeswoman", "spokesperson", "customers", "owner", "parent", "unit", "division");
    /** Nouns after "X, the" that describe a firm ("Nordavia, the maker of …"). */
    private static final Set<String> FIRM_ROLES = WordSet.of("maker", "makers", "manufacturer", "producer", "operator",
            "owner", "parent", "developer", "provider", "retailer", "supplier", "carrier", "publisher", "distributor",
            "creator", "owners", "company", "firm", "startup", "start-up", "conglomerate", "insurer", "lender");
    /** Words after "X, which is" / "X, which was" that describe a firm's seat. */
    private static final Set<String> SEATED = WordSet.of("based", "headquartered", "owned", "listed");

    private CompanyGrammarCues() {
    }

    /** The word at {@code i} stands where a company's name stands (see the class comment). */
    static boolean cue(String[] tokens, int i) {
        return owned(tokens, i) || ownerOf(tokens, i) || apposition(tokens, i);
    }

    /**
     * A one-word "place" of the model's described as a firm in apposition ("Velmora, the maker of …") is an
     * organisation, with every one-word "place" of the same word in the article: a place is no maker, owner or
     * operator. Only apposition is read here: a country has shares, factories and customers too.
     */
    static void firmsReadAsPlaces(TokenizedText doc, java.util.List<MentionDraft> mentions) {
        Set<String> firms = new java.util.HashSet<>();
        for (MentionDraft m : mentions) {
            if (m.length() == 1 && m.type.equals(EntityTypes.LOCATION) && !m.ruleBased && m.canonical == null
                    && apposition(doc.sentence(m.sentence), m.start)) {
                firms.add(doc.sentence(m.sentence)[m.start]);
            }
        }
        for (MentionDraft m : mentions) {
            if (m.length() == 1 && m.type.equals(EntityTypes.LOCATION) && !m.ruleBased
                    && firms.contains(doc.sentence(m.sentence)[m.start])) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }

    private static boolean owned(String[] tokens, int i) {
        if (i + 2 >= tokens.length || !DocumentLinker.POSSESSIVE.contains(tokens[i + 1])) {
            return false;
        }
        String n = tokens[i + 2];
        return OWNED.contains(n) || n.equals("chief") && i + 3 < tokens.length
                && (tokens[i + 3].equals("executive") || tokens[i + 3].equals("financial"));
    }

    private static boolean ownerOf(String[] tokens, int i) {
        if (i < 2) {
            return false;
        }
        String p = tokens[i - 1];
        String n = tokens[i - 2];
        if (p.equals("for")) {
            return n.equals("spokesperson") || n.equals("spokeswoman") || n.equals("spokesman") && i >= 3
                    && (tokens[i - 3].equals("a") || tokens[i - 3].equals("A")); // "a spokesman for X", not "the …"
        }
        if (p.equals("of") || p.equals("at")) {
            return OWNER_OF.contains(n) || n.equals("executive") && tokens[i - 3].equals("chief");
        }
        return false;
    }

    private static boolean apposition(String[] tokens, int i) {
        if (i + 3 >= tokens.length || !tokens[i + 1].equals(",")) {
            return false;
        }
        if (tokens[i + 2].equals("the") || tokens[i + 2].equals("a")) {
            return FIRM_ROLES.contains(tokens[i + 3]) && (i + 4 >= tokens.length || !tokens[i + 4].equals("'s"));
        }
        return tokens[i + 2].equals("which") && i + 4 < tokens.length
                && (tokens[i + 3].equals("is") || tokens[i + 3].equals("was")) && SEATED.contains(tokens[i + 4]);
    }
}
