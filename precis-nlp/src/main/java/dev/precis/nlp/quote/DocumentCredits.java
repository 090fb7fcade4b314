package dev.precis.nlp.quote;

import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit after a quotation read from a document, which speaks for whoever issued it: "…,” the statement read",
 * "…,” read the email", "…,” it read" (the sign or letter named before the quote). For {@link CreditAfterQuote}.
 * Stateless.
 */
final class DocumentCredits {

    /**
     * A court filing, which speaks as itself: its words are the filing's claims, not those of a person named near an
     * earlier mention of it ("“…,” the suit reads").
     */
    private static final String FILING = "suit|lawsuit|complaint|indictment|petition";
    private static final String DOCUMENT = "statement|communiqu[eé]|letter|notice|message|release|e-?mail|editorial|note"
            + "|post|tweet|sign|banner|placard|memo|memorandum|" + FILING;
    private static final Pattern FILING_WORD = Pattern.compile("(?i)" + FILING);
    /** A day before the document: "reads a Wednesday editorial in …". */
    private static final String DAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]?s?\\s+)?";
    /**
     * Where a document no one signed was printed, right after it: "…,” reads a Wednesday editorial in The Valley
     * Courier." Group 1 is the outlet's name.
     */
    private static final Pattern PRINTED_IN = Pattern.compile("^\\s+(?:in|of|from|by)\\s+((?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s+){0,4}"
            + "\\p{Lu}[\\p{L}'’&-]*)");
    /**
     * The quoted words run on and the sentence ends with the document that holds them: "“We feel very good about our
     * prospects” there and in March, the memo stated." Group 1 is the phrase, 2 the document, 3 the verb.
     */
    private static final Pattern RUN_ON = Pattern.compile("^[^“”\"\\n.!?]{1,200}?,\\s*((?:the|its|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?"
            + "(" + DOCUMENT + "))\\s+(read|reads|said|says|stated|states|noted)\\b");
    /** The words that open {@link #RUN_ON}'s document phrase ("their" starts as "the"). */
    private static final String[] RUN_ON_DETERMINERS = {"the", "its", "his", "her"};
    /** "…,” the statement read": group 1 is the phrase, 2 the document, 3 the verb. */
    private static final Pattern DOCUMENT_READ = Pattern.compile("^[\\s,—–-]*((?:the|its|his|her|their|one|a)\\s+(?:[\\p{Ll}-]+\\s+)?"
            + "(" + DOCUMENT + "))\\s+(read|reads|said|says|added|stated|noted)\\b");
    /** "…,” read the email.": the verb first; group 1 is the verb, 2 the phrase, 3 the document. */
    private static final Pattern READ_DOCUMENT = Pattern.compile("^[\\s,—–-]*(read|reads)\\s+((?:the|its|his|her|their|a|an)\\s+"
            + DAY + "(?:[\\p{Ll}-]+\\s+)?(" + DOCUMENT + "))\\b");
    /**
     * Who signed or issued the document, right after it: "…,” read a statement signed by the party's spokesman, Ann
     * Reed." Group 1 is the signer, up to the end of the clause (a name set off by a comma after a role is kept).
     */
    private static final Pattern SIGNED_BY = Pattern.compile("^\\s*,?\\s+(?:signed|issued|released|sent|written)\\s+by\\s+("
            + "(?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]*[\\p{L}](?:\\s*,\\s*" + NamePatterns.NAME + ")?)(?=\\s*[,.;]|\\s*$|\\s+(?:on|in|at)\\b)");
    /** "a"/"an" opening a document's phrase: only a document someone signed is read after it. */
    private static final Pattern INDEFINITE = Pattern.compile("an?\\s");
    /** "…,” it read.": group 1 is the pronoun, 2 the verb. */
    private static final Pattern IT_READ = Pattern.compile("^[\\s,—–-]*(it)\\s+(read|reads)\\b");
    /** A document named before the quote, which "it" stands for. */
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(" + DOCUMENT + ")\\b");
    /** How far back the document "it" stands for may be named: the paragraph or two before. */
    private static final int REACH = 400;

    private DocumentCredits() {
    }

    /**
     * The credit in {@code after}, the words that follow the closing mark at {@code from}, of the quote opening at
     * {@code open}; null when they do not credit a document.
     */
    static CreditAfterQuote.Credit find(String text, String after, int from, int open, SpeakerResolver speakers) {
        Matcher m = DOCUMENT_READ.matcher(after);
        if (m.find()) {
            return credit(text, m.group(2), new TextRange(from + m.start(1), from + m.end(2)), m.group(3), open, speakers);
        }
        m = READ_DOCUMENT.matcher(after);
        if (m.find()) {
            Matcher signed = SIGNED_BY.matcher(after).region(m.end(), after.length());
            Speaker signer = signed.lookingAt() ? speakers.phrase(from + signed.start(1), from + signed.end(1)) : null;
            if (signer != null && signer.name() != null) {
                return new CreditAfterQuote.Credit(signer, m.group(1), false); // the one who signed it speaks
            }
            Matcher printed = PRINTED_IN.matcher(after).region(m.end(), after.length());
            if (INDEFINITE.matcher(m.group(2)).lookingAt() && printed.lookingAt()) {
                // "…,” reads a Wednesday editorial in The Valley Courier": the editorial, as printed there, is the source
                TextRange phrase = new TextRange(from + m.start(2), from + printed.end(1));
                return new CreditAfterQuote.Credit(new Speaker(phrase.slice(text), phrase), m.group(1), false);
            }
            if (INDEFINITE.matcher(m.group(2)).lookingAt()) {
                return null; // "…,” read a banner at the gate": a sign no one is named for is left alone, as before
            }
            return credit(text, m.group(3), new TextRange(from + m.start(2), from + m.end(3)), m.group(1), open, speakers);
        }
        if (runOnComma(after) && (m = RUN_ON.matcher(after)).find()) {
            return credit(text, m.group(2), new TextRange(from + m.start(1), from + m.end(2)), m.group(3), open, speakers);
        }
        m = IT_READ.matcher(after);
        if (m.find()) {
            // "He lifted a sign of his own. “…,” it read.": the document named last before the quote
            Matcher named = NAMED.matcher(text).region(Math.max(0, open - REACH), open);
            String document = null;
            while (named.find()) {
                document = named.group(1).toLowerCase(Locale.ROOT);
            }
            if (document != null) {
                Speaker issuer = speakers.issuer(document, open);
                return new CreditAfterQuote.Credit(new Speaker(issuer == null ? "the " + document : issuer.name(),
                        new TextRange(from + m.start(1), from + m.end(1))), m.group(2), false);
            }
        }
        return null;
    }

    /**
     * {@link #RUN_ON}'s own condition, read cheaply first: within 200 characters of no sentence end or quotation mark, a
     * comma, then perhaps spaces and a possessive or "the".
     */
    private static boolean runOnComma(String after) {
        int limit = Math.min(after.length(), 201);
        for (int i = 0; i < limit; i++) {
            char c = after.charAt(i);
            if (c == ',' && i > 0) {
                int j = i + 1;
                while (j < after.length() && CueGates.space(after.charAt(j))) {
                    j++;
                }
                for (String d : RUN_ON_DETERMINERS) {
                    if (after.startsWith(d, j)) {
                        return true;
                    }
                }
            } else if (c == '“' || c == '”' || c == '"' || c == '\n' || c == '.' || c == '!' || c == '?') {
                return false;
            }
        }
        return false;
    }

    /** Who issued {@code document} (named by the words at {@code phrase}) speaks, else the document itself. */
    private static CreditAfterQuote.Credit credit(String text, String document, TextRange phrase, String verb, int open,
                                                  SpeakerResolver speakers) {
        Speaker issuer = FILING_WORD.matcher(document).matches() ? null : speakers.issuer(document, open);
        return new CreditAfterQuote.Credit(new Speaker(issuer == null ? phrase.slice(text) : issuer.name(), phrase), verb, false);
    }
}
