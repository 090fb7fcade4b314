package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interviews printed as questions and answers: an answer after "A:" once a "Q:" has asked ("Q: Will rates rise?⏎⏎A:
 * Not this year."), and the lines of a transcript, each opened by its speaker's name and a colon ("Reporter: …⏎⏎Obi:
 * We will not move."). The words of an answer are speech without quotation marks; an answer is the interviewee's
 * (the last person named before the first question), a transcript's line its label's. {@link QuoteMarks} takes the
 * spans, {@link DirectQuotes} the credits. Stateless.
 */
final class InterviewAnswers {

    /** A question's label opening its line. */
    private static final Pattern QUESTION = Pattern.compile("(?m)^[ \\t]*(?:(?:Q|Question|QUESTION)[ \\t]*:"
            // or with a full stop ("Q. When does it open?"), then only a line asking a question: "Q. Ahmed, a baker, said …" is a name
            + "|(?:Q|Question|QUESTION)\\.[ \\t]+[^\\n]*\\?[ \\t]*$)");
    /** An answer's label opening its line, then its words. */
    private static final Pattern ANSWER = Pattern.compile("[ \\t]*(?:A|Answer|ANSWER)[ \\t]*(?::|\\.(?=[ \\t]))[ \\t]*");
    /** A speaker's label opening a transcript's line: one to three capitalised words and a colon, then words. */
    private static final Pattern LABEL = Pattern.compile("[ \\t]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]*){0,2})[ \\t]*:[ \\t]*");
    /** Labels of whoever asks: their lines are questions, not quotes. */
    private static final Pattern ASKER = Pattern.compile("(?i)q|question|a|answer|reporter|interviewer|host|journalist|moderator"
            + "|presenter|anchor|editor|note|source|photo|update|read\\s+more");
    /** Three words of letters: an answer says something. */
    private static final Pattern WORDS = Pattern.compile("(?:[^\\p{L}\\n]*\\p{L}+){3}");
    /** Quotation marks: a line holding any is left to the marks. */
    private static final Pattern MARK = Pattern.compile("[\"“”„«»「」『』]");

    private InterviewAnswers() {
    }

    /**
     * The answers of an interview in {@code text} as closed spans without marks (from the first word after the label
     * to the line's end; the opening position is the character before the words): "A:" lines after a "Q:" line, and
     * the lines of a transcript's speakers (labels opening two or more lines each, when two labels do or an asker is
     * labelled, and any label after a "Q:"). Lines opening with a quotation mark, or holding an odd number of marks,
     * are left to the marks.
     */
    static List<QuoteMarks.Span> spans(String text) {
        if (text.indexOf(':') < 0 && !text.contains("Q.") && !text.contains("Question.") && !text.contains("QUESTION.")) {
            return List.of();
        }
        Matcher q = QUESTION.matcher(text);
        int firstQuestion = q.find() ? q.start() : -1;
        List<int[]> labelled = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        List<QuoteMarks.Span> out = new ArrayList<>();
        for (int at = 0; at >= 0 && at < text.length(); at = nextLine(text, at)) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            Matcher a = ANSWER.matcher(text).region(at, end);
            if (firstQuestion >= 0 && firstQuestion < at && a.lookingAt()) {
                add(out, text, a.end(), end);
                continue;
            }
            Matcher l = LABEL.matcher(text).region(at, end);
            if (l.lookingAt() && l.end() < end && !ASKER.matcher(l.group(1)).matches()) {
                labelled.add(new int[] {l.start(1), l.end(1), l.end(), end});
                uses.merge(l.group(1), 1, Integer::sum);
            }
        }
        long repeated = uses.values().stream().filter(n -> n >= 2).count();
        boolean transcript = repeated >= 2 || firstQuestion >= 0 || repeated >= 1 && QUESTION_LABELS.matcher(text).find();
        if (transcript) {
            for (int[] line : labelled) {
                // a label used twice, or any name answering after a "Q:" ("Q: …⏎⏎Rahimi: Not this year.")
                if (uses.get(text.substring(line[0], line[1])) >= 2 || firstQuestion >= 0 && line[0] > firstQuestion) {
                    add(out, text, line[2], line[3]);
                }
            }
        } else {
            onceEach(text, labelled, out);
        }
        out.sort(java.util.Comparator.comparingInt(QuoteMarks.Span::start));
        return out;
    }

    /**
     * The lines of a short exchange whose speakers are each labelled once ("Asante: …⏎⏎Owusu: …"): two or more
     * labelled paragraphs in a row (only blank lines between), under two labels or more, each a person's — written
     * in capitals ("MORALES:") or a name the text used before the exchange ("… Kwame Asante …⏎⏎Asante:"), each line
     * with three words in lower case. Labels of a listing ("Where:", "Tickets:") name nobody before, and a list of
     * names under places named before ("Iowa: Tim Albrecht, Brad Anderson, …") says nothing: neither is an exchange.
     */
    private static void onceEach(String text, List<int[]> labelled, List<QuoteMarks.Span> out) {
        for (int i = 0; i < labelled.size(); ) {
            int j = i + 1;
            while (j < labelled.size() && text.substring(labelled.get(j - 1)[3], labelled.get(j)[0]).isBlank()) {
                j++;
            }
            int first = labelled.get(i)[0];
            java.util.Set<String> labels = new java.util.HashSet<>();
            boolean people = true;
            for (int k = i; k < j && people; k++) {
                String label = text.substring(labelled.get(k)[0], labelled.get(k)[1]);
                labels.add(label);
                people = (CAPITALS.matcher(label).matches() || namedBefore(text, label, first))
                        && lowerWords(text, labelled.get(k)[2], labelled.get(k)[3]) >= 3;
            }
            if (people && labels.size() >= 2) {
                for (int k = i; k < j; k++) {
                    add(out, text, labelled.get(k)[2], labelled.get(k)[3]);
                }
            }
            i = j;
        }
    }

    /**
     * Words of two letters or more in lower case between {@code start} and {@code end}, counted up to three: a line
     * with three says something, one without is a list of names ("Iowa: Tim Albrecht, Brad Anderson, …").
     */
    private static int lowerWords(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end && n < 3; ) {
            int j = i;
            while (j < end && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j - i >= 2 && Character.isLowerCase(text.charAt(i))) {
                n++;
            }
            i = j == i ? i + 1 : j;
        }
        return n;
    }

    /** A label in capitals: "MORALES", "SEN. KAINE". */
    private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}'’.-]{2,}(?:[ \\t]+[\\p{Lu}'’.-]+)*");

    /** Whether the label's last word stands, capitalised, as a whole word in the text before {@code before}. */
    private static boolean namedBefore(String text, String label, int before) {
        String[] words = label.split("[ \\t]+");
        String last = words[words.length - 1];
        return last.length() >= 2 && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(last) + "(?![\\p{L}])")
                .matcher(text).region(0, before).find();
    }

    /** An asker's label opening a line: "Reporter:", "Interviewer:". */
    private static final Pattern QUESTION_LABELS = Pattern.compile("(?m)^[ \\t]*(?i:reporter|interviewer|host|journalist|moderator"
            + "|presenter|anchor)[ \\t]*:");

    private static void add(List<QuoteMarks.Span> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2 || MARK.matcher(text).region(start, start + 1).lookingAt()
                || MARK.matcher(text).region(start, end).results().count() % 2 != 0 || !WORDS.matcher(text).region(start, end).lookingAt()) {
            // (a label before a figure is a table: "Clinton: 1,769."; an answer opening with a mark is the marks' own, and
            // one holding a quotation of its own, "A: I told them, “…,” and left.", is the answer, the quotation inside it)
            return;
        }
        out.add(new QuoteMarks.Span(start, end, true, start - 1, end));
    }

    /**
     * Who gives the answer whose words start at {@code start} (marked or not) on the line opening at {@code
     * lineStart}: after "A:" the interviewee, once a "Q:" came before; after a transcript's label (words without
     * marks only) the label's person. Else null.
     */
    static Speaker speaker(String text, int lineStart, QuoteMarks.Span span, SpeakerResolver speakers) {
        boolean marked = span.open() >= 0 && span.open() < text.length() && MARK.matcher(String.valueOf(text.charAt(span.open()))).matches();
        int to = marked ? span.open() : span.start();
        if (to <= lineStart || to - lineStart > 40) {
            return null;
        }
        Matcher a = ANSWER.matcher(text).region(lineStart, to);
        if (a.matches()) {
            Matcher q = QUESTION.matcher(text).region(0, lineStart);
            if (!q.find()) {
                return null;
            }
            Speaker who = speakers.interviewee(q.start());
            return who == null || who.name() == null ? null : who;
        }
        Matcher l = LABEL.matcher(text).region(lineStart, to);
        if (!marked && l.matches() && !ASKER.matcher(l.group(1)).matches()) {
            Speaker who = speakers.phrase(l.start(1), l.end(1));
            return who == null || who.name() == null ? null : who;
        }
        return null;
    }

    private static int nextLine(String text, int at) {
        int n = text.indexOf('\n', at);
        return n < 0 ? -1 : n + 1;
    }
}
