package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The speakers met so far in one text, in text order, and whom a "he"/"she"/"they" stands for: the latest
 * named speaker or person, a person named as the subject of a newer sentence ("Governor Susan Kihika
 * welcomed the directive. “…,” she said."), and without anyone named the description opening a recent
 * sentence ("The minister was defiant. “…,” he said."). Not thread-safe: one instance per text.
 */
final class PronounSpeakers {

    static final int PRONOUN_REACH = 3000;
    private static final Pattern SINGULAR = Pattern.compile("(?i)(?:he|she)\\b");

    private final String text;
    private final MentionIndex entities;
    private final List<Speaker> history = new ArrayList<>();
    private final DescribedSubjects described;
    private final NamedSubjects subjects;
    private final PersonGenders genders;
    private final SpeakerNames names;
    private final SpeakerDescriptions descriptions;

    PronounSpeakers(String text, MentionIndex entities, SpeakerNames names, SpeakerDescriptions descriptions) {
        this.text = text;
        this.entities = entities;
        this.names = names;
        this.descriptions = descriptions;
        this.described = new DescribedSubjects(text, entities);
        this.genders = new PersonGenders(text);
        this.subjects = new NamedSubjects(text, entities, genders);
    }

    void remember(Speaker s) {
        if (s != null && s.name() != null) {
            history.add(s);
            learnGender(s);
        }
    }

    /** A speaker credited through "he" or "she" is a man or a woman ({@link PersonGenders#heard}). */
    private void learnGender(Speaker s) {
        if (s.range() != null && SINGULAR.matcher(text).region(s.range().start(), s.range().end()).matches()) {
            genders.heard(s.name(), Character.toLowerCase(text.charAt(s.range().start())) == 's' ? 'F' : 'M');
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
        learnGender(s);
    }

    /** Forgets every speaker remembered (the direct pass then remembers them again in its own order). */
    void forget() {
        history.clear();
        genders.forgetHeard();
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

    /** The person's gender ('F' or 'M') as far as the text has told it so far, else null ({@link PersonGenders#gender}). */
    Character gender(String name) {
        return genders.gender(name);
    }

    /** How far back a speaking "it" looks for the body or document that spoke last: about two short paragraphs. */
    static final int IT_REACH = 600;

    /**
     * Whom a speaking "it" at {@code at} stands for: the body or document that is the subject of the sentence before
     * ("The board rejected the bid. But it agreed …", "The council's report was gloomy. It said …";
     * {@link DescribedSubjects#bodyBefore}), which is the newer voice even when another body spoke last; else
     * {@link #lastBody}.
     */
    Speaker body(int at) {
        DescribedSubjects.Subject subject = described.bodyBefore(at);
        return subject == null ? lastBody(at) : named(subject);
    }

    /**
     * The last speaker, named within {@value #IT_REACH} characters, when that is no person — an organisation or place
     * the recogniser names, or a description whose head is no one person ("the report", "the committee"; not "a
     * spokesman", not "analysts"); else null.
     */
    private Speaker lastBody(int at) {
        Speaker last = lastSpeaker(at);
        if (last == null || last.range() == null || last.name() == null || at - last.range().start() > IT_REACH) {
            return null;
        }
        EntityMention named = entities.within(last.range().start(), last.range().end());
        if (named != null) {
            return named.type() == EntityType.PERSON ? null : last;
        }
        String head = SpeakerNames.lastWord(last.name());
        boolean person = head.isEmpty() || SpeakerResolver.ONE_PERSON.matcher(head).matches()
                || SpeechCues.ROLE.matcher(head).matches() || SpeechCues.PRONOUN.matcher(head).matches();
        boolean plural = head.endsWith("s") && !head.endsWith("ss") && Character.isLowerCase(head.charAt(0));
        return person || plural || Character.isUpperCase(head.charAt(0)) && namesPerson(last) ? null : last;
    }

    /** Whether a speaker is a person: named by a pronoun, or by a name some person in the text bears. */
    private boolean namesPerson(Speaker s) {
        if (SpeechCues.PRONOUN.matcher(s.range().slice(text).strip()).matches()) {
            return true;
        }
        return entities.all().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.canonical().equals(s.name()));
    }

    /** The latest person, of either gender, opening a sentence between {@code floor} and {@code at}; null when none ({@link NamedSubjects}). */
    Speaker openingSubject(int at, int floor) {
        TextRange subject = subjects.before(at, floor, '?');
        return subject == null ? null : new Speaker(names.canonical(subject), subject);
    }

    /**
     * Whom the pronoun starting at {@code at} stands for; null when no one fits. A "he" or "she" is a person: when
     * the nearest candidate is an organisation or a place the recogniser named ("The Harbour Trust said … He
     * warned …"), it is the nearest person named before the pronoun, within {@value #PRONOUN_REACH} characters.
     */
    Speaker pronoun(int at) {
        return pronoun(at, genderAt(at), false);
    }

    /**
     * Whom a possessive "Her", "His" or "Their" opening a clause at {@code at} stands for: the one a "she", "he" or
     * "they" at the same place would stand for ("The health minister was blunt. Her message: “…”").
     */
    Speaker possessive(int at) {
        String w = text.substring(at, Math.min(text.length(), at + 5)).toLowerCase(java.util.Locale.ROOT);
        return pronoun(at, w.startsWith("her") ? Character.valueOf('F') : w.startsWith("his") ? Character.valueOf('M') : null, true);
    }

    /** 'F' for a "she" at {@code at}, 'M' for a "he", else null. */
    private Character genderAt(int at) {
        if (!SINGULAR.matcher(text).region(at, Math.min(text.length(), at + 4)).lookingAt()) {
            return null;
        }
        return Character.toLowerCase(text.charAt(at)) == 's' ? 'F' : 'M';
    }

    /** {@link #pronoun(int)} for a pronoun, or a possessive, of the gender given ('F', 'M'; null for "they" and any other). */
    private Speaker pronoun(int at, Character gender, boolean possessive) {
        Speaker found = candidate(at, gender, possessive);
        if (found == null || found.range() == null || gender == null) {
            return found;
        }
        EntityMention named = entities.within(found.range().start(), found.range().end());
        // a body that spoke as "it" ("It said …") is no "he" or "she" either: the nearest person named
        boolean it = found.range().slice(text).strip().equalsIgnoreCase("it");
        if (!it && (named == null || named.type() == EntityType.PERSON || !named.range().equals(found.range()))) {
            return found;
        }
        Speaker same = it ? null : personNamed(named);
        if (same != null) {
            return same; // the recogniser took a person's name, or a short or family form of it, for a body
        }
        int from = entities.firstAtOrAfter(at) - 1;
        for (int i = from; i >= 0 && i > from - 200; i--) {
            EntityMention e = entities.get(i);
            if (e.range().end() <= at && at - e.range().start() >= PRONOUN_REACH) {
                break;
            }
            if (e.type() == EntityType.PERSON && e.range().end() <= at && fitsPronoun(names.canonical(e.range()), gender)) {
                return new Speaker(names.canonical(e.range()), e.range()); // "she" skips a "Bruce Hall" named last
            }
        }
        return null;
    }

    /**
     * The person the text names elsewhere with the same name as {@code body}, or whose name holds it as a word
     * ("Ban" after "Ban Ki-moon", "the Ebelings" after "Betsy Ebeling"); null when no person does.
     */
    private Speaker personNamed(EntityMention body) {
        String surface = body.range().slice(text).strip();
        String single = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        EntityMention best = null;
        for (EntityMention e : entities.all()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            boolean same = e.canonical().equals(body.canonical());
            if (!same && surface.indexOf(' ') < 0) {
                for (String w : e.canonical().split("[\\s-]+")) {
                    same |= w.equals(surface) || w.equals(single);
                }
            }
            if (same && (best == null || e.range().start() < body.range().start())) {
                best = e;
            }
        }
        return best == null ? null : new Speaker(names.canonical(best.range()), best.range());
    }

    private Speaker candidate(int at, Character gender, boolean possessive) {
        Speaker last = lastSpeaker(at);
        if (gender != null) {
            // a person named as the subject of a sentence after the last speaker was named is the newer
            // voice: "Governor Susan Kihika welcomed the directive. “…,” she said."
            TextRange subject = subjects.before(at, last == null || last.range() == null ? 0 : last.range().end(), gender.charValue());
            if (subject != null) {
                return new Speaker(names.canonical(subject), subject);
            }
        }
        if (last != null && last.range() != null && at - last.range().start() < PRONOUN_REACH && named(last)) {
            Speaker other = otherThan(last, at, gender);
            return other != null ? other : last;
        }
        int from = entities.firstAtOrAfter(at) - 1;
        for (int i = from; i >= 0 && i > from - 200; i--) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.PERSON || e.range().end() > at) {
                continue;
            }
            if (last != null && last.range() != null && e.range().end() <= last.range().start()) {
                // the last speaker, a description, spoke after this person was named: the newer voice ("Tom Hale
                // waited. The mayor called it “…”. She said …" is the mayor)
                break;
            }
            String name = names.canonical(e.range());
            if (!fitsPronoun(name, gender) || subjects.quoted(e.range().start())) {
                continue; // "she" is not "Tom Hale"; "“… Moses …,” he said" is not Moses: a person quoted is spoken of
            }
            return new Speaker(name, e.range());
        }
        if (named(last)) {
            return last;
        }
        // no one named: the last speaker was a description too ("a police spokesman"), and one that opens a
        // sentence after it and fits the pronoun is nearer ("The ferry company apologised. “…,” they said.")
        Speaker described = describedSubject(at, gender, possessive);
        return described != null && (last == null || last.range() == null || described.range().start() > last.range().start())
                ? described : last;
    }

    /**
     * Whether a speaker is named, not described: a capitalised name, but not a name's possessive before a role
     * ("Sanders's campaign manager", whose gender the pronoun cannot check against the name's).
     */
    private static boolean named(Speaker s) {
        return s != null && s.name() != null && !s.name().isEmpty() && Character.isUpperCase(s.name().charAt(0))
                && !POSSESSED_ROLE.matcher(s.name()).find();
    }

    /** A possessive and a lower-case word: "'s campaign manager". */
    private static final Pattern POSSESSED_ROLE = Pattern.compile("['’]s\\s+\\p{Ll}");

    /** Whether a "he" or "she" at {@code at} may stand for the person: any other word, or a person not known to be of the other gender. */
    private boolean fitsPronoun(String name, Character gender) {
        if (name == null || gender == null) {
            return true;
        }
        Character known = genders.gender(name);
        return known == null || known.charValue() == gender.charValue();
    }

    /**
     * When the last speaker is known to be of the other gender than the "he" or "she" at {@code at} ("Ingrid
     * Solberg said …" then "“…,” he said"), the latest person named before the pronoun, within
     * {@value #PRONOUN_REACH} characters, known to be of the pronoun's gender; else null.
     */
    private Speaker otherThan(Speaker last, int at, Character gender) {
        if (gender == null) {
            return null;
        }
        Character known = genders.gender(last.name());
        if (known == null || known.equals(gender)) {
            return null;
        }
        int from = entities.firstAtOrAfter(at) - 1;
        for (int i = from; i >= 0 && i > from - 200; i--) {
            EntityMention e = entities.get(i);
            if (e.range().end() <= at && at - e.range().start() >= PRONOUN_REACH) {
                break;
            }
            if (e.type() == EntityType.PERSON && e.range().end() <= at) {
                String name = names.canonical(e.range());
                Character g = name == null ? null : genders.gender(name);
                if (g != null && g.equals(gender)) {
                    return new Speaker(name, e.range());
                }
            }
        }
        return null;
    }

    /**
     * The description opening one of the few sentences before the pronoun at {@code at}, named as
     * {@link SpeakerDescriptions#name} names any description; null when none fits ({@link DescribedSubjects}).
     */
    private Speaker describedSubject(int at, Character gender, boolean possessive) {
        // a possessive stands for one person ("Her", "His") or for people or a body ("Their") as its pronoun would
        DescribedSubjects.Subject s = possessive ? described.before(at, gender != null, gender == null) : described.before(at);
        return s == null ? null : named(s);
    }

    /** A subject found by {@link DescribedSubjects} as a speaker: as the recogniser names it, else as any description is named. */
    private Speaker named(DescribedSubjects.Subject s) {
        if (s.named() != null) {
            return new Speaker(s.named().canonical(), s.named().range()); // "The Foreign Ministry said …" names it
        }
        return new Speaker(descriptions.name(s.range().start(), s.range().end(), s.range().slice(text), s.noun()), s.range());
    }
}
