package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Companies the model reads as persons or leaves untagged, found from how the article speaks of them: a
 * company suffix or business word ends the name, its shares, board or chief executive are spoken of, it
 * speaks of itself as "it", reports results or news ("Infosys shares fell", "Safaricom said it would…",
 * "Kalmoro posted a net profit", "…, Dawn reported"). Part of the document-level pass ({@link DocumentLinker}),
 * which decides when it runs. Stateless and thread-safe.
 */
final class CompanyNames {

    private final Gazetteer gazetteer;

    CompanyNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Verbs after which a speaker refers to itself: "X said it would …" is a body's statement. */
    private static final Set<String> SAYS = WordSet.of("said", "says", "announced", "reported", "expects", "expected",
            "added", "stated", "confirmed", "denied", "insisted");

    /** Last words of a company's name that are ordinary business words ("Pirelli Cables", "Tata Motors"). */
    private static final Set<String> BUSINESS = WordSet.of("SpA", "S.p.A.", "Group", "Holdings", "Industries", "Cables",
            "Motors", "Motor", "Electronics", "Airlines", "Airways", "Pharmaceuticals", "Telecom", "Telecommunications",
            "Petroleum", "Steel", "Cement", "Textiles", "Bancorp", "Bancshares", "Corporation", "Company", "Enterprises",
            "Technologies", "Systems", "Communications", "Foods", "Mining", "Resources", "Securities", "Insurance",
            "Copper", "Oil", "Energy", "Chemicals", "Bank", "Capital", "Shipping", "Logistics", "Petrochemicals",
            "Breweries", "Fertilizers", "Fertilisers", "Airline", "Refinery", "Beverages");

    /** Nouns after "X 's" or "X" that belong to an organisation, not a person ("Petofi 's board"). */
    private static final Set<String> OWNED = WordSet.of("shares", "stock", "stake", "board", "shareholders", "subsidiary",
            "subsidiaries", "unit", "units", "chairman", "CEO", "spokesman", "spokeswoman", "spokesperson",
            "management", "headquarters", "employees", "workforce", "executives", "directors", "profit", "profits",
            "revenue", "revenues", "earnings", "turnover", "takeover", "privatisation", "privatization",
            "speaker", "lawmakers", "legislators", "officials", "founder", "chief", "chairperson", "spokespeople");
    /** Nouns before "of X" or "at X" that belong to an organisation ("chief executive officer of Petofi"). */
    private static final Set<String> OWNER_OF = WordSet.of("shares", "stake", "board", "shareholders", "subsidiary",
            "unit", "chairman", "officer", "CEO", "spokesman", "spokeswoman", "spokesperson", "manager", "management",
            "directors", "headquarters", "employees", "workers", "executives", "owner", "owners", "takeover",
            "acquisition", "privatisation", "privatization", "bankruptcy");

    /**
     * A one-word name the model read as a person, never part of a longer person's name in the document,
     * is an organisation when the document speaks of it as one at least once — its shares, board, chief
     * executive, takeover ("Petofi 's board", "shares of Ruch", "Magna shares"): the model often reads
     * an unknown company as a surname, and the same name is then one organisation everywhere.
     */
    void byContext(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            String last = doc.sentence(m.sentence)[m.end - 1];
            if (m.type.equals(EntityTypes.PERSON) && m.length() >= 2
                    && (OrganisationPatternRule.SUFFIXES.contains(last) || BUSINESS.contains(last))) {
                m.type = EntityTypes.ORGANIZATION; // "Rossi SpA", "Pirelli Cables": a company suffix or business word ends no person's name
            }
        }
        Set<String> personWords = new java.util.HashSet<>();
        Map<String, Boolean> single = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            if (m.length() > 1 || m.canonical != null) {
                for (int k = m.start; k < m.end; k++) {
                    personWords.add(tokens[k]);
                }
            } else {
                single.merge(tokens[m.start], organisationContext(tokens, m.start), Boolean::logicalOr);
            }
        }
        // the first word of a company's full name ("Pirelli SpA", "Jones Medical Corp"): alone, the same company
        Set<String> companyWords = new java.util.HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() >= 2 && m.length() <= 4
                    && ListAndRulePass.capitalised(tokens[m.start]) && !tokens[m.start].equals("The")
                    && (OrganisationPatternRule.SUFFIXES.contains(tokens[m.end - 1]) || BUSINESS.contains(tokens[m.end - 1]))) {
                companyWords.add(tokens[m.start]);
            }
        }
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() == 1 && m.canonical == null) {
                String token = doc.sentence(m.sentence)[m.start];
                if ((single.getOrDefault(token, false) || companyWords.contains(token)) && !personWords.contains(token)) {
                    m.type = EntityTypes.ORGANIZATION;
                }
            }
        }
    }

    /** Nouns right after an untagged "X" that make it a company ("Infosys shares", "Gojek spokeswoman"). */
    private static final Set<String> COMPANY_AFTER = WordSet.of("shares", "stock", "shareholders", "subsidiary", "CEO",
            "spokesman", "spokeswoman", "spokesperson", "headquarters");

    /**
     * A capitalised word the model left untagged that speaks of itself as "it" ("Safaricom said it would
     * raise prices", "Sinopec said on Monday its output rose") or whose shares or spokesman are spoken of
     * ("Infosys shares fell") is an organisation, found again where else it stands in the article: the model
     * misses unseen one-word companies, and a person is never "it". Ordinary, listed, first-name and title
     * words never are (they open sentences: "Police said it"), nor the last word of an untagged capitalised run
     * or of a firm's name ("Douglas & Lomason shares": the name is longer than the word).
     */
    void untagged(TokenizedText doc, List<MentionDraft> mentions) {
        boolean[][] coveredAll = null;
        Set<String> companies = new java.util.HashSet<>();
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i + 1 < tokens.length; i++) {
                String t = tokens[i];
                boolean grammar = CompanyGrammarCues.cue(tokens, i);
                if (!(SAYS.contains(tokens[i + 1]) || REPORTS.contains(tokens[i + 1]) || COMPANY_AFTER.contains(tokens[i + 1])
                        || grammar) || t.length() < 3
                        || !Character.isUpperCase(t.charAt(0)) || !DocumentLinker.letters(t)) {
                    continue;
                }
                if (coveredAll == null) {
                    coveredAll = DocumentLinker.covered(doc, mentions);
                }
                // a one-word "person" the model found, reporting results ("Kalmoro posted a net profit"): a person
                // reports no profit, so it is read as the untagged word would be
                MentionDraft person = i == 0 || !ListAndRulePass.capitalised(tokens[i - 1]) ? single(mentions, s, i, EntityTypes.PERSON) : null;
                boolean shaped = companyShaped(t) && (SAYS.contains(tokens[i + 1]) || REPORTS.contains(tokens[i + 1]));
                if (person == null && shaped && (i == 0 || !ListAndRulePass.capitalised(tokens[i - 1]))) {
                    person = single(mentions, s, i, EntityTypes.LOCATION); // "Kasikornbank said", read as a place
                }
                boolean resultsPerson = person != null && !person.ruleBased && (reportsResults(tokens, i) || reportsNews(tokens, i) || shaped);
                // the model's one-word organisation opening a sentence, which the spreading step does not copy
                boolean openingFirm = i == 0 && grammar && single(mentions, s, i, EntityTypes.ORGANIZATION) != null;
                if (coveredAll[s][i] && !resultsPerson && !openingFirm || i > 0 && ListAndRulePass.capitalised(tokens[i - 1]) && !coveredAll[s][i - 1]
                        && !tokens[i - 1].equals("The") || i > 0 && tokens[i - 1].equals("&")
                        || gazetteer.isCommonWord(t) && !(i > 0 && tokens[i - 1].equals(",") && reportsNews(tokens, i))
                        || gazetteer.lookup(t) != null
                        || gazetteer.isFirstName(t) || gazetteer.isTitleWord(t) || ListAndRulePass.noNameAlone(t)) {
                    continue;
                }
                if (COMPANY_AFTER.contains(tokens[i + 1]) || saysItself(tokens, i) || reportsResults(tokens, i)
                        || reportsNews(tokens, i) || shaped || grammar) {
                    if (!DocumentLinker.surnameInArticle(doc, mentions, t)) {
                        companies.add(t);
                    }
                }
            }
        }
        // "Ecobank Transnational shares rose": a name whose shares move is a company, whatever the model said
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && m.end + 1 < tokens.length
                    && (tokens[m.end].equals("shares") || tokens[m.end].equals("stock"))
                    && SHARES_MOVE.contains(tokens[m.end + 1])) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
        // "Boatmen's stock", "Boatmen's was the prize": a name the article never writes without "'s" may own it
        // ("Sainsbury's"), so its span is not known
        companies.removeIf(word -> alwaysPossessive(doc, word));
        if (companies.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) { // the model's one-word "persons" of the same word (or places, if company-shaped)
            if (m.length() == 1 && (m.type.equals(EntityTypes.PERSON) || m.type.equals(EntityTypes.LOCATION)
                    && companyShaped(doc.sentence(m.sentence)[m.start])) && !m.ruleBased
                    && companies.contains(doc.sentence(m.sentence)[m.start])) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
        // every untagged use of the word (the spreading step leaves single words opening a sentence alone)
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!coveredAll[s][i] && companies.contains(tokens[i])) {
                    added.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(null);
        }
    }

    private static boolean alwaysPossessive(TokenizedText doc, String word) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].equals(word) && !(i + 1 < tokens.length && DocumentLinker.POSSESSIVE.contains(tokens[i + 1]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Endings of companies' one-word names: banks, gas and telecom firms, software houses, airlines. */
    private static final List<String> COMPANY_ENDINGS = List.of("bank", "gas", "tel", "com", "soft", "air");

    /**
     * A one-word company's shape: an ending of {@link #COMPANY_ENDINGS} after a stem of four letters or more
     * ("Kasikornbank", "Safaricom", "Norvatel"; "Patel", "Blair", "Nair", "Eubank" are too short for it), or
     * camel case with an inner capital after a part of four letters or more, or two inner capitals
     * ("PetroChina", "KazMunayGas"; "McCain", "MacArthur", "DeSantis", "LaGuardia" are names of people and
     * places). Only with a company's verb after it (the caller's), as a person's surname may have the shape.
     */
    static boolean companyShaped(String t) {
        if (t.length() < 6 || !Character.isUpperCase(t.charAt(0)) || !DocumentLinker.letters(t) || t.indexOf('-') >= 0
                || Gazetteer.isUpper(t)) {
            return false;
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String ending : COMPANY_ENDINGS) {
            if (lower.endsWith(ending) && t.length() - ending.length() >= 4
                    && Character.isLowerCase(t.charAt(t.length() - ending.length()))) {
                return true;
            }
        }
        int inner = 0;
        int firstPart = 0;
        for (int k = 1; k < t.length(); k++) {
            if (Character.isUpperCase(t.charAt(k))) {
                if (k + 1 >= t.length() || !Character.isLowerCase(t.charAt(k + 1))) {
                    return false; // "NatWEST": capitals in a row are no camel case of words
                }
                if (inner++ == 0) {
                    firstPart = k;
                }
            }
        }
        return inner >= 2 || inner == 1 && firstPart >= 4;
    }

    /** What shares do ("shares rose"); "shares her story" is a person's verb. */
    private static final Set<String> SHARES_MOVE = WordSet.of("rose", "fell", "jumped", "gained", "slipped", "dropped",
            "climbed", "tumbled", "plunged", "surged", "soared", "slumped", "closed", "ended", "were", "have", "traded",
            "rallied", "sank", "edged", "lost", "added");

    /** Verbs with which a company reports its results. */
    private static final Set<String> REPORTS = WordSet.of("said", "reported", "posted", "announced", "booked", "recorded");
    /** What a company reports and a person does not: its results. */
    private static final Set<String> RESULTS = WordSet.of("profit", "profits", "revenue", "revenues", "earnings", "sales",
            "turnover", "dividend", "subscribers", "shipments");

    /**
     * "X said on Monday that first-quarter profit rose", "X reported a 15 percent rise in net profit": a
     * one-word speaker reporting results in the same clause is a company even without the "it" of
     * {@link #saysItself} (a person speaks of profits too, but then the model and the article's other
     * mentions of the name, a full name before it, say so; those are checked by the caller).
     */
    static boolean reportsResults(String[] tokens, int i) {
        if (i + 2 >= tokens.length || !REPORTS.contains(tokens[i + 1])) {
            return false;
        }
        for (int k = i + 2; k < tokens.length && k <= i + 10; k++) {
            String t = tokens[k];
            if (t.equals(".") || t.equals(";") || t.equals("\"") || t.equals("“") || t.equals("he") || t.equals("she")
                    || t.equals("his") || t.equals("her")) {
                return false; // the clause ends, or a quoted or personal statement begins
            }
            if (RESULTS.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, Dawn reported.", "Interfax quoted the minister as saying": one word that reports or quotes is a news
     * outlet or agency (on CoNLL testa 8 of 11 capitalised words before "reported"/"quoted" are organisations, two
     * no name; the person, quoting someone, has a full name earlier in the article, which the caller checks). After a comma, a
     * capitalised ordinary word is a paper's name too (", Dawn reported.", ", Punch reported"): mid-sentence,
     * an ordinary word would be written in lower case.
     */
    static boolean reportsNews(String[] tokens, int i) {
        return i + 1 < tokens.length && (tokens[i + 1].equals("reported") || tokens[i + 1].equals("quoted"));
    }
    private static MentionDraft single(List<MentionDraft> mentions, int sentence, int i, String type) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start == i && m.end == i + 1 && m.type.equals(type)) {
                return m;
            }
        }
        return null;
    }

    /** "X said it …", "X said on Tuesday its …": the body at {@code i} speaks of itself as "it". */
    static boolean saysItself(String[] tokens, int i) {
        if (i + 2 < tokens.length && SAYS.contains(tokens[i + 1])) {
            for (int k = i + 2; k < tokens.length && k <= i + 6; k++) {
                if (tokens[k].equals("it") || tokens[k].equals("its")) {
                    return true;
                }
                if (!SAID_WHEN.contains(tokens[k])) {
                    break;
                }
            }
        }
        return false;
    }

    /** Words that may stand between "X said" and the "it" of the body speaking: when, how. */
    private static final Set<String> SAID_WHEN = WordSet.of("on", "in", "late", "early", "earlier", "last", "this",
            "a", "statement", "that", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "today", "yesterday", "week", "month", "filing", "release", "on-line", "online");

    private static boolean organisationContext(String[] tokens, int i) {
        int next = i + 1 < tokens.length && DocumentLinker.POSSESSIVE.contains(tokens[i + 1]) ? i + 2 : i + 1;
        if (next < tokens.length && OWNED.contains(tokens[next])) {
            return true;
        }
        if (saysItself(tokens, i)) {
            return true; // "Comelf said it …": a body speaks of itself as "it", not "he" or "she" (", which" was tried:
                         // "President Suharto, which plans" is the company named before him); when and how it said so
                         // may stand between ("said on Tuesday its profit", "said in a statement that it"), nothing else
        }
        return i >= 2 && (tokens[i - 1].equals("of") || tokens[i - 1].equals("at")) && OWNER_OF.contains(tokens[i - 2]);
    }
}
