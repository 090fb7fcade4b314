package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a "he" or "she" after a change of subject stands for, for {@link SpeakerResolver}: a person
 * named as the subject that opens a narrative sentence after the last speaker was named ("Nakuru
 * Governor Susan Kihika welcomed the directive. “…,” she said." → Susan Kihika, not the minister who
 * spoke before). Wire copy from outside the US introduces each new voice this way, then quotes them
 * with a pronoun. Written by hand because the speaker search has no parser: the words before the name
 * in its sentence may only be titles, capitalised words, role nouns and function words ("Also speaking,
 * the President of the Nigeria Union of Journalists, Chris Isiguzo, urged …"). One instance per text.
 */
final class NamedSubjects {

    /** How far back before the pronoun's sentence a subject is looked for. */
    private static final int REACH = 500;
    /** The longest run of words before the name in its sentence. */
    private static final int MAX_PREFIX = 120;
    /** Lower-case words that may stand before a subject's name: function words, clause openers and modifiers of a title. */
    private static final Pattern BEFORE_NAME = Pattern.compile("(?i)the|a|an|of|for|to|and|in|at|on|also|speaking"
            + "|addressing|responding|reacting|meanwhile|however|but|separately|later|earlier|then|former|deputy|acting"
            + "|state|national|local|opposition|party|country's|country’s|veteran|senior|top|general|federal|regional"
            + "|provincial|district|county|city|union|ruling|chief|vice|assistant|permanent|cabinet|interior|foreign"
            + "|defence|defense|finance|health|police|army|military|army's|group|association|council|board|committee");
    /**
     * What follows a subject's name: an aside's comma or parenthesis, the verb, or an aside set off by a dash ("Gov. Ann
     * Reed – a lifelong fan – gave …", "Tom Hale -- who runs the yard -- said").
     */
    private static final Pattern AFTER_NAME = Pattern.compile("[ \\t]*(?:,|\\(|\\p{Ll})|(?:[ \\t]*[—–]|[ \\t]+--?)[ \\t]*\\p{Ll}");
    /** A phrase opening the sentence before its subject: "On Monday, …", "Speaking to reporters in Nairobi, …". */
    private static final Pattern OPENER = Pattern.compile("(?:On|In|At|After|Before|During|Speaking|Addressing|Asked"
            + "|Earlier|Later|Meanwhile|Separately|However|Responding|Reacting|Also"
            // connectives set off by a comma: "And so, Ann Reed has waged …", "Instead, Tom Hale …"; a long opener may
            // end in a dash: "In the rush of new fans -- beginners and experts alike -- Ann Reed sees …"
            + "|And|So|Still|Instead|Now|Yet|Thus"
            // a fronted clause or phrase: "Since launching his bid, Ann Reed has …", "While in Leeds, Tom Hale …"
            + "|Since|While|When|Though|Although|Despite|Following|Amid|Until|Unlike|Throughout|Having|Once)"
            + "\\b[^,]{0,100}(?:,|\\s--?\\s|—)\\s*");
    /** A description opening the sentence and set off by a comma before the name: "A resident of Takoradi, ". */
    private static final Pattern SET_OFF = Pattern.compile("(?:A|An|The|Another|One)\\s[^,]{1,80},\\s*");
    /** A description opening the sentence and set off by a dash before the name: "The bail bondsman -- ". */
    private static final Pattern DASH_SET_OFF = Pattern.compile("(?:A|An|The|Another|One)\\s[^,—–“”\"\\n]{1,80}?(?:[ \\t]--?|[ \\t]?[—–])[ \\t]*");
    /** The rest of a name's aside up to the closing dash, then a lower-case word: " of Leeds -- testified", " of Reed, Hale and Co -- said". */
    private static final Pattern DASH_CLOSED = Pattern.compile("(?:[^.!?;—–“”\"\\n-]|(?<=\\p{L})-(?=\\p{L})){0,60}?(?:[ \\t]--?|[ \\t]?[—–])[ \\t]*\\p{Ll}");
    /** A dateline opening the paragraph: a place in capitals, perhaps its country or an agency, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,[ \\t]*\\p{Lu}[\\p{L} .]*)?"
            + "(?:\\([^()\\n]{1,20}\\))?[ \\t]*[—–-]+[ \\t]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.-]*");

    private final String text;
    private final MentionIndex entities;
    /** Whom the text tells to be a man or a woman. */
    private final PersonGenders genders;
    /** The text's quotations ({@link QuoteMarks}); null until needed. */
    private List<QuoteMarks.Span> quotes;

    NamedSubjects(String text, MentionIndex entities, PersonGenders genders) {
        this.text = text;
        this.entities = entities;
        this.genders = genders;
    }

    /**
     * The latest person opening a sentence between {@code floor} and the pronoun at {@code at} (before the
     * quotation the pronoun's paragraph opens with, if any); null when there is none.
     */
    TextRange before(int at, int floor) {
        return before(at, floor, Character.toLowerCase(text.charAt(at)) == 's' ? 'F' : 'M');
    }

    /** As {@link #before(int, int)}, for a person of {@code gender} ('F', 'M', or '?' for either). */
    TextRange before(int at, int floor, char gender) {
        int ceiling = quoteOpening(at);
        int from = Math.max(floor, ceiling - REACH);
        EntityMention found = null;
        for (int k = entities.firstAtOrAfter(ceiling) - 1; k >= 0; k--) {
            EntityMention e = entities.get(k);
            if (e.range().start() < from) {
                break;
            }
            String name = e.canonical() == null ? e.range().slice(text) : e.canonical();
            if (e.type() == EntityType.PERSON && e.range().end() <= ceiling
                    && (opensSentence(e.range()) && fits(name, gender) || possessorOpens(e.range(), name, gender))) {
                found = e;
                break;
            }
        }
        TextRange unnamed = unrecognised(found == null ? from : found.range().end(), ceiling, gender);
        return unnamed != null ? unnamed : found == null ? null : found.range();
    }

    /**
     * A role in lower case and two or three capitalised words after it, then the verb or an aside: "Law Society of
     * Kenya president Faith Odhiambo condemned …", "Association vice-president Rubana Haq said". The words after
     * a role are a person's name even when the recogniser missed it (names from outside its training data).
     */
    private static final Pattern MORE_ROLES = Pattern.compile("chairperson|vice-president|vice-chairman|vice-chair|founder"
            + "|convener|coordinator|activist|secretary-general|deputy|treasurer|registrar|patron|executive|editor|boss|owner");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?<![\\p{L}-])(?:" + SpeechCues.ROLE.pattern().substring(4) + "|"
            + SpeakerResolver.ONE_PERSON.pattern().substring(4) + "|" + MORE_ROLES.pattern() + ")[ \\t]+(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){1,2})"
            + "(?=[ \\t]*(?:,|\\(|\\p{Ll}))");

    /**
     * The latest person the recogniser did not mark, named after a lower-case role as the subject opening a
     * sentence in {@code [from, ceiling)} ({@link #ROLE_THEN_NAME}); null when there is none. The role word
     * itself is case-sensitive lower case, so "Minister Faith Odhiambo" (a title the recogniser knows) is left
     * to the entities.
     */
    private TextRange unrecognised(int from, int ceiling, char gender) {
        if (ceiling - from < 10) {
            return null;
        }
        Matcher m = ROLE_THEN_NAME.matcher(text).region(Math.max(0, from), ceiling);
        TextRange found = null;
        while (m.find()) {
            if (!Character.isLowerCase(text.charAt(m.start()))) {
                continue;
            }
            TextRange r = new TextRange(m.start(1), m.end(1));
            EntityMention e = entities.within(r.start(), r.end());
            if ((e == null || e.type() != EntityType.PERSON) && opensSentence(r) && fits(r.slice(text), gender)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * Whether the person may be the pronoun's: not known to be of the other gender ({@link PersonGenders#gender}).
     */
    private boolean fits(String name, char gender) {
        Character known = genders.gender(name);
        return known == null || gender == '?' || known == gender;
    }

    /**
     * Where the quotation the pronoun credits opens: the last one opening before it in its paragraph, or the first of
     * a run of them that follow one another with nothing but space between (paragraphs of one quote, joined into one
     * line); {@code at} when no quotation opens before it in its paragraph. A sentence of narration between an earlier
     * quotation and this one is before the ceiling, so its subject can be the pronoun's ("“A,” Ann Reed said. Tom Hale
     * disagreed. “B,” he said." → Hale). In a text whose paragraphs were run together into one line, the paragraph
     * would otherwise reach back to the first quotation of the article.
     */
    private int quoteOpening(int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        List<QuoteMarks.Span> spans = quotes();
        int k = -1;
        for (int i = 0; i < spans.size() && spans.get(i).open() < at; i++) {
            k = i;
        }
        if (k < 0 || spans.get(k).open() < lineStart) {
            return at;
        }
        while (k > 0 && spans.get(k - 1).open() >= lineStart && spans.get(k - 1).close() <= spans.get(k).open()
                && text.substring(spans.get(k - 1).close(), spans.get(k).open()).isBlank()) {
            k--;
        }
        return spans.get(k).open();
    }

    /** Whether {@code at} lies between a quotation's marks (or in a quotation left open to its paragraph's end). */
    boolean quoted(int at) {
        return QuoteMarks.inside(quotes(), at);
    }

    private List<QuoteMarks.Span> quotes() {
        if (quotes == null) {
            quotes = QuoteMarks.find(text);
        }
        return quotes;
    }

    /** A possessive and the lower-case noun it owns: "’s tone", "' remarks". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?(?=[ \\t]+\\p{Ll})");

    /**
     * Whether a "he" or "she" ({@code gender} 'M' or 'F') may stand for the person whose possessive opens a sentence:
     * "Despite the warnings, Mr. Hale’s tone stayed sharp. … Last year, he suggested …" is Hale, a salient person even
     * though the sentence's subject is his tone. Only for a person known to be of the pronoun's gender, since a
     * possessive may as well be the prelude to another person ("Mr. Hale’s lawyer, Ann Reed, …"); and not in a phrase
     * set off before a person who is the subject ("As for Mr. Hale’s remarks, Tom Reed called them …").
     */
    private boolean possessorOpens(TextRange r, String name, char gender) {
        Matcher m = POSSESSIVE.matcher(text).region(r.end(), Math.min(text.length(), r.end() + 40));
        return gender != '?' && m.lookingAt() && Character.valueOf(gender).equals(genders.gender(name)) && opensSentence(r, m.end())
                && !personAfterComma(m.end());
    }

    /** A comma, perhaps closing a quotation, then a person: the phrase before it was fronted ({@link #possessorOpens}). */
    private static final Pattern SET_OFF_PHRASE = Pattern.compile("[^,.!?\\n]{0,150},[”\"’']?\\s*");

    /** Whether the words from {@code from} run to a comma in their sentence and a person the recogniser marked follows it. */
    private boolean personAfterComma(int from) {
        Matcher m = SET_OFF_PHRASE.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return false;
        }
        int k = entities.firstAtOrAfter(m.end());
        return k < entities.size() && entities.get(k).range().start() == m.end() && entities.get(k).type() == EntityType.PERSON;
    }

    /**
     * Whether the person opens a narrative sentence: nothing but title words, capitalised words and
     * {@link #BEFORE_NAME} words before it in its sentence (so no quotation mark either), not inside a quotation,
     * and no possessive after it ("Kihika’s office said" is the office).
     */
    private boolean opensSentence(TextRange r) {
        boolean possessive = r.end() + 1 < text.length() && (text.charAt(r.end()) == '’' || text.charAt(r.end()) == '\'');
        return !possessive && opensSentence(r, r.end());
    }

    /** As {@link #opensSentence(TextRange)}, with the words after the name read from {@code end}. */
    private boolean opensSentence(TextRange r, int end) {
        // the subject of a sentence goes on with its verb or an aside ("Susan Kihika welcomed", "Mr Ahmed, a
        // farmer,"); capitalised words after the name are a headline's ("Trump Stands Tall On …")
        Matcher next = AFTER_NAME.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!next.lookingAt()) {
            return false;
        }
        if (quoted(r.start())) {
            return false; // a name inside a quotation opens the speaker's sentence, not the narrative's
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, r.start() - 1)) + 1;
        int start = sentenceStart(lineStart, r.start());
        if (r.start() - start > MAX_PREFIX) {
            return false;
        }
        String prefix = text.substring(start, r.start());
        int k = entities.firstAtOrAfter(start);
        if (k < entities.size() && entities.get(k).range().start() < r.start()
                && entities.get(k).type() == EntityType.PERSON) {
            return false; // "Rep. Lee Zeldin of New York, a Trump supporter, said": the first person is the subject
        }
        Matcher dateline = DATELINE.matcher(prefix);
        if (start == lineStart && dateline.lookingAt()) {
            prefix = prefix.substring(dateline.end()); // "NAIROBI, Kenya — Law Society of Kenya president …"
        }
        if (DASH_SET_OFF.matcher(prefix).matches() && DASH_CLOSED.matcher(text).region(end, Math.min(text.length(), end + 80)).lookingAt()) {
            return true; // "The bail bondsman -- Tom Hale of Leeds -- testified …": the name set off by dashes
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            // parentheses hold a party's wing or an abbreviation: "NCP (SP) MP Supriya Sule criticised …"
            if (!Character.isLetter(c) && !Character.isWhitespace(c) && ",.-’'()".indexOf(c) < 0) {
                return false;
            }
        }
        Matcher opener = OPENER.matcher(prefix);
        if (opener.lookingAt()) {
            prefix = prefix.substring(opener.end()); // "On the eve of the meetings, Trump eased …"
        }
        if (SET_OFF.matcher(prefix).matches() && end < text.length() && text.charAt(end) == ',') {
            return true; // "A resident of Takoradi, Ama Mensah, said …": a description, then the name set off by commas
        }
        List<String> words = WORD.matcher(prefix).results().map(MatchResult::group).toList();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Character.isLowerCase(w.charAt(0)) && !BEFORE_NAME.matcher(w).matches() && !role(w) && !modifiesRole(words, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean role(String w) {
        return SpeechCues.ROLE.matcher(w).matches() || SpeakerResolver.ONE_PERSON.matcher(w).matches() || MORE_ROLES.matcher(w).matches();
    }

    /** A word that may be a verb: short ("is", "has") or ending as a participle or a third person does. */
    private static final Pattern VERB_LIKE = Pattern.compile("\\p{L}{1,3}|\\p{L}*(?:ing|ed|s)");

    /**
     * Whether the lower-case word at {@code i} qualifies the role right before the name: "Republican presidential
     * candidate Ann Reed", "political science professor Tom Hale" — one or two words, then the role, then the name;
     * no verb ("Ann Reed is criticizing President Tom Hale" keeps Ann Reed).
     */
    private static boolean modifiesRole(List<String> words, int i) {
        int last = words.size() - 1;
        return last - i >= 1 && last - i <= 2 && role(words.get(last)) && !VERB_LIKE.matcher(words.get(i)).matches();
    }

    /** The start of the sentence holding {@code at}, not before {@code lineStart}. */
    private int sentenceStart(int lineStart, int at) {
        for (int i = at - 1; i > lineStart; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (text.charAt(i - 1) == '!' || text.charAt(i - 1) == '?'
                    || text.charAt(i - 1) == '.' && !abbreviationBefore(i - 1, lineStart) || quotedSentenceEnd(i - 1, lineStart))) {
                return i + 1;
            }
        }
        return lineStart;
    }

    /**
     * Whether a quotation ending in a full stop, question or exclamation mark closes at {@code mark}: "… the rules.” Ann
     * Reed …", and in single marks "… the rules.’ Ann Reed …" (an apostrophe after a stop only ends an abbreviation's
     * possessive: "the U.S.' stance").
     */
    private boolean quotedSentenceEnd(int mark, int lineStart) {
        char c = text.charAt(mark);
        if (mark - 1 <= lineStart || ".!?".indexOf(text.charAt(mark - 1)) < 0) {
            return false;
        }
        return c == '”' || c == '"' || (c == '’' || c == '\'') && !abbreviationBefore(mark - 1, lineStart);
    }

    /** Whether the full stop at {@code dot} ends an abbreviation or an initial ("Mr.", "J."), not a sentence. */
    private boolean abbreviationBefore(int dot, int lineStart) {
        int w = dot;
        while (w > lineStart && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot + 1);
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) || SpeakerResolver.ABBREVIATION.matcher(word).matches();
    }
}
