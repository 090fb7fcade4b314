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
        }
        return from == name.start() && to == name.end() ? null : new TextRange(from, to);
    }

    /** The last word of a body's name the recogniser may miss: "the Prime Minister's Office", "the Federal Inland Revenue Service". */
    static final Pattern BODY_HEAD = Pattern.compile("Office|Ministry|Commission|Authority|Agency|Council|Secretariat"
            + "|Presidency|Directorate|Bureau|Department|Embassy|Committee|Board|Service|Assembly|Parliament|Senate|Government"
            + "|Association|Federation|Union|Institute|Foundation|Society|Front|Movement|Party|League|Forces|Police|Army");

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
