package dev.precis.nlp.sentence;

/**
 * Where scraped copy glued text together that was apart on the page: paragraphs whose break was lost
 * ("he resigned.Speaking later"), a bracketed label run into the next sentence ("(WATCH: …)Speaking"),
 * an all-capitals subheading run into its paragraph ("WHAT HAPPENS NEXT The council"). Kept apart
 * from {@link NewsSentenceSplitter} because these are repairs of broken input, not rules of English
 * punctuation. Stateless.
 */
final class ScrapedGlue {

    private ScrapedGlue() {
    }

    /**
     * Scraped copy loses the space or line break between paragraphs ("he resigned.Speaking later, …",
     * "… on Friday.\"We …"): a stop right after a lower-case word of two or more letters, directly
     * followed by a capitalised word that goes on in lower case, by "A" or "I", or by a quotation,
     * ends a sentence; so does a stop after an acronym followed by a capitalised lower-case word.
     * English never runs a sentence's end straight into a capitalised word; only lost spacing does, so
     * the same holds, before a capitalised lower-case word ("It's" counts), after the other ways a
     * sentence ends: a number ("… in 2017.The", "… 2016-17.It"), a closing bracket, quotation mark or
     * per cent sign before the stop ("… (BJP).It", "… a \"disaster\".The"), a closing quotation mark
     * or bracket after it ("… we will win.\"He said", "… win.’The"; the sentence ends after the
     * closer), and a stop run together with a question or exclamation mark (".?", "?!"; a curly
     * quotation mark that a lossy encoding turned into "?" leaves ".?" too). An ellipsis is no such
     * place ("I told him...Modi"). A word with dots of its own ("example.com", "e.g.") or a capital
     * after the stop that is followed by another capital or a dot ("iPhone.X", "node.JS") is not such
     * a place either.
     *
     * @return where the next sentence starts, or -1 when the stop at {@code termStart} is no boundary
     */
    static int boundary(String text, int termStart, int termEnd, int closeEnd, int to, boolean quoteOpen) {
        if (closeEnd >= to || NewsSentenceSplitter.isSpace(text.charAt(closeEnd)) || !endsPlainly(text, termStart, termEnd)) {
            return -1;
        }
        String word = NewsSentenceSplitter.wordBefore(text, termStart);
        if (word.indexOf('.') >= 0) {
            return -1;
        }
        boolean lowerWord = word.length() >= 2 && Character.isLowerCase(word.charAt(word.length() - 1))
                && (Character.isLowerCase(word.charAt(word.length() - 2)) || isApostrophe(word.charAt(word.length() - 2))
                        && word.length() >= 3 && Character.isLetter(word.charAt(word.length() - 3)));
        boolean acronym = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
        if (!lowerWord && !acronym && !endsNumberOrMark(text, termStart, word)) {
            return -1;
        }
        int k = closeEnd;
        int boundary = closeEnd;
        boolean closer = false;
        if (closeEnd == termEnd + 1 && text.charAt(termEnd) == '"' && !quoteOpen) {
            // no quotation was open, so the quote mark after the stop opens the next sentence
            boundary = termEnd;
        } else if (closeEnd > termEnd) {
            // a quotation or bracket closed by the stop's sentence: the next sentence starts after it
            closer = true;
        } else if (text.charAt(k) == '“') {
            k++;
        }
        if (k + 2 >= to || !Character.isUpperCase(text.charAt(k))) {
            return -1;
        }
        char second = text.charAt(k + 1);
        if (Character.isLowerCase(second)) {
            char third = text.charAt(k + 2);
            return Character.isLowerCase(third) || NewsSentenceSplitter.isSpace(third) || isApostrophe(third)
                    ? boundary : -1;
        }
        if (!lowerWord || closer || termEnd - termStart != 1) {
            // after an acronym, a number or a mark ("… said the BJP.It is …"), after a closer and after
            // a run of marks, only a capitalised lower-case word will do
            return -1;
        }
        if (NewsSentenceSplitter.isSpace(second) && (text.charAt(k) == 'A' || text.charAt(k) == 'I')) {
            return boundary;
        }
        // an all-capitals subheading glued to the sentence before it ("… last week.HOW IT STARTED")
        return Character.isUpperCase(second) && Character.isUpperCase(text.charAt(k + 2)) ? boundary : -1;
    }

    /** One stop, question or exclamation mark, or a run of them that is not an ellipsis. */
    private static boolean endsPlainly(String text, int termStart, int termEnd) {
        for (int i = termStart; i < termEnd; i++) {
            char c = text.charAt(i);
            if (c == '…' || c == '.' && i + 1 < termEnd && text.charAt(i + 1) == '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * A word ending in a digit ("2017", "1,200", "2016-17") or, right before the stop, a closing
     * bracket, quotation mark or per cent sign ("(BJP)", "\"disaster\"", "‘no’", "5%").
     */
    private static boolean endsNumberOrMark(String text, int termStart, String word) {
        if (!word.isEmpty()) {
            char last = word.charAt(word.length() - 1);
            return Character.isDigit(last)
                    || isApostrophe(last) && word.length() >= 3 && Character.isLetter(word.charAt(word.length() - 2));
        }
        if (termStart == 0) {
            return false;
        }
        char before = text.charAt(termStart - 1);
        return before == ')' || before == ']' || before == '"' || before == '”' || before == '%';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * A bracketed label that opens a sentence and that scraping glued to the text after it
     * ("(WATCH: Team lands in Rome)Speaking later, …"): the bracket opens the sentence, holds a colon,
     * and closes right before a capitalised word. Such a label is page furniture of its own; "(CNN)The
     * …" (no colon) stays with its sentence.
     */
    static boolean isLabel(String text, int sentenceStart, int close, int to) {
        int open = sentenceStart;
        while (open < close && NewsSentenceSplitter.isSpace(text.charAt(open))) {
            open++;
        }
        char o = text.charAt(open);
        if (open >= close || o != '(' && o != '[' || close + 2 >= to) {
            return false;
        }
        int colon = text.indexOf(':', open);
        return colon > open && colon < close && Character.isUpperCase(text.charAt(close + 1))
                && Character.isLowerCase(text.charAt(close + 2));
    }

    /**
     * End of an all-capitals subheading that scraped copy glued to the sentence it introduces
     * ("WHAT HAPPENS NEXT The council will …"), or {@code from} when there is none. The heading is at
     * least two words of capitals with eight letters or more in all (so "US President …" or "UN FAO
     * Director …" stay whole), and the sentence after it opens with a capitalised lower-case word.
     */
    static int headingEnd(String text, int from, int to) {
        int i = from;
        int words = 0;
        int capitals = 0;
        int lastEnd = from;
        while (i < to) {
            int start = i;
            int letters = 0;
            while (i < to && !NewsSentenceSplitter.isSpace(text.charAt(i))) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    // a capitalised word after the capitals: the sentence proper starts here
                    boolean capitalised = i == start + 1 && Character.isUpperCase(text.charAt(start));
                    return capitalised && words >= 2 && capitals >= 8 ? lastEnd : from;
                }
                if (Character.isLetter(c)) {
                    letters++;
                } else if (!Character.isDigit(c) && c != ',' && c != '\'' && c != '’' && c != '-' && c != '&'
                        && c != ':') {
                    return from;
                }
                i++;
            }
            if (letters == 0) {
                return from;
            }
            words++;
            capitals += letters;
            lastEnd = i;
            while (i < to && NewsSentenceSplitter.isSpace(text.charAt(i))) {
                i++;
            }
        }
        return from;
    }

    /** Function words a headline does not end with: after one, the capital belongs to a name ("Order of Police"). */
    private static final java.util.Set<String> FUNCTION = java.util.Set.of("of", "the", "a", "an", "to", "for", "in",
            "on", "at", "by", "from", "with", "and", "or", "as", "into", "about", "than", "via", "per");

    /** Speech verbs: after one, a capitalised opener starts quoted words that lost their marks. */
    private static final java.util.Set<String> SPEECH = java.util.Set.of("says", "said", "say", "told", "tells",
            "added", "adds", "writes", "wrote", "asks", "asked", "asking", "saying", "insists", "insisted");

    /** Words that open a sentence and, capitalised after a lower-case word, open nothing else. */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("The", "These", "This", "It", "He", "She",
            "They", "We", "In", "However", "Meanwhile", "Now", "But", "Here", "There");

    /**
     * End of a headline that scraped copy glued, without any stop, to the sentence after it: a related
     * story's link set inside the text ("How the pier could have been saved These days, the council …",
     * "… 'swallow the doctor' The end of …"). The headline opens the sentence, runs three to sixteen
     * words with no stop, comma, colon or semicolon, and ends in a lower-case word or a closing
     * quotation mark; the sentence proper opens with a capitalised opener ("These", "The", "It", …)
     * followed by a lower-case word. Prose never capitalises such a word after a lower-case one; a
     * title inside a sentence ("the film Return of The King") has a capital after it, and a name
     * ("in The Hague") too. {@code from} when there is none.
     */
    static int headlineEnd(String text, int from, int to) {
        int i = from;
        int words = 0;
        int lastStart = from;
        int lastEnd = from;
        while (i < to && words <= 16) {
            int start = i;
            while (i < to && !NewsSentenceSplitter.isSpace(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') {
                    return from;
                }
                i++;
            }
            if (i == start) {
                return from;
            }
            // the words are cut out only at a capital after the third word: most sentences have none to ask about
            if (words >= 3 && Character.isUpperCase(text.charAt(start)) && OPENERS.contains(text.substring(start, i))
                    && headlineWordBefore(text.substring(lastStart, lastEnd))) {
                int k = i;
                while (k < to && text.charAt(k) == ' ') {
                    k++;
                }
                if (k < to && k > i && Character.isLowerCase(text.charAt(k))) {
                    return start;
                }
            }
            lastStart = start;
            lastEnd = i;
            words++;
            if (i < to && text.charAt(i) != ' ') {
                return from;
            }
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
        }
        return from;
    }

    /** The word before the opener can end a headline: see {@link #endsHeadlineWord}, and no speech verb or function word. */
    private static boolean headlineWordBefore(String before) {
        return endsHeadlineWord(before) && !SPEECH.contains(before) && !FUNCTION.contains(before);
    }

    /** A lower-case word of two letters or more, or a word closed by a quotation mark ("'bootleg'"). */
    private static boolean endsHeadlineWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        char last = w.charAt(w.length() - 1);
        if (last == '\'' || last == '’' || last == '"' || last == '”') {
            return w.length() >= 3 && Character.isLetter(w.charAt(w.length() - 2));
        }
        return w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\'' || c == '’')
                && Character.isLowerCase(last);
    }
}
