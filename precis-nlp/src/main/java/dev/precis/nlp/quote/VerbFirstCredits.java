package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import static dev.precis.nlp.quote.CreditAfterQuote.DESCRIPTION_WORD;
import static dev.precis.nlp.quote.CreditAfterQuote.OFFICE_OF;
import static dev.precis.nlp.quote.CreditAfterQuote.ROLE_WORD;
import static dev.precis.nlp.quote.CreditAfterQuote.V;
import static dev.precis.nlp.quote.NamePatterns.FORMER;
import static dev.precis.nlp.quote.NamePatterns.NAME;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb-first credit after a quotation ("…,” said harbour spokesman Per Alm", "…,” says the site's founder, Ann
 * Reed"): its pattern with the pieces only it uses, and the speaker it names, for {@link CreditAfterQuote} and
 * {@link SentenceCredits}. Stateless.
 */
final class VerbFirstCredits {

    /**
     * "added Morrow and Lane's analyst Priya Nandakumar": a firm named by two names joined by "and" or "&", its
     * possessive, perhaps a lower-case role, then the person who speaks; a name alone would stop at "and".
     */
    private static final String FIRM_OF_TWO = "\\p{Lu}[\\p{L}-]*\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}-]*['’]s\\s+(?:" + ROLE_WORD
            + "\\s+){0,3}" + NAME;
    /** "said officials at the Ministry of Finance and Economic Planning": the organisation is the speaker. */
    private static final String OFFICIALS_OF = "(?:(?:senior|top|government|police|ministry|party|military|security)\\s+)?"
            + "(?:officials?|sources?|spokesm[ae]n|spokesperson|spokeswoman)\\s+(?:at|of|for|from|in|with|close\\s+to)\\s+"
            + "(?:the\\s+)?\\p{Lu}[^,.;“”\"\\n]{0,80}";
    /**
     * "said Deputy Minister of Foreign Affairs and International Cooperation Grace Nyambura.": a capitalised office
     * ({@link SpeechCues#TITLE_OPENER}; not a name, "wrote Ann Reed in The Guardian") of something in capitals ("of", "for" or "in the", with "and", "of", "for" inside) run straight into the name, up to
     * the end of the clause; the office and the name are one run of capitals, so the person named at its end speaks.
     */
    private static final String LONG_TITLE = FORMER + SpeechCues.TITLE_OPENER + "[ \\t]+(?:of|for|in)[ \\t]+(?:the[ \\t]+)?"
            + "(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+(?:(?:and|of|for|&)[ \\t]+(?:the[ \\t]+)?)?){1,8}" + NAME + "(?=\\s*[,.;]|\\s*$|\\s+(?:on|in|at|during|after|before|while|when|as)\\b)";
    static final Pattern AFTER_VERB_FIRST = Pattern.compile("^[\\s,—–-]*(" + V + ")\\s+((?:the|a|an|another|one"
            // "said his sister, Aisha Bello": a relation named by a possessive
            + "|his|her|their|its"
            // "said one of those advisers": one of a group
            + "|(?:one|some|two|three|several|many|none)\\s+of\\s+(?:the|those|these|his|her|their|its))\\s+"
            // "says the site's founder, Ann Reed": whose role it is, so the name after the comma is still reached
            // "says the Istanbul Chamber of Commerce's chairman, Mehmet Yilmaz": a body of several words owning the role
            + "(?:(?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){0,4}[\\p{L}-]+['’]s\\s+)?" + DESCRIPTION_WORD
            + "(?:\\s+" + DESCRIPTION_WORD + "){0,2}(?:" + OFFICE_OF
            // "said the leader of the rescue team, Murat Demir": a role of a lower-case body, the name set off after it
            + "|\\s+of\\s+(?:the\\s+)?(?:" + ROLE_WORD + "\\s+){0,2}" + ROLE_WORD + "(?=\\s*,\\s*" + NAME + "\\s*[,.;]))?"
            + "(?:\\s*,\\s*" + NAME + "(?=\\s*[,.;]))?"
            // "said Senegal's foreign minister, Awa Ndiaye", "said Chad's minister of state for defence, Ali Moussa": a country or
            // body owning the role, the name set off after it
            + "|\\p{Lu}[\\p{L}-]*['’]s\\s+(?:" + ROLE_WORD + "\\s+){0,2}" + ROLE_WORD + "(?:\\s+(?:of|for)\\s+" + ROLE_WORD + "){0,2}(?:"
            + OFFICE_OF + ")?\\s*,\\s*" + NAME + "(?=\\s*[,.;])|" + OFFICIALS_OF
            // "‘The border will stay open,’ says interior minister⏎⏎": a headline's credit, a bare role ending its line
            + "|(?:" + ROLE_WORD + "[ \\t]+){0,2}(?i:" + SpeechCues.ROLE.pattern().substring(4) + "|"
            + SpeakerResolver.ONE_PERSON.pattern().substring(4) + ")(?=[ \\t]*(?:\\n|$))"
            // "said harbour spokesman Per Alm", "said retired skipper Ida Marsh": lower-case words of role before the name
            + "|(?:" + ROLE_WORD + "\\s+){1,3}(?:of\\s+(?:" + ROLE_WORD + "\\s+){1,2})?" + NAME
            // "said dockers' leader Juan Ferreyra": a plural possessive among them, all on the credit's line
            + "|(?:" + ROLE_WORD + "[ \\t]+){0,2}\\p{Ll}[\\p{L}-]*s['’][ \\t]+(?:" + ROLE_WORD + "[ \\t]+){1,2}" + NAME
            // "writes founder, Ann Reed.": a bare role, then the name set off by a comma
            + "|(?i:" + SpeechCues.ROLE.pattern().substring(4) + "|" + SpeakerResolver.ONE_PERSON.pattern().substring(4)
            + ")\\s*,\\s*" + NAME + "(?=\\s*[,.;])|" + FIRM_OF_TWO + "|" + LONG_TITLE + "|" + FORMER
            // "said Tory shadow local government secretary Ann Reed": the party or body, up to four words of role, the name
            + "(?:" + NAME + "\\s+(?:" + ROLE_WORD + "\\s+){1,4})?" + NAME + "|he|she|they|we)");

    private VerbFirstCredits() {
    }

    /**
     * The speaker a verb-first credit between {@code from} and {@code to} names ("asked opposition leader Tendai Moyo,"),
     * read as after a quotation; null when the words there are no such credit.
     */
    static Speaker verbFirst(String text, int from, int to, SpeakerResolver speakers) {
        Matcher m = AFTER_VERB_FIRST.matcher(text).region(from, to);
        if (!m.find()) {
            return null;
        }
        Speaker speaker = speakers.phrase(m.start(2), speakers.throughPerson(m.start(2), m.end(2)));
        return speaker == null || speaker.name() == null ? null : speaker;
    }
}
