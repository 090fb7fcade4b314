package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a speaker described rather than named is, for {@link SpeakerResolver}: "the minister" looks back
 * for "Minister X", "the source" for what introduced it. One instance per text.
 */
final class SpeakerDescriptions {

    /** How far back a description looks for what introduced it ("a second source", "Minister X"). */
    private static final int REACH = 6000;
    /** How close to an earlier speaker's name a role word must be to say it was theirs. */
    private static final int ROLE_NEAR = 120;
    private static final Pattern INTRO = Pattern.compile("(?i)\\b(?:a|an|another|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:source|informant|interlocutor|insider|official|diplomat|aide|person)\\b");

    /** Abbreviated titles of the South Asian and East African press, read as the role they stand for. */
    private static final Map<String, String> ABBREVIATED = Map.of("cm", "chief minister", "pm", "prime minister",
            "cs", "cabinet secretary", "dg", "director-general", "igp", "inspector-general");

    /** "the central bank", "the ruling party", "the electoral commission": a body described by one or two lower-case words. */
    private static final Pattern MODIFIED_BODY = Pattern.compile("the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,2}(?:bank|ministry|commission"
            + "|authority|agency|council|party|company|union|board|court|committee|service|association|department|corporation"
            + "|federation|army|police|group|firm|regulator|assembly|parliament|tribunal)");

    /**
     * Titles abbreviated before a name, by the role they stand for: "Sen. Ann Reed" is who "the senator" is, as
     * "Senator Ann Reed" would be.
     */
    private static final Map<String, String> ABBREVIATED_TITLES = Map.of("senator", "Sen", "governor", "Gov",
            "congressman", "Rep", "congresswoman", "Rep", "representative", "Rep", "general", "Gen", "professor", "Prof");
    /** A phrase opening with a name's possessive, no article: "Mrs Kell's spokesman", "Mr Hartley's official aide". */
    private static final Pattern NAMED_OWNER = Pattern.compile("(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['’]s\\s");

    private final String text;
    private final MentionIndex entities;
    private final SpeakerNames names;
    /** The latest speaker whose words start before a position. */
    private final IntFunction<Speaker> lastSpeaker;
    /** Whom a "he" or "she" at a position would stand for, read without a gender ({@link SpeakerResolver#referent}). */
    private final IntFunction<Speaker> referent;
    /** Whom a description of one person that is no office stands for. */
    private final DescribedPersons persons;
    private final Map<String, Pattern> rolePatterns = new HashMap<>();

    SpeakerDescriptions(String text, MentionIndex entities, SpeakerNames names, IntFunction<Speaker> lastSpeaker,
            IntFunction<Speaker> referent, DescribedPersons persons) {
        this.text = text;
        this.entities = entities;
        this.names = names;
        this.lastSpeaker = lastSpeaker;
        this.referent = referent;
        this.persons = persons;
    }

    /**
     * The name a description stands for: the person named after the same role word earlier ("Minister
     * Tove Lind" for "the minister"), the last speaker when the role was said of them, the source
     * description that introduced it ("a second source" for "the source"), or the description itself
     * ("a police spokesman", lower-cased after its article).
     */
    String name(int start, int end, String phrase, String head) {
        String described = described(start, end, phrase, head);
        Speaker last;
        if (described.startsWith("the ") && phrase.regionMatches(true, 0, "the ", 0, 4)
                && ((last = lastSpeaker.apply(start)) == null || last.name() == null || !Character.isUpperCase(last.name().charAt(0)))) {
            // "“…,” the minister told reporters." with no minister named before: the text may name her in the next
            // paragraph or two ("The minister, Dr Halima Bello, said …", "Governor Tendai Moyo also said …"); not
            // after a named speaker, whom the role may stand for though the text never gave it to them
            // ("“…,” Sanders remarked. … “…,” the senator said. … Sen. Claire McCaskill …")
            String later = namedLater(end, head);
            if (later != null) {
                return later;
            }
        }
        return described;
    }

    /** How far after a definite role ("the minister") the text may first name the one holding it. */
    private static final int LATER_REACH = 800;

    /**
     * The person the text names with the role word {@code head} within {@value #LATER_REACH} characters after
     * {@code from}: right after a title ("Governor Tendai Moyo"), or set off by commas after the role of one person
     * ("The officer, Superintendent Musa Kabiru,"); null when none.
     */
    private String namedLater(int from, String head) {
        String role = ABBREVIATED.getOrDefault(head.toLowerCase(Locale.ROOT), head);
        boolean title = SpeechCues.ROLE.matcher(role).matches();
        if (!title && !SpeakerResolver.ONE_PERSON.matcher(role).matches()) {
            return null;
        }
        Matcher m = rolePattern(role).matcher(text);
        m.region(from, Math.min(text.length(), from + LATER_REACH));
        while (m.find()) {
            if (m.group(1) == null ? title && names.endsInPerson(m.start(2), m.end(2))
                    : m.group(1).equals(",") && names.endsInPerson(m.start(2), m.end(2))) {
                return names.canonical(names.endingAt(m.start(2), m.end(2)));
            }
        }
        return null;
    }

    private String described(int start, int end, String phrase, String head) {
        String role = ABBREVIATED.getOrDefault(head.toLowerCase(Locale.ROOT), head);
        String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
        if (!role.equals(head) && lowerPhrase.startsWith("the ")) {
            head = role; // "the CM added" looks back for "Chief Minister X"
        }
        String aged = persons.aged(start, phrase);
        if (aged != null) {
            return aged;
        }
        // "an embassy spokesperson said", "Mrs Kell's spokesman said" introduce someone new: they never point back
        // to a spokesperson named before
        boolean someoneNew = lowerPhrase.startsWith("a ") || lowerPhrase.startsWith("an ") || NAMED_OWNER.matcher(phrase).lookingAt();
        if (!someoneNew && SpeechCues.ROLE.matcher(head).matches()) {
            Pattern roleThenName = rolePattern(head);
            Matcher m = roleThenName.matcher(text);
            m.region(Math.max(0, start - REACH), start);
            String found = null;
            Set<String> titled = new HashSet<>();
            while (m.find()) {
                // "Palestinian ambassador to Türkiye Faed Mustafa", "The police spokesman, Muchiri Nyaga,": a
                // preposition or a comma after the role counts only before a person the entities name
                if (m.group(1) == null || names.endsInPerson(m.start(2), m.end(2))) {
                    found = names.canonical(names.endingAt(m.start(2), m.end(2)));
                    titled.add(found);
                }
            }
            if (found != null) {
                // of two senators named, "the senator" is the one who opened a sentence just before ("Rubio stopped
                // by his office. … the senator said"), not the one named with the title last
                Speaker back = referent.apply(start);
                // (the whole name: "former President Bill Clinton" says nothing of Hillary Clinton)
                boolean backTitled = back != null && back.name() != null && titled.contains(back.name());
                return backTitled ? back.name() : found;
            }
            Speaker last = lastSpeaker.apply(start);
            EntityMention lastEntity = last == null || last.range() == null ? null : entities.within(last.range().start(), last.range().end());
            // a role is a person's: "the mayor" does not refer back to an organisation that spoke before
            if (last != null && (lastEntity == null || lastEntity.type() == EntityType.PERSON)
                    && (roleNear(head, last.range(), start) || lastNamedSince(head, last, start))) {
                return last.name();
            }
        }
        String lower = lowerPhrase;
        EntityMention organisation = lower.equals("the " + head.toLowerCase(Locale.ROOT)) ? organisationEndingIn(head, start, false)
                // "the central bank said" after "the State Bank of Pakistan": a body's head word anywhere in its name
                : MODIFIED_BODY.matcher(lower).matches() && lower.endsWith(" " + head.toLowerCase(Locale.ROOT))
                ? organisationEndingIn(head, start, true) : null;
        if (organisation != null) {
            return organisation.canonical(); // "the authority said" after "the Kenya Revenue Authority"
        }
        if (SpeechCues.SOURCE_NOUN.matcher(head).matches() && (lower.startsWith("the ") || lower.startsWith("that ")
                || lower.startsWith("this "))) {
            Matcher m = INTRO.matcher(text);
            m.region(Math.max(0, start - REACH), start);
            String found = null;
            while (m.find()) {
                found = m.group();
            }
            if (found != null) {
                return Character.toLowerCase(found.charAt(0)) + found.substring(1);
            }
        }
        String pointedTo = persons.pointedTo(start, phrase);
        if (pointedTo != null) {
            return pointedTo;
        }
        if (!phrase.isEmpty() && (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the "))) {
            return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return phrase;
    }

    /** Where a role is followed by the name of the person holding it ("Minister Tove Lind", "the minister, Tove Lind,"). */
    private Pattern rolePattern(String head) {
        return rolePatterns.computeIfAbsent(head.toLowerCase(Locale.ROOT), h -> Pattern.compile("(?:(?i:"
                    + Pattern.quote(h).replace(" ", "\\E\\s+\\Q") + ")s?"
                    // "Sen. Ann Reed", the title abbreviated as the wire writes it before a name, case and stop as written
                    + (ABBREVIATED_TITLES.containsKey(h) ? "|(?<![\\p{L}.])" + ABBREVIATED_TITLES.get(h) + "\\." : "")
                    + ")(,|\\s+(?:to|of|for|in|at)(?:\\s+the)?"
                    // "The Minister of Information and National Orientation, Mohammed Idris": what the role is of, then the name
                    + "(?:\\s+[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|of|for|the|&)){0,5}\\s*,)?)?"
                    // the name, perhaps with the particles of Arabic and European names ("Dr Thani bin Ahmed Al Zeyoudi")
                    + "\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+|(?:bin|bint|ibn|al|el|de|da|van|von)\\s+){0,5}\\p{Lu}[\\p{L}'’-]+)"));
    }

    /**
     * The person a headline's bare role stands for ("‘We will not be bullied’, says defiant PM"): the first one
     * named after the same role below the headline ("Prime Minister Alana Rewiti"), within {@value #REACH}
     * characters; null when none.
     */
    String namedBelow(int from, String head) {
        String role = ABBREVIATED.getOrDefault(head.toLowerCase(Locale.ROOT), head);
        if (!SpeechCues.ROLE.matcher(role).matches()) {
            return null;
        }
        Matcher m = rolePattern(role).matcher(text);
        m.region(from, Math.min(text.length(), from + REACH));
        while (m.find()) {
            if (m.group(1) == null || names.endsInPerson(m.start(2), m.end(2))) {
                return names.canonical(names.endingAt(m.start(2), m.end(2)));
            }
        }
        return null;
    }

    /**
     * Who issued the document a quote is read from ("…,” the statement read."): the first person or
     * organisation in the latest sentence before {@code before} that names the same kind of document
     * ("The Ghana Cocoa Board issued a statement on Wednesday."), within {@value #REACH} characters; null when none.
     */
    Speaker issuer(String document, int before) {
        Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(document) + "\\b").matcher(text);
        m.region(Math.max(0, before - REACH), before);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return null;
        }
        int sentence = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)), 0);
        for (int i = entities.firstAtOrAfter(sentence); i < entities.size() && entities.get(i).range().end() <= at; i++) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                return new Speaker(e.canonical(), e.range());
            }
        }
        return null;
    }

    /**
     * The latest organisation named before {@code before} whose name ends in {@code noun} ("the ministry" for
     * "the Egyptian Foreign Ministry", "the service" for "the Ghana Health Service"), or holds it anywhere when
     * {@code anywhere} ("the central bank" for "the State Bank of Pakistan"), within {@value #REACH} characters;
     * null when none.
     */
    private EntityMention organisationEndingIn(String noun, int before, boolean anywhere) {
        Pattern word = anywhere ? Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "\\b") : null;
        EntityMention found = null;
        for (int i = entities.firstAtOrAfter(before) - 1; i >= 0; i--) {
            EntityMention e = entities.get(i);
            if (e.range().end() < before - REACH) {
                break;
            }
            if (e.type() == EntityType.ORGANIZATION && e.range().end() <= before
                    && (anywhere ? word.matcher(e.range().slice(text)).find() : SpeakerNames.lastWord(e.range().slice(text)).equalsIgnoreCase(noun))) {
                if (!anywhere) {
                    return e;
                }
                if (found != null && !found.canonical().equals(e.canonical())) {
                    return null; // two banks, two parties: "the ruling party" could be either
                }
                found = found == null ? e : found;
            }
        }
        return found;
    }

    /** How far back a role ("the minister") reaches for the one person named since it was used. */
    private static final int ROLE_REACH = 1500;

    /**
     * Whether the role word was used earlier (within {@value #REACH} characters) and every person named from
     * there to {@code before} is the last speaker: "Punjab's agriculture minister visited … “…,” Gurmeet Singh
     * Khudian said. … “…,” the minister said." The description was introduced for the one person named since.
     */
    private boolean lastNamedSince(String head, Speaker last, int before) {
        if (last.range() == null || last.name() == null) {
            return false;
        }
        Matcher m = rolePatterns.computeIfAbsent("near:" + head.toLowerCase(Locale.ROOT), h -> Pattern.compile(
                "(?i)\\b" + Pattern.quote(head) + "s?\\b")).matcher(text);
        m.region(Math.max(0, before - REACH), before);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at >= 0 && at < last.range().start() && onlyPersonBetween(last, at, before);
    }

    /** Whether the last speaker is named within {@value #ROLE_REACH} characters and no other person between {@code from} and {@code to}. */
    private boolean onlyPersonBetween(Speaker last, int from, int to) {
        if (last.range() == null || last.name() == null || to - last.range().end() > ROLE_REACH) {
            return false;
        }
        for (int i = entities.firstAtOrAfter(from); i < entities.size() && entities.get(i).range().end() <= to; i++) {
            EntityMention e = entities.get(i);
            if (e.type() == EntityType.PERSON && !SpeakerNames.lastWord(e.canonical()).equals(SpeakerNames.lastWord(last.name()))
                    && !(e.range().start() >= last.range().start() && e.range().end() <= last.range().end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the role word was said of the earlier speaker, near where they were named ("Ruto, the
     * country's president, said …" before "the president added"): without it "the police chief told
     * reporters" went to whoever spoke last.
     */
    private boolean roleNear(String head, TextRange speaker, int before) {
        if (speaker == null) {
            return false;
        }
        int from = Math.max(0, speaker.start() - ROLE_NEAR);
        int to = Math.min(before, speaker.end() + ROLE_NEAR);
        if (to <= from) {
            return false;
        }
        Matcher m = rolePatterns.computeIfAbsent("near:" + head.toLowerCase(Locale.ROOT), h -> Pattern.compile(
                "(?i)\\b" + Pattern.quote(head) + "s?\\b")).matcher(text);
        m.region(from, to);
        return m.find();
    }
}
