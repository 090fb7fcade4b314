package dev.precis.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;

/**
 * A CoNLL document turned back into running text, as an article reaches {@code precis analyze}:
 * no space before closing punctuation, clitics and closing brackets ("Reuters ( AFP ) ," →
 * "Reuters (AFP),", "Kenya 's" → "Kenya's"), none after opening brackets, straight double quotes
 * paired open/close; a sentence ending in a full stop, question or exclamation mark is followed by a
 * space, any other (headlines, datelines, tables) by a line break. Each token's character range is
 * kept so gold entities can be compared by exact character range. Immutable.
 */
record Detokenized(String text, List<int[]> starts, List<int[]> ends) {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "]", "}", "'s", "'S",
            "n't", "N'T", "%", "'", "'re", "'ve", "'ll", "'d", "'m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

    static Detokenized of(List<NameSample> doc) {
        return of(doc, false);
    }

    /**
     * @param typographic write double quotes as “ ” and apostrophes of clitics as ’ ("Kenya’s"), as
     *                    most published copy does
     */
    static Detokenized of(List<NameSample> doc, boolean typographic) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (NameSample sample : doc) {
            String[] tokens = sample.getSentence();
            int[] st = new int[tokens.length];
            int[] en = new int[tokens.length];
            boolean quoteOpen = false;
            boolean glue = true; // no space before the sentence's first token
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                boolean quote = t.equals("\"");
                boolean closing = quote && quoteOpen;
                if (!glue && !NO_SPACE_BEFORE.contains(t) && !closing) {
                    text.append(' ');
                }
                st[i] = text.length();
                if (typographic && quote) {
                    text.append(quoteOpen ? '\u201d' : '\u201c');
                } else if (typographic && t.startsWith("'") && t.length() > 1) {
                    text.append('\u2019').append(t, 1, t.length());
                } else {
                    text.append(t);
                }
                en[i] = text.length();
                glue = NO_SPACE_AFTER.contains(t) || quote && !quoteOpen;
                if (quote) {
                    quoteOpen = !quoteOpen;
                }
            }
            String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
            String beforeLast = tokens.length < 2 ? "" : tokens[tokens.length - 2];
            boolean stop = Set.of(".", "?", "!").contains(last)
                    || last.equals("\"") && Set.of(".", "?", "!", ",").contains(beforeLast);
            text.append(stop ? " " : "\n");
            starts.add(st);
            ends.add(en);
        }
        return new Detokenized(text.toString(), starts, ends);
    }

    int start(int sentence, int token) {
        return starts.get(sentence)[token];
    }

    int end(int sentence, int token) {
        return ends.get(sentence)[token];
    }

    /** "start:end:type" as "type TAB covered text TAB | context". */
    String describe(String key) {
        String[] p = key.split(":");
        int a = Integer.parseInt(p[0]);
        int b = Integer.parseInt(p[1]);
        String context = text.substring(Math.max(0, a - 30), Math.min(text.length(), b + 30)).replace('\n', ' ');
        return p[2] + "\t" + text.substring(a, b) + "\t| " + context;
    }
}
