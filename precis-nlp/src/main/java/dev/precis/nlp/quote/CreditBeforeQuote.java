package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation opening its sentence right after a sentence that only says who spoke and how: "Interior Cabinet
 * Secretary Kithure Kindiki said in a statement on Friday. “Security officers will remain …”", "The minister told
 * reporters in Abuja.⏎⏎“…”". The stop stands where a colon belongs, a slip common in copy from Africa and South
 * Asia; the subject of that sentence speaks. For {@link DirectQuotes}, which tries it when nothing after the
 * quotation or in its own sentence credits it. Stateless.
 */
final class CreditBeforeQuote {

    private static final Pattern VERB = Pattern.compile("\\b(?:" + SpeechCues.VERB + ")\\b", Pattern.CASE_INSENSITIVE);
    /** After the verb, only where or when it was said: "in a statement on Friday", "at a rally in Kisumu". */
    private static final Pattern CIRCUMSTANCES = Pattern.compile("(?:[ \\t]+(?:on|in|at|to|during|while|when|after|before"
            + "|via|through|from|over|earlier|later|this|last|yesterday|today|late|shortly)\\b[^.!?“”\"\\n]{0,120})?[ \\t]*");
    /** After "told", whom and then perhaps where: "told reporters in Abuja", "told the Daily Nation". */
    private static final Pattern TOLD = Pattern.compile("(?i)told|tells");
    private static final Pattern WHOM = Pattern.compile("[ \\t]+[^.!?“”\"\\n]{1,120}");
    /** The longest sentence looked at before the quotation. */
    private static final int WINDOW = 250;

    /** Who spoke and with what verb. */
    record Credit(Speaker speaker, String cue) {
    }

    private CreditBeforeQuote() {
    }

    /**
     * The credit of the quotation whose opening mark is at {@code open}, from the sentence before it, when the
     * quotation opens its sentence ({@code sentenceStart}) and that sentence ends in a full stop (in the same
     * paragraph or the one before) with a speech verb followed by nothing but its circumstances, outside the
     * quotation before ({@code previous}, whose words may run on into the sentence: "… of other states.⏎⏎“…”");
     * else null.
     */
    static Credit find(String text, int open, int sentenceStart, QuoteMarks.Span previous, SpeakerResolver speakers) {
        if (!text.substring(sentenceStart, open).isBlank()) {
            return null;
        }
        int p = sentenceStart;
        int breaks = 0;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            breaks += text.charAt(p - 1) == '\n' ? 1 : 0;
            p--;
        }
        if (p == 0 || text.charAt(p - 1) != '.' || breaks > 2) {
            return null;
        }
        int stop = p - 1;
        int lineStart = text.lastIndexOf('\n', stop) + 1;
        int start = RuleQuoteFinder.sentenceStart(text, stop, Math.max(lineStart, stop - WINDOW));
        String sentence = text.substring(start, stop);
        if (sentence.indexOf('“') >= 0 || sentence.indexOf('”') >= 0 || sentence.indexOf('"') >= 0
                || previous != null && previous.end() + 1 >= start) {
            return null; // a sentence holding a quotation has its own; one inside a quotation is someone's words
        }
        Matcher v = VERB.matcher(sentence);
        int verbStart = -1;
        int verbEnd = -1;
        while (v.find()) {
            verbStart = v.start();
            verbEnd = v.end();
        }
        if (verbStart <= 0) {
            return null;
        }
        String cue = sentence.substring(verbStart, verbEnd);
        boolean bare = CIRCUMSTANCES.matcher(sentence).region(verbEnd, sentence.length()).matches()
                || TOLD.matcher(cue).matches() && WHOM.matcher(sentence).region(verbEnd, sentence.length()).matches();
        if (!bare) {
            Credit closing = trailing(sentence, start, speakers);
            return closing != null || breaks > 0 ? closing : reported(sentence, start, speakers);
        }
        Speaker speaker = speakers.before(start + verbStart, start);
        return speaker == null || speaker.name() == null ? null : new Credit(speaker, cue);
    }

    /**
     * The credit closing a sentence of reported speech, set off by a comma ("Blot the lipstick twice, says Ann Reed."),
     * whose speaker goes on in the quotation opening the next sentence; else null.
     */
    private static Credit trailing(String sentence, int start, SpeakerResolver speakers) {
        Matcher m = TRAILING.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 4;
        Speaker speaker = speakers.phrase(start + m.start(g), start + m.end(g));
        return speaker == null || speaker.name() == null ? null : new Credit(speaker, m.group(g == 1 ? 2 : 3));
    }

    /**
     * The subject of a sentence of reported speech in the same paragraph, opening it before its first speech verb ("She
     * says the new fees have halved her income. “I cannot feed my grandchildren on this.”"): the voice the sentence
     * reports goes on in the quotation opening the next sentence, which nothing else credits. The subject must open the
     * sentence, perhaps after an opening phrase set off by a comma ("On Tuesday, the minister said …"), and the verb
     * stand within its first {@value #SUBJECT_REACH} characters; null otherwise, or when it names no one.
     */
    private static Credit reported(String sentence, int start, SpeakerResolver speakers) {
        Matcher v = VERB.matcher(sentence);
        if (!v.find() || v.start() == 0 || v.start() > SUBJECT_REACH || !REPORTING.matcher(v.group()).matches()
                || PLACE_OR_TIME.matcher(sentence).region(v.end(), sentence.length()).lookingAt()
                && !THAT.matcher(sentence).region(v.end(), sentence.length()).find()) {
            return null; // "Crowds sang outside the hall.": no words reported
        }
        Speaker speaker = speakers.before(start + v.start(), start);
        if (speaker == null || speaker.name() == null || speaker.range() == null || speaker.range().start() < start) {
            return null;
        }
        String lead = sentence.substring(0, speaker.range().start() - start);
        return lead.isBlank() || OPENING_PHRASE.matcher(lead).matches() ? new Credit(speaker, v.group()) : null;
    }

    /** The verbs that report what was said, not how ("sang", "laughed") or that it was said ("announced"). */
    private static final Pattern REPORTING = Pattern.compile("(?i)said|says|told|tells|added|adds|noted|notes|stated|states"
            + "|explained|explains|insisted|insists|argued|argues|warned|warns|claimed|claims|stressed|stresses|maintained"
            + "|maintains|believes|believed|thinks|thought|recalled|recalls|admitted|admits|acknowledged|acknowledges"
            + "|conceded|concedes|complained|complains|suggested|suggests|wrote|writes|emphasi[sz]ed|emphasi[sz]es"
            + "|revealed|disclosed|lamented|laments|contended|contends|asserted|asserts|observed|observes|pointed\\s+out"
            + "|points\\s+out|reiterated|reiterates|alleged|alleges|agreed|predicted|promised|promises|vowed|vows");
    /** A preposition right after the verb: where or when, not what ("sang outside the hall", "said in a statement"). */
    private static final Pattern PLACE_OR_TIME = Pattern.compile("\\s+(?:outside|inside|in|on|at|to|with|for|about|from|by|during"
            + "|after|before|over|near|through|across|around|into)\\b");
    /** "that" opening the words reported, further on: "said in a statement that …". */
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** The furthest the first speech verb of a sentence of reported speech may stand from its start. */
    private static final int SUBJECT_REACH = 90;
    /**
     * A phrase set off by a comma before a sentence's subject ("On Tuesday, ", "In a statement, "), perhaps with the
     * subject's description before its name ("On Monday, the union's leader, ").
     */
    private static final Pattern OPENING_PHRASE = Pattern.compile("\\s*\\p{Lu}[^,;:“”\"]{0,60},(?:\\s*[^,;:“”\"]{1,60},)?\\s*");

    /** ", says Ann Reed" or ", Ann Reed said" ending a sentence; group 1 or 4 is the speaker, 2 or 3 the verb. */
    private static final Pattern TRAILING = Pattern.compile(",[ \\t]+(?:(he|she|" + NamePatterns.NAME + ")[ \\t]+(?:also[ \\t]+)?("
            + SpeechCues.VERB + ")|(" + SpeechCues.VERB + ")[ \\t]+(" + NamePatterns.FORMER + NamePatterns.NAME + "))[ \\t]*$");

    /**
     * A quotation set as a paragraph of its own, opening at {@code open}, with no credit in or after it: the person
     * opening a sentence of the paragraph right before speaks, as news copy introduces a voice and then gives its
     * words ("Opposition leader Ann Reed addressed supporters in Kisumu.⏎⏎“We will not rest …”"). Null when that
     * paragraph holds a quotation of its own (whose speaker the quotes after it follow), ends in a colon, or its
     * last sentence opens with no one.
     */
    static Credit paragraphBefore(String text, int open, SpeakerResolver speakers) {
        int p = open;
        int breaks = 0;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            breaks += text.charAt(p - 1) == '\n' ? 1 : 0;
            p--;
        }
        if (p == 0 || breaks == 0 || breaks > 2 || text.charAt(p - 1) == ':') {
            return null; // a paragraph ending in a colon introduces a document or a transcript, not a voice
        }
        int start = text.lastIndexOf('\n', p - 1) + 1;
        for (int i = start; i < p; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„') {
                return null;
            }
        }
        // the subject of the paragraph's last sentence: the voice it introduces, not one it mentions in passing
        int last = RuleQuoteFinder.sentenceStart(text, p - 1, Math.max(start, p - 1 - WINDOW));
        Speaker speaker = speakers.openingSubject(open, Math.max(start, last));
        if (speaker == null || speaker.name() == null) {
            // "Shelling had cut power to three towns, she said, and …": a credit set off inside the last sentence
            Matcher aside = ASIDE.matcher(text).region(Math.max(start, last), p);
            while (aside.find()) {
                speaker = speakers.phrase(aside.start(1), aside.end(1));
            }
        }
        return speaker == null || speaker.name() == null ? null : new Credit(speaker, null);
    }

    /** A credit set off by commas inside a sentence of reported speech: ", she said,", ", Ann Reed said.". */
    private static final Pattern ASIDE = Pattern.compile(",[ \\t]+(he|she|" + NamePatterns.NAME + ")[ \\t]+(?:"
            + SpeechCues.VERB + ")\\b(?=[ \\t]*[,.])");
    /** A bullet opening a line: "- ", "• ", "* ". */
    private static final Pattern BULLET = Pattern.compile("[ \\t]*[-•*·▪][ \\t]*");
    /** The most lines climbed from a bullet to the line introducing its list. */
    private static final int LIST_LINES = 16;

    /**
     * A quotation listed as a bullet ("Wekesa gave this advice:⏎- “Boil all drinking water.”"): up over the
     * other bullets and blank lines to the line introducing the list, which must end in a colon; its clause's
     * subject speaks or, when the clause names no one ("Among her promises:"), the person opening a sentence of
     * that paragraph. Null when the quotation is no bullet or no such line introduces the list.
     */
    static Credit bulleted(String text, int open, SpeakerResolver speakers) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, open - 1)) + 1;
        if (open == 0 || !BULLET.matcher(text).region(lineStart, open).matches() || text.substring(lineStart, open).isBlank()) {
            return null;
        }
        int p = lineStart;
        for (int lines = 0; p > 1 && lines < LIST_LINES; lines++) {
            int prevStart = text.lastIndexOf('\n', p - 2) + 1;
            String line = text.substring(prevStart, p - 1).strip();
            if (line.isEmpty() || line.length() > 1 && "-•*·▪".indexOf(line.charAt(0)) >= 0) {
                p = prevStart;
                continue;
            }
            if (!line.endsWith(":")) {
                return null;
            }
            int colon = text.lastIndexOf(':', p - 1);
            int clause = RuleQuoteFinder.sentenceStart(text, colon, Math.max(prevStart, colon - WINDOW));
            Speaker speaker = speakers.introducer(clause, colon);
            if (speaker == null || speaker.name() == null) {
                speaker = speakers.openingSubject(colon, prevStart);
            }
            return speaker == null || speaker.name() == null ? null : new Credit(speaker, ":");
        }
        return null;
    }
}
