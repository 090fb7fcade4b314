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
 * Turns the words naming a speaker into who it is: a name is linked to its entity's canonical name
 * (or, without entities, to the longest earlier name ending in the same word); "he"/"she" to the
 * latest named speaker or person, and without one to the description opening a recent sentence ("The
 * minister was defiant. “…,” he said."); "the minister" to the nearest earlier "Minister X"; "the
 * informant" to the source description that introduced it ("a second source"). Not thread-safe:
 * one instance per text.
 */
final class SpeakerResolver {

    /**
     * Abbreviations whose full stop ends no sentence: honorifics and the titles and ranks that stand before
     * names in the press of Africa and Asia ("Prof. Mahmood Yakubu", "Engr. Bala Musa", "Hon. Grace Akello").
     */
    static final Pattern ABBREVIATION = Pattern.compile("(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\\.S|U\\.N|Prof|Engr|Eng|Hon"
            + "|Col|Capt|Lt|Maj|Brig|Sgt|Supt|Insp|Rev|Fr|Amb|Barr|Arc|Alh|Pst|Cdr|Cmdr|Adm|Lt\\.-Col|Lt\\.-Gen|Maj\\.-Gen)\\.");

    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*|[,;:()“”\"«»—–]");
    private static final int MAX_TOKENS = 8;
    /** How far back from the verb the speaker is looked for: far enough to step over a long relative clause. */
    private static final int REACH_BACK = 320;
    /** Prepositions that tie one person to whom they speak for ("a spokesman at the embassy"). */
    private static final Pattern OF_WHOM = Pattern.compile("(?i)at|of|for|from|with|to|in");
    /** One person described by a role ("a spokesman", "an aide"); groups ("officials at the ministry") are their organisation. */
    static final Pattern ONE_PERSON = Pattern.compile("(?i)spokesman|spokeswoman|spokesperson|official|aide|source"
            + "|adviser|advisor|representative|member|lawyer|attorney|analyst|economist|researcher|professor|director"
            + "|officer|employee|worker|staffer|diplomat|envoy|ambassador|minister|secretary|commissioner|chief|head");
    /** Prepositions that put a speaker somewhere ("officials in Kabul said"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)in|at|from");
    static final int PRONOUN_REACH = 3000;
    private static final Pattern SINGULAR = Pattern.compile("(?i)(?:he|she)\\b");

    /** Phrases that open with a verb or an auxiliary are no speaker ("can rest", "will be"). */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?:can|could|will|would|shall|should|may|might|must"
            + "|is|are|was|were|be|been|has|have|had|do|does|did|not|also|just|still|then|so|to)\\b");

    /** Times between a speaker and the verb ("Khan on Tuesday said", "she yesterday told"). */
    private static final Pattern WHEN = Pattern.compile("(?i)yesterday|today|tonight|earlier|late");
    private static final Pattern DAY = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|week|month|year|weekend|morning|afternoon|evening|night");
    private static final Pattern WHEN_OPENER = Pattern.compile("(?i)on|last|this|next|earlier|late|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|yesterday");


    record Speaker(String name, TextRange range) {
    }

    private final String text;
    private final MentionIndex entities;
    private final List<Speaker> history = new ArrayList<>();
    private final DescribedSubjects described;
    private final NamedSubjects subjects;
    private final SpeakerNames names;
    private final SpeakerDescriptions descriptions;
    private final ClauseSubjects clauses;

    SpeakerResolver(String text, List<EntityMention> entities) {
        this.text = text;
        this.entities = new MentionIndex(entities);
        this.described = new DescribedSubjects(text, this.entities);
        this.subjects = new NamedSubjects(text, this.entities);
        this.names = new SpeakerNames(text, this.entities, entities.isEmpty() ? CapitalisedNames.find(text)
                : this.entities.all().stream().filter(e -> e.type() == EntityType.PERSON).map(EntityMention::range).toList());
        this.descriptions = new SpeakerDescriptions(text, this.entities, names, this::lastSpeaker);
        this.clauses = new ClauseSubjects(text, this.entities, names, this);
    }

    void remember(Speaker s) {
        if (s != null && s.name() != null) {
            history.add(s);
        }
    }

    /**
     * Remembers a speaker of an indirect attribution, in text order among those remembered (the indirect
     * passes find attributions pass by pass, not in text order), so that a pronoun after it resolves to
     * the nearest speaker before it ("Ann Reed has said … Tom Hale … He said …" is Reed, not Hale).
     */
    void rememberInPlace(Speaker s) {
        if (s == null || s.name() == null || s.range() == null) {
            return;
        }
        int i = history.size();
        while (i > 0 && history.get(i - 1).range() != null && history.get(i - 1).range().start() > s.range().start()) {
            i--;
        }
        history.add(i, s);
    }

    /** Forgets every speaker remembered (the direct pass then remembers them again in its own order). */
    void forget() {
        history.clear();
    }

    Speaker lastSpeaker(int before) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Speaker s = history.get(i);
            if (s.range() == null || s.range().start() < before) {
                return s;
            }
        }
        return null;
    }

    /** The speaker phrase ending right before {@code cueStart}, walking back to a clause boundary. */
    Speaker before(int cueStart, int limit) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int from = Math.max(limit, cueStart - REACH_BACK);
        m.region(from, cueStart);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int i = tokens.size() - 1;
        while (i >= 0) {
            String w = word(tokens.get(i));
            if (SpeechCues.ADVERB.matcher(w).matches() || WHEN.matcher(w).matches() || MANNER.matcher(w).matches()) {
                i--; // "she also said", "Khan later told", "then loudly asked"
            } else if (i >= 2 && DAY.matcher(w).matches() && DAY.matcher(word(tokens.get(i - 1))).matches()
                    && WHEN_OPENER.matcher(word(tokens.get(i - 2))).matches()) {
                i -= 3; // "on Tuesday night"
            } else if (i >= 1 && DAY.matcher(w).matches() && WHEN_OPENER.matcher(word(tokens.get(i - 1))).matches()) {
                i -= 2; // "Imran Khan on Tuesday said", "the minister last week told"
            } else {
                break;
            }
        }
        if (i >= 2 && word(tokens.get(i)).equals("and") && PAST.matcher(word(tokens.get(i - 1))).matches()) {
            i -= 2; // "he laughed and said", "Khan paused and added": the subject of both verbs
        }
        if (i >= 1 && word(tokens.get(i)).equalsIgnoreCase("who") && word(tokens.get(i - 1)).equals(",")) {
            i -= 2;
        }
        i = SpeakerAsides.skip(text, tokens, i);
        int end = i;
        i = phraseStart(tokens, end);
        if (end < 0 || i == end) {
            return null;
        }
        int held = participleSubject(tokens, i, end);
        if (held >= 0) {
            // "Crowds waving Palestinian and Turkish flags chanted": the "and" joins what the participle holds,
            // so the subject is the noun before the participle, not the words after "and"
            end = held;
            i = phraseStart(tokens, end);
            if (i == end) {
                return null;
            }
        }
        int start = tokens.get(i + 1)[0];
        // "the Foreign Ministry in Abuja said", "police in Lagos said": a place after "in", "at" or "from"
        // says where the speaker is, not who; the speaker is the phrase before it
        if (i >= 1 && LOCATIVE.matcher(word(tokens.get(i))).matches() && names.onlyPlace(start, tokens.get(end)[1])) {
            int j = phraseStart(tokens, i - 1);
            if (j < i - 1) {
                end = i - 1;
                i = j;
                start = tokens.get(i + 1)[0];
            }
        }
        // "A spokesman at the embassy said", "an aide to the senator told": one person of the organisation or
        // person after the preposition speaks, so the speaker is the whole description, not what follows "at"
        // ("US Ambassador to Russia Jo Sullivan said" is still Jo Sullivan: a person named at the end speaks)
        if (i >= 1 && OF_WHOM.matcher(word(tokens.get(i))).matches() && ONE_PERSON.matcher(word(tokens.get(i - 1))).matches()
                && !names.endsInPerson(start, tokens.get(end)[1])) {
            int j = phraseStart(tokens, i - 1);
            if (j < i - 1) {
                int descStart = tokens.get(j + 1)[0];
                String s = text.substring(descStart, tokens.get(end)[1]);
                String lower = s.toLowerCase(Locale.ROOT);
                boolean article = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ");
                return new Speaker(article ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s,
                        new TextRange(descStart, tokens.get(end)[1]));
            }
        }
        EntityMention across = entities.across(start, tokens.get(end)[1]);
        // a name holding a boundary word is one speaker: "officials at the Ministry of Lands and Housing said"
        // would otherwise stop at "and" and credit "Housing"
        return phrase(across == null ? start : across.range().start(), tokens.get(end)[1]);
    }

    /** Who issued the document ("statement", "letter") read from at {@code before} ({@link SpeakerDescriptions#issuer}). */
    Speaker issuer(String document, int before) {
        return descriptions.issuer(document, before);
    }

    /** The subject of the clause a participle hangs on ({@link ClauseSubjects#subject}). */
    Speaker subject(int clauseStart, int cueStart) {
        return clauses.subject(clauseStart, cueStart);
    }

    /** Who introduces a quote with a colon ({@link ClauseSubjects#introducer}). */
    Speaker introducer(int clauseStart, int end) {
        return clauses.introducer(clauseStart, end);
    }

    /** The speaker phrase starting at {@code start} and ending before the verb at {@code cueStart}. */
    Speaker phrase(int start, int end) {
        String s = text.substring(start, end);
        String trimmed = s.stripTrailing();
        int cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
        if (cut > 0 && SpeechCues.SUBJECT_PRONOUN.matcher(trimmed.substring(cut + 1)).matches()
                && !SpeechCues.JOINED.matcher(trimmed.substring(0, cut)).find()) {
            // "on Tuesday he", "At his weekly press conference on Tuesday he": the pronoun right before the
            // verb is its subject and names the speaker; the phrase keeps its range
            Speaker antecedent = pronoun(start + cut + 1);
            return new Speaker(antecedent == null ? null : antecedent.name(), new TextRange(start, end));
        }
        if (SpeechCues.PRONOUN.matcher(s).matches()) {
            Speaker antecedent = pronoun(start);
            return antecedent == null ? new Speaker(null, new TextRange(start, end))
                    : new Speaker(antecedent.name(), new TextRange(start, end));
        }
        if (NOT_A_SPEAKER.matcher(s).lookingAt()) {
            return new Speaker(null, new TextRange(start, end)); // "can rest assured", "is expected"
        }
        EntityMention entity = names.entityIn(start, end);
        String head = SpeakerNames.lastWord(s);
        if (entity != null && entity.type() == EntityType.ORGANIZATION && entity.range().end() < end
                && !head.isEmpty() && Character.isLowerCase(head.charAt(0))
                && (SpeechCues.ROLE.matcher(head).matches() || ONE_PERSON.matcher(head).matches())) {
            // "the Congress leader said", "a Foreign Ministry spokesman told": one person of the organisation
            return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
        }
        boolean definiteRole = SpeechCues.DEFINITE_ROLE.matcher(s.strip()).matches();
        if (entity != null && definiteRole && entity.range().end() < end && SpeechCues.ROLE.matcher(head).matches()) {
            // "the Effutu MP added", "the Biden adviser said": the name between "the" and the role only says where
            // or whose the role is, so it is never the speaker (even when the recogniser takes it for a person)
            return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
        }
        if (entity != null && !(definiteRole && SpeechCues.ROLE_WORDS.matcher(entity.range().slice(text)).matches())) {
            // a person named by one word the entities left unlinked ("Li said" after "Premier Li Qiang") is the full name
            return new Speaker(entity.type() == EntityType.PERSON ? names.canonical(entity.range()) : entity.canonical(), entity.range());
        }
        if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && !definiteRole) {
            TextRange name = BODY_HEAD.matcher(head).matches() ? body(start, end) : names.endingAt(start, end);
            return new Speaker(names.canonical(name), name);
        }
        return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
    }

    /** The last word of a body's name the recogniser may miss: "the Prime Minister's Office", "the Federal Inland Revenue Service". */
    private static final Pattern BODY_HEAD = Pattern.compile("Office|Ministry|Commission|Authority|Agency|Council|Secretariat"
            + "|Presidency|Directorate|Bureau|Department|Embassy|Committee|Board|Service|Assembly|Parliament|Senate|Government"
            + "|Association|Federation|Union|Institute|Foundation|Society|Front|Movement|Party|League|Forces|Police|Army");
    /** Lower-case words inside a body's name: "Ministry of Works and Transport". */
    private static final Pattern BODY_JOINER = Pattern.compile("of|for|and|on|&");
    private static final Pattern ARTICLE = Pattern.compile("The|A|An");

    /**
     * The capitalised run ending at {@code end} that names a body, with its joining words and possessives ("Prime
     * Minister's Office", "Ministry of Works and Transport"); a person's name stops at two words, a body's does not.
     */
    private TextRange body(int start, int end) {
        Matcher m = TOKEN.matcher(text).region(start, end);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int first = words.size();
        for (int k = words.size() - 1; k >= 0; k--) {
            String w = word(words.get(k));
            boolean capital = Character.isUpperCase(w.charAt(0)) && !ARTICLE.matcher(w).matches();
            if (!capital && !BODY_JOINER.matcher(w).matches()) {
                break;
            }
            first = k;
        }
        while (first < words.size() && BODY_JOINER.matcher(word(words.get(first))).matches()) {
            first++;
        }
        return first < words.size() ? new TextRange(words.get(first)[0], end) : new TextRange(start, end);
    }

    private Speaker pronoun(int at) {
        Speaker last = lastSpeaker(at);
        if (SINGULAR.matcher(text).region(at, Math.min(text.length(), at + 4)).lookingAt()) {
            // a person named as the subject of a sentence after the last speaker was named is the newer
            // voice: "Governor Susan Kihika welcomed the directive. “…,” she said."
            TextRange subject = subjects.before(at, last == null || last.range() == null ? 0 : last.range().end());
            if (subject != null) {
                return new Speaker(names.canonical(subject), subject);
            }
        }
        if (last != null && last.range() != null && at - last.range().start() < PRONOUN_REACH
                && last.name() != null && !last.name().isEmpty() && Character.isUpperCase(last.name().charAt(0))) {
            return last;
        }
        int from = entities.firstAtOrAfter(at) - 1;
        for (int i = from; i >= 0 && i > from - 200; i--) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.PERSON && e.range().end() <= at) {
                return new Speaker(names.canonical(e.range()), e.range());
            }
        }
        if (last != null && last.name() != null && !last.name().isEmpty() && Character.isUpperCase(last.name().charAt(0))) {
            return last;
        }
        // no one named: the last speaker was a description too ("a police spokesman"), and one that opens a
        // sentence after it and fits the pronoun is nearer ("The ferry company apologised. “…,” they said.")
        Speaker described = describedSubject(at);
        return described != null && (last == null || last.range() == null || described.range().start() > last.range().start())
                ? described : last;
    }

    /**
     * The description opening one of the few sentences before the pronoun at {@code at}, named as
     * {@link #description} names any description; null when none fits ({@link DescribedSubjects}).
     */
    private Speaker describedSubject(int at) {
        DescribedSubjects.Subject s = described.before(at);
        if (s == null) {
            return null;
        }
        if (s.named() != null) {
            return new Speaker(s.named().canonical(), s.named().range()); // "The Foreign Ministry said …" names it
        }
        return new Speaker(descriptions.name(s.range().start(), s.range().end(), s.range().slice(text), s.noun()), s.range());
    }

    /** An adverb of manner between the speaker and the verb ("loudly", "angrily"); not the nouns and verbs in -ly. */
    private static final Pattern MANNER = Pattern.compile("(?!(?:family|ally|rally|supply|reply|assembly|anomaly|monopoly"
            + "|belly|bully|jelly|lily|only|apply|comply|fly|july)$)\\p{Ll}{2,}ly");

    /** A verb in the past before "and said": "laughed", "paused", "smiled". */
    private static final Pattern PAST = Pattern.compile("\\p{Ll}{3,}ed");

    /** Words ending in -ing that are nouns or prepositions, never a participle after a subject. */
    private static final Pattern NOT_A_PARTICIPLE = Pattern.compile("(?i)during|according|notwithstanding|morning|evening"
            + "|something|nothing|anything|everything|building|meeting|ceiling|wedding|king|thing|ring|spring|string|wing");
    /** The most tokens between a participle and the "and" inside what it holds ("waving Palestinian and"). */
    private static final int PARTICIPLE_REACH = 5;

    /**
     * When the speaker phrase ending at token {@code end} follows an "and" or "or" at token {@code boundary},
     * and before it a lower-case participle ("waving", "carrying") comes right after a noun with only words
     * between, the index of that noun: the subject the participle describes. -1 when the words do not read so,
     * or when the phrase after "and" names a person or an organisation ("… and Ann Reed said").
     */
    private int participleSubject(List<int[]> tokens, int boundary, int end) {
        if (boundary < 2 || !(word(tokens.get(boundary)).equals("and") || word(tokens.get(boundary)).equals("or"))) {
            return -1;
        }
        EntityMention named = entities.within(tokens.get(boundary + 1)[0], tokens.get(end)[1]);
        if (named != null && (named.type() == EntityType.PERSON || named.type() == EntityType.ORGANIZATION)) {
            return -1;
        }
        for (int p = boundary - 1; p >= 1 && boundary - p <= PARTICIPLE_REACH; p--) {
            String w = word(tokens.get(p));
            if (!Character.isLetter(w.charAt(0)) || SpeechCues.BOUNDARY_WORD.matcher(w).matches()) {
                return -1;
            }
            if (w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) && !NOT_A_PARTICIPLE.matcher(w).matches()) {
                String noun = word(tokens.get(p - 1));
                return Character.isLetter(noun.charAt(0)) && !SpeechCues.BOUNDARY_WORD.matcher(noun).matches()
                        && !NOT_A_SPEAKER.matcher(noun).matches() ? p - 1 : -1;
            }
        }
        return -1;
    }

    /** Index of the token before the speaker phrase that ends at token {@code end} (at most {@value #MAX_TOKENS} tokens). */
    private int phraseStart(List<int[]> tokens, int end) {
        int i = end;
        while (i >= 0 && end - i < MAX_TOKENS) {
            String w = word(tokens.get(i));
            boolean fullStop = w.endsWith(".") && !(w.length() == 2 && Character.isUpperCase(w.charAt(0)))
                    && !ABBREVIATION.matcher(w).matches();
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) || fullStop && i < end
                    || SpeechCues.BOUNDARY_WORD.matcher(w).matches()) {
                break;
            }
            i--;
        }
        return i;
    }


    private String word(int[] t) {
        return text.substring(t[0], t[1]);
    }
}
