package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the speaker phrase before a speech verb starts and ends: walking back from the verb over adverbs,
 * times ("on Tuesday"), "laughed and", asides and relative clauses to a clause boundary; a place after
 * "in"/"at"/"from" and what a participle holds ("Crowds waving … flags") are left out, and "a spokesman at
 * the embassy" is kept whole. The words found are named by {@link SpeakerResolver#phrase}.
 */
final class SpeakerPhrases {

    private static final int MAX_TOKENS = 8;
    /** How far back from the verb the speaker is looked for: far enough to step over a long relative clause. */
    private static final int REACH_BACK = 320;
    /** Prepositions that tie one person to whom they speak for ("a spokesman at the embassy"). */
    private static final Pattern OF_WHOM = Pattern.compile("(?i)at|of|for|from|with|to|in");

    private static final Pattern ARTICLE = Pattern.compile("(?i)a|an|the");
    /** A lower-case word after "who" that may be the relative clause's verb: no pronoun ("who he noted"). */
    private static final Pattern RELATIVE_VERB = Pattern.compile("(?!(?:he|she|they|we|i|you|it)$)\\p{Ll}{2,}");
    /** Lower-case nouns of one who speaks for another: "a spokesman for …". */
    private static final Pattern SPOKESPERSON = Pattern.compile("spokesm[ae]n|spokeswoman|spokeswomen|spokesperson|spokespeople");

    /** An indefinite determiner before a noun that heads a subject: "a doctor at …", "one resident of …". */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)a|an|one");

    /** Prepositions between a person and where they work ("Ann Reed of the Cato Institute said"). */
    private static final Pattern WORKS_AT = Pattern.compile("(?i)of|at|from|with");

    /** Prepositions that put a speaker somewhere ("officials in Kabul said"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)in|at|from");

    /** Times between a speaker and the verb ("Khan on Tuesday said", "she yesterday told"). */
    private static final Pattern WHEN = Pattern.compile("(?i)yesterday|today|tonight|earlier|late");
    private static final Pattern DAY = Pattern.compile("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|week|month|year|weekend|morning|afternoon|evening|night");
    private static final Pattern WHEN_OPENER = Pattern.compile("(?i)on|last|this|next|earlier|late|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday|yesterday");

    private final String text;
    private final MentionIndex entities;
    private final SpeakerNames names;
    private final SpeakerResolver speakers;

    SpeakerPhrases(String text, MentionIndex entities, SpeakerNames names, SpeakerResolver speakers) {
        this.text = text;
        this.entities = entities;
        this.names = names;
        this.speakers = speakers;
    }

    /** How many tokens a bracketed aside between a name and its verb may hold. */
    private static final int BRACKET_TOKENS = 30;

    /**
     * The token ending the name before a bracketed aside that closes right before the verb, when a capitalised word
     * stands before the bracket: "Joseph Mwale (the union's general secretary, who signed the deal on Sunday) said";
     * else {@code i}.
     */
    private int beforeBracket(List<int[]> tokens, int i) {
        if (i < 2 || !word(tokens.get(i)).equals(")")) {
            return i;
        }
        for (int k = i - 1; k >= 1 && i - k <= BRACKET_TOKENS; k--) {
            String w = word(tokens.get(k));
            if (w.equals(")")) {
                return i;
            }
            if (w.equals("(")) {
                return k < i - 1 && Character.isUpperCase(word(tokens.get(k - 1)).charAt(0)) ? k - 1 : i;
            }
        }
        return i;
    }

    /** The speaker phrase ending right before {@code cueStart}, walking back to a clause boundary. */
    Speaker before(int cueStart, int limit) {
        TextRange work = HeadNouns.titledWork(text, limit, cueStart);
        if (work != null) {
            return speakers.phrase(work.start(), work.end()); // "The book, The Trials of Ann Reed, said": the book
        }
        List<int[]> tokens = new ArrayList<>();
        Matcher m = SpeakerResolver.TOKEN.matcher(text);
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
        if (i >= 2 && word(tokens.get(i)).equals("to") && PAST.matcher(word(tokens.get(i - 1))).matches()) {
            i -= 2; // "she interjected to say", "Khan paused to add": the verb's subject is that of the verb before "to"
        }
        if (i >= 1 && word(tokens.get(i)).equalsIgnoreCase("who") && word(tokens.get(i - 1)).equals(",")) {
            i -= 2;
        }
        int pastAsides = SpeakerAsides.skip(text, tokens, i);
        i = pastAsides == i ? beforeBracket(tokens, i) : pastAsides;
        int end = i;
        i = phraseStart(tokens, end);
        if (end < 0 || i == end) {
            return null;
        }
        if (i >= 2 && i + 1 < end && word(tokens.get(i)).equals("who") && word(tokens.get(i - 1)).equals(",")
                && RELATIVE_VERB.matcher(word(tokens.get(i + 1))).matches()
                && !SpeakerResolver.NOT_A_SPEAKER.matcher(word(tokens.get(i + 1))).matches()) {
            // "Ms Fenwick, who presents The Morning Quiz tells …": a relative clause whose closing comma is missing;
            // the subject is the person before ", who", not the name ending the clause. Only when a verb follows
            // "who": in "Obama, who he noted was …" or "Bannon, who Beck called …" the "who" is an object
            int j = phraseStart(tokens, i - 2);
            if (j < i - 2 && names.endsInPerson(tokens.get(j + 1)[0], tokens.get(i - 2)[1])) {
                return speakers.phrase(tokens.get(j + 1)[0], tokens.get(i - 2)[1]);
            }
        }
        int who = relativeSubject(tokens, i);
        if (who >= 0) {
            // "A retired judge who quit in anger at the new rules says": the clause's subject is the noun phrase
            // before an unbracketed "who", not the last words of the relative clause
            int j = phraseStart(tokens, who - 1);
            if (j < who - 1) {
                return speakers.phrase(tokens.get(j + 1)[0], tokens.get(who - 1)[1]);
            }
        }
        if (i >= 2 && OF_WHOM.matcher(word(tokens.get(i))).matches() && SpeakerAsides.participle(word(tokens.get(i - 1)))) {
            // "Another source speaking to Fox News said": the participle and what follows it describe the noun
            // before the participle, which is the subject; the name after the preposition is who was spoken to
            String noun = word(tokens.get(i - 2));
            int j = phraseStart(tokens, i - 2);
            if (j < i - 2 && Character.isLetter(noun.charAt(0)) && !SpeakerResolver.NOT_A_SPEAKER.matcher(noun).matches()) {
                return speakers.phrase(tokens.get(j + 1)[0], tokens.get(i - 2)[1]);
            }
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
        if (i >= 1 && word(tokens.get(i)).equals("and") && names.endsInPerson(start, tokens.get(end)[1])) {
            int j = phraseStart(tokens, i - 1);
            if (j < i - 1 && names.endsInPerson(tokens.get(j + 1)[0], tokens.get(i - 1)[1])) {
                // "finance minister Oliver Brandt and his deputy Hana Kerr said": two speakers, the first is credited
                return speakers.phrase(tokens.get(j + 1)[0], tokens.get(i - 1)[1]);
            }
        }
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
        // "A doctor at the main hospital, who asked not to be named, said": a lower-case noun after "a", "an" or
        // "one" heads the subject as one of the people there, whatever the noun, when the two words open the phrase
        // ("despite an order from the court" is no subject)
        boolean indefinite = i >= 2 && INDEFINITE.matcher(word(tokens.get(i - 2))).matches() && word(tokens.get(i - 1)).matches("\\p{Ll}{3,}");
        // A spokesperson speaks for someone else even when the body after "for" is taken for a person ("a spokesman
        // for the Larkfield City Ballet", "a spokeswoman for Mr Reed"): the description is the speaker. Without an
        // article the role is a title before the speaker's own name ("party spokeswoman for health Ann Reed")
        boolean speaksFor = i >= 2 && SPOKESPERSON.matcher(word(tokens.get(i - 1))).matches()
                && ARTICLE.matcher(word(tokens.get(i - 2))).matches();
        if (i >= 1 && OF_WHOM.matcher(word(tokens.get(i))).matches() && (SpeakerResolver.ONE_PERSON.matcher(word(tokens.get(i - 1))).matches()
                || indefinite) && (speaksFor || !names.endsInPerson(start, tokens.get(end)[1]))) {
            int j = phraseStart(tokens, i - 1);
            boolean oneListed = SpeakerResolver.ONE_PERSON.matcher(word(tokens.get(i - 1))).matches();
            if (j < i - 1 && (oneListed || j == i - 3)) {
                int descStart = tokens.get(j + 1)[0];
                String s = text.substring(descStart, tokens.get(end)[1]);
                String lower = s.toLowerCase(Locale.ROOT);
                boolean article = lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ");
                return new Speaker(article ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s,
                        new TextRange(descStart, tokens.get(end)[1]));
            }
        }
        EntityMention across = entities.across(start, tokens.get(end)[1]);
        // "Economist Jean Ferrand of the Institut Montaigne said", "Ann Reed at the Cato Institute told": a person
        // named right before the preposition speaks; what follows says where they work
        if (across == null && i >= 1 && WORKS_AT.matcher(word(tokens.get(i))).matches()) {
            int j = phraseStart(tokens, i - 1);
            if (j < i - 1 && names.endsInPerson(tokens.get(j + 1)[0], tokens.get(i - 1)[1])
                    && !names.endsInPerson(start, tokens.get(end)[1])) {
                return speakers.phrase(tokens.get(j + 1)[0], tokens.get(i - 1)[1]);
            }
        }
        // a name holding a boundary word is one speaker: "officials at the Ministry of Lands and Housing said"
        // would otherwise stop at "and" and credit "Housing"
        return speakers.phrase(across == null ? start : across.range().start(), tokens.get(end)[1]);
    }

    /** An adverb of manner between the speaker and the verb ("loudly", "angrily"); not the nouns and verbs in -ly. */
    private static final Pattern MANNER = Pattern.compile("(?!(?:family|ally|rally|supply|reply|assembly|anomaly|monopoly"
            + "|belly|bully|jelly|lily|only|apply|comply|fly|july)$)\\p{Ll}{2,}ly");

    /** A verb in the past before "and said": "laughed", "paused", "smiled". */
    private static final Pattern PAST = Pattern.compile("\\p{Ll}{3,}ed");

    /** Words ending in -ing that are nouns or prepositions, never a participle after a subject. */
    static final Pattern NOT_A_PARTICIPLE = Pattern.compile("(?i)during|according|notwithstanding|morning|evening"
            + "|something|nothing|anything|everything|building|meeting|ceiling|wedding|king|thing|ring|spring|string|wing");
    /** The most tokens between a participle and the "and" inside what it holds ("waving Palestinian and"). */
    private static final int PARTICIPLE_REACH = 7;
    /** Prepositions inside what a participle holds: "blocking the highway with trucks and rocks". */
    private static final Pattern HELD_PREPOSITION = Pattern.compile("with|of|on|in|at|from|by|for|into|across|along|over");

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
            if (!Character.isLetter(w.charAt(0)) || SpeechCues.BOUNDARY_WORD.matcher(w).matches()
                    && !HELD_PREPOSITION.matcher(w).matches()) {
                return -1;
            }
            if (w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0)) && !NOT_A_PARTICIPLE.matcher(w).matches()) {
                String noun = word(tokens.get(p - 1));
                return Character.isLetter(noun.charAt(0)) && !SpeechCues.BOUNDARY_WORD.matcher(noun).matches()
                        && !SpeakerResolver.NOT_A_SPEAKER.matcher(noun).matches() ? p - 1 : -1;
            }
        }
        return -1;
    }

    /** Words that open a clause of its own inside a relative clause, so the speech verb is not the relative's. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)that|which|when|where|while|because|if|although|though"
            + "|whereas|since|after|before|as|so|then|and|but|or|what|how|whom|whose");
    /** Words before an interrogative "who" ("argued over who …"), never the noun a relative clause is about. */
    private static final Pattern NOT_BEFORE_WHO = Pattern.compile("(?i)over|about|of|on|in|at|to|for|with|by|from|into"
            + "|upon|among|between|against|under|know|knows|knew|asked|ask|asks|wonder|wondered|see|saw|decide|decided");
    /** The most tokens of a relative clause between its "who" and the speech verb. */
    private static final int RELATIVE_REACH = 16;

    /**
     * The index of a lower-case "who" that opens a relative clause on the speaker phrase's subject, walking back
     * from token {@code boundary} (the token before the phrase) over words only ("A retired judge who quit in
     * anger at the new rules says"), when a noun phrase stands right before it; -1 otherwise, and at any
     * punctuation, quote mark or full stop on the way (a bracketed "…, who …," is {@link SpeakerAsides}' case).
     */
    private int relativeSubject(List<int[]> tokens, int boundary) {
        for (int p = boundary; p >= 1 && boundary - p <= RELATIVE_REACH; p--) {
            String w = word(tokens.get(p));
            if (!Character.isLetterOrDigit(w.charAt(0)) || w.endsWith(".") && !SpeakerResolver.ABBREVIATION.matcher(w).matches()) {
                return -1;
            }
            if (w.equals("who")) {
                String before = word(tokens.get(p - 1));
                return Character.isLetter(before.charAt(0)) && !SpeechCues.BOUNDARY_WORD.matcher(before).matches()
                        && !NOT_BEFORE_WHO.matcher(before).matches()
                        && !SpeakerResolver.NOT_A_SPEAKER.matcher(before).matches() ? p : -1;
            }
            if (CLAUSE_WORD.matcher(w).matches()) {
                return -1; // "the congressman who gained attention when he yelled": the verb has a subject of its own
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
                    && !SpeakerResolver.ABBREVIATION.matcher(w).matches();
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
