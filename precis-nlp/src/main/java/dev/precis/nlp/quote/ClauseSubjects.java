package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import dev.precis.nlp.entity.Gazetteer;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks when a quote hangs on a clause rather than a speech verb, for {@link SpeakerResolver}: the
 * subject of the clause before a participle ("The governor criticised the contractors, saying: “…”") and
 * the name or clause before a colon ("Senator Ann Reed: “…”", "Tove Lind bristled: “…”"). One instance per text.
 */
final class ClauseSubjects {

    private final String text;
    private final MentionIndex entities;
    private final SpeakerNames names;
    private final SpeakerResolver speakers;

    ClauseSubjects(String text, MentionIndex entities, SpeakerNames names, SpeakerResolver speakers) {
        this.text = text;
        this.entities = entities;
        this.names = names;
        this.speakers = speakers;
    }

    /** A plural noun for people right after a name: "Tory| delegates". */
    private static final Pattern GROUP_AFTER = Pattern.compile("[ \\t]+" + HeadNouns.GROUP_HEAD.pattern() + "\\b");

    /** A phrase opening a clause that is not its subject: "Speaking at the event, …", "On Monday, …". */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("(?i)in|on|at|during|after|before|while|when|speaking"
            + "|addressing|reacting|responding|earlier|later|meanwhile|however|separately|also|but|and|yet"
            // a span of time opening the clause: "Hours later, …", "Days before the vote, …"
            + "|minutes|hours|days|weeks|months|moments|here");
    /** The last word of a span of time opening a clause: "Eight years ago, …", "Two days later, …". */
    private static final Pattern TIME_SPAN_END = Pattern.compile("(?i)ago|later|earlier");
    private static final Pattern DETERMINER = Pattern.compile("(?i)the|a|an|another|one|this|that");
    /** A conjunction opening the clause, not its subject: "but he gave …", "and the mayor added". */
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)but|and|yet");

    /**
     * The subject of the clause a participle hangs on ("The governor criticised the contractors,
     * saying: “…”" → the governor): a pronoun, a person or organisation named in its first words,
     * a capitalised name, or a determiner and up to three words before the first word ending in
     * "-ed" or a reporting verb. Returns null when the clause opens otherwise.
     */
    Speaker subject(int clauseStart, int cueStart) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = SpeakerResolver.TOKEN.matcher(text);
        m.region(clauseStart, cueStart);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int p = 0;
        while (p < tokens.size() && !Character.isLetterOrDigit(word(tokens.get(p)).charAt(0))) {
            p++;
        }
        p = afterDateline(tokens, p);
        for (int q = tokens.size() - 2; q > p; q--) {
            if (word(tokens.get(q)).equalsIgnoreCase("where") && "—–,".contains(word(tokens.get(q - 1)))) {
                // "… the hotel, where about 50 protesters had gathered, chanting “…”": the participle hangs on the nearer clause
                Speaker group = bareSubject(tokens, q + 1);
                if (group != null) {
                    return group;
                }
                break;
            }
        }
        // openers may follow one another: "On Thursday, after weeks of silence, the senator endorsed her, saying …"
        for (int openers = 0; openers < 3 && p < tokens.size() && (CLAUSE_OPENER.matcher(word(tokens.get(p))).matches()
                || timeSpan(tokens, p)); openers++) {
            int q = p;
            while (q < tokens.size() && q - p < 20 && !word(tokens.get(q)).equals(",")) {
                q++;
            }
            int next = q < tokens.size() && word(tokens.get(q)).equals(",") ? q + 1
                    : CONJUNCTION.matcher(word(tokens.get(p))).matches() ? p + 1 : p; // "but he gave the Texan …:"
            if (next == p) {
                break;
            }
            p = next;
        }
        if (p >= tokens.size() - 1) {
            return null;
        }
        int[] first = tokens.get(p);
        String w = word(first);
        if (SpeechCues.PRONOUN.matcher(w).matches() && !w.equalsIgnoreCase("his") && !w.equalsIgnoreCase("her")
                && !w.equalsIgnoreCase("their")) {
            return speakers.phrase(first[0], first[1]);
        }
        int run = p;
        while (run + 1 < tokens.size() && run - p < 8 && Character.isUpperCase(word(tokens.get(run + 1)).charAt(0))) {
            run++;
        }
        // the name may follow a capitalised title: "OPEC Secretary General Haitham Al Ghais echoed the view, saying: …",
        // also one with lower-case words of description: "Republican presidential hopeful Sen. Ted Cruz was …"
        int described = p;
        while (described + 1 < tokens.size() && described - p < 8 && describes(word(tokens.get(described + 1)))) {
            described++;
        }
        int reach = tokens.get(Math.min(tokens.size() - 1, Math.max(p + 2, Math.max(run, described))))[0];
        for (int k = entities.firstAtOrAfter(first[0]); k < entities.size() && entities.get(k).range().start() <= reach; k++) {
            EntityMention e = entities.get(k);
            if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && e.range().end() <= cueStart) {
                Matcher group = GROUP_AFTER.matcher(text).region(e.range().end(), cueStart);
                if (e.type() != EntityType.PERSON && group.lookingAt()) {
                    // "Tory delegates cheered, declaring …": the name modifies the group that speaks
                    return speakers.phrase(first[0], group.end());
                }
                return new Speaker(e.canonical(), e.range());
            }
        }
        if (!DETERMINER.matcher(w).matches()) {
            Speaker group = bareSubject(tokens, p);
            if (group != null) {
                return group;
            }
            if (!Character.isUpperCase(w.charAt(0)) || !entities.isEmpty()) {
                return null; // with entities, a capitalised opener they do not name is no speaker ("Critics", "Today")
            }
            int q = p;
            while (q + 1 < tokens.size() && Character.isUpperCase(word(tokens.get(q + 1)).charAt(0))) {
                q++;
            }
            TextRange name = names.endingAt(first[0], tokens.get(q)[1]);
            return new Speaker(names.canonical(name), name);
        }
        if (p + 1 < tokens.size() && NOT_DESCRIPTIVE.matcher(word(tokens.get(p + 1))).matches()) {
            return null; // "That is, …", "This was …": a demonstrative, not a determiner before a noun
        }
        for (int q = p + 1; q < tokens.size() && q <= p + 4; q++) {
            String v = word(tokens.get(q));
            if (q > p + 1 && (v.endsWith("ed") || SpeechCues.SPEECH_VERB.matcher(v).matches() || v.equals(","))) {
                return speakers.phrase(first[0], tokens.get(q - 1)[1]);
            }
            if (!Character.isLetter(v.charAt(0))) {
                return null;
            }
        }
        String head = p + 1 < tokens.size() ? word(tokens.get(p + 1)) : "";
        // "The mayor was brief: “…”": a role after the determiner is the person holding it
        return SpeechCues.ROLE.matcher(head).matches() || SpeakerResolver.ONE_PERSON.matcher(head).matches()
                ? speakers.phrase(first[0], tokens.get(p + 1)[1]) : null;
    }

    /** Up to three words from {@code p}, the last ending a span of time, then a comma: "Eight years ago,". */
    private boolean timeSpan(List<int[]> tokens, int p) {
        for (int q = p + 1; q < tokens.size() - 1 && q <= p + 3; q++) {
            if (TIME_SPAN_END.matcher(word(tokens.get(q))).matches()) {
                return word(tokens.get(q + 1)).equals(",");
            }
        }
        return false;
    }

    /** Lower-case words of a description before a name: not a verb, an auxiliary or a word that ends a phrase. */
    private static final Pattern NOT_DESCRIPTIVE = Pattern.compile("(?i)is|are|was|were|has|have|had|will|would|can|could"
            + "|did|does|do|also|said|says|told");

    private static boolean describes(String w) {
        if (!Character.isLetter(w.charAt(0))) {
            return false;
        }
        return Character.isUpperCase(w.charAt(0)) || !w.endsWith("ed") && !NOT_DESCRIPTIVE.matcher(w).matches()
                && !SpeechCues.BOUNDARY_WORD.matcher(w).matches() && !SpeechCues.SPEECH_VERB.matcher(w).matches();
    }

    /**
     * The first token after a dateline opening the clause ("KAMPALA, Uganda — Supporters gathered …", "DOHA
     * (QNA) - The minister said …"): capitalised words, commas and a parenthesis, then a dash; {@code p} when none.
     */
    private int afterDateline(List<int[]> tokens, int p) {
        for (int q = p; q < tokens.size() && q - p < 10; q++) {
            String w = word(tokens.get(q));
            if (q > p && (w.equals("—") || w.equals("–"))) {
                return q + 1;
            }
            if (q > p && text.substring(tokens.get(q - 1)[1], tokens.get(q)[0]).strip().equals("-")) {
                return q; // a hyphen set off by spaces: "DOHA (QNA) - The …"
            }
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0)) && !w.equals(",") && !w.equals("(") && !w.equals(")")) {
                return p;
            }
        }
        return p;
    }

    /** A word that names a crowd: the plural subjects that chant and march ("Protesters marched …, chanting “…”"). */
    private static final Pattern PLURAL = Pattern.compile("\\p{L}{3,}(?<!ss|us|is)s");

    /**
     * A plural noun phrase without a determiner opening the clause, up to five words ending in a plural noun,
     * then a verb in "-ed": "Opposition supporters gathered outside the court, chanting “…”"; "Hundreds of
     * demonstrators marched …". Null when the clause opens otherwise.
     */
    private Speaker bareSubject(List<int[]> tokens, int p) {
        int aux = 0;
        for (int q = p + 1; q < tokens.size() && q <= p + 7; q++) {
            String v = word(tokens.get(q));
            if (!Character.isLetterOrDigit(v.charAt(0))) {
                return null;
            }
            if (AUXILIARY.matcher(v).matches() && q - aux > p + 1) {
                aux++; // "about 50 protesters had gathered"
                continue;
            }
            if (Character.isLowerCase(v.charAt(0)) && v.endsWith("ed") && PLURAL.matcher(word(tokens.get(q - aux - 1))).matches()) {
                return speakers.phrase(tokens.get(p)[0], tokens.get(q - aux - 1)[1]);
            }
            if (aux > 0) {
                return null;
            }
        }
        return null;
    }

    private static final Pattern AUXILIARY = Pattern.compile("had|have|were|been");

    /**
     * Who introduces a quote with a colon: the words from {@code clauseStart} to the colon at {@code end}
     * are a name ("Senator Ann Reed: “…”": a person or organisation the entities cover from the first word
     * to the colon) or a clause whose {@link #subject subject} speaks ("Tove Lind bristled: “…”"). Null otherwise.
     */
    Speaker introducer(int clauseStart, int end) {
        int start = clauseStart;
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int last = end;
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (start >= last) {
            return null;
        }
        // the name that ends at the colon, after nothing but names ("Ann Reed and Per Alm:") since the clause
        // opened or since a dash ("POLLS WERE RIGHT - Ann Reed:", the headline-and-source style of digests)
        for (int k = entities.firstAtOrAfter(start); k < entities.size() && entities.get(k).range().start() < last; k++) {
            EntityMention e = entities.get(k);
            if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && e.range().end() == last
                    && NAMES_ONLY.matcher(afterLastDash(start, e.range().start())).matches()) {
                return new Speaker(e.canonical(), e.range());
            }
        }
        String title = afterLastDash(start, last);
        if (title.length() < last - start && DASHED_NAME.matcher(title).matches()) {
            // "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”": a name the entities missed after a digest's dash
            TextRange name = names.endingAt(last - title.strip().length(), last);
            return new Speaker(names.canonical(name), name);
        }
        if (TITLE_THEN_NAME.matcher(title).matches()) {
            // "Minister of State for Foreign Affairs Zeng Jun: “…”": a title and a name the entities missed
            TextRange name = names.endingAt(start, last);
            return new Speaker(names.canonical(name), name);
        }
        if (LONE_NAME.matcher(title).matches() && title.length() == last - start && loneSurname(start, last)) {
            // "… the former director was short. Lindqvist: “…”": a surname alone before the colon, which no recogniser
            // marked, opening a sentence in the body: the speaker (linked to a fuller mention when there is one)
            TextRange name = new TextRange(start, last);
            return new Speaker(names.canonical(name), name);
        }
        Matcher from = WORDS_FROM.matcher(text).region(start, last);
        if (from.matches()) {
            // "The message from Finance Minister Sri Wahyuni was clear: “…”": whose the words are, named after "from"
            return speakers.phrase(from.start(1), from.end(1));
        }
        Matcher own = OWN_WORDS.matcher(text).region(start, last);
        if (own.matches()) {
            // "The health minister was blunt. Her message to the public: “…”": the possessive stands for whom a
            // "she said" at the same place would stand for; the speaker keeps the possessive's range (no one: as before)
            Speaker antecedent = speakers.possessive(start);
            if (antecedent != null && antecedent.name() != null) {
                return new Speaker(antecedent.name(), new TextRange(own.start(1), own.end(1)));
            }
        }
        return subject(clauseStart, end);
    }

    /**
     * A possessive opening the clause, a noun for words said, and perhaps whom they were for and how they were: "Her
     * message to the public", "His warning to lenders was stark", "Their reply".
     */
    private static final Pattern OWN_WORDS = Pattern.compile("(?i:(her|his|their)\\s+(?:message|warning|reply|answer|verdict"
            + "|promise|advice|words|response|appeal|plea|assessment|explanation|comment|reaction|view|take|summary))(?:\\s+(?i:to|for|on|about)\\s+[^:,;.!?\\n\"“”]{1,60}?)?"
            + "(?:\\s+(?i:was|is|were|are)\\s+(?i:clear|simple|blunt|short|direct|stark|plain|unambiguous))?");

    /** Words said, then whose they are after "from", and perhaps how they were: "The message from X was clear". */
    private static final Pattern WORDS_FROM = Pattern.compile("(?i:the\\s+(?:message|words|warning|answer|reply|advice|verdict"
            + "|response|appeal|plea)\\s+from)\\s+(\\p{Lu}[^:,;.!?\\n]{0,80}?)(?:\\s+(?i:was|is|were|are)\\s+(?i:clear|simple|blunt"
            + "|short|direct|stark|plain|unambiguous))?");

    /** A title holding a role word and a capitalised name of two words after it, nothing else: "Foreign Minister Zeng Jun". */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+|(?:of|for|and|the)\\s+)*"
            + "(?i:" + SpeechCues.ROLE.pattern().substring(4) + ")\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+|(?:of|for|and|the)\\s+)*"
            + "\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+\\s*");

    /** One capitalised word of letters, at least three, and nothing else: "Lindqvist". */
    private static final Pattern LONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:[-'’]\\p{Lu}?\\p{Ll}+)?");

    /**
     * Whether the word from {@code start} to {@code end} is a surname standing alone: not on the text's first line (a
     * headline's "Brexit: “…”" names a subject, not a speaker), after a sentence's stop or at its paragraph's start, no
     * entity on it, and not a word the lists know as an ordinary word, a title, a place, an organisation or a role.
     */
    private boolean loneSurname(int start, int end) {
        int before = start;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
            before--;
        }
        if (text.lastIndexOf('\n', start) < 0 || before > 0 && text.charAt(before - 1) != '\n'
                && ".!?".indexOf(text.charAt(before - 1)) < 0) {
            return false;
        }
        if (entities.within(start, end) != null) {
            return false;
        }
        String word = text.substring(start, end);
        if (SpeechCues.ROLE.matcher(word).matches() || SpeechCues.SOURCE_NOUN.matcher(word).matches()) {
            return false;
        }
        Gazetteer lists = Gazetteer.load();
        Gazetteer.Entry known = lists.lookup(word);
        return !lists.isCommonWord(word) && !lists.isTitleWord(word) && lists.placeAt(new String[] {word}, 0) == 0
                && (known == null || known.kind() == Gazetteer.Kind.PERSON);
    }

    /** A person's name of two to four words, initials allowed, and nothing else: "Jeffrey M. Jones". */
    private static final Pattern DASHED_NAME = Pattern.compile("\\s*\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}[\\p{L}'’-]*)){1,3}\\s*");
    /** Capitalised words joined by "and" or commas, or nothing. */
    private static final Pattern NAMES_ONLY = Pattern.compile("\\s*(?:(?:\\p{Lu}[\\p{L}.'’-]*|and|,)\\s*)*");

    /** The text from {@code start} to {@code end} after its last spaced dash, or all of it. */
    private String afterLastDash(int start, int end) {
        for (int i = end - 2; i > start; i--) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return text.substring(i + 1, end);
            }
        }
        return text.substring(start, end);
    }

    private String word(int[] t) {
        return text.substring(t[0], t[1]);
    }
}
