package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the words naming a speaker into who it is: a name is linked to its entity's canonical name
 * (or, without entities, to the longest earlier name ending in the same word); "he"/"she" to whom
 * {@link PronounSpeakers} finds; "the minister" to the nearest earlier "Minister X"; "the informant" to
 * the source description that introduced it ("a second source"). Where the words before a verb start is
 * {@link SpeakerPhrases}' work, and who opens a clause {@link ClauseSubjects}'. Not thread-safe: one
 * instance per text.
 */
final class SpeakerResolver {

    /**
     * Abbreviations whose full stop ends no sentence: honorifics and the titles and ranks that stand before
     * names in the press of Africa and Asia ("Prof. Mahmood Yakubu", "Engr. Bala Musa", "Hon. Grace Akello"), as
     * regex alternatives without their stop ({@link CreditAfterQuote} adds its own).
     */
    static final String TITLE_WORDS = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|U\\.S|U\\.N|Prof|Engr|Eng|Hon"
            + "|Col|Capt|Lt|Maj|Brig|Sgt|Supt|Insp|Rev|Fr|Amb|Barr|Arc|Alh|Pst|Cdr|Cmdr|Adm|Lt\\.-Col|Lt\\.-Gen|Maj\\.-Gen";
    /** One of {@link #TITLE_WORDS} with its full stop. */
    static final Pattern ABBREVIATION = Pattern.compile("(?:" + TITLE_WORDS + ")\\.");

    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*|[,;:()“”\"«»—–]");
    /** One person described by a role ("a spokesman", "an aide"); groups ("officials at the ministry") are their organisation. */
    static final Pattern ONE_PERSON = Pattern.compile("(?i)spokesman|spokeswoman|spokesperson|official|aide|source"
            + "|adviser|advisor|representative|member|lawyer|attorney|analyst|economist|researcher|professor|director"
            + "|officer|employee|worker|staffer|diplomat|envoy|ambassador|minister|secretary|commissioner|chief|head");

    /** Phrases that open with a verb or an auxiliary are no speaker ("can rest", "will be"). */
    static final Pattern NOT_A_SPEAKER = Pattern.compile("(?:can|could|will|would|shall|should|may|might|must"
            + "|is|are|was|were|be|been|has|have|had|do|does|did|not|also|just|still|then|so|to)\\b");

    record Speaker(String name, TextRange range) {
    }

    private final String text;
    private final MentionIndex entities;
    private final SpeakerNames names;
    private final SpeakerDescriptions descriptions;
    private final ClauseSubjects clauses;
    private final PronounSpeakers pronouns;
    private final SpeakerPhrases phrases;
    private final NameExtents extents;

    SpeakerResolver(String text, List<EntityMention> entities) {
        this.text = text;
        this.entities = new MentionIndex(entities);
        this.names = new SpeakerNames(text, this.entities, entities.isEmpty() ? CapitalisedNames.find(text)
                : this.entities.all().stream().filter(e -> e.type() == EntityType.PERSON).map(EntityMention::range).toList());
        this.descriptions = new SpeakerDescriptions(text, this.entities, names, this::lastSpeaker, this::referent,
                new DescribedPersons(text, this::lastSpeaker, this::referent, this::gender));
        this.clauses = new ClauseSubjects(text, this.entities, names, this);
        this.pronouns = new PronounSpeakers(text, this.entities, names, descriptions);
        this.phrases = new SpeakerPhrases(text, this.entities, names, this);
        this.extents = new NameExtents(text, this.entities);
    }

    void remember(Speaker s) {
        pronouns.remember(s);
    }

    /** Remembers a speaker of an indirect attribution in text order ({@link PronounSpeakers#rememberInPlace}). */
    void rememberInPlace(Speaker s) {
        pronouns.rememberInPlace(s);
    }

    /** Forgets every speaker remembered (the direct pass then remembers them again in its own order). */
    void forget() {
        pronouns.forget();
    }

    Speaker lastSpeaker(int before) {
        return pronouns.lastSpeaker(before);
    }

    /** The person's gender ('F' or 'M') as far as the text has told it so far, else null. */
    private Character gender(String name) {
        return pronouns.gender(name);
    }

    /**
     * Whom a definite description of one person at {@code at} points back to: the latest person opening a sentence
     * since the last speaker was named, else that speaker when named within {@value PronounSpeakers#PRONOUN_REACH}
     * characters; null when neither.
     */
    Speaker referent(int at) {
        Speaker last = lastSpeaker(at);
        Speaker subject = openingSubject(at, last == null || last.range() == null ? 0 : last.range().end());
        if (subject != null) {
            return subject;
        }
        return last != null && last.range() != null && at - last.range().start() < PronounSpeakers.PRONOUN_REACH ? last : null;
    }

    /** The latest person opening a sentence between {@code floor} and {@code at} ({@link PronounSpeakers#openingSubject}). */
    Speaker openingSubject(int at, int floor) {
        return pronouns.openingSubject(at, floor);
    }

    /** The speaker phrase ending right before {@code cueStart}, walking back to a clause boundary ({@link SpeakerPhrases#before}). */
    Speaker before(int cueStart, int limit) {
        return phrases.before(cueStart, limit);
    }

    /** Who issued the document ("statement", "letter") read from at {@code before} ({@link SpeakerDescriptions#issuer}). */
    Speaker issuer(String document, int before) {
        return descriptions.issuer(document, before);
    }

    /** The subject of the clause a participle hangs on ({@link ClauseSubjects#subject}). */
    Speaker subject(int clauseStart, int cueStart) {
        return clauses.subject(clauseStart, cueStart);
    }

    /**
     * Who answers an interview whose first question is at {@code firstQuestion}: of the people named before it, the
     * one named most often (by the last word of the name; on a tie the one named first), as their fullest mention
     * names them ("Q&A with Vice President Ann Reed.⏎⏎Vice President Ann Reed spent …, and spoke about Justice Tom
     * Hale.⏎⏎Q: …" is Reed's); else null.
     */
    Speaker interviewee(int firstQuestion) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        java.util.Map<String, EntityMention> fullest = new java.util.LinkedHashMap<>();
        for (EntityMention e : entities.all()) {
            if (e.range().end() > firstQuestion) {
                break;
            }
            if (e.type() == EntityType.PERSON) {
                String mention = e.range().slice(text).strip();
                String key = mention.substring(mention.lastIndexOf(' ') + 1);
                count.merge(key, 1, Integer::sum);
                EntityMention had = fullest.get(key);
                if (had == null || had.range().end() - had.range().start() < e.range().end() - e.range().start()) {
                    fullest.put(key, e);
                }
            }
        }
        String best = null;
        for (String key : fullest.keySet()) {
            if (best == null || count.get(key) > count.get(best)) {
                best = key;
            }
        }
        return best == null ? null : phrase(fullest.get(best).range().start(), fullest.get(best).range().end());
    }

    /** Whom a possessive "Her", "His" or "Their" at {@code at} stands for ({@link PronounSpeakers#possessive}); null when no one. */
    Speaker possessive(int at) {
        return pronouns.possessive(at);
    }

    /** Who introduces a quote with a colon ({@link ClauseSubjects#introducer}). */
    Speaker introducer(int clauseStart, int end) {
        return clauses.introducer(clauseStart, end);
    }

    /** A stop after a word of five letters or more ("… between Cruz and Trump. And Patrick says"): two sentences, no pair. */
    private static final Pattern PAIR_BROKEN = Pattern.compile("\\p{L}\\p{Ll}{3,}[.!?]\\s|[!?]\\s");

    /**
     * The first of two speakers joined by the phrase's last "and" ("finance minister Oliver Brandt and his deputy
     * Hana Kerr"), when a person's name ends each side; else null. As {@link SpeakerPhrases#before} credits such a
     * pair before the verb, so a quote credited after it ("“…,” A and B said") goes to the same person. A role on
     * either side ("the minister and her deputy") is no pair here: the phrase is read as before.
     */
    Speaker firstOfPair(int start, int end) {
        String s = text.substring(start, end);
        int and = s.lastIndexOf(" and ");
        if (and <= 0 || PAIR_BROKEN.matcher(s).find()) {
            return null;
        }
        int rightEnd = start + s.stripTrailing().length();
        int rightStart = start + and + " and ".length();
        return rightStart < rightEnd && names.endsInPerson(start, start + and) && names.endsInPerson(rightStart, rightEnd)
                ? phrase(start, start + and) : null;
    }

    /** {@code end}, or the end of a person's name running on past it ({@link NameExtents#throughPerson}). */
    int throughPerson(int start, int end) {
        return extents.throughPerson(start, end);
    }

    /** {@code end}, or the end of a body's name running on past it by "and" ({@link NameExtents#throughBody}). */
    int throughBody(int start, int end) {
        return extents.throughBody(start, end);
    }

    /** Whether the words between {@code start} and {@code end} hold a place the recogniser marked. */
    boolean place(int start, int end) {
        EntityMention e = entities.within(start, end);
        return e != null && e.type() == EntityType.LOCATION;
    }

    /** A conjunction alone, opening the clause before a subject pronoun: "and", "but", "as". */
    private static final Pattern CLAUSE_CONJUNCTION = Pattern.compile("(?i)and|but|as|or|yet|so");

    /** The speaker phrase starting at {@code start} and ending before the verb at {@code cueStart}. */
    Speaker phrase(int start, int end) {
        String s = text.substring(start, end);
        Matcher reported = SAID_THEN_PRONOUN.matcher(s);
        if (reported.find() && reported.start() > 0) {
            // "The pastor said he didn't tell anyone, fearing it “…”": a later verb was taken for the cue, and the
            // phrase runs over a report of what the subject said; the one who said it is the words before "said"
            return phrase(start, start + reported.start());
        }
        String trimmed = s.stripTrailing();
        int cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
        if (cut > 0 && SpeechCues.ADVERB.matcher(trimmed.substring(cut + 1)).matches()
                && SpeechCues.SUBJECT_PRONOUN.matcher(trimmed.substring(0, cut).strip()).matches()) {
            return phrase(start, start + cut); // "“…,” he later said", "she once told": the pronoun is the subject
        }
        if (cut > 0 && SpeechCues.SUBJECT_PRONOUN.matcher(trimmed.substring(cut + 1)).matches()
                && (!SpeechCues.JOINED.matcher(trimmed.substring(0, cut)).find()
                        || CLAUSE_CONJUNCTION.matcher(trimmed.substring(0, cut).strip()).matches())) {
            // "on Tuesday he", "At his weekly press conference on Tuesday he": the pronoun right before the
            // verb is its subject and names the speaker; the phrase keeps its range. So is it after a conjunction
            // that opens the clause ("…, and he said", "as she put it"), where no other subject is joined to it
            Speaker antecedent = pronouns.pronoun(start + cut + 1);
            return new Speaker(antecedent == null ? null : antecedent.name(), new TextRange(start, end));
        }
        if (s.strip().equalsIgnoreCase("it") && SPEAKING_IT.matcher(text).region(start, Math.min(text.length(), end + 12)).lookingAt()) {
            // "It says …" after "The commission's report says …": the body or document that spoke last, if any;
            // an "it" opening a passive or a copula ("it is thought", "it was announced") stands for no one
            Speaker body = pronouns.body(start);
            if (body != null) {
                return new Speaker(body.name(), new TextRange(start, end));
            }
        }
        if (SpeechCues.PRONOUN.matcher(s).matches()) {
            Speaker antecedent = pronouns.pronoun(start);
            return antecedent == null ? new Speaker(null, new TextRange(start, end))
                    : new Speaker(antecedent.name(), new TextRange(start, end));
        }
        if (NOT_A_SPEAKER.matcher(s).lookingAt()) {
            return new Speaker(null, new TextRange(start, end)); // "can rest assured", "is expected"
        }
        TextRange run = extents.capitalisedRun(start, end);
        if (run != null) {
            // "according to Rahima Begum", "Nguyen Van Long, a farmer, told": a name the recogniser cut or missed
            return new Speaker(run.slice(text), run);
        }
        EntityMention entity = names.entityIn(start, end);
        if (entity != null && (entity.type() == EntityType.ORGANIZATION || entity.type() == EntityType.PERSON)) {
            // "Economist Jean Ferrand of the Institut Montaigne said": the person before "of" works there and speaks;
            // so does a full name before "of" when the recogniser takes the firm after it for a person ("analyst Tom
            // Brennan of Harwick Stanley Partners says"), while a title before "of" ("Secretary of State Jo Sullivan")
            // is no person and leaves the name after it
            EntityMention person = entities.within(start, entity.range().start());
            if (person != null && person.type() == EntityType.PERSON
                    && OF_THE.matcher(text.substring(person.range().end(), entity.range().start())).matches()
                    && (entity.type() == EntityType.ORGANIZATION || person.range().slice(text).strip().indexOf(' ') > 0)) {
                entity = person;
            }
        }
        String head = SpeakerNames.lastWord(s);
        if (entity != null && entity.type() != EntityType.PERSON && entity.range().end() < end
                && HeadNouns.GROUP_HEAD.matcher(head).matches() && text.substring(entity.range().end(), end).strip().equals(head)) {
            // "Tory delegates said", "Labour MPs told": the name only says whose they are; the group speaks
            return new Speaker(s.strip(), new TextRange(start, end));
        }
        if (entity != null && entity.type() == EntityType.ORGANIZATION && entity.range().end() < end
                && !head.isEmpty() && Character.isLowerCase(head.charAt(0))
                && (SpeechCues.ROLE.matcher(head).matches() || ONE_PERSON.matcher(head).matches())) {
            // "the Congress leader said", "a Foreign Ministry spokesman told": one person of the organisation
            return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
        }
        if (entity != null && entity.range().end() < end && POSSESSED_ROLE.matcher(text.substring(entity.range().end(), end)).matches()
                && (SpeechCues.ROLE.matcher(head).matches() || ONE_PERSON.matcher(head).matches())) {
            // "Mr Hartley's official spokesman said", "Mrs Kell's lawyer told": the one serving the person speaks,
            // not the person the possessive names
            return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
        }
        if (entity == null && text.lastIndexOf('\n', start) < 0 && text.indexOf('\n', end) > 0
                && HEADLINE_ROLE.matcher(s.strip()).matches()) {
            // a headline's bare role ("‘…’, says defiant PM") is the person named with that role below it
            String below = descriptions.namedBelow(end, head);
            if (below != null) {
                return new Speaker(below, new TextRange(start, end));
            }
        }
        boolean definiteRole = SpeechCues.DEFINITE_ROLE.matcher(s.strip()).matches();
        if (entity != null && definiteRole && entity.range().end() < end && SpeechCues.ROLE.matcher(head).matches()) {
            // "the Effutu MP added", "the Biden adviser said": the name between "the" and the role only says where
            // or whose the role is, so it is never the speaker (even when the recogniser takes it for a person)
            return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
        }
        if (entity != null && !(definiteRole && SpeechCues.ROLE_WORDS.matcher(entity.range().slice(text)).matches())) {
            // a person named by one word the entities left unlinked ("Li said" after "Premier Li Qiang") is the full name
            String name = entity.type() == EntityType.PERSON ? names.canonical(entity.range()) : entity.canonical();
            TextRange whole = entity.type() == EntityType.PERSON && name.equals(entity.range().slice(text))
                    ? extents.throughParticles(entity.range(), start, end) : null;
            // a name cut at a particle and linked to no fuller one is the whole name the text gives ("María de la Cruz")
            return whole != null ? new Speaker(extents.fuller(whole), whole) : new Speaker(name, entity.range());
        }
        if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && !definiteRole) {
            boolean body = NameExtents.BODY_HEAD.matcher(head).matches();
            TextRange name = body ? extents.body(start, end) : names.endingAt(start, end);
            String canonical = names.canonical(name);
            TextRange whole = body || !canonical.equals(name.slice(text)) ? null : extents.throughParticles(name, start, end);
            // a name no recogniser marked, cut at its particles, as above ("Van der Merwe, who …, said:")
            return whole != null ? new Speaker(extents.fuller(whole), whole) : new Speaker(canonical, name);
        }
        return new Speaker(descriptions.name(start, end, s, head), new TextRange(start, end));
    }

    /** "it" before a verb, not before a copula or a passive ("it is thought", "it was announced"). */
    private static final Pattern SPEAKING_IT = Pattern.compile("(?i)it\\s+(?!(?:is|was|be|been|seems|appears)\\b)\\p{Ll}");

    /** A speech verb and the pronoun subject of what was said, inside a speaker phrase: " said he", " told them she". */
    private static final Pattern SAID_THEN_PRONOUN = Pattern.compile("\\s(?:said|says|told\\s+\\p{Ll}+)\\s+(?:he|she|they|we)\\b");

    /** A role with at most two lower-case words before it, as headlines print it: "defiant PM", "the embattled minister". */
    private static final Pattern HEADLINE_ROLE = Pattern.compile("(?:\\p{Ll}[\\p{L}-]*['’]?\\s+){0,2}(?:"
            + SpeechCues.ROLE_WORDS.pattern().substring(4) + ")", Pattern.CASE_INSENSITIVE);
    /** A possessive and lower-case words up to the verb: "'s official spokesman". */
    private static final Pattern POSSESSED_ROLE = Pattern.compile("['’]s(?:\\s+\\p{Ll}[\\p{L}-]*)+\\s*");
    /** What joins a person to the body they work for: " of the ". */
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
}
