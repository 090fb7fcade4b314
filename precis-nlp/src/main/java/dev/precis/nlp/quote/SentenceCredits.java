package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.NamePatterns.FORMER;
import static dev.precis.nlp.quote.NamePatterns.NAME;
import static dev.precis.nlp.quote.CreditAfterQuote.V;

import dev.precis.model.Quote;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit of a direct quote inside its own sentence, before the opening mark: "Priebus said, “…”", "In Reed's
 * view, “…”", "…, saying: “…”", "According to Mr Wang, “…”", "Said Ann Reed, “…”", "Tove Lind bristled: “…”".
 * For {@link DirectQuotes}, which tries it after the credits that follow the quote and those read from the line
 * before, and before its fallbacks. Stateless.
 */
final class SentenceCredits {

    /**
     * A speech verb, not written in capitals: a digest's headline in capitals ("FEWER VOTERS IN COASTAL STATES -
     * Anna Berg: “…”") holds nouns that spell like verbs ("STATES", "REPORTS"), and its source follows the dash.
     */
    static final Pattern VERB_BEFORE = Pattern.compile("\\b(?-i:(?!\\p{Lu}{2,}\\b))" + V + "\\b", Pattern.CASE_INSENSITIVE);
    /** A reporting verb opening its sentence and the name after it: "Said Ann Reed, …". */
    static final Pattern VERB_THEN_NAME = Pattern.compile("(?i:" + V + ")[ \\t]+(" + FORMER + NAME + ")\\b");
    private static final Pattern IN_OPINION = Pattern.compile("(?i)\\bin\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)"
            + "['’]s?\\s+(?:opinion|view|words|assessment|account)\\s*,?\\s*$");
    /** "In the words of the mayor, Ann Reed, “…”": whose words they are, named after "of". */
    private static final Pattern IN_WORDS_OF = Pattern.compile("(?i)\\bin\\s+the\\s+words\\s+of\\s+((?:[\\p{L}.'’-]+\\s*,?\\s+){0,9}?"
            + "[\\p{L}.'’-]*[\\p{L}])\\s*[,:]?\\s*$");
    /** "…, saying: “…”": a participle after a comma hands the quote to the clause's subject. */
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile(",\\s*(?:and\\s+)?(" + SpeechCues.PARTICIPLE.pattern().substring(4)
            + ")\\b[^.!?“”\"]{0,40}$");
    /** A colon right before the quote, with the word before it: "Tove Lind bristled: “…”". */
    private static final Pattern COLON_BEFORE = Pattern.compile("(?:\\b(\\p{L}+)\\s*)?:\\s*$");
    /** "According to Mr Wang, “…”". */
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)\\baccording\\s+to\\s+((?:[\\p{L}.'’-]+\\s+){0,5}?"
            + "[\\p{L}.'’-]+)\\s*[,:]?\\s*$");
    /**
     * "According to the farmers' union leader, Ravi Shankar Prasad, “…”", "According to the company's chief executive,
     * Pieter Botha: “…”": a description, then the name set off by a comma; the name is the source.
     */
    private static final Pattern ACCORDING_NAMED = Pattern.compile("(?i)\\baccording\\s+to\\s+(?:[\\p{L}.'’-]+\\s+){0,5}?"
            + "[\\p{L}.'’-]+,\\s+((?-i:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*))\\s*[,:]\\s*$");
    /** A second verb of the sentence's subject: "… but warned", "… and added", "… and later said". */
    private static final Pattern SECOND_VERB = Pattern.compile("\\s(?:but|and)(?:\\s+(?:also|later|finally|again))?\\s*$");

    /** Who speaks (may be null, or without a name), the cue, and whether a named speaker was found in the sentence itself. */
    record Credit(Speaker speaker, String cue, boolean inSentence) {
    }

    private SentenceCredits() {
    }

    /**
     * The credit in the sentence before the opening mark at {@code open} ({@code lineStart} is where its line
     * starts); {@code cue} is the cue found so far, kept when no other is read here. A verb whose subject is not
     * found takes the previous quote's speaker.
     */
    static Credit find(String text, int open, int lineStart, String cue, Quote previousQuote, SpeakerResolver speakers) {
        Speaker speaker = null;
        boolean inSentence = false;
        int regionStart = RuleQuoteFinder.sentenceStart(text, open, lineStart);
        String before = text.substring(regionStart, Math.max(regionStart, open));
        Matcher op = IN_OPINION.matcher(before);
        Credit issued;
        if (op.find()) {
            speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
            cue = "in " + op.group(1) + "’s opinion";
        } else if ((op = IN_WORDS_OF.matcher(before)).find()) {
            speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
            cue = "in the words of";
        } else if ((issued = FramedCredits.issuer(before, regionStart, speakers)) != null) {
            return issued; // "Reed released a video that said, “…”": the one who put the document out speaks
        } else {
            Matcher v = VERB_BEFORE.matcher(before);
            int verbStart = -1;
            while (v.find()) {
                verbStart = v.start();
                cue = v.group();
            }
            Matcher part = PARTICIPLE_BEFORE.matcher(before);
            int partStart = -1;
            String partCue = null;
            while (part.find()) {
                partStart = part.start(1);
                partCue = part.group(1);
            }
            if (partStart >= 0 && partStart >= verbStart) {
                // "The governor criticised the contractors, saying: “…”": the clause's subject speaks
                speaker = ParticipleCredits.speaker(before, regionStart, partStart, speakers);
                cue = partCue;
            } else if (verbStart < 0 && before.indexOf(',') >= 0 && (op = ACCORDING_NAMED.matcher(before)).find()) {
                speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
                cue = "according to";
            } else if (verbStart < 0 && (op = ACCORDING_BEFORE.matcher(before)).find()) {
                speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
                cue = "according to";
            }
            Matcher colonAfter = COLON_BEFORE.matcher(before);
            int comma = before.lastIndexOf(',');
            if (verbStart >= 0 && partStart < verbStart && comma > verbStart && colonAfter.find()) {
                // "Asked which quay he liked best, he demurred: “…”": the speech verb is in a clause before the
                // comma; the clause ending in the colon introduces the quote, and its subject speaks
                speaker = speakers.introducer(regionStart + comma + 1, regionStart + before.lastIndexOf(':'));
                speaker = speaker == null || speaker.name() == null ? null : speaker;
                cue = speaker == null ? cue : colonAfter.group(1) == null ? ":" : colonAfter.group(1);
            }
            Matcher inverted;
            if (speaker == null && verbStart >= 0 && SpeechCues.VERB_OPENS.matcher(before).region(0, verbStart).matches()
                    && (inverted = VERB_THEN_NAME.matcher(before).region(verbStart, before.length())).lookingAt()) {
                // "Said Ann Reed, who grew up nearby, “…”": the verb opens the sentence, the name follows it
                speaker = speakers.phrase(regionStart + inverted.start(1), regionStart + inverted.end(1));
            } else if (speaker == null && verbStart >= 0 && SpeechCues.VERB_OPENS.matcher(before).region(0, verbStart).matches()) {
                // "Why, asked opposition leader Tendai Moyo, “should …?”": a role before the name after the verb
                speaker = VerbFirstCredits.verbFirst(text, regionStart + verbStart, regionStart + before.length(), speakers);
            }
            if (speaker == null && verbStart >= 0) {
                speaker = speakers.before(regionStart + verbStart, regionStart);
                if (speaker == null && SECOND_VERB.matcher(before.substring(0, verbStart)).find()) {
                    // "Pieter de Vries said the bloc would help but warned that “…”": the sentence's subject says both
                    Matcher first = VERB_BEFORE.matcher(before);
                    // the sentence's first speech verb has the subject, unless a comma parts the two verbs ("when I
                    // asked him, he looked up and said")
                    speaker = first.find() && first.start() < verbStart && before.substring(first.start(), verbStart).indexOf(',') < 0
                            ? speakers.before(regionStart + first.start(), regionStart)
                            : speakers.subject(regionStart, regionStart + verbStart);
                }
                inSentence = speaker != null && speaker.name() != null;
                if (speaker == null && previousQuote != null) {
                    speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
                }
            }
            Matcher colon = COLON_BEFORE.matcher(before);
            if (speaker == null && verbStart < 0 && partStart < 0 && colon.find()) {
                // "Tove Lind bristled: “…”", "Senator Ann Reed: “…”": a clause or a name ended by a colon introduces
                // the quote, and its subject speaks (a clause without a person or pronoun subject is no one)
                speaker = speakers.introducer(regionStart, regionStart + before.lastIndexOf(':'));
                cue = colon.group(1) == null ? ":" : colon.group(1);
            }
        }
        return new Credit(speaker, cue, inSentence);
    }
}
