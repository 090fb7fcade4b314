package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the antecedent of "he", "she", "they" or "we" when no person is named before it: the
 * description that is the subject of a recent sentence ("The minister was defiant. “…,” he said."),
 * for {@link SpeakerResolver}, which names what is found. Not thread-safe: one instance per text.
 */
final class DescribedSubjects {

    /**
     * The subject found: its range, its head noun and, when the entities name the whole subject as a
     * person or organisation, that mention.
     */
    record Subject(TextRange range, String noun, EntityMention named) {
    }

    /** One person described by a role or trade, for "he" and "she" ("the minister", "a police spokesman"). */
    private static final Pattern PERSON_NOUN = Pattern.compile("(?i)(?:" + SpeakerResolver.ONE_PERSON.pattern().substring(4) + "|"
            + SpeechCues.ROLE.pattern().substring(4) + "|man|woman|resident|witness|farmer|teacher|doctor|nurse|driver"
            + "|owner|manager|executive|founder|police(?:man|woman)|detective|prosecutor|mother|father|victim"
            + "|survivor|student|pilot|captain|coach|expert|activist|organi[sz]er|campaigner|scientist|engineer)");
    /** People or a body, for "they" and "we" ("officials", "the company", "police"). */
    private static final Pattern BODY_NOUN = Pattern.compile("(?i)(?:company|firm|government|ministry|department|council"
            + "|union|party|group|committee|agency|authority|authorities|board|police|army|military|campaign|team|club"
            + "|bank|court|commission|organi[sz]ation|charity|family|officials|residents|protesters|workers|lawyers"
            + "|witnesses|farmers|leaders|organi[sz]ers|campaigners|activists|researchers|scientists|doctors|experts"
            + "|investigators|prosecutors|police(?:men|women)?)");
    /** Words that cannot describe the subject before its head noun (verbs, articles, prepositions). */
    private static final Pattern NOT_A_MODIFIER = Pattern.compile("(?i)the|a|an|this|that|his|her|their|its|and|or|but"
            + "|of|for|at|in|on|to|from|with|by|who|which|is|are|was|were|has|have|had|will|would|could|can|said|says|told");
    /** One body or one document, for a speaking "it" ("the company", "the report"). */
    private static final Pattern IT_NOUN = Pattern.compile("(?i)(?:company|firm|government|ministry|department|council"
            + "|union|party|group|committee|agency|authority|board|army|campaign|team|club|bank|court|commission"
            + "|organi[sz]ation|charity|regulator|watchdog|institute|body|report|study|survey|review|inquiry|paper"
            + "|document|statement|letter|research|analysis|index|embassy|consulate|airline|broadcaster|hospital|university"
            + "|administration|association|federation|foundation|coalition|alliance|secretariat|service)");
    /**
     * What may follow a subject's name: a comma, or a word that looks like a finite verb or an adverb before one (a
     * noun would make the name a modifier: "The Rosneft announcement came …").
     */
    private static final Pattern VERB_NEXT = Pattern.compile(",|\\p{Ll}+(?:ed|[^s]s)|is|was|has|had|will|would|could|can|may"
            + "|might|must|should|did|does|said|found|sought|made|took|gave|told|won|lost|set|put|cut|held|kept|left|paid"
            + "|sold|bought|became|came|went|saw|also|now|still|then|already|again|first");
    /** A comma right before a speaking "it": the words before are what it said. */
    private static final Pattern CREDIT_AFTER = Pattern.compile(",\\s*$");
    /** A quotation closing right before a speaking "it" ("…,” it said"): group 1 is its closing mark. */
    private static final Pattern CLOSED_BEFORE = Pattern.compile("[,?!…]([”\"])\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"]?\\s");
    private static final Pattern SINGULAR = Pattern.compile("(?:he|she)\\b");
    private static final Pattern PLURAL = Pattern.compile("(?:they|we)\\b");
    private static final Pattern ARTICLE = Pattern.compile("The|A|An");
    private static final Pattern LOWER_ARTICLE = Pattern.compile("(?i)the|an?");
    /** How many sentences back a pronoun looks for a description when no person is named at all. */
    private static final int DESCRIBED_SENTENCES = 3;

    private final String text;
    private final MentionIndex mentions;

    DescribedSubjects(String text, MentionIndex mentions) {
        this.text = text;
        this.mentions = mentions;
    }

    /**
     * The description that opens one of the few sentences before {@code at} as its subject, when "he",
     * "she", "they" or "we" has no named antecedent ("The minister was defiant. “…,” he said."). Written
     * by hand because the speaker search has no parser: the subject is an article, up to three modifiers
     * and the last head noun naming one person ("he", "she") or people or a body ("they", "we"), followed
     * by its verb; so a place or a thing is never the antecedent. Sentences inside quotation marks are
     * skipped (they are someone's words, not the narrative). Null when none fits.
     */
    Subject before(int at) {
        String pronoun = text.substring(at, Math.min(text.length(), at + 4)).toLowerCase(Locale.ROOT);
        boolean singular = SINGULAR.matcher(pronoun).lookingAt();
        boolean plural = PLURAL.matcher(pronoun).lookingAt();
        return before(at, singular, plural);
    }

    /** As {@link #before(int)}, for a word at {@code at} standing for one person ({@code singular}) or for people or a body ({@code plural}). */
    Subject before(int at, boolean singular, boolean plural) {
        if (!singular && !plural) {
            return null;
        }
        int sentences = 0;
        boolean quoted = false;
        for (int i = at - 1; i >= 0 && at - i < PronounSpeakers.PRONOUN_REACH && sentences < DESCRIBED_SENTENCES; i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '“' || c == '"') {
                quoted = c == '"' ? !quoted : c == '”';
                continue;
            }
            if (quoted || !sentenceOpensAt(i)) {
                continue;
            }
            sentences++;
            Subject s = describedAt(i, at, singular);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * The body or document that is the subject of the sentence nearest before a speaking "it" at {@code at}, within
     * {@link PronounSpeakers#IT_REACH} characters: an organisation the recogniser names opening the sentence ("The
     * Harbour Board rejected the plan."), or a description whose head is one body or document ("The council's report
     * was gloomy."), followed by its verb. When the "it" is itself the subject of its sentence after a connective ("But
     * it agreed …"), or credits the words before it ("Costs will rise, it said."), the sentence before is read. Null
     * when that sentence opens with a quotation or with anything else.
     */
    Subject bodyBefore(int at) {
        Matcher closed = CLOSED_BEFORE.matcher(text).region(Math.max(0, at - 4), at);
        if (closed.find()) {
            return bodyBeforeQuotation(at, closed.start(1));
        }
        boolean own = true; // the first opening found may be that of the "it"'s own sentence
        // "The union, in particular, was gloomy, it said.": the sentence is what was said, its subject not the speaker
        boolean credit = CREDIT_AFTER.matcher(text).region(Math.max(0, at - 3), at).find();
        for (int i = at - 1; i >= 0 && at - i < PronounSpeakers.IT_REACH; i--) {
            char c = text.charAt(i);
            if ((c == '“' || c == '"') && boundaryBefore(i)) {
                return null; // the sentence before is someone's words
            }
            if (!sentenceOpensAt(i)) {
                continue;
            }
            own &= !sentenceEnds(i, at);
            Subject s = own && credit ? null : bodyAt(i, at);
            if (s != null || !own) {
                return s;
            }
            own = false;
        }
        return null;
    }

    /**
     * For an "it" crediting the quotation that closes right before it at {@code close} ("“…,” it said"): the body
     * or document opening one of the two sentences before that quotation's opening mark ("The justice ministry
     * rejected the claim.⏎⏎“…,” it said."); null when the quotation is not opened in reach or another quotation
     * comes first.
     */
    private Subject bodyBeforeQuotation(int at, int close) {
        char mark = text.charAt(close);
        int open = mark == '"' ? text.lastIndexOf('"', close - 1) : text.lastIndexOf('“', close - 1);
        if (open < 0 || at - open > PronounSpeakers.IT_REACH) {
            return null;
        }
        int sentences = 0;
        for (int i = open - 1; i >= 0 && open - i < PronounSpeakers.IT_REACH && sentences < 2; i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '”' || c == '"') {
                return null; // the sentence before is someone's words
            }
            if (!sentenceOpensAt(i)) {
                continue;
            }
            sentences++;
            Subject s = bodyAt(i, open);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Whether a sentence ends between {@code from} and {@code to}: a full stop, question or exclamation mark and a space. */
    private boolean sentenceEnds(int from, int to) {
        return SENTENCE_END.matcher(text).region(from, to).find();
    }

    /** The named body, or described body or document, opening the sentence at {@code start} as its subject; else null. */
    private Subject bodyAt(int start, int limit) {
        Matcher m = SpeakerResolver.TOKEN.matcher(text).region(start, Math.min(limit, start + 120));
        int from = m.find() && ARTICLE.matcher(m.group()).matches() && m.find() ? m.start() : start;
        int k = mentions.firstAtOrAfter(from);
        EntityMention e = k < mentions.size() ? mentions.get(k) : null;
        if (e != null && e.type() == EntityType.ORGANIZATION && e.range().start() == from
                && VERB_NEXT.matcher(nextWord(e.range().end())).matches()) {
            return new Subject(e.range(), null, e); // "The Harbour Board rejected …", not "The Harbour Board report"
        }
        Subject s = describedAt(start, limit, IT_NOUN);
        return s != null && s.named() != null && s.named().type() != EntityType.ORGANIZATION ? null : s;
    }

    private String nextWord(int end) {
        Matcher m = SpeakerResolver.TOKEN.matcher(text).region(end, text.length());
        return m.find() ? m.group() : "";
    }

    /** The described subject of the sentence opening at {@code start}, if its head fits the pronoun's number. */
    private Subject describedAt(int start, int limit, boolean singular) {
        return describedAt(start, limit, singular ? PERSON_NOUN : BODY_NOUN);
    }

    /**
     * The described subject of the sentence opening at {@code start}, if its head is one of {@code fits}; after a
     * participle clause opening the sentence, the subject after its comma ("Speaking to reporters …, the minister was
     * asked …"); for people, a plural head with no article opening the sentence before its verb ("Protesters gathered
     * …").
     */
    private Subject describedAt(int start, int limit, Pattern fits) {
        List<int[]> tokens = tokens(start, limit);
        if (tokens.size() >= 3 && PARTICIPLE.matcher(word(tokens.get(0))).matches()) {
            Matcher comma = FRONTED_CLAUSE_END.matcher(text).region(tokens.get(0)[1], Math.min(limit, start + FRONTED_CLAUSE));
            if (comma.lookingAt()) {
                return describedAt(tokens(comma.end(), limit), start, fits, true);
            }
        }
        if (tokens.size() >= 2 && fits == BODY_NOUN && BARE_PLURAL.matcher(word(tokens.get(0))).matches()
                && BODY_NOUN.matcher(word(tokens.get(0))).matches() && Character.isLowerCase(word(tokens.get(1)).charAt(0))
                && VERB_NEXT.matcher(word(tokens.get(1))).matches() && mentions.within(tokens.get(0)[0], tokens.get(0)[1]) == null) {
            return new Subject(new TextRange(tokens.get(0)[0], tokens.get(0)[1]), word(tokens.get(0)), null);
        }
        return describedAt(tokens, start, fits, false);
    }

    /** The first seven tokens from {@code start}, within 120 characters and before {@code limit}. */
    private List<int[]> tokens(int start, int limit) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = SpeakerResolver.TOKEN.matcher(text);
        m.region(start, Math.max(start, Math.min(limit, start + 120)));
        while (m.find() && tokens.size() < 7) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }

    /** A capitalised participle opening a sentence before its subject: "Speaking to reporters …, the minister …". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}ing");
    /** The rest of a fronted participle clause, to its comma: no stop, quotation mark or line break inside. */
    private static final Pattern FRONTED_CLAUSE_END = Pattern.compile("[^.!?;:,\"“”\\n]{1,100},\\s*");
    /** How far a fronted participle clause may run. */
    private static final int FRONTED_CLAUSE = 110;
    /** A capitalised plural word: "Protesters", "Residents" (not "Police", read by {@link #BODY_NOUN} alone). */
    private static final Pattern BARE_PLURAL = Pattern.compile("\\p{Lu}\\p{Ll}{2,}s");

    /**
     * The described subject opening {@code tokens}, read from {@code start}: an article (lower case too after a fronted
     * clause, {@code fronted}), up to three modifiers and the head noun.
     */
    private Subject describedAt(List<int[]> tokens, int start, Pattern fits, boolean fronted) {
        if (tokens.size() < 3 || !(fronted ? LOWER_ARTICLE : ARTICLE).matcher(word(tokens.get(0))).matches()) {
            return null;
        }
        start = tokens.get(0)[0];
        int head = -1;
        for (int k = 1; k <= 4 && k + 1 < tokens.size(); k++) {
            String w = word(tokens.get(k));
            if (!Character.isLetter(w.charAt(0)) || NOT_A_MODIFIER.matcher(w).matches()) {
                break;
            }
            String next = word(tokens.get(k + 1));
            boolean verbFollows = next.equals(",") || Character.isLowerCase(next.charAt(0));
            if (verbFollows && (PERSON_NOUN.matcher(w).matches() || BODY_NOUN.matcher(w).matches() || fits.matcher(w).matches())) {
                head = k;
            }
        }
        if (head < 0) {
            return null;
        }
        String noun = word(tokens.get(head));
        if (!fits.matcher(noun).matches()) {
            return null; // "A police spokesman said …" is one person: no antecedent for "they"
        }
        int end = tokens.get(head)[1];
        EntityMention e = mentions.within(start, end);
        if (e != null && e.range().end() == end && (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC)) {
            return null; // the head is a place's name ("The Gulf Authority", read as a place): never a speaker here
        }
        if (e != null && e.range().end() == end && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON)) {
            return new Subject(e.range(), noun, e); // "The Foreign Ministry said …" names it
        }
        return new Subject(new TextRange(start, end), noun, null);
    }

    /** Whether a sentence or paragraph opens at {@code i}: a capital after a full stop, a closing mark or a line break. */
    private boolean sentenceOpensAt(int i) {
        return Character.isUpperCase(text.charAt(i)) && boundaryBefore(i);
    }

    /** Whether what stands at {@code i} follows a sentence's end or a line break. */
    private boolean boundaryBefore(int i) {
        int j = i;
        while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\n')) {
            j--;
        }
        if (j == 0 || text.substring(j, i).indexOf('\n') >= 0) {
            return true;
        }
        if (j == i) {
            return false;
        }
        char c = text.charAt(j - 1);
        if (c == '”' || c == '"' || c == '’' || c == '\'') {
            c = j >= 2 ? text.charAt(j - 2) : '.'; // a quotation closed after its stop, in double or single marks
        }
        if (".!?".indexOf(c) < 0) {
            return false;
        }
        int w = j - 1;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return !SpeakerResolver.ABBREVIATION.matcher(text.substring(w, j)).matches();
    }

    private String word(int[] t) {
        return text.substring(t[0], t[1]);
    }
}
