package dev.precis.nlp.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense around a time expression, read from cue words in a window of its sentence. It decides
 * which side of the publication date an underspecified expression ("on Monday", "in March") falls on:
 * "the ministry said on Monday" looks back, "will meet on Monday" looks forward. Thread-safe.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    // the cue patterns test the word boundary before their look-behinds: the same matches, but most
    // positions fail at the cheap test

    /**
     * "due to" looks forward only before a verb ("due to be released", "due to arrive"); before a noun
     * phrase it gives a cause ("fell due to weaker demand", "cut the dividend due to its loss"). The verbs
     * are the ones newswire schedules with it; any other word after "due to" is read as a noun.
     */
    private static final String DUE_TO = "due\\s+to\\s+(?=(?:be|begin|start|end|open|close|reopen|take|make|go|come|arrive"
            + "|leave|depart|return|meet|visit|hold|sign|vote|appear|testify|resume|expire|mature|retire|report"
            + "|release|announce|publish|complete|finish|deliver|launch|receive|face|decide|rule|hear|give|hand|travel"
            + "|fly|speak|address|present|submit|enter|reach|become|step|stand|serve|run|play|host|attend|join"
            + "|conclude|convene|reconvene|sit|undergo|expand|get|have|send|stay|remain|continue|pay|issue|unveil"
            + "|introduce|consider|discuss|review|debate|elect|name|choose|select|replace|succeed|sentence|try"
            + "|wrap|kick|set|head|land|hit|fall|rise|increase|drop)\\b)";
    /**
     * "plan(s) to" looks forward as a verb ("the company plans to sell"); as a noun after a determiner,
     * a possessive, a past form or a preposition ("announced plans to", "its plans to", "with controversial
     * plans to") the tense is the governing verb's, read from the other cues.
     */
    private static final String PLANS_TO = "(?<!\\b(?:the|a|an|its|his|her|their|our|your|my|no|any|new|such|these|those"
            + "|this|of|with|for|about|on|over|against|under)\\s)(?<!['’]s\\s)(?<!\\b(?-i:\\p{Ll}{2,20}ed)\\s)"
            + "(?<!\\b(?:with|about|over|against)\\s{1,3}\\p{L}{1,20}\\s)plans?\\s+to";

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(?<!\\b(?:was|were|been|had|originally|initially)\\s)(?:will|won't|would|shall|'ll|going\\s+to|is\\s+to|are\\s+to|scheduled|slated|" + DUE_TO + "|due\\s+on|(?:is|are)\\s+(?:due|expected)(?!\\s+to\\b)"
                    + "|(?:expected|forecast|projected|predicted)\\s+to|" + PLANS_TO + "|hopes?\\s+to|hoping\\s+to|aims?\\s+to|aiming\\s+to|(?:was\\s+|were\\s+)?planning\\s+to|planned|intends?\\s+to|upcoming|forthcoming|would\\s+be\\s+held"
                    + "|to\\s+be\\s+held|set\\s+to|set\\s+for|until|next|coming|as\\s+(?:early|soon)\\s+as|effective|payable)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_CUE = Pattern.compile(
            "\\b(?<!-)(?<!\\bbe\\s)(?:said|says|was|were|had|did|ago|last|told|met|made|took|gave|came|went|saw|won|lost|held"
                    + "|began|spoke|wrote|sold|bought|rose|fell|paid|announced|reported|ended|closed|opened"
                    + "|expired|occurred|happened|started|killed|arrested|died|agreed|signed|elected|resigned"
                    // irregular past forms, which the "-ed" cue below cannot see ("In January, X brought in a new chief")
                    + "|brought|became|got|sent|led|kept|found|thought|felt|built|struck|sought|caught|fought"
                    + "|spent|grew|knew|drew|threw|flew|chose|stood|ran|fled|heard|shot|froze|swore|hid"
                    + "|bore|broke|forbade|forgave|wound|withdrew|overtook|undertook|underwent"
                    // more irregular pasts that are no other word ("sat" only in lower case: "Sat 5 Dec" is a day)
                    + "|(?-i:sat)|sank|drove|rode|wore|swam|sang|rang|dealt|meant|dug|swept|slept|wept|bled|sped"
                    + "|tore|taught|shook|stole|ate|drank|forgot|spun)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Any other word in "-ed" (a past tense or a participle): weaker evidence, used only when no
     * explicit cue is near ("will be named in December", "markets untouched by" are not past).
     */
    private static final Pattern WEAK_PAST_CUE = Pattern.compile("\\b(?<!\\bbe\\s)\\p{L}{2,}(?<![eE])ed\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The word right before an expression (through "on" or "in" and an adverb in "-ly"), with the
     * word before it: the verb the expression modifies when one stands there ("Cuba predicted
     * Wednesday", "talks resume on Monday", "they meet separately Monday"). Groups: 1 the word before
     * the verb, 2 the verb.
     */
    private static final Pattern GOVERNING = Pattern.compile(
            "(?:(\\p{L}+(?:['’]\\p{L}+)?)\\s+)?(\\p{L}+)\\s+(?:\\p{L}+ly\\s+)?(?:(?:on|in|at)\\s+)?$");
    /**
     * A past verb of lasting before "until" and the expression ("talks that lasted until late Tuesday
     * night", "stayed until Friday"): the end of something past, though "until" alone looks forward
     * ("adjourned until Tuesday" is still to come). Group 1 the verb.
     */
    private static final Pattern LASTED_UNTIL = Pattern.compile("\\b(lasted|continued|remained|stayed|waited|persisted"
            + "|dragged\\s+on|went\\s+on|carried\\s+on|held\\s+out)\\s+(?:\\p{L}+ly\\s+)?(?:until|till)\\s+"
            + "(?:(?:late|early)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * Participles that name what is still to come ("a ruling expected Monday", "talks scheduled Friday",
     * "results are due on Thursday").
     */
    private static final Pattern PROSPECTIVE = Pattern.compile("expected|scheduled|rescheduled|slated|due",
            Pattern.CASE_INSENSITIVE);
    /**
     * Verbs of scheduled events in the present tense, which newswire uses for the future ("The
     * council meets Monday", "Talks resume Wednesday morning"); "says" is no such verb (a report).
     */
    private static final Pattern SCHEDULED = Pattern.compile("(?:resume|begin|start|open|meet|convene|reconvene"
            + "|vote|return|arrive|leave|travel|visit|face|host|play|launch|debate|testify|testifies|take|head|go|goe"
            + "|end|close|expire|kick|fly|flie|depart|gather|rally|rallie|hold|sit|appear|reopen)s?",
            Pattern.CASE_INSENSITIVE);
    /** Words before a bare verb that make it no present tense ("to meet", "did not meet", "could resume"). */
    private static final Pattern NOT_PRESENT = Pattern.compile("to|did|didn['’]t|not|never|n['’]t|would|could|should"
            + "|might|may|must|can|cannot|will|shall|let|help|make|made|see|saw|watch|watched|the|a|an|its|their|his|her"
            + "|of|for|and|or|was|were|had|has|have|been|being|be", Pattern.CASE_INSENSITIVE);

    /** Where the clause holding an expression ends when its verb stands before it. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\s(?:and|but|that|which|who)\\s", Pattern.CASE_INSENSITIVE);
    /** "and is expected …", "but will …": another predicate joined after the expression. */
    private static final Pattern JOINED_PREDICATE = Pattern.compile("\\s(?:and|but)\\s+(?:is|are|was|were|will|would"
            + "|has|have|had|could|may|might|should)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Verbs of scheduled events in the third person present, rarely nouns, anywhere in the clause
     * before the expression ("The president arrives in Jerusalem on Wednesday").
     */
    private static final Pattern SCHEDULED_S = Pattern.compile("\\b(?:arrives|begins|opens|reopens|meets|resumes"
            + "|convenes|reconvenes|travels|departs|testifies|appears|visits|goes|flies|hosts|kicks\\s+off|takes\\s+office"
            + "|closes|expires|ends|holds|faces|plays|leaves|starts|unveils|takes\\s+place|takes\\s+effect"
            + "|comes\\s+into\\s+(?:force|effect)|enters\\s+into\\s+force)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A plural subject and a verb of a scheduled event in the present, anywhere in the clause before the
     * expression ("Voters go to the polls on Sunday", "Ministers meet in Brussels on Monday"); the
     * subject keeps "to meet", "could meet" and nouns ("his return") out.
     */
    private static final Pattern SCHEDULED_PLURAL = Pattern.compile("\\b(?:they|we|\\p{L}{3,}(?<![sui]s)s)\\s+"
            + "(?:\\p{L}+ly\\s+)?(?:arrive|begin|open|reopen|meet|resume|convene|reconvene|travel|depart|testify|visit"
            + "|go|fly|host|kick\\s+off|take\\s+office|vote|gather|rally|head|return|take\\s+effect|take\\s+place"
            + "|come\\s+into\\s+(?:force|effect)|enter\\s+into\\s+force|expire)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern BE_OR_GET = Pattern.compile("be|been|being|is|are|am|get|gets|got");
    private static final Pattern IS_ARE = Pattern.compile("is|are");
    private static final Pattern IS_ARE_ANY_CASE = Pattern.compile("(?i)is|are");
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("that|which|what|it|there|this|here");

    private static final Pattern OPENING = Pattern.compile("\\s*(?:\\p{L}+\\s+)?");
    private static final int BEFORE = 70;
    private static final int AFTER = 40;
    /**
     * How far after an expression opening its sentence the cues are read: its verb comes after the
     * subject, which may be long ("On Tuesday, the National League of Tenants' Associations plans to
     * hold …"), and nothing stands before it.
     */
    private static final int OPENING_AFTER = 80;
    /** How far after an expression opening its sentence its main verb is still sought when none is within {@link #OPENING_AFTER}. */
    private static final int OPENING_FAR = 200;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]");
    /**
     * How far back in its clause a modal still sets the tense when no cue is within {@link #BEFORE}
     * (past forms that far back are as often another clause's: tried, lost on TimeBank).
     */
    private static final int FAR = 160;
    private static final Pattern MODAL = Pattern.compile("\\b(?:will|shall|'ll|won't)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The tense of the clause around {@code [start, end)}, inside {@code [sentenceStart, sentenceEnd)}:
     * the cue nearest to the expression wins (the verb it modifies is usually the closest one). Explicit
     * cues (modals, common past forms) outrank other "-ed" words, which are often participles.
     */
    static Tense around(String text, int start, int end, int sentenceStart, int sentenceEnd) {
        // the window never starts or ends inside a word: "named" cut to "amed", "wasteful" to "was" read as cues
        int from = wordStart(text, Math.max(sentenceStart, start - BEFORE), start);
        // an expression opening its sentence has at most its preposition before it, which is no verb
        // ("Until Thursday, they had not called him a suspect" is past whatever "until" suggests)
        boolean opening = OPENING.matcher(text).region(sentenceStart, start).matches();
        int to = wordEnd(text, Math.max(end, Math.min(sentenceEnd, end + (opening ? OPENING_AFTER : AFTER))), end);
        CharSequence before = opening ? "" : text.subSequence(from, start);
        CharSequence after = text.subSequence(end, to);
        if (FUTURE_CUE.matcher(before).find() || PAST_CUE.matcher(before).find() || WEAK_PAST_CUE.matcher(before).find()) {
            // the clause has its verb before the expression: what follows a comma, "and" or "but" is
            // another clause ("will succeed him Feb. 1, the board said" is future whatever the
            // attribution's tense; "arrested two men Saturday and will question them" is past)
            Matcher boundary = CLAUSE_END.matcher(after);
            if (boundary.find()) {
                after = after.subSequence(0, boundary.start());
            }
        } else {
            // no verb before it: a predicate joined after it is still another clause's ("The storm hit
            // the coast late Sunday and is expected to weaken")
            Matcher joined = JOINED_PREDICATE.matcher(after);
            if (joined.find()) {
                after = after.subSequence(0, joined.start());
            }
        }
        boolean runningText = endsSentence(text, sentenceEnd);
        if (runningText && !opening && (SCHEDULED_S.matcher(clauseBefore(before)).find()
                || SCHEDULED_PLURAL.matcher(clauseBefore(before)).find())
                && !FUTURE_CUE.matcher(clauseBefore(before)).find() && !PAST_CUE.matcher(clauseBefore(before)).find()
                && !WEAK_PAST_CUE.matcher(clauseBefore(before)).find()) {
            // "The president arrives in Jerusalem on Wednesday": a scheduled event in the present tense
            return FUTURE;
        }
        if (LASTED_UNTIL.matcher(text).region(Math.max(sentenceStart, start - 60), start).find()) {
            return PAST;
        }
        Tense governing = governingVerb(text.subSequence(Math.max(sentenceStart, start - 60), start), runningText);
        if (governing != UNKNOWN) {
            return governing;
        }
        Tense strong = nearest(FUTURE_CUE, PAST_CUE, before, after);
        if (strong != UNKNOWN) {
            return strong;
        }
        Tense weak = nearest(FUTURE_CUE, WEAK_PAST_CUE, before, after);
        if (weak == UNKNOWN && opening) {
            // an expression opening its sentence before a long subject or an inserted phrase ("In January,
            // a week after the anniversary of the ruling, a bomb killed …"): the main verb further on
            return openingFar(text, to, sentenceEnd);
        }
        if (weak != UNKNOWN || from <= sentenceStart) {
            return weak;
        }
        // no cue near: a modal further back in the clause ("X will be named commander of the … for a
        // mission in December")
        CharSequence clause = clauseBefore(text.subSequence(wordStart(text, Math.max(sentenceStart, start - FAR), start), start));
        return MODAL.matcher(clause).find() ? FUTURE : UNKNOWN;
    }

    /** The first explicit cue in the rest of the sentence after {@code from}, up to {@link #OPENING_FAR} characters. */
    private static Tense openingFar(String text, int from, int sentenceEnd) {
        int to = wordEnd(text, Math.min(sentenceEnd, from + OPENING_FAR), from);
        if (to <= from) {
            return UNKNOWN;
        }
        CharSequence rest = text.subSequence(from, to);
        Matcher semicolon = CLAUSE_BREAK.matcher(rest);
        if (semicolon.find()) {
            rest = rest.subSequence(0, semicolon.start());
        }
        return nearest(FUTURE_CUE, PAST_CUE, "", rest);
    }

    /**
     * The tense of the verb right before the expression, when one stands there: a past form
     * ("predicted Wednesday", "left on Tuesday") is past whatever another clause says ("X will …, Cuba
     * predicted Wednesday"); a verb of a scheduled event in the present ("talks resume Wednesday") is
     * future, except in a headline, where the present tells what happened. UNKNOWN otherwise, also
     * for a past form after "be" ("will be held Monday") or one that cues the future ("planned").
     */
    static Tense governingVerb(CharSequence before, boolean inRunningText) {
        Matcher m = GOVERNING.matcher(before);
        if (!m.find()) {
            return UNKNOWN;
        }
        String verb = m.group(2);
        String previous = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (BE_OR_GET.matcher(previous).matches()) {
            // "a decision is expected Monday" looks forward; "was expected", "will be held" are left to the cues
            return IS_ARE.matcher(previous).matches() && PROSPECTIVE.matcher(verb).matches() ? FUTURE : UNKNOWN;
        }
        boolean pastForm = PAST_CUE.matcher(verb).matches() && !verb.equalsIgnoreCase("last")
                && !verb.equalsIgnoreCase("ago") && !verb.equalsIgnoreCase("says")
                || verb.length() >= 5 && verb.toLowerCase(Locale.ROOT).endsWith("ed")
                && !verb.toLowerCase(Locale.ROOT).endsWith("eed");
        if (pastForm) {
            // "planned", "proposed" may be the event itself ("the offensive began as planned Saturday")
            return PROSPECTIVE.matcher(verb).matches() ? FUTURE
                    : FUTURE_CUE.matcher(verb).matches() || verb.equalsIgnoreCase("proposed") ? UNKNOWN : PAST;
        }
        if (IS_ARE_ANY_CASE.matcher(verb).matches() && !PRONOUN_SUBJECT.matcher(previous).matches()) {
            // "The deadline is Thursday", "the vote is on Sunday": a date set for an event still to come
            return FUTURE;
        }
        if (inRunningText && SCHEDULED.matcher(verb).matches() && !NOT_PRESENT.matcher(previous).matches()
                && !FUTURE_CUE.matcher(before).find()) {
            return FUTURE;
        }
        return UNKNOWN;
    }

    /** {@code from}, or the start of the next word when it falls inside a word (never past {@code limit}). */
    private static int wordStart(String text, int from, int limit) {
        int i = from;
        if (i > 0 && i < text.length() && Character.isLetter(text.charAt(i - 1))) {
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** {@code to}, or the end of the previous word when it falls inside a word (never before {@code limit}). */
    private static int wordEnd(String text, int to, int limit) {
        int i = to;
        if (i < text.length() && i > 0 && Character.isLetter(text.charAt(i))) {
            while (i > limit && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** The part of {@code before} after its last comma or semicolon: the expression's own clause. */
    private static CharSequence clauseBefore(CharSequence before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            char c = before.charAt(i);
            if (c == ',' || c == ';') {
                return before.subSequence(i + 1, before.length());
            }
        }
        return before;
    }

    private static boolean endsSentence(String text, int sentenceEnd) {
        int i = Math.min(text.length(), sentenceEnd) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?\"'”’".indexOf(text.charAt(i)) >= 0;
    }

    private static Tense nearest(Pattern futureCue, Pattern pastCue, CharSequence before, CharSequence after) {
        int futureBefore = lastCue(futureCue, before);
        int pastBefore = lastCue(pastCue, before);
        int futureAfter = firstCue(futureCue, after);
        int pastAfter = firstCue(pastCue, after);
        int future = Math.min(futureBefore < 0 ? Integer.MAX_VALUE : before.length() - futureBefore,
                futureAfter < 0 ? Integer.MAX_VALUE : futureAfter);
        int past = Math.min(pastBefore < 0 ? Integer.MAX_VALUE : before.length() - pastBefore,
                pastAfter < 0 ? Integer.MAX_VALUE : pastAfter);
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return UNKNOWN;
        }
        return future <= past ? FUTURE : PAST;
    }

    private static int lastCue(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }

    private static int firstCue(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
