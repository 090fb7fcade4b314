package dev.precis.nlp.quote;

import java.util.regex.Pattern;

/**
 * The words that attribute speech in English news: reporting verbs ("said", "affirmed", "pointed
 * out"), pronouns, role nouns ("the minister") and source nouns ("the informant"). Thread-safe.
 */
final class SpeechCues {

    static final String VERB = "(?:said|says|say|told|tells|tell|added|adds|adding|affirmed|affirms|argued|argues"
            + "|noted|notes|stated|states|claimed|claims|insisted|insists|warned|warns|explained|explains|stressed"
            + "|stresses|emphasi[sz]ed|emphasi[sz]es|announced|announces|confirmed|confirms|reported|reports"
            + "|suggested|suggests|acknowledged|acknowledges|admitted|admits|denied|denies|pointed\\s+out"
            + "|points\\s+out|maintained|maintains|asserted|asserts|declared|declares|observed|revealed|wrote"
            + "|writes|continued|continues|concluded|concludes|replied|replies|responded|recalled|remarked"
            + "|commented|asked|asks|urged|urges|predicted|informed|assured|assures|agreed|countered|conceded"
            + "|tweeted|posted|testified|alleged|alleges|contended|contends|complained|complains|vowed|vows"
            + "|promised|promises|believes|believed|thinks|thought|charged|cautioned|reiterated|reiterates"
            + "|underlined|underscored|highlighted|indicated|indicates|mentioned|recounted|quipped|joked"
            // verbs of attribution common in the English press of Africa and South Asia ("the minister
            // disclosed", "Mr Singh opined", "lamented")
            + "|disclosed|discloses|opined|opines|lamented|laments|averred|avers|posited|clarified|clarifies"
            + "|hinted|reckoned|reckons|surmised|queried|wondered|exclaimed|retorted|boasted|bemoaned|mused|elaborated|narrated"
            // verbs of how words were said, which attribute direct speech as "said" does ("“Quiet,” he demanded")
            + "|shouted|yelled|chanted|screamed|cried|fumed|snapped|barked|exhorted|proclaimed|proclaims|demanded"
            + "|demands|mocked|confessed|interjected|answered|answers|shot\\s+back|fired\\s+back|pressed|sang|sings"
            // a reaction is a reply: "“Is he profiling?” reacted Ann Reed"; not one with a letter or to the news
            + "|react(?:ed|s)(?!\\s+(?:with|to|by|in|on|at|against)\\b)"
            // what a judge or a commander says from the bench or the field: "“The matter is adjourned,” the judge ruled"
            + "|ruled|ordered|pleaded|begged"
            // the commonest reporting verbs of French, German, Spanish and Italian copy, whose credits follow
            // guillemets and low-high marks as "said" follows English ones ("« … », a déclaré X", "„…“, sagte X")
            + "|a\\s+(?:déclaré|dit|affirmé|ajouté|expliqué|indiqué|souligné|estimé|assuré|annoncé)|déclare|affirme"
            + "|sagte|sagt|erklärte|betonte|dijo|afirmó|declaró|explicó|señaló|añadió|aseguró|ha\\s+(?:detto|dichiarato)"
            // the present tense of feature copy ("He jokes, “…”", "“…,” the two write")
            + "|write|jokes|quips|recalls|responds|observes|remarks|counters|concedes|cautions|predicts|wonders|exclaims"
            + "|retorts|boasts|muses"
            // a retort and a whisper are words said: "“France will stay France,” an angry Lund retaliated", "his wife
            // whispered to him: “…”"
            + "|retaliated|whisper(?:ed|s)"
            // a doubt put and words said again are words said: "“Who will pay for it?” Reed questioned", "“We will not
            // leave,” Reed repeated" (not the passive's agent: "was questioned by police")
            + "|questioned(?!\\s+by\\b)|repeated|repeats"
            // a promise, and the way words were said with a laugh or a sigh: "“We will rebuild,” he pledged", "“Now it is
            // up to the players,” the coach laughed"
            // (not a pledge "to" do something or to someone: "delegates pledged to Clinton")
            + "|pledge[ds](?!\\s+to\\b)|laugh(?:ed|s)|smil(?:ed|es)|sigh(?:ed|s)|chuckl(?:ed|es)|beam(?:ed|s)"
            // "As Ann Reed put it: “…”"
            + "|puts?\\s+it"
            // "Ramaphosa was quoted as saying", the wire's way of passing on words reported elsewhere
            + "|quoted\\s+(?:by\\s+(?:[\\p{L}.'’-]+\\s+){1,4})?as\\s+saying"
            + "|said\\s+in\\s+a\\s+statement|went\\s+on\\s+to\\s+say|goes\\s+on\\s+to\\s+say|went\\s+on"
            // "Sheinbaum issued a statement, “…”", "issued the following statement:"
            + "|(?:issued|released|put\\s+out)\\s+(?:a|an|the|this|the\\s+following)\\s+(?:[\\p{L}-]+\\s+)?statement)";

    /**
     * Participles that attach a quote to the subject of the clause before them: "The governor
     * criticised the contractors, saying: “…”".
     */
    static final Pattern PARTICIPLE = Pattern.compile("(?i)saying|adding|noting|stressing|insisting|warning"
            + "|explaining|arguing|stating|declaring|asking|urging|claiming|writing|telling\\s+\\p{L}+"
            // a post or a reply hangs on its clause as a spoken word does: "Reed hit back, tweeting at him, “…”"
            + "|tweeting|replying|responding"
            // what a crowd shouts is its words: "Supporters gathered outside the court, chanting “Free him”"
            + "|chanting|shouting|yelling|screaming");

    /** Verbs of chanting and shouting, whose words may be as short as a slogan ("chanted “Free Palestine”"). */
    static final Pattern CHANT = Pattern.compile("(?i)chant(?:ed|ing|s)?|shout(?:ed|ing)|yell(?:ed|ing)|scream(?:ed|ing)");

    /**
     * Nothing, or a linking word and its comma, before a verb opening its sentence: "But, said Ann Reed, “…”"; or the
     * first word of a question the quotation goes on with: "Why, asked Ann Reed, “should the poor pay?”".
     */
    static final Pattern VERB_OPENS = Pattern.compile("(?i)\\s*(?:(?:but|and|yet|still|then|now|instead|however|later"
            + "|meanwhile|again|why|what|how|where|who|when)\\s*,\\s*)?");

    /** Verbs that report speech rather than belief (PolNeAR's speech-verb attributions). */
    static final Pattern SPEECH_VERB = Pattern.compile("(?i)" + VERB);

    static final Pattern PRONOUN = Pattern.compile("(?i)he|she|they|i|we|his|her|their|him|them");
    /** A subject pronoun, which ends a speaker phrase as the subject of the verb after it ("on Tuesday he said"). */
    static final Pattern SUBJECT_PRONOUN = Pattern.compile("(?i)he|she|they|we");
    /** A conjunction before such a pronoun joins it to another subject ("Ann Reed and he said"). */
    static final Pattern JOINED = Pattern.compile("(?i)\\b(?:and|or|nor|but|both|either|neither|than|as|&)\\s*$");

    static final Pattern ROLE = Pattern.compile("(?i)(?:minister|ambassador|president|secretary|spokesm[ae]n"
            + "|spokeswoman|spokesperson|senator|governor|mayor|chancellor|premier|envoy|diplomat|general|adviser|advisor"
            + "|chairman|chairwoman|chair|director|chief|leader|prime\\s+minister|congressman|congresswoman"
            + "|representative|judge|commissioner|candidate|nominee|official|lawmaker|king|queen|pope|prince"
            + "|coach|manager|ceo|founder|professor|author|actor|actress|singer|star|player|captain"
            // titles written before a name in local news: "Pastor Ruth Ellery", "Sheriff Tom Hale"
            + "|pastor|sheriff|bishop|priest|rabbi|imam"
            // members of the legislatures of the Commonwealth press: "the Effutu MP", "the ruling party MLA"
            + "|mp|mla|mna|mpa|legislator|chief\\s+minister|cabinet\\s+secretary|(?:director|secretary|attorney|inspector|auditor|solicitor)-general)");
    /** A role after "the", capitalised or not, perhaps abbreviated: "the President", "the Chief Minister", "the CM". */
    static final Pattern DEFINITE_ROLE = Pattern.compile("(?i)the\\s+(?:[\\p{L}-]+\\s+){0,2}(?:" + ROLE.pattern().substring(4)
            + "|cm|pm|cs|dg|igp)");
    /** Nothing but role words ("President", "Chief Minister", "CM"): a name the entities gave a title alone is no name. */
    static final Pattern ROLE_WORDS = Pattern.compile("(?i)(?:(?:" + ROLE.pattern().substring(4) + "|cm|pm|cs|dg|igp)\\s*)+");

    /**
     * A capitalised title set off after a name, as the press of Africa, Asia and the Gulf prints offices
     * ("Grace Namara, Permanent Secretary of the Ministry of Works, said"; "Mattar Al Tayer, Director-General and
     * Chairman of the Board of …, said"): up to two words of rank, then the office. Case-sensitive: the rank
     * and office words are capitalised, so a list of names ("Ann Reed, Tom Hale and …") is no title.
     */
    static final String TITLE_OPENER = "(?:(?:Deputy|Vice|Permanent|Managing|Executive|Senior|Acting|Principal|Special"
            + "|Assistant|Associate|Regional|National|Federal|State|Group|Founding|Interim|Honorary|Joint|Under|Lead"
            + "|General|Chief|Former|Minority|Majority|Cabinet|Foreign|Finance|Health|Defence|Defense|Interior|Prime)\\s+){0,2}"
            + "(?:Minister|Ambassador|President|Secretary|Spokesman|Spokeswoman|Spokesperson|Senator|Governor|Mayor"
            + "|Chancellor|Premier|Envoy|Adviser|Advisor|Chairman|Chairwoman|Chairperson|Chair|Director|Chief|Leader"
            + "|Commissioner|Head|Speaker|Registrar|Commandant|Inspector|Controller|Coordinator|Administrator|Treasurer"
            + "|Rector|Vice-Chancellor|Dean|Officer|Manager|Member|Representative|Counsel|Judge|Justice|Clerk"
            + "|(?:Director|Secretary|Attorney|Inspector|Auditor|Solicitor|Accountant|Surveyor|Postmaster)-General"
            + "|CEO|MD|GM|MP)\\b";

    static final Pattern SOURCE_NOUN = Pattern.compile("(?i)(?:source|sources|informant|interlocutor|insider"
            + "|official|officials|diplomat|aide|person|people|witness|analyst|expert|observer|newspaper|report)");

    /** Words between a speaker and the verb that do not belong to either ("also", "later"). */
    static final Pattern ADVERB = Pattern.compile("(?i)also|further|then|later|reportedly|again|once|previously"
            + "|recently|repeatedly|publicly|has|have|had|was|is|would|will|had|earlier|separately|simply"
            + "|flatly|openly|privately|quickly|immediately|subsequently|finally|initially|first");

    /** Words that end a speaker phrase when walking back from the verb. */
    static final Pattern BOUNDARY_WORD = Pattern.compile("(?i)that|and|but|while|which|as|because|if|although"
            + "|when|where|so|though|whereas|since|after|before|what|how|who|whom|then|to|in|on|at|with|by"
            + "|for|from|during|however");

    private SpeechCues() {
    }
}
