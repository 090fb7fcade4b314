package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document-level pass: a surname alone refers to the person named in full elsewhere ("Putin" →
 * "Vladimir Putin"); an acronym refers to the long name it is introduced with ("Organization for
 * Security and Co-operation in Europe (OSCE)", or "CSTO [Collective Security Treaty Organization]") or
 * whose initials it spells; the same name gets the same type throughout; names the model found once
 * are found again where it missed them; and capitals that act ("Moscow said", "Washington's allies")
 * stand for their country; a person named by one word is the person named in full ({@link ShortPersonNames}). Companies and sports clubs found from how the article speaks of them are
 * {@link CompanyNames}' and {@link SportsClubs}' part of the pass; linking acronyms, organisations' parts and
 * acting capitals is {@link AcronymLinks}', {@link OrganisationParts}' and {@link ActingCapitals}'. Stateless and
 * thread-safe.
 */
final class DocumentLinker {

    static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private final Map<String, String> capitals;
    private final AcronymIntroductions acronyms = new AcronymIntroductions();

    private final Gazetteer gazetteer;
    private final TitleAndClubShapes shapes;

    private final TitleCaseHeadlines headlines;
    private final HeadlineRuns headlineRuns;
    private final PartyNames parties;
    private final CompanyNames companies;
    private final SportsClubs clubs;
    private final OrganisationParts parts;

    DocumentLinker(Map<String, String> capitals, Gazetteer gazetteer) {
        this.capitals = capitals;
        this.gazetteer = gazetteer;
        this.shapes = new TitleAndClubShapes(gazetteer);
        this.headlines = new TitleCaseHeadlines(gazetteer);
        this.headlineRuns = new HeadlineRuns(gazetteer);
        this.parties = new PartyNames(gazetteer);
        this.companies = new CompanyNames(gazetteer);
        this.clubs = new SportsClubs(gazetteer, capitals);
        this.parts = new OrganisationParts(gazetteer);
    }

    void link(TokenizedText doc, List<MentionDraft> mentions) {
        // "Wagner said …" after "Richard Wagner": a listed organisation's word opening a sentence is the person's
        List<MentionDraft> surnames = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.openingListed && surnameInArticle(doc, mentions, doc.sentence(m.sentence)[m.start])) {
                surnames.add(m);
            }
        }
        mentions.removeAll(surnames);
        headlines.apply(doc, mentions);
        headlineRuns.apply(doc, mentions, headlines);
        SentenceOpeners.apply(doc, mentions);
        shapes.titledPersons(doc, mentions);
        shapes.acronymClubs(doc, mentions);
        NameTypeCues.apply(doc, mentions, gazetteer);
        PersonNames.clean(doc, mentions);
        NameParticles.apply(doc, mentions);
        acronyms.apply(doc, mentions);
        AcronymIntroductions.bracketedShortNames(doc, mentions, gazetteer);
        if (ListedBodies.ON) { // off: orgs66's candidate lowered UNER EWT test (0.693 → 0.692)
            ListedBodies.apply(doc, mentions, gazetteer); // before unifyTypes and propagate, which carry it elsewhere
        }
        companies.untagged(doc, mentions);
        CompanyGrammarCues.firmsReadAsPlaces(doc, mentions);
        PersonGrammarCues.apply(doc, mentions, gazetteer);
        PeopleWordBodies.apply(doc, mentions, gazetteer);
        AliasNames.apply(doc, mentions);
        unifyTypes(doc, mentions);
        propagate(doc, mentions);
        acronymShapedPersons(doc, mentions);
        parties.namedParties(doc, mentions);
        parties.shortNationalParties(doc, mentions);
        GluedFrontWords.apply(doc, mentions, gazetteer);
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1) {
                m.canonical = doc.covered(m.sentence, m.start, m.end).replaceAll("\\s+", " "); // as this text spells it
            }
        }
        PersonNames.unifySpellings(mentions);
        NameTails.apply(doc, mentions, gazetteer);
        ShortPersonNames.link(doc, mentions, gazetteer);
        RoleHolderBodies.apply(doc, mentions, gazetteer);
        companies.byContext(doc, mentions);
        if (OneWordBodies.ON) { // off: names64's candidate lowered UNER EWT test (0.693 → 0.691, ORG 0.476 → 0.473)
            OneWordBodies.apply(doc, mentions, gazetteer);
        }
        ShortCompanyNames.apply(doc, mentions, gazetteer);
        AppositiveBodies.apply(doc, mentions, gazetteer);
        OrganisationWordShapes.apply(doc, mentions, gazetteer);
        clubs.byContext(doc, mentions);
        PlaceNamedTeams.apply(doc, mentions, gazetteer);
        AcronymLinks.linkAcronyms(doc, mentions);
        parts.linkParts(doc, mentions);
        LanguageWords.apply(doc, mentions, gazetteer);
        PartyAdjectives.apply(doc, mentions); // after unifyTypes and the party passes, which would make it a party again
        CapitalsSubheadings.apply(doc, mentions); // after the passes that settle the body's types
        // the steps above can leave or find a lone "The" (a name cut at a sentence boundary the splitter missed)
        // or a lone Roman numeral
        mentions.removeIf(m -> m.length() == 1 && (ListAndRulePass.noNameAlone(doc.sentence(m.sentence)[m.start])
                || NonNameSpans.romanNumeral(doc.sentence(m.sentence)[m.start])));
        SentenceOpeners.apply(doc, mentions); // again: a surname found again at a sentence's start ("More than …")
        // "Republican Bob Dole", "Republican senator Pete Wilson": a party's adjective alone is no person
        mentions.removeIf(m -> m.length() == 1 && m.type.equals(EntityTypes.PERSON)
                && (PARTY_MEMBERS.contains(doc.sentence(m.sentence)[m.start])
                        || PersonNames.NO_PERSON_ALONE.contains(doc.sentence(m.sentence)[m.start])));
        for (MentionDraft m : mentions) {
            if (m.canonical == null) {
                m.canonical = doc.covered(m.sentence, m.start, m.end).replaceAll("\\s+", " ");
            }
            if (m.type.equals(EntityTypes.ORGANIZATION)) {
                m.canonical = organisationName(m.canonical);
            }
            if (m.type.equals(EntityTypes.LOCATION) && capitals.containsKey(m.canonical) && ActingCapitals.actsAsState(doc, m)) {
                m.canonical = capitals.get(m.canonical);
            }
        }
        SpeakingAddresses.apply(doc, mentions);
    }

    /**
     * An organisation's name without an opening "The", which only where the name stands adds: "The Greens said" and
     * "joined The Greens" (a capital kept inside a sentence, {@link CapitalisedTheNames}) are the "Greens" of "the
     * Greens", so the body has one page. A name the lists spell with "The" keeps it ("The Guardian", from "Guardian"
     * too).
     */
    private String organisationName(String canonical) {
        String bare = canonical.startsWith("The ") && canonical.length() > 4 ? canonical.substring(4) : canonical;
        Gazetteer.Entry listed = gazetteer.lookup("The " + bare);
        return listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION ? listed.canonical() : bare;
    }

    /**
     * The same string gets its most frequent type everywhere in the document. On a tie between a place's reading and
     * an organisation's, of a name no list holds as a place, the organisation: an unknown firm the model reads as a
     * place in one sentence ("at Kalvex") and as a body in another is one body. Ties with a person's reading stay
     * each mention's own.
     */
    void unifyTypes(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (MentionDraft m : mentions) {
            votes.computeIfAbsent(text(doc, m), k -> new HashMap<>()).merge(m.type, m.ruleBased ? 2 : 1, Integer::sum);
        }
        for (MentionDraft m : mentions) {
            Map<String, Integer> v = votes.get(text(doc, m));
            String best = m.type;
            for (Map.Entry<String, Integer> e : v.entrySet()) {
                if (e.getValue() > v.get(best)) {
                    best = e.getKey();
                }
            }
            if (best.equals(EntityTypes.LOCATION) && v.get(best).equals(v.get(EntityTypes.ORGANIZATION))
                    && !listedPlace(doc, m)) {
                best = EntityTypes.ORGANIZATION;
            }
            m.type = best;
        }
    }

    /** The mention's words are a place of the lists (GeoNames or the gazetteer's places). */
    private boolean listedPlace(TokenizedText doc, MentionDraft m) {
        String[] tokens = doc.sentence(m.sentence);
        Gazetteer.Entry listed = gazetteer.lookup(tokens, m.start, m.end);
        return listed != null && listed.kind() == Gazetteer.Kind.LOCATION || gazetteer.placeAt(tokens, m.start) >= m.length();
    }

    /** Finds again, where the model missed them, names it found elsewhere in the document. */
    private void propagate(TokenizedText doc, List<MentionDraft> mentions) {
        Map<String, MentionDraft> known = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (m.length() > 1 || m.start > 0 && !ListAndRulePass.noNameAlone(doc.sentence(m.sentence)[m.start])) {
                known.putIfAbsent(text(doc, m), m);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        Map<String, Integer> longest = new HashMap<>();
        for (Map.Entry<String, MentionDraft> e : known.entrySet()) {
            MentionDraft m = e.getValue();
            longest.merge(doc.sentence(m.sentence)[m.start], m.length(), Math::max);
        }
        List<MentionDraft> added = new ArrayList<>();
        boolean[][] coveredAll = covered(doc, mentions);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            boolean[] covered = coveredAll[s];
            for (int i = 0; i < tokens.length; i++) {
                if (covered[i] || !ListAndRulePass.capitalised(tokens[i]) || ListAndRulePass.era(tokens, i)) {
                    continue; // "BC" of British Columbia is not the era of "609 BC"
                }
                for (int len = Math.min(longest.getOrDefault(tokens[i], 0), tokens.length - i); len >= 1; len--) {
                    if (covered[i + len - 1]) {
                        continue;
                    }
                    MentionDraft source = known.get(Gazetteer.join(tokens, i, i + len));
                    if (source != null) {
                        MentionDraft m = new MentionDraft(s, i, i + len, source.type, false);
                        if (NonNameSpans.determinedAcronym(tokens, m)) {
                            break; // "got a DWI," stays a common noun though "DWI" is tagged bare elsewhere
                        }
                        m.canonical = source.canonical;
                        added.add(m);
                        i += len - 1;
                        break;
                    }
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /**
     * "Zanu-PF", "PML-N" read as a person: a word (one in the text, though the tokenizer may cut it
     * at its hyphen) shaped like an abbreviation is an organisation's name, not a person's, outside headlines.
     */
    private static void acronymShapedPersons(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() <= 3 && m.canonical == null) {
                String word = doc.covered(m.sentence, m.start, m.end);
                if (word.indexOf(' ') < 0 && acronymShaped(word) && !headline(doc.sentence(m.sentence))) {
                    m.type = EntityTypes.ORGANIZATION;
                }
            }
        }
    }

    /**
     * A hyphenated word with a part of two or more capitals ("Zanu-PF", "PML-N", "Fatah-PLO"): the shape of
     * party and company abbreviations, not of a person's name. A word in capitals alone is left to the model:
     * people go by their initials too ("JFK", "MBS", a signature's "JB").
     */
    static boolean acronymShaped(String t) {
        int dash = t.indexOf('-');
        if (dash <= 0 || dash == t.length() - 1 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (String part : t.split("-")) {
            if (part.length() >= 2 && Gazetteer.isUpper(part)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence in capitals (a headline): its words' shapes say nothing. */
    static boolean headline(String[] tokens) {
        int lower = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                lower++;
            }
        }
        return lower * 4 < tokens.length;
    }

    /** A party's members or adjective, never one person's name. */
    static final Set<String> PARTY_MEMBERS = Set.of("Republican", "Republicans", "Democrat", "Democrats",
            "Democratic", "Conservative", "Conservatives", "Liberal", "Liberals", "Labour", "Labor", "Socialist",
            "Socialists", "Communist", "Communists", "Tory", "Tories");

    /** The word ends a person's name of two words or more somewhere in the article ("Ruto" of "William Ruto"). */
    static boolean surnameInArticle(TokenizedText doc, List<MentionDraft> mentions, String word) {
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1 && doc.sentence(m.sentence)[m.end - 1].equals(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean letters(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isLetter(t.charAt(k)) && t.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }

    /** True when the acronym's letters appear, in order, among the capitals of the long form's words. */
    static boolean abbreviates(String acronym, String[] tokens, int from, int to) {
        StringBuilder caps = new StringBuilder();
        for (int i = from; i < to; i++) {
            for (String part : tokens[i].split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    caps.append(part.charAt(0));
                }
            }
        }
        String letters = acronym.replace(".", "").replace("&", "");
        if (letters.isEmpty() || caps.length() == 0 || letters.charAt(0) != caps.charAt(0)) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < caps.length() && k < letters.length(); i++) {
            if (caps.charAt(i) == letters.charAt(k)) {
                k++;
            }
        }
        return k == letters.length();
    }

    static boolean acronym(String t) {
        if (t.length() < 2 || t.length() > 8) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return upper >= 2;
    }

    static String text(TokenizedText doc, MentionDraft m) {
        return Gazetteer.join(doc.sentence(m.sentence), m.start, m.end);
    }

    static boolean[][] covered(TokenizedText doc, List<MentionDraft> mentions) {
        boolean[][] covered = new boolean[doc.sentenceCount()][];
        for (int s = 0; s < covered.length; s++) {
            covered[s] = new boolean[doc.sentence(s).length];
        }
        for (MentionDraft m : mentions) {
            for (int k = m.start; k < m.end; k++) {
                covered[m.sentence][k] = true;
            }
        }
        return covered;
    }
}
