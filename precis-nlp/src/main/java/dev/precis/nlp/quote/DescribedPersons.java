package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a definite description of one person that is no office stands for ("the 22-year-old", "the woman", "the former
 * student"), for {@link SpeakerDescriptions}: the person named just before, as a "he" or "she" would be, but only a
 * person it fits. A description of a man is no woman known as one ("the man" is not "Angela Merkel"), and a
 * description after someone unnamed was brought in ("a young woman asked Ms Reed …. “…,” the woman said"; "Another
 * worshipper, who did not want to be named, …") is that unnamed person, so it keeps its own words. One instance per
 * text; not thread-safe.
 */
final class DescribedPersons {

    /** An age opening a definite description: "the 52-year-old", "the 70-year-old former minister". */
    private static final Pattern AGED = Pattern.compile("(?i)the\\s+\\d{1,3}-year-old\\b");

    /** Nouns for one person that are no office: "the student", "the widow", "the former honor student and captain". */
    private static final String NOUNS = "student|teacher|man|woman|boy|girl|mother|father|son|daughter|wife|husband|widow"
            + "|widower|veteran|survivor|victim|soldier|pilot|driver|doctor|nurse|owner|resident|witness|defendant|suspect"
            + "|fan|athlete|winner|singer|rapper|musician|artist|writer";
    private static final Pattern PERSON_NOUN = Pattern.compile("(?i)\\b(?:" + NOUNS + ")\\b");
    /** A possessive inside the phrase ("the site's founder", "the man's neighbour") makes it someone else's, often new. */
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['’]s\\b");

    /** Nouns that tell a man or a woman: "the man", "the father of five", "the actress". */
    private static final Pattern MALE = Pattern.compile("(?i)\\b(?:man|boy|father|son|husband|widower|brother|uncle"
            + "|grandfather|gentleman|guy|actor|king|prince)\\b");
    private static final Pattern FEMALE = Pattern.compile("(?i)\\b(?:woman|girl|mother|daughter|wife|widow|sister|aunt"
            + "|grandmother|lady|actress|waitress|queen|princess)\\b");

    /**
     * Someone unnamed brought in by an indefinite phrase: "a young woman", "One man in Leeds", "another worshipper", "a
     * middle-aged cashier". The people nouns are those of {@link #NOUNS} and the commoner words for someone met in the
     * street.
     */
    private static final Pattern UNNAMED = Pattern.compile("\\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:"
            + NOUNS + "|person|guy|lady|voter|supporter|protester|demonstrator|customer|shopper|cashier|clerk|waiter"
            + "|waitress|worker|neighbou?r|worshipp?er|parishioner|passer-by|bystander|onlooker|caller|listener|reader"
            + "|Muslim|Christian|Jew|Democrat|Republican)\\b");
    /** A name and its comma right before: "Ann Reed, a young woman from Leeds" describes Ann Reed. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*,\\s*$");
    /** A comma and a capitalised word right after: "a young woman, Ann Reed," is named. */
    private static final Pattern NAME_AFTER = Pattern.compile(",\\s*\\p{Lu}");

    private final String text;
    /** The latest speaker whose words start before a position. */
    private final IntFunction<Speaker> lastSpeaker;
    /** Whom a "he" or "she" at a position would stand for, read without a gender ({@link SpeakerResolver#referent}). */
    private final IntFunction<Speaker> referent;
    /** A person's gender ('F', 'M') when the text tells it, else null ({@link PersonGenders#gender}). */
    private final Function<String, Character> gender;
    /** The text's quotations ({@link QuoteMarks}); null until needed. */
    private List<QuoteMarks.Span> quotes;

    DescribedPersons(String text, IntFunction<Speaker> lastSpeaker, IntFunction<Speaker> referent,
            Function<String, Character> gender) {
        this.text = text;
        this.lastSpeaker = lastSpeaker;
        this.referent = referent;
        this.gender = gender;
    }

    /**
     * The person an age opening the description at {@code start} stands for ("“…,” the 52-year-old father of five
     * said"): an age describes someone already named, the last speaker, when the description fits them; else null.
     */
    String aged(int start, String phrase) {
        if (!AGED.matcher(phrase).lookingAt()) {
            return null;
        }
        Speaker last = lastSpeaker.apply(start);
        return fits(last, start, phrase) ? last.name() : null;
    }

    /**
     * The person a definite description of one person at {@code start} points back to ("the 22-year-old said", "said
     * the former student and club captain"), as a "he" or "she" would: the person opening a sentence since the last
     * speaker, else that speaker; null when that person does not fit the description. An office alone ("the mayor") is
     * not read here: it may be someone not named yet.
     */
    String pointedTo(int start, String phrase) {
        if (!phrase.toLowerCase(Locale.ROOT).startsWith("the ") || POSSESSIVE.matcher(phrase).find()
                || !(AGED.matcher(phrase).lookingAt() || PERSON_NOUN.matcher(phrase).find())) {
            return null;
        }
        Speaker back = referent.apply(start);
        return fits(back, start, phrase) ? back.name() : null;
    }

    /** Whether the description at {@code at} may stand for the named person: of no other gender, and no one unnamed brought in since. */
    private boolean fits(Speaker s, int at, String phrase) {
        if (s == null || s.name() == null || s.name().isEmpty() || !Character.isUpperCase(s.name().charAt(0))) {
            return false;
        }
        Character described = MALE.matcher(phrase).find() ? Character.valueOf('M') : FEMALE.matcher(phrase).find() ? Character.valueOf('F') : null;
        Character known = described == null ? null : gender.apply(s.name());
        if (known != null && !known.equals(described)) {
            return false;
        }
        return s.range() == null || !unnamedSince(sentenceStart(s.range().start()), at);
    }

    /**
     * Whether someone unnamed is brought in between {@code from} and {@code to} outside quotations ({@link #UNNAMED}),
     * not set off after a name nor named right after.
     */
    private boolean unnamedSince(int from, int to) {
        if (to <= from) {
            return false;
        }
        Matcher m = UNNAMED.matcher(text).region(from, to);
        while (m.find()) {
            boolean appositive = NAME_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find();
            boolean named = NAME_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 3)).lookingAt();
            if (!appositive && !named && !quoted(m.start())) {
                return true;
            }
        }
        return false;
    }

    /** The start of the sentence holding {@code at}: after the last full stop, question or exclamation mark, or line break. */
    private int sentenceStart(int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || Character.isWhitespace(c) && ".!?".indexOf(text.charAt(i - 1)) >= 0 && !abbreviationEndsAt(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether the word before {@code end} is a title's abbreviation ("Mrs.", "Sen."), whose stop ends no sentence. */
    private boolean abbreviationEndsAt(int end) {
        int w = end - 1;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return SpeakerResolver.ABBREVIATION.matcher(text).region(w, end).matches();
    }

    /** Whether {@code at} lies between a quotation's marks: "“I am a man of the people,” he said" brings in no one. */
    private boolean quoted(int at) {
        if (quotes == null) {
            quotes = QuoteMarks.find(text);
        }
        return QuoteMarks.inside(quotes, at);
    }
}
