package dev.precis.nlp.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence-level corrections after the statistical model: trims titles and possessives off
 * mentions, lets the gazetteer fix the type of listed names, joins and splits the model's mentions, and
 * has {@link MissedNames} add listed names the model missed and mark capitalised words after a title
 * ("Deputy Foreign Minister Alexander Grushko") or after a listed first name as people. Stateless and
 * thread-safe. Tidying the model's mentions is {@link MentionTidying}'s part, nationalities opening names
 * {@link NationalityOpeners}'.
 */
final class ListAndRulePass {

    /** A single digit; a score ("2-1"); compiled once, asked per mention. */
    private static final Pattern ONE_DIGIT = Pattern.compile("\\d{1}");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(-\\d{1,3})*");

    static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
    /**
     * Honorifics that open only people's names (Malay, Arabic, Hausa, Persian, South Asian usage, and the
     * English ones), unlike "General" or "King" that open companies' and places' names too.
     */
    static final Set<String> HONORIFICS = Set.of("Datuk", "Dato", "Dato'", "Datin", "Tun", "Haji", "Hajjah",
            "Alhaji", "Alhaja", "Mallam", "Begum", "Maulana", "Mullah", "Mufti", "Hojatoleslam", "Shri", "Smt", "Smt.",
            "Hon.", "Engr.", "Barr.", "Ustaz", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");
    /** The second word of a two-word honorific ("Datuk Seri", "Dato' Sri"). */
    static final Set<String> SECOND_HONORIFIC = Set.of("Seri", "Sri");
    /** First words of two-word honorifics that are names on their own ("Tan Sri", "Puan Sri"). */
    static final Set<String> PAIRED_HONORIFICS = Set.of("Tan", "Puan");
    /**
     * An article or preposition alone is no name (the model reads a sentence-opening "The" or "To" as one now
     * and then).
     */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "THE", "To", "In", "On", "At", "For", "By",
            "Of", "With", "From", "If", "But", "And", "Or", "So", "As", "This", "That", "These", "Those");

    private final Gazetteer gazetteer;
    private final ProperNameRule properNames;
    private final ResultsTableRule table;
    private final OrganisationPatternRule organisations;
    private final DatelineAndRoleShapes wire;
    private final MissedNames missed;
    private final NationalityOpeners nationalities;
    private final MentionTidying tidying;
    private final TitleCaseHeadlines headlines;
    private final OrganisationPersonSplit organisationPerson;

    ListAndRulePass(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.properNames = new ProperNameRule(gazetteer);
        this.table = new ResultsTableRule(gazetteer);
        this.organisations = new OrganisationPatternRule(gazetteer);
        this.wire = new DatelineAndRoleShapes(gazetteer);
        this.missed = new MissedNames(gazetteer);
        this.nationalities = new NationalityOpeners(gazetteer);
        this.tidying = new MentionTidying(gazetteer, nationalities);
        this.headlines = new TitleCaseHeadlines(gazetteer);
        this.organisationPerson = new OrganisationPersonSplit(gazetteer);
    }

    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        splitListedPlacesAtCommas(tokens, mentions, sentence);
        mentions.removeIf(m -> !tidying.tidy(tokens, m));
        missed.preferLongListed(tokens, mentions, sentence);
        for (MentionDraft m : mentions) {
            Gazetteer.Entry e = gazetteer.lookup(tokens, m.start, m.end);
            if (e != null) {
                String listed = listedType(e.kind());
                if (listed != null) {
                    m.type = listed;
                }
                if (e.kind() == Gazetteer.Kind.TITLE || e.kind() == Gazetteer.Kind.FIRST_NAME) {
                    m.type = e.kind() == Gazetteer.Kind.TITLE ? null : m.type;
                } else {
                    m.canonical = e.canonical();
                }
            }
        }
        mentions.removeIf(m -> m.type == null);
        nationalities.nationalParties(tokens, mentions, sentence);
        mentions.sort(null);
        wire.personAfterRole(tokens, mentions);
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft a = mentions.get(k - 1);
            MentionDraft b = mentions.get(k);
            boolean bothPeople = a.type.equals(EntityTypes.PERSON) && b.type.equals(EntityTypes.PERSON);
            boolean firstNameThenPerson = b.type.equals(EntityTypes.PERSON) && a.length() == 1
                    && gazetteer.isFirstName(tokens[a.start]) && gazetteer.lookup(tokens[a.start]) == null;
            // "Aliko Dangote told…" after "Dangote Refinery": the model, remembering the company, read the
            // surname after a person's given name as the organisation; one unlisted word, no acronym, ending the run
            boolean personThenSurname = a.type.equals(EntityTypes.PERSON) && !a.ruleBased && a.length() <= 2
                    && b.type.equals(EntityTypes.ORGANIZATION) && !b.ruleBased && b.length() == 1
                    && !Gazetteer.isUpper(tokens[b.start]) && !ProperNameRule.ORG_WORDS.contains(tokens[b.start])
                    && gazetteer.lookup(tokens[b.start]) == null
                    && (b.end == tokens.length || !capitalised(tokens[b.end]) && !POSSESSIVE.contains(tokens[b.end]));
            if (a.end == b.start && (bothPeople || firstNameThenPerson || personThenSurname) && a.canonical == null
                    && b.canonical == null) {
                a.type = EntityTypes.PERSON;
                a.end = b.end;
                mentions.remove(k);
            }
        }
        organisations.apply(tokens, mentions, sentence);
        wire.possessivePluralOpeners(tokens, mentions);
        wire.datelineAgency(tokens, mentions, sentence);
        boolean[] covered = new boolean[tokens.length];
        mentions.forEach(m -> mark(covered, m));
        missed.listed(tokens, mentions, covered, sentence);
        missed.placesAfterLocatives(tokens, mentions, covered, sentence);
        LowerCasePlaces.apply(tokens, mentions, covered, sentence, gazetteer);
        table.apply(tokens, mentions, covered, sentence);
        missed.afterTitles(tokens, mentions, covered, sentence);
        missed.initials(tokens, mentions, covered, sentence);
        properNames.apply(tokens, mentions, covered, sentence);
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 1 && m.start > 0 && HONORIFICS.contains(tokens[m.start - 1])
                    && SECOND_HONORIFIC.contains(tokens[m.start])) {
                m.start++; // the model's "Seri Amran Talib" after "Datuk"
            }
            if (m.type.equals(EntityTypes.PERSON) && m.length() > 2 && PAIRED_HONORIFICS.contains(tokens[m.start])
                    && SECOND_HONORIFIC.contains(tokens[m.start + 1])) {
                m.start += 2; // "Tan Sri Muhyiddin Yassin": "Tan" alone is a surname, so only the pair is a title
            }
            if (m.type.equals(EntityTypes.PERSON)) {
                while (m.end < tokens.length && m.length() < 4 && !covered[m.end] && nameToken(gazetteer, tokens[m.end])
                        && !Gazetteer.isUpper(tokens[m.end])) {
                    covered[m.end] = true;
                    m.end++;
                }
            }
            if (!m.type.equals(EntityTypes.ORGANIZATION) && team(tokens, m)
                    && !gazetteer.isCountry(m.canonical == null ? "" : m.canonical)) {
                m.type = EntityTypes.ORGANIZATION; // a team named for its town: "Surrey 312-7", "Chicago 4"
            }
            nationalities.dropNationality(tokens, m);
        }
        organisationPerson.apply(tokens, mentions, sentence);
        WireNameJoins.apply(tokens, mentions, sentence, gazetteer);
        LegalFormNames.apply(tokens, mentions, sentence, gazetteer);
        ReportingBodyShapes.apply(tokens, mentions, sentence, gazetteer);
        CoordinatedNames.apply(tokens, mentions, sentence, gazetteer);
        PortfolioNames.apply(tokens, mentions, sentence, gazetteer);
        ParticleJoinedPersons.apply(tokens, mentions, sentence, gazetteer);
        HyphenatedNames.apply(tokens, mentions, sentence, gazetteer);
        GroupInPlaceNames.apply(tokens, mentions);
        PublicationNames.apply(tokens, mentions, sentence, nationalities);
        GroupWordNames.apply(tokens, mentions, sentence, nationalities, gazetteer);
        DroppedBodyHeads.apply(tokens, mentions, sentence, gazetteer);
        PlaceNamedFirms.apply(tokens, mentions, sentence, gazetteer);
        HeadWordJoins.apply(tokens, mentions, sentence, gazetteer, headlines);
        WireBodyShapes.apply(tokens, mentions, sentence, gazetteer, headlines);
        if (!headlines.titleCase(tokens) && !HeadWordJoins.upperCaseLine(tokens)) {
            JoinedCapitalNames.apply(tokens, mentions, sentence, gazetteer);
            AmpersandFirms.apply(tokens, mentions, sentence, gazetteer);
            CauseGroupNames.apply(tokens, mentions, sentence, gazetteer);
            CampaignNames.apply(tokens, mentions, sentence);
            LinkedBodyHeads.apply(tokens, mentions, sentence, gazetteer);
        }
        RomanceOpenerNames.apply(tokens, mentions, sentence);
        NationBodies.apply(tokens, mentions, sentence);
        FacilityNames.apply(tokens, mentions, gazetteer);
        OrganisationNameEnds.apply(tokens, mentions, sentence, gazetteer);
        GivenNamesAfterRoles.apply(tokens, mentions, gazetteer);
        HeadlineVerbTails.apply(tokens, mentions, gazetteer);
        ListedPlaceRuns.apply(tokens, mentions, sentence, gazetteer);
        ForCauseJoins.apply(tokens, mentions, sentence);
        CapitalisedTheNames.apply(tokens, mentions);
        CoordinatedNames.beforeListedBody(tokens, mentions, sentence, gazetteer); // after the rules that find the second body
        NonNameSpans.apply(tokens, mentions);
        CommonAbbreviations.apply(tokens, mentions, gazetteer);
        BodyFrontsAndTails.apply(tokens, mentions, sentence, gazetteer);
        for (MentionDraft m : mentions) {
            while (m.type.equals(EntityTypes.PERSON) && MentionTidying.frontWord(tokens, m)) {
                m.start++; // "Republican Min-jun Yamamoto", typed a person by a rule after the tidying
            }
        }
    }

    /**
     * A mention running over a comma between two listed places is two places: the model read
     * "Malaysia, South Korea" in a list of countries as one ("Washington, D.C." style). Each part must be
     * a GeoNames place on its own, and a country on at least one side ("Nairobi, Kenya" is two places too).
     */
    private void splitListedPlacesAtCommas(String[] tokens, List<MentionDraft> mentions, int sentence) {
        List<MentionDraft> added = new java.util.ArrayList<>();
        for (MentionDraft m : mentions) {
            for (int k = m.start + 1; k < m.end - 1; k++) {
                if (!tokens[k].equals(",")) {
                    continue;
                }
                boolean left = gazetteer.placeAt(tokens, m.start) == k - m.start;
                boolean right = gazetteer.placeAt(tokens, k + 1) == m.end - k - 1;
                Gazetteer.Entry a = gazetteer.lookup(tokens, m.start, k);
                Gazetteer.Entry b = gazetteer.lookup(tokens, k + 1, m.end);
                boolean country = a != null && gazetteer.isCountry(a.canonical())
                        || b != null && gazetteer.isCountry(b.canonical());
                if (left && right && country) {
                    added.add(new MentionDraft(sentence, k + 1, m.end, EntityTypes.LOCATION, m.ruleBased));
                    m.end = k;
                    m.type = EntityTypes.LOCATION;
                    break;
                }
            }
        }
        mentions.addAll(added);
    }

    /** A party's name in the plural, its last word: "the Scottish Conservatives", "Swedish Social Democrats". */
    static final Set<String> PARTY_PLURALS = Set.of("Democrats", "Conservatives", "Greens", "Liberals", "Socialists",
            "Republicans", "Communists", "Nationalists", "Unionists", "Tories", "Radicals");
    /** Dashes that are never hyphens: a dateline's ("ABUJA -- The …") or a clause's. */
    private static final Set<String> DASHES = Set.of("--", "–", "—", "―");

    /**
     * A dash between words is never inside a name: the model joins a dateline to the name after it
     * ("JOHANNESBURG - The African National Congress", one organisation). The mention is cut at a long dash
     * spaced from a word, or at a spaced hyphen after a dateline (the sentence opens with the mention's
     * words in capitals); a spaced hyphen elsewhere may be one written apart ("Saskatoon - Humboldt",
     * as corpora tokenize hyphenated names). The part before a dateline's dash is the dateline's place;
     * the part after keeps the model's type (tidying then drops the sentence-opening "The").
     */
    static void splitAtDashes(String[] tokens, int[] starts, int[] ends, List<MentionDraft> mentions, int sentence) {
        List<MentionDraft> added = new java.util.ArrayList<>();
        for (MentionDraft m : mentions) {
            for (int k = m.start + 1; k < m.end - 1; k++) {
                // a dash with space on a side ("ABUJA - The", "ABUJA -- The"); "Zanu-PF" is tokenized apart, unspaced
                boolean dash = DASHES.contains(tokens[k]) || tokens[k].equals("-");
                if (!dash || starts[k] == ends[k - 1] && ends[k] == starts[k + 1]) {
                    continue;
                }
                // "ABUJA -", "KUALA LUMPUR -", "ACCRA, Ghana -": a place in capitals opening the sentence
                boolean dateline = Gazetteer.isUpper(tokens[0]);
                for (int j = 0; j < k && dateline; j++) {
                    dateline = capitalised(tokens[j]) || tokens[j].equals(",");
                }
                if (!dateline && !DASHES.contains(tokens[k])) {
                    continue;
                }
                added.add(new MentionDraft(sentence, k + 1, m.end, m.type, m.ruleBased));
                if (dateline) {
                    m.type = EntityTypes.LOCATION;
                }
                m.end = k;
                break;
            }
        }
        mentions.addAll(added);
    }

    /** In a results line ("Leeds 2 Derby 0", "Kent v Essex") a name beside a score or "v" is a team. */
    private static boolean team(String[] tokens, MentionDraft m) {
        if (m.end < tokens.length && (tokens[m.end].equals("v") || tokens[m.end].equals("vs"))) {
            return true;
        }
        if (m.start > 0 && (tokens[m.start - 1].equals("v") || tokens[m.start - 1].equals("vs"))) {
            return true;
        }
        if (m.type.equals(EntityTypes.PERSON)) {
            return m.end < tokens.length && ONE_DIGIT.matcher(tokens[m.end]).matches() && (m.start == 0
                    || ONE_DIGIT.matcher(tokens[m.start - 1]).matches()) && m.end + 1 < tokens.length
                    && ListAndRulePass.capitalised(tokens[m.end + 1]);
        }
        return m.end < tokens.length && score(tokens[m.end]);
    }

    private static boolean score(String t) {
        return SCORE.matcher(t).matches();
    }

    /** Era abbreviations: "BC", "BCE" after a year, "AD" before or after one. */
    private static final Set<String> ERAS = Set.of("BC", "BCE", "AD", "CE", "B.C.", "B.C.E.", "A.D.", "C.E.");

    /**
     * "609 BC", "(250-125 BCE)", "AD 79": an era abbreviation beside a year is no name (the model reads a
     * word in capitals as an organisation's acronym).
     */
    static boolean era(String[] tokens, int i) {
        return ERAS.contains(tokens[i]) && (i > 0 && endsInDigit(tokens[i - 1])
                || i + 1 < tokens.length && !tokens[i + 1].isEmpty() && Character.isDigit(tokens[i + 1].charAt(0)));
    }

    private static boolean endsInDigit(String t) {
        return !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1));
    }

    /**
     * An ordinary word written in capitals for emphasis ("we have NEVER been", "the BEST photographer",
     * "Get your FREE download") is no name: the model reads a word in capitals as an acronym, mostly an
     * organisation's. A listed name in capitals ("US", "WHO", "TURKEY" in a headline) stays, and so do
     * two-letter words, which are as often abbreviations ("UP", "DE", "OH"); an acronym introduced in
     * brackets is the caller's to keep.
     */
    static boolean shouted(String token, Gazetteer gazetteer) {
        if (token.length() < 3 || !Gazetteer.isUpper(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return gazetteer.isCommonWord(token) && gazetteer.lookup(token) == null;
    }

    /** An article, preposition, month or weekday alone is no name. */
    static boolean noNameAlone(String token) {
        return calendar(token) || ARTICLES.contains(token);
    }

    /** "Oct", "Oct.", "Monday": a month or weekday is no name. */
    static boolean calendar(String token) {
        return ProperNameRule.CALENDAR.contains(token.endsWith(".") ? token.substring(0, token.length() - 1) : token);
    }

    static boolean nameToken(Gazetteer gazetteer, String t) {
        if (!capitalised(t) || gazetteer.isTitleWord(t) || TitleFinder.ROLE_WORDS.contains(lower(t))) {
            return false;
        }
        Gazetteer.Entry e = gazetteer.lookup(t);
        return e == null || e.kind() == Gazetteer.Kind.PERSON;
    }

    static String listedType(Gazetteer.Kind kind) {
        return switch (kind) {
            case LOCATION -> EntityTypes.LOCATION;
            case ORGANIZATION -> EntityTypes.ORGANIZATION;
            case PERSON -> EntityTypes.PERSON;
            case NATIONALITY -> EntityTypes.MISC;
            default -> null;
        };
    }

    static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    static boolean isPunct(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] covered, MentionDraft m) {
        mark(covered, m.start, m.end);
    }

    static void mark(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
