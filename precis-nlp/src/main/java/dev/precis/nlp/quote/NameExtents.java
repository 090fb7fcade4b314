package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a speaker's name reaches, for {@link SpeakerResolver}: a person's or a body's name the recogniser cut
 * short and that runs on past the words a credit pattern took ("said FBI Special Agent Ann Reed", "the Ministry of
 * Transport and Infrastructure"), a name cut at its particles ("María de la Cruz"), and the capitalised run that
 * names a body the recogniser missed ("the Prime Minister's Office"). One instance per text.
 */
final class NameExtents {

    private final String text;
    private final MentionIndex entities;

    NameExtents(String text, MentionIndex entities) {
        this.text = text;
        this.entities = entities;
    }

    /**
     * {@code end}, or the end of a person's name that starts inside the phrase and runs past it on the same line: a
     * name after the verb is read as at most four capitalised words, so "said FBI Special Agent Ann Reed" would stop
     * inside the name.
     */
    int throughPerson(int start, int end) {
        for (int i = entities.firstAtOrAfter(start); i < entities.size() && entities.get(i).range().start() < end; i++) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.PERSON && e.range().start() > start && e.range().end() > end
                    && text.substring(end, e.range().end()).indexOf('\n') < 0) {
                return e.range().end();
            }
        }
        return end;
    }

    /**
     * {@code end}, or the end of an organisation's name that starts inside the phrase and runs past it on the same line
     * by "and" and capitalised words ("the Ministry of Transport| and Infrastructure"), as {@link #throughPerson} does
     * for a person.
     */
    int throughBody(int start, int end) {
        for (int i = entities.firstAtOrAfter(start); i < entities.size() && entities.get(i).range().start() < end; i++) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.ORGANIZATION && e.range().start() >= start && e.range().end() > end
                    && BODY_RUNS_ON.matcher(text).region(end, e.range().end()).matches()) {
                return e.range().end();
            }
        }
        return end;
    }

    /** What a body's name may run on with past "and": "and Infrastructure", "& Social Affairs". */
    private static final Pattern BODY_RUNS_ON = Pattern.compile("[ \\t]+(?:and|&)(?:[ \\t]+(?:of|for|the|\\p{Lu}[\\p{L}'’-]*))+");

    /** Particles and the capitalised word they lead to, right after a name the recogniser cut: "Carmen| de la Fuente". */
    private static final Pattern PARTICLES_AFTER = Pattern.compile("(?:[ \\t]+(?:" + NamePatterns.PARTICLE + ")){1,2}"
            + "[ \\t]+\\p{Lu}[\\p{L}'’-]*");
    /**
     * A name's first word (no title: "Mr van |Dam" is no name "Mr van Dam") and its particles, or particles opening it,
     * right before the rest the recogniser kept: "María de la |Cruz", "Van der |Merwe".
     */
    private static final Pattern PARTICLES_BEFORE = Pattern.compile("(?<![\\p{L}'’-])(?:(?!(?:" + SpeakerResolver.TITLE_WORDS
            + "|Miss|Mme|Mlle|Sir|Dame|Lord|Lady)\\b)\\p{Lu}[\\p{L}'’-]*[ \\t]+(?:" + NamePatterns.PARTICLE
            + ")|(?:D(?:e(?:l(?:la)?|[nr])?|as?|os|[iu])|L[ae]|V[ao]n|Te[nr]))(?:[ \\t]+(?:" + NamePatterns.PARTICLE
            + "))?[ \\t]+$");

    /** Whether a sentence opens at {@code at}: the text's or a line's start, or a stop and a space before it. */
    private boolean opensSentence(int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || i < at && ".!?".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * The person's name run on through the lower-case particles the recogniser cut it at, within the speaker's phrase
     * {@code start}–{@code end} ("María de la Cruz", "Carmen de la Fuente", "Van der Merwe"); null when no particle
     * touches it.
     */
    TextRange throughParticles(TextRange name, int start, int end) {
        int from = name.start();
        int to = name.end();
        Matcher after = PARTICLES_AFTER.matcher(text).region(to, end);
        if (after.lookingAt()) {
            to = after.end();
        }
        Matcher before = PARTICLES_BEFORE.matcher(text).region(Math.max(start, from - 40), from);
        if (before.find()) {
            from = before.start();
        } else if (from == start && (before = PARTICLES_BEFORE.matcher(text).region(Math.max(0, from - 40), from)).find()
                && opensSentence(before.start())) {
            from = before.start(); // "Van der Merwe, who …, said:" opening its sentence, the phrase starting at "Merwe"
        }
        return from == name.start() && to == name.end() ? null : new TextRange(from, to);
    }

    /** The last word of a body's name the recogniser may miss: "the Prime Minister's Office", "the Federal Inland Revenue Service". */
    static final Pattern BODY_HEAD = Pattern.compile("Office|Ministry|Commission|Authority|Agency|Council|Secretariat"
            + "|Presidency|Directorate|Bureau|Department|Embassy|Committee|Board|Service|Assembly|Parliament|Senate|Government"
            + "|Association|Federation|Union|Institute|Foundation|Society|Front|Movement|Party|League|Forces|Police|Army");

    /** Words that are no part of a person's or firm's name in a capitalised run: titles, articles, days, months. */
    private static final Pattern NO_NAME_WORD = Pattern.compile("(?:" + SpeakerResolver.TITLE_WORDS + "|Miss|Mme|Mlle|Sir"
            + "|Dame|Lord|Lady|The|A|An|This|That|Then|But|And|When|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)");
    /** Titles written before a name that are no role word of {@link SpeechCues#ROLE}: "Councillor", "Colonel", "Alhaji". */
    private static final Pattern TITLE_FIRST = Pattern.compile("(?i)councill?or|councilman|councilwoman|colonel|commander"
            + "|inspector|sergeant|constable|superintendent|major|lieutenant|corporal|private|admiral|marshal|brigadier"
            + "|justice|magistrate|alhaji|alhaja|sheikh|chief|father|sister|brother|mother|reverend|cardinal|archbishop"
            + "|doctor|engineer|barrister|attorney|dean|principal|headteacher|mp|mep|mla|mpp|deputy|assemblyman|assemblywoman");
    /** A possessive ("Fox's Chris Wallace": whose the person is) or a compound of origin ("Texas-based"): no part of a name. */
    private static final Pattern NOT_OF_A_NAME = Pattern.compile(".*['’]s|.*-(?:based|born|bred|led|backed|run|owned|made"
            + "|raised|educated|trained)");
    /** Two or three capitalised words of letters, the whole of a speaker's phrase: "Rahima Begum", "Nguyen Van Long". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{L}(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*\\p{L}){1,2}");

    /**
     * The speaker's phrase {@code start}–{@code end} when it is nothing but a run of two or three capitalised words
     * ("Rahima Begum", "Nguyen Van Long", "Zambezi Copper") that no entity covers whole and no word of which is a
     * title, a role, an article, a day, a month or the head of a group's or a body's name: the recogniser cut it or
     * missed it, and the run is the name. Null otherwise.
     */
    TextRange capitalisedRun(int start, int end) {
        String s = text.substring(start, end);
        int lead = s.length() - s.stripLeading().length();
        String run = s.strip();
        if (!CAPITALISED_RUN.matcher(run).matches()) {
            return null;
        }
        for (String w : run.split("[ \\t]+")) {
            if (NO_NAME_WORD.matcher(w).matches() || NOT_OF_A_NAME.matcher(w).matches() || SpeechCues.ROLE_WORDS.matcher(w).matches()
                    || HeadNouns.GROUP_HEAD.matcher(w).matches() || BODY_HEAD.matcher(w).matches()) {
                return null;
            }
        }
        int from = start + lead;
        int to = from + run.length();
        boolean inside = false;
        boolean opening = false;
        for (int i = entities.firstAtOrAfter(Math.max(0, from - 200)); i < entities.size() && entities.get(i).range().start() < to; i++) {
            TextRange r = entities.get(i).range();
            if (r.end() > from && r.start() <= from && r.end() >= to) {
                return null; // an entity names the whole run (or more): its reading stands
            }
            inside |= r.end() > from;
            opening |= r.start() == from;
        }
        // a run whose first word no entity opens while a later one does is a title before a name ("Colonel Ramon
        // Dizon", "Passenger Chen Xiaoli"): the recogniser's name stands; with no entity in it, a first word that is a
        // title or a word of one person's role says the same ("Councillor Per Alm")
        return inside ? opening ? new TextRange(from, to) : null
                : TITLE_FIRST.matcher(run.substring(0, run.indexOf(' ') < 0 ? run.length() : run.indexOf(' '))).matches()
                        || SpeakerResolver.ONE_PERSON.matcher(run.split("[ \\t]+")[0]).matches() ? null : new TextRange(from, to);
    }

    /**
     * The fullest mention of the person whose name was made whole at its particles ({@link #throughParticles}): the
     * same words with one or two capitalised words before them elsewhere in the text, the first of which opens a
     * person the recogniser named ("Henk Ten Cate" for "Ten Cate", "Carmen de la Fuente" for "De la Fuente"); else the
     * words themselves.
     */
    String fuller(TextRange whole) {
        String name = whole.slice(text);
        Matcher m = Pattern.compile("(?<![\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]*[ \\t]+){1,2})(?i:" + Pattern.quote(name)
                + ")(?![\\p{L}'’-])").matcher(text);
        String best = name;
        while (m.find()) {
            if (m.end() - m.start() > best.length() && !NO_NAME_WORD.matcher(m.group(1).strip().split("[ \\t]+")[0]).matches()
                    && opensPerson(m.start())) {
                best = text.substring(m.start(), m.end());
            }
        }
        return best;
    }

    /** Whether a person the recogniser named starts at {@code at}. */
    private boolean opensPerson(int at) {
        for (int i = entities.firstAtOrAfter(at); i < entities.size() && entities.get(i).range().start() == at; i++) {
            if (entities.get(i).type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words inside a body's name: "Ministry of Works and Transport". */
    private static final Pattern BODY_JOINER = Pattern.compile("of|for|and|on|&");
    private static final Pattern ARTICLE = Pattern.compile("The|A|An");

    /**
     * The capitalised run ending at {@code end} that names a body, with its joining words and possessives ("Prime
     * Minister's Office", "Ministry of Works and Transport"); a person's name stops at two words, a body's does not.
     */
    TextRange body(int start, int end) {
        Matcher m = SpeakerResolver.TOKEN.matcher(text).region(start, end);
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

    private String word(int[] t) {
        return text.substring(t[0], t[1]);
    }
}
